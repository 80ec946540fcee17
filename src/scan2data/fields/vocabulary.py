"""The vocabulary the extractors look for — business-name suffixes, address words, labels, tender
words — read from ``scan2data/data/vocabulary.yaml`` and compiled once. Knowledge lives in that file,
not in code: extend it for other countries and layouts."""

from __future__ import annotations

import re

from ..datafiles import data_file


def alternatives(name: str) -> str:
    """A vocabulary list as one regular-expression alternation (its entries may be patterns)."""
    return "|".join(data_file("vocabulary.yaml")[name])


def labels(name: str) -> list[str]:
    return list(data_file("vocabulary.yaml")[name])


COMPANY_SUFFIXES = re.compile(f"({alternatives('company_suffixes')})", re.I)
TERMINAL_SUFFIX = re.compile(f"({alternatives('terminal_suffixes')})(?=\\W|$)", re.I)
COMPANY_PREFIXES = re.compile(f"^\\s*({alternatives('company_prefixes')})\\b", re.I)
ADDRESS_WORDS = re.compile(f"\\b({alternatives('address_words')})\\b", re.I)
# a label may come glued to its id (OCR's NIFA-46103834 for NIF A-46103834)
ADDRESS_STOP = re.compile(f"\\b({alternatives('address_stop')})(?:\\b|(?=[A-Z]?-?\\d{{5}}))", re.I)
ADDRESS_END = re.compile(f"\\b({alternatives('address_end')})\\W*$", re.I)
RELATION = re.compile(r"^\W*(?:" + alternatives("company_relations") + r")\b", re.I)
POSTCODE = re.compile(alternatives("postcodes"))
NOT_COMPANY = re.compile(f"\\b({alternatives('not_company')})\\b", re.I)

TOTAL_ANCHORS = labels("total_anchors")
TOTAL_EXCLUDE = labels("total_exclude")
SUBTOTAL_ANCHORS = labels("subtotal_anchors")
TAX_ANCHORS = labels("tax_anchors")
TAX_EXCLUDE = labels("tax_exclude")
CURRENCIES = [(pattern, code) for pattern, code in data_file("vocabulary.yaml")["currencies"]]
DOLLAR_CURRENCIES = set(labels("dollar_currencies"))
ZERO_DECIMAL_CURRENCIES = set(labels("zero_decimal_currencies"))
INVOICE_WORDS = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(
    {re.escape(word.upper()) for code, language in data_file("locales.yaml")["languages"].items() if code != "en"
     for word in language["invoice_words"]}, key=len, reverse=True)) + r")(?![^\W\d_])")
PAYMENT_WORDS = [(word, method) for word, method in data_file("vocabulary.yaml")["payment_words"]]
