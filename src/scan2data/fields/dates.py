"""Dates and times as printed: ``25/12/2018``, ``03 MAR 2018``, ``2018-12-25``, dates glued to times."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..document import TextLine
from ..types import DATE_WORDS, MONTHS, parse_date
from .found import Found
from .tables import names_item_columns
from .vocabulary import labels

# every month name and abbreviation in data/locales.yaml, longest first
MONTH = "(?:" + "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
LINK = "(?:(?:" + "|".join(re.escape(word) for word in DATE_WORDS) + r")\s+)?" if DATE_WORDS else ""  # "de" of "20 de marzo"
DATE_PATTERNS = [
    re.compile(r"(?<![\d/.-])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d/])"),
    # one separator throughout: 01-10/11 is a unit number (#01-10/11), not a date
    re.compile(r"(?<![\d/.-])\d{1,2}\s?([-/.])\s?\d{1,2}\s?\1\s?\d{2,4}(?![\d/])"),
    re.compile(rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th|er)?[-\s/.]*{LINK}{MONTH}(?![^\W\d_])[-\s/.,'’]*{LINK}\d{{2,4}}(?!\d)", re.I),
    # (the year in full, or its last two digits after an apostrophe, MAR 28 '25, or before the time, MAR 28 25 7:15)
    re.compile(rf"(?<![^\W\d_]){MONTH}(?![^\W\d_])[-\s/.]*\d{{1,2}}(?:st|nd|rd|th)?"
               rf"(?:[,\s/.-]+\d{{4}}|\s*['’]\d{{2}}|\s+\d{{2}}(?=\s+\d{{1,2}}:\d{{2}}))(?!\d)", re.I),
    re.compile(r"(?<!\d)20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<!\d)\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"),  # 2025年3月16日, 2025년 3월 16일
    # Vietnamese, with its accents or without: Ngày 19 tháng 11 năm 2025
    re.compile(r"(?<![^\W\d_])NG[ÀA]Y\s+\d{1,2}\s+TH[ÁA]NG\s+\d{1,2}\s+N[ĂA]M\s+\d{4}(?!\d)", re.I),
    # OCR glues the time to the date: "18-03-201811:23", "2016/05/0114:11:20"
    re.compile(r"(?<![\d/.-])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?=\d{1,2}:\d{2})"),
    re.compile(r"(?<![\d/.-])(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{2}(?=\d{1,2}:\d{2})"),
    re.compile(r"(?<![\d/.-])\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?=\d{1,2}:\d{2})"),
]
TIME_RE = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?:\s?:\s?[0-5]\d)?(?:\s?[AaPp][Mm])?(?!\d)")


def date_spans(text: str) -> list[tuple[int, str, Any]]:
    """(where it starts, the date as printed, the date) for every date in ``text``, in order."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            printed = match.group(0)
            raw = printed.strip(" ,.'")
            try:
                value = parse_date(raw)
            except (ValueError, TypeError):
                continue
            if value and 1990 <= value.year <= 2100:
                found.append((match.start() + len(printed) - len(printed.lstrip(" ,.'")), raw, value))
    found.sort(key=lambda item: (item[0], -len(item[1])))
    seen, unique = set(), []
    for start, raw, value in found:
        if start not in seen:
            seen.add(start)
            unique.append((start, raw, value))
    return unique


def find_dates(text: str) -> list[tuple[str, Any]]:
    """(the date as printed, the date) for every date in ``text``, in order."""
    return [(raw, value) for _start, raw, value in date_spans(text)]


