"""Field extractors for the rules engine, one module per field family: ``dates``, ``amounts``,
``parties`` (name, address, phone, buyer, seller), ``seller_address`` (an invoice's vendor address),
``labelled`` (labelled values, payment, currency, class) and
``items``. Each takes the document's lines (and its options) and returns a ``Found`` or None.
What they look for is data: ``data/vocabulary.yaml``; which extractor a field gets by default is
``data/default_fields.yaml``."""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any, Callable

from ..datafiles import data_file
from ..plugins import suggestion
from .amounts import (
    extract_amount,
    extract_included_tax,
    extract_tendered,
    extract_total,
    extract_total_before_rounding,
)
from .dates import extract_date, extract_time
from .found import Found
from .items import extract_items
from .labelled import extract_currency, extract_document_class, extract_labelled, extract_payment
from .parties import (
    extract_address,
    extract_buyer,
    extract_company,
    extract_phone,
    extract_seller,
)
from .seller_address import extract_seller_address
from .vocabulary import labels

EXTRACTORS: dict[str, Callable[..., Found | None]] = {
    "date": extract_date,
    "time": extract_time,
    "amount": extract_amount,
    "included_tax": extract_included_tax,
    "total": extract_total,
    "total_before_rounding": extract_total_before_rounding,
    "tendered": extract_tendered,
    "company": extract_company,
    "seller": extract_seller,
    "buyer": extract_buyer,
    "seller_address": extract_seller_address,
    "address": extract_address,
    "phone": extract_phone,
    "labelled": extract_labelled,
    "currency": extract_currency,
    "payment": extract_payment,
    "document_class": extract_document_class,
    "items": extract_items,
}


LABEL_OPTIONS = ("anchors", "exclude", "avoid", "titles", "not_titles", "included", "together", "within", "after", "before", "others",
                 "tendered", "change", "deadlines", "totals_row")


LIST_NAME = re.compile(r"[a-z][a-z0-9_]*")  # a vocabulary list's name (labels are written in capitals)


def label_list(value: Any) -> Any:
    """A label option's value with the vocabulary lists it names put in: ``total_exclude`` is that
    list, ``[subtotal_anchors, total_anchors]`` the two joined (names and labels may be mixed). A name
    that data/vocabulary.yaml lacks is an error, never a label."""
    if isinstance(value, str):
        return labels(_known_list(value))
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for item in value:
        out.extend(labels(_known_list(item)) if isinstance(item, str) and LIST_NAME.fullmatch(item) else [item])
    return out


def _known_list(name: str) -> str:
    known = set(data_file("vocabulary.yaml"))
    if name not in known:
        raise ValueError(f"no label list {name!r} in data/vocabulary.yaml{suggestion(name, known)}")
    return name


def _default_fields() -> dict[str, dict[str, Any]]:
    """``data/default_fields.yaml``, with label-list names (``total_exclude``) replaced by the lists."""
    fields = {}
    for name, spec in data_file("default_fields.yaml").items():
        fields[name] = {key: label_list(value) if key in LABEL_OPTIONS else value for key, value in spec.items()}
    return fields


# Inferred extractors for common field names, so `--engine local` works on new document types.
DEFAULT_FIELDS: dict[str, dict[str, Any]] = _default_fields()

# extractors that pass their other options on to another one
EXTRACTOR_FORWARDS = {"total": "amount", "total_before_rounding": "amount", "tendered": "amount"}


def extractor_options(name: str) -> set[str]:
    """The options an extractor accepts: its keyword parameters (and those it forwards)."""
    parameters = inspect.signature(EXTRACTORS[name]).parameters
    accepted = {p for p, spec in parameters.items() if p != "lines" and spec.kind is not inspect.Parameter.VAR_KEYWORD}
    if name in EXTRACTOR_FORWARDS:
        accepted |= extractor_options(EXTRACTOR_FORWARDS[name])
    return accepted



def extractor_hints(name: str) -> dict[str, Any]:
    """The type of each option an extractor accepts (and of those it forwards), to check values by."""
    hints = extractor_hints(EXTRACTOR_FORWARDS[name]) if name in EXTRACTOR_FORWARDS else {}
    hints.update({key: hint for key, hint in typing.get_type_hints(EXTRACTORS[name]).items()
                  if key not in ("lines", "return", "_")})
    return hints


__all__ = ["DEFAULT_FIELDS", "EXTRACTORS", "Found", "extractor_hints", "extractor_options"]
