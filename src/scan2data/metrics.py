"""How right an extracted value is, in the ways users and papers count it.

* strict: the string equals the ground truth exactly, as SROIE task 3 scores it (the value *as
  printed* is compared when the engine kept it, e.g. ``25/12/2018`` rather than ``2018-12-25``);
* normalised: case, whitespace and punctuation ignored; amounts compared as numbers; dates as dates;
* similarity: character similarity of the normalised strings (0..1), for text fields.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import typing
from decimal import Decimal
from typing import Any

from .types import parse_amount, parse_date

KINDS = ("text", "amount", "date")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def normalise_text(value: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).casefold()) if not _blank(value) else ""


def as_amount(value: Any) -> Decimal | None:
    try:
        return parse_amount(value)
    except (ValueError, ArithmeticError):
        return None


def as_date(value: Any, order: str = "DMY") -> dt.date | None:
    try:
        return parse_date(value, order=order)
    except (ValueError, TypeError):
        return None


def strict_match(expected: Any, got: Any) -> bool:
    if _blank(expected):
        return _blank(got)
    return not _blank(got) and str(got).strip() == str(expected).strip()


def normalised_match(expected: Any, got: Any, kind: str = "text", date_order: str = "DMY") -> bool:
    if _blank(expected) or _blank(got):
        return _blank(expected) and _blank(got)
    if kind == "amount":
        a, b = as_amount(expected), as_amount(got)
        return a is not None and b is not None and a == b  # signed: a refund is not a sale
    if kind == "date":
        day_a, day_b = as_date(expected, date_order), as_date(got, date_order)
        if day_a is not None and day_b is not None:
            return day_a == day_b
    return normalise_text(expected) == normalise_text(got)


def similarity(expected: Any, got: Any) -> float:
    a, b = normalise_text(expected), normalise_text(got)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def prf(true_positives: int, predicted: int, expected: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def field_kinds(schema) -> dict[str, str]:
    """Schema field -> how to compare it: ``amount`` (numbers), ``date`` or ``text``."""
    kinds = {}
    for name, info in schema.model_fields.items():
        args = set(typing.get_args(info.annotation)) | {info.annotation}
        if Decimal in args or float in args:
            kinds[name] = "amount"
        elif dt.date in args:
            kinds[name] = "date"
        else:
            kinds[name] = "text"
    return kinds