def extract_date(lines: list[TextLine], anchors: list[str] | None = None,
                 avoid: tuple[str, ...] | list[str] = ("DUE", "EXPIR", "PRINT"), deadlines: list[str] | None = None,
                 **_: Any) -> Found | None:
    """The date on the line with the best-ranked anchor (``INVOICE DATE`` before ``DATE``; the first such
    line), else the first date. A label row with its dates on the row below (``Invoice Date:  Due Date:``
    over ``21/09/2022  21/10/2022``) gives the date in the anchor's column. An anchor with another date's
    word in its label (``DELIVERY DATE``, ``Lieferdatum``, ``date de facture associée``) does not count. A date
    right after one of the ``deadlines`` words (``zahlbar bis 20.05.2025``, ``pay by``) is a deadline, not it."""
    anchors = [a.upper() for a in (anchors or ["DATE", "TARIKH"])]
    deadline = _deadline(tuple(deadlines or ()))
    best: tuple[tuple[int, int], Found] | None = None
    for index, line in enumerate(lines):
        spans = [(start, raw, value) for start, raw, value in date_spans(line.text)
                 if not (deadline and deadline.search(line.text[:start]))]  # (not "zahlbar bis zum 20.05.2025")
        rank, column, at = _best_anchor(line.text.upper(), anchors, avoid)
        if rank is not None and len(spans) > 1:
            # two dates and a label on one row (Arrivée: 25/11/2025  Départ: 27/11/2025): the label's own first
            spans = [span for span in spans if span[0] >= at] or spans
        dates = [(raw, value) for _, raw, value in spans]
        below = find_dates(lines[index + 1].text) if rank is not None and not dates and index + 1 < len(lines) else []
        # under the label by position; past a row of prose beside it only under a row of column labels
        alone = line.text.strip(" :").upper() in anchors  # (Due Date on its line, its date two rows down)
        if rank is not None and not dates and (below or alone or (len(line.cells) >= 2 and not re.search(r"[\d:]", line.text))) \
                and not names_item_columns(line) and (under := _date_under(lines, index, column)):
            # (not the Date column of an item table: a folio's first night is not its date)
            dates, source = [under[0]], f"{line.text} / {under[1]}"
        elif below:
            cells = COLUMNS.split(lines[index + 1].text.strip())
            # the best anchor's column, else the next anchor's on the row ("Invoice #  Date  Due Date": the
            # title's column holds the number, the date's the date)
            for anchor in _anchors_on(line.text.upper(), anchors, avoid):
                rank, column = anchor[:2]  # the anchor that gives the date ranks it
                cell = cells[column] if column < len(cells) else ""
                if dates := find_dates(cell) or (below if len(below) == 1 and len(cells) <= column else []):
                    break
            following = COLUMNS.split(lines[index + 2].text.strip()) if index + 2 < len(lines) else []
            heads = COLUMNS.split(line.text.strip())
            if not dates or (column < len(heads) and heads[column].strip(" :").upper() in DATE_COLUMN_HEADS
                             and column < len(following) and find_dates(following[column])):
                continue  # (a Date column over a folio's nights: none is the document's date)
            source = f"{line.text} / {lines[index + 1].text}"
        elif not dates:
            continue
        else:
            source = line.text
        raw, value = dates[0]
        key = (-(rank if rank is not None else len(anchors)), -index)
        confidence = 0.95 if rank is not None else 0.8
        if best is None or key > best[0]:
            best = (key, Found(value.isoformat(), raw, source, confidence))
    if best is None:
        return None
    found = best[1]
    if best[0][0] == -len(anchors):  # no label says which date is the document's: a second one is a doubt
        others = sorted({value.isoformat() for line in lines if not any(word in line.text.upper() for word in avoid)
                         for _, value in find_dates(line.text)} - {found.value})
        if others:
            found.confidence = 0.45
            found.doubt = f"the page prints other dates too ({', '.join(others[:2])}) and labels none: check which is its own"
    return found


COLUMNS = re.compile(r"\s{2,}")
DATE_COLUMN_HEADS = {label.upper() for label in labels("date_column_heads")}
WORD_TAIL = re.compile(r"[^\W\d_]*")  # (matches everywhere, if only the empty string)


@lru_cache(maxsize=8)
def _deadline(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The deadline words as a pattern that ends where a date would start."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.I) if words else None


def _date_under(lines: list[TextLine], index: int, column: int) -> tuple[tuple[str, Any], str] | None:
    """The first date printed under the label's cell in the few rows below it, by position: a payment
    terms table (``Beschreibung  Fälligkeit  Teilzahlung``) wraps its prose over the rows, and the date
    in the prose (a discount's deadline) is not the one in the due-date column."""
    cells = lines[index].positioned_cells()
    label_box = lines[index].box
    if column >= len(cells) or label_box is None or len(cells[column][0]) > 30 or re.search(r"\d", cells[column][0]):
        return None  # a column's label is short and holds no value: not a sentence, not "FACTURATION : A1"
    _, left, right = cells[column]
    height = max(1.0, label_box[3] - label_box[1])
    bottom = label_box[3]
    for at in range(index + 1, min(len(lines), index + 5)):
        line = lines[at]
        if line.box is None or line.box[1] - bottom > 3 * height:
            break
        bottom = max(bottom, line.box[3])
        for text, _, _ in line.cells_over(left, right):
            if dates := find_dates(text):
                after = lines[at + 1] if at + 1 < len(lines) else None
                if cells[column][0].strip(" :").upper() in DATE_COLUMN_HEADS and after is not None \
                        and any(find_dates(cell) for cell, _, _ in after.cells_over(left, right)):
                    return None  # a Date column over a folio's nights: none is the document's date (a due date
                    # column's first instalment is its due date)
                return dates[0], line.text
    return None


def _best_anchor(upper: str, anchors: list[str], avoid: tuple[str, ...] | list[str]) -> tuple[int | None, int, int]:
    """(rank of the best anchor on the line, the column it sits in, where it starts); see ``_anchors_on``."""
    return next(_anchors_on(upper, anchors, avoid), (None, 0, 0))


def _anchors_on(upper: str, anchors: list[str], avoid: tuple[str, ...] | list[str]) -> Iterator[tuple[int, int, int]]:
    """(rank, column, start) of each anchor on the line, best first; an anchor whose own label holds another
    date's word (in the few characters before it, or up to the colon after it) is skipped. A long
    anchor may end a compound (``Belegdatum``); a short one starts its word (``DUE`` is not in
    ``Kundenindividuelles``)."""
    for rank, anchor in enumerate(anchors):
        start = r"(?<![^\W\d_])" if len(anchor) < 4 else ""
        for match in re.finditer(start + re.escape(anchor).replace(r"\ ", r"\s+"), upper):
            at, end = match.start(), match.end()
            colon = upper.find(":", end)
            # (to the colon, or the end of the anchor's word: RECHNUNGSBETRAG is an amount's label)
            label_end = colon if 0 <= colon - end <= 24 else WORD_TAIL.match(upper, end).end()  # type: ignore[union-attr]
            label = upper[max(0, at - 14):label_end]
            if any(word in label for word in avoid if word not in anchor):
                continue
            yield rank, len(COLUMNS.findall(upper[:at].lstrip())), at


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

