"""Dates and times as printed: ``25/12/2018``, ``03 MAR 2018``, ``2018-12-25``, dates glued to times."""

from __future__ import annotations

import re
from typing import Any

from ..document import TextLine
from ..types import parse_date
from .found import Found, _upper

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
DATE_PATTERNS = [
    re.compile(r"(?<![\d/.-])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d/])"),
    re.compile(r"(?<![\d/.-])\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}(?![\d/])"),
    re.compile(rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?[-\s/.]*{MONTH}[-\s/.,']*\d{{2,4}}(?!\d)", re.I),
    re.compile(rf"\b{MONTH}[-\s/.]*\d{{1,2}}(?:st|nd|rd|th)?[,\s/.-]+\d{{4}}(?!\d)", re.I),
    re.compile(r"(?<!\d)20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    # OCR glues the time to the date: "18-03-201811:23", "2016/05/0114:11:20"
    re.compile(r"(?<![\d/.-])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?=\d{1,2}:\d{2})"),
    re.compile(r"(?<![\d/.-])(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{2}(?=\d{1,2}:\d{2})"),
    re.compile(r"(?<![\d/.-])\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?=\d{1,2}:\d{2})"),
]
TIME_RE = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?:\s?:\s?[0-5]\d)?(?:\s?[AaPp][Mm])?(?!\d)")


def find_dates(text: str) -> list[tuple[str, Any]]:
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            raw = match.group(0).strip(" ,.'")
            try:
                value = parse_date(raw)
            except (ValueError, TypeError):
                continue
            if value and 1990 <= value.year <= 2100:
                found.append((match.start(), raw, value))
    found.sort(key=lambda item: (item[0], -len(item[1])))
    seen, unique = set(), []
    for start, raw, value in found:
        if start not in seen:
            seen.add(start)
            unique.append((raw, value))
    return unique


def extract_date(lines: list[TextLine], anchors: list[str] | None = None,
                 avoid: tuple[str, ...] = ("DUE", "EXPIR", "PRINT"), **_: Any) -> Found | None:
    """The date on the first line with an anchor (``DATE``), else the first date; lines naming
    another date (due, expiry, printed) do not count as anchored."""
    anchors = [a.upper() for a in (anchors or ["DATE", "TARIKH"])]
    best: Found | None = None
    for line in lines:
        dates = find_dates(line.text)
        if not dates:
            continue
        raw, value = dates[0]
        upper = _upper(line.text)
        anchored = any(a in upper for a in anchors) and not any(w in upper for w in avoid)
        confidence = 0.95 if anchored else 0.8
        if best is None or confidence > best.confidence:
            best = Found(value.isoformat(), raw, line.text, confidence)
        if anchored:
            break
    return best


def extract_time(lines: list[TextLine], **_: Any) -> Found | None:
    for line in lines:
        for match in TIME_RE.finditer(line.text):
            if find_dates(line.text) or "TIME" in line.text.upper():
                hours, minutes = int(match.group(1)), match.group(2)
                raw = match.group(0)
                if raw.lower().endswith("pm") and hours < 12:
                    hours += 12
                return Found(f"{hours:02d}:{minutes}", raw, line.text, 0.8)
    return None

