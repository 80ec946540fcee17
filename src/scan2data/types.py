"""Field types for schemas that read what is printed on paper.

Models and OCR give amounts as ``RM 1,234.50`` or ``9.00-`` and dates as ``25/12/2018``, ``03 MAR 2018``
or ``20180304``. These types accept such strings and store clean values (``Decimal``, ``datetime.date``),
so every schema author does not write the same parsers again. Their JSON schema stays a plain
string/number so models can be constrained with it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Optional

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema


def _months() -> dict[str, int]:
    """Month names and abbreviations of every language in ``data/locales.yaml`` -> month number."""
    from .datafiles import data_file

    names: dict[str, int] = {}
    for language in data_file("locales.yaml")["languages"].values():
        for number, spellings in enumerate(language.get("months", []), start=1):
            for spelling in spellings:
                names.setdefault(str(spelling).lower(), number)
                # receipts' text is read without accents (MARZ, FEVRIER, AOUT): those spellings too
                names.setdefault("".join(c for c in unicodedata.normalize("NFKD", str(spelling).lower())
                                         if not unicodedata.combining(c)), number)
    return names


MONTHS = _months()


def _date_words() -> list[str]:
    """Words printed between a date's day, month and year (``de`` in "20 de marzo de 2025")."""
    from .datafiles import data_file

    return sorted({str(word).lower() for language in data_file("locales.yaml")["languages"].values()
                   for word in language.get("date_words", [])}, key=len, reverse=True)


DATE_WORDS = _date_words()
_DATE_WORDS_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, DATE_WORDS)) + r")(?![^\W\d_])") \
    if DATE_WORDS else None


def _tax_rates() -> list[Decimal]:
    """Every tax rate (percent) of ``data/locales.yaml`` ``tax_rates``, lowest first."""
    from .datafiles import data_file

    return sorted({Decimal(str(rate)) for rates in data_file("locales.yaml")["tax_rates"].values() for rate in rates})


TAX_RATES = _tax_rates()

_AMOUNT_RE = re.compile(r"-?\d[\d,. ]*")


def parse_amount(value: Any) -> Decimal | None:
    """``"RM 1,234.50"`` -> ``Decimal("1234.50")``; ``"1.234,50"`` (comma decimals) also works."""
    if value is None or isinstance(value, bool):
        return None
    if not isinstance(value, (str, int, float, Decimal)):
        raise ValueError(f"an amount is a number or text, not {type(value).__name__}")
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    text = str(value).strip()
    if not text:
        return None
    match = _AMOUNT_RE.search(text.replace(" ", ""))
    if not match:
        raise ValueError(f"no amount in {value!r}")
    # -5.00, 5.00-, (5.00), and the sign after a currency: EUR -1.12, RM-5.00
    negative = text.startswith("-") or text.endswith("-") or (text.startswith("(") and text.endswith(")")) \
        or bool(re.match(r"(?:[A-Z]{1,3}|[$€£¥₹])\s*-", text, re.I))
    number = match.group(0).lstrip("-").strip(".,")
    last_dot, last_comma = number.rfind("."), number.rfind(",")
    if last_comma > last_dot and len(number) - last_comma - 1 in (1, 2):
        number = number.replace(".", "").replace(",", ".")  # 1.234,50
    else:
        number = number.replace(",", "")
        if number.count(".") > 1:  # 1.234.567 thousands dots
            head, _, tail = number.rpartition(".")
            number = head.replace(".", "") + ("." + tail if len(tail) != 3 else tail)
    try:
        amount = Decimal(number)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    return -amount if negative else amount


# the order a reader settled for the document it is reading (see ``document_date_order``)
DOCUMENT_DATE_ORDER: ContextVar[str | None] = ContextVar("document_date_order", default=None)


def date_order() -> str:
    """The document's own order while a reader has settled it, else day-first (``DMY``, as most of the
    world prints) unless ``SCAN2DATA_DATE_ORDER=MDY``."""
    return DOCUMENT_DATE_ORDER.get() or os.environ.get("SCAN2DATA_DATE_ORDER", "DMY").upper()


NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?![\d.,/-])")


def document_date_order(texts: list[str], currency: str | None) -> str | None:
    """How a document orders 03/12/2025, from its own evidence: a date that fits one order only
    (19/03/2025, 03/19/2025) settles it; else a currency whose country writes the month first
    (``month_first_currencies`` in data/locales.yaml: a US dollar invoice's 03/12/2025 is March 12).
    None: nothing to go by, or the run set its order (the default order holds)."""
    day_first = month_first = 0
    for text in texts:
        for match in NUMERIC_DATE.finditer(text):
            first, second = int(match[1]), int(match[2])
            day_first += first > 12 >= second
            month_first += second > 12 >= first
    if day_first != month_first:
        return "DMY" if day_first > month_first else "MDY"
    from .datafiles import data_file

    if not os.environ.get("SCAN2DATA_DATE_ORDER") and currency in data_file("locales.yaml")["month_first_currencies"]:
        return "MDY"  # a run's own setting outranks this guess
    return None


def _year(text: str) -> int:
    """A printed year: two digits are this century's; a Thai Buddhist-era year (2568) is 543 ahead."""
    year = int(text)
    if 2400 <= year <= 2700:
        return year - 543
    return year + 2000 if year < 100 else year


def parse_date(value: Any, order: str | None = None) -> dt.date | None:
    """Parse the date formats printed on receipts and invoices; ``order`` settles 01/02/2024."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError(f"a date is text, not {type(value).__name__}")
    text = str(value).strip().lower()
    if not text:
        return None
    if _DATE_WORDS_RE is not None:
        text = re.sub(r"\s+", " ", _DATE_WORDS_RE.sub(" ", text)).strip()
    order = (order or date_order()).upper()
    if m := re.search(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})", text):  # 2025年3月16日
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})", text):  # Ngày 19 tháng 11 năm 2025
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.search(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text):  # ISO first (2016-04-04Z, …T10:00)
        return dt.date(_year(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"\b(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2,4})\b", text):
        a, b, year = int(m[1]), int(m[2]), _year(m[3])
        day, month = (b, a) if order == "MDY" else (a, b)
        if month > 12 and day <= 12:
            day, month = month, day
        return dt.date(year, month, day)
    if m := re.search(r"\b(\d{1,2})(?:st|nd|rd|th|er)?[-/. ]*([^\W\d_]{3,12})\.?[-/.,'’ ]*(\d{2,4})\b", text):
        if m[2] in MONTHS:
            return dt.date(_year(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.search(r"\b([^\W\d_]{3,12})\.?[-/. ]*(\d{1,2})(?:st|nd|rd|th)?[-/.,'’ ]*(\d{2,4})\b", text):
        if m[1] in MONTHS:
            return dt.date(_year(m[3]), MONTHS[m[1]], int(m[2]))
    if m := re.search(r"\b(20\d{2})(\d{2})(\d{2})\b", text):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"not a date: {value!r}")


def _to_amount(value: Any) -> Decimal | None:
    return parse_amount(value)


def _to_date(value: Any) -> dt.date | None:
    return parse_date(value)


# Both types are optional by nature (paper often lacks a field, and an empty string means "absent"):
# making None part of the type keeps ``total: Amount = None`` simple for schema authors.
Amount = Annotated[
    Optional[Decimal],
    BeforeValidator(_to_amount),
    PlainSerializer(lambda d: float(d) if d is not None else None, return_type=Optional[float]),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "null"}]}),
]
"""A money amount or None; accepts ``"RM 9.00"``, ``"1,234.50"``, ``9``, ``""``."""

FlexibleDate = Annotated[
    Optional[dt.date],
    BeforeValidator(_to_date),
    WithJsonSchema({"anyOf": [{"type": "string", "description": "YYYY-MM-DD"}, {"type": "null"}]}),
]
"""A calendar date or None; accepts ``25/12/2018``, ``03 MAR 2018``, ``2018-12-25``, ``20181225``."""
