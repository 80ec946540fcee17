"""Is a value visible on the page? Used to cross-check values that did not come from reading the page
(an embedded e-invoice, a model's answer) against what a person would see printed."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from .fields.found import without_accents
from .metrics import as_date

NUMBER_RE = re.compile(r"(?<![\d])-?\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?(?![\d])|-?\d+(?:[.,]\d{1,2})?")


def _fold(text: str) -> str:
    text = without_accents(text).casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def amounts_in(text: str) -> set[Decimal]:
    """Every number in the text, read both ways where the decimal mark is ambiguous."""
    found: set[Decimal] = set()
    for token in NUMBER_RE.findall(text):
        digits = re.sub(r"[\s'\u00a0\u202f]", "", token)
        for decimal_mark in (".", ","):
            other = "," if decimal_mark == "." else "."
            candidate = digits.replace(other, "")
            if candidate.count(decimal_mark) > 1:
                continue
            try:
                found.add(Decimal(candidate.replace(",", ".")))
            except InvalidOperation:
                continue
    return found


def dates_in(text: str) -> set[dt.date]:
    """Every date printed in the text, in any format the rules read (month names in any language),
    day-first and month-first both."""
    from .fields.dates import find_dates

    found = set()
    for line in text.splitlines():
        for raw, _value in find_dates(line):
            for order in ("DMY", "MDY"):
                day = as_date(raw, order)
                if day:
                    found.add(day)
    return found


def shown_on_page(kind: str, value: Any, page_text: str) -> bool:
    """Whether ``value`` (of kind ``text``, ``amount`` or ``date``) appears in the page's text."""
    if value is None or value == "":
        return True
    if kind == "amount":
        try:
            wanted = Decimal(str(value))
        except InvalidOperation:
            return False
        return wanted in amounts_in(page_text) or abs(wanted) in amounts_in(page_text)
    if kind == "date":
        wanted_day = as_date(value)
        return wanted_day is not None and wanted_day in dates_in(page_text)
    text = str(value)
    if re.fullmatch(r"[A-Z]{3}", text):  # a currency code is shown by its code or its mark (€, $, RM...)
        from .fields.vocabulary import CURRENCIES, SHARED_MARKS

        marks = [pattern for pattern, code in CURRENCIES if code == text]
        marks += [mark for mark, codes, _ in SHARED_MARKS if text in codes]
        if marks and any(re.search(pattern, page_text.upper()) for pattern in marks):
            return True
    return _fold(text) in _fold(page_text)
