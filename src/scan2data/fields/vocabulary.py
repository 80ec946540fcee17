"""The vocabulary the extractors look for — business-name suffixes, address words, labels, tender
words — read from ``scan2data/data/vocabulary.yaml`` and compiled once. Knowledge lives in that file,
not in code: extend it for other countries and layouts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..datafiles import data_file
from .found import without_accents


def _and_unaccented(value: Any) -> Any:
    """Each label followed by its form without accents (``RÜCKGELD``, ``RUCKGELD``); pairs and groups
    (``[KČ, CZK]``) get an unaccented copy of their own."""
    if isinstance(value, dict):
        return {key: _and_unaccented(item) for key, item in value.items()}
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for item in value:
        out.append(item)
        folded = ([without_accents(part) if isinstance(part, str) else part for part in item] if isinstance(item, list)
                  else without_accents(item) if isinstance(item, str) else item)
        if folded != item and folded not in value:
            out.append(folded)
    return out


@lru_cache(maxsize=None)
def vocabulary() -> dict[str, Any]:
    """``data/vocabulary.yaml`` with every label also matching text read without accents: receipts'
    text is folded (OCR reads specks as accents), and ``NET À PAYER`` must still find ``NET A PAYER``.
    OCR confusions are patterns of misread characters, kept as written."""
    data = data_file("vocabulary.yaml")
    return {key: value if key == "ocr_confusions" else _and_unaccented(value) for key, value in data.items()}


def alternatives(name: str) -> str:
    """A vocabulary list as one regular-expression alternation (its entries may be patterns)."""
    return "|".join(vocabulary()[name])


def labels(name: str) -> list[str]:
    return list(vocabulary()[name])


COMPANY_SUFFIXES = re.compile(f"({alternatives('company_suffixes')})", re.I)
TERMINAL_SUFFIX = re.compile(f"({alternatives('terminal_suffixes')})(?=\\W|$)", re.I)
COMPANY_PREFIXES = re.compile(f"^\\s*({alternatives('company_prefixes')})\\b", re.I)
ADDRESS_WORDS = re.compile(f"\\b({alternatives('address_words')})(?:\\b|(?<=[./]))", re.I)  # (UL. ends in a dot, C/ in a slash)
# a label may come glued to its id (OCR's NIFA-46103834 for NIF A-46103834)
ADDRESS_STOP = re.compile(f"\\b({alternatives('address_stop')})(?:\\b|(?=[A-Z]?-?\\d{{5}}))", re.I)
ADDRESS_END = re.compile(f"\\b({alternatives('address_end')})\\W*$", re.I)
ADDRESSEE = re.compile(f"(?:{alternatives('addressee_marks')})\\s*$")
RELATION = re.compile(r"^\W*(?:" + alternatives("company_relations") + r")\b", re.I)
POSTCODE = re.compile(alternatives("postcodes"))
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # kana, ideographs, hangul: words without spaces between
NOT_COMPANY = re.compile(f"(?:\\b|(?=[{CJK}]))({alternatives('not_company')})(?:\\b|(?<=[{CJK}]))", re.I)
# "Rechnungsnummer RE-2025-10493", "Kundennummer K-55812", "Datum" alone or with its value, a slip's number
# (Bon 2281): a field's label, never a name
FIELD_START = re.compile(r"^\W*(?:(?:" + "|".join(re.escape(label) for label in sorted(
    {*labels("reference_labels"), *(a for a in labels("invoice_number_anchors") if len(a) >= 6)}, key=len, reverse=True))
    + r")(?![^\W\d_])|(?:" + "|".join(re.escape(label) for label in sorted(
        {*labels("invoice_date_anchors"), *labels("due_date_anchors")}, key=len, reverse=True))
    + r")\s*(?:[:.#]|$|\d)|(?:" + "|".join(re.escape(label) for label in sorted(
        labels("receipt_number_anchors"), key=len, reverse=True)) + r")\s*[:.#°]?\s*\d)", re.I)  # (Bon 2281: a slip's number)

TOTAL_ANCHORS = labels("total_anchors")
TOTAL_EXCLUDE = labels("total_exclude")
SUBTOTAL_ANCHORS = labels("subtotal_anchors")
TAX_ANCHORS = labels("tax_anchors")
TAX_EXCLUDE = labels("tax_exclude")
CURRENCIES = [(pattern, code) for pattern, code in vocabulary()["currencies"]]
# (the mark, the currencies that print it, the one it means when the page names none of their countries)
SHARED_MARKS = [(entry["mark"], list(entry["currencies"]), entry.get("otherwise"))
                for entry in vocabulary()["shared_marks"]]
CURRENCY_CODES = {code for _, code in CURRENCIES} | {code for _, codes, _ in SHARED_MARKS for code in codes}
DOLLAR_CURRENCIES = set(labels("dollar_currencies"))
CURRENCY_COUNTRIES = {code: re.compile("|".join(patterns)) for code, patterns in vocabulary()["currency_countries"].items()}
ZERO_DECIMAL_CURRENCIES = set(labels("zero_decimal_currencies"))
THREE_DECIMAL_CURRENCIES = set(labels("three_decimal_currencies"))
INVOICE_WORDS = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(
    {re.escape(form) for code, language in data_file("locales.yaml")["languages"].items() if code != "en"
     for word in language["invoice_words"] for form in (word.upper(), without_accents(word.upper()))},
    key=len, reverse=True)) + r")(?![^\W\d_])")
PAYMENT_WORDS = [(word, method) for word, method in vocabulary()["payment_words"]]
