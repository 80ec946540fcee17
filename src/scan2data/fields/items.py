"""Line items: description, quantity, unit price and amount from the rows above the totals."""

from __future__ import annotations

import re
from typing import Any, Literal

from ..document import TextLine
from .amounts import AMOUNT_RE, _amounts
from .dates import find_dates
from .found import Found
from .tables import read_item_table

ITEM_STOP = re.compile(r"\b(SUB\s*-?TOTAL|TOTAL|NETT|GRAND|AMOUNT DUE|BALANCE|CASH|CHANGE|ROUNDING|GST|VAT|TAX|"
                       r"DISCOUNT|SERVICE|PAYMENT|VISA|MASTER|TENDER|PAID)\b", re.I)
ITEM_HEADER = re.compile(r"\b(ITEM|DESCRIPTION|QTY|PRICE|AMOUNT|U/P|S/PRICE)\b", re.I)
QTY_RE = re.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s*[xX*@]\s*|(?:^|\s)[xX]\s*(\d{1,4})(?=\s)")


def extract_items(lines: list[TextLine], layout: Literal["auto", "table", "lines"] = "auto", **_: Any) -> Found | None:
    """Line items. ``layout: table`` reads an item table by its columns (``tables.read_item_table``:
    needs a header and the cells' positions) and nothing else — on invoices, rows guessed from loose
    lines were mostly junk (186 items read where the e-invoice XML has 73); ``lines`` reads rows line
    by line (receipts: on SROIE the column reader flagged 13 more right receipts); ``auto``, the
    table when one is found, else the lines."""
    if layout != "lines" and (table := read_item_table(lines)) is not None and table[0]:
        items, sources = table
        return Found(items, "", " / ".join(sources[:3]) + (" ..." if len(sources) > 3 else ""), 0.7)
    return None if layout == "table" else _loose_items(lines)


def _loose_items(lines: list[TextLine]) -> Found | None:
    """Item rows between the column header (or the date line) and the first total line: a
    description, maybe a quantity (``2 X``, ``2 x 4.50``, a bare count), maybe a unit price, and the
    line amount at the right. A row with numbers only takes the description line above it."""
    start = next((i + 1 for i, line in enumerate(lines) if len(ITEM_HEADER.findall(line.text)) >= 2), None)
    if start is None:
        start = next((i + 1 for i, line in enumerate(lines) if find_dates(line.text)), 0)
    items, sources = [], []
    pending_description = None
    for line in lines[start:]:
        text = re.sub(r"\s+(?:\*?[A-Z]{1,3}|ZRL)\s*$", "", line.text.strip())  # trailing tax codes: SR, S, T
        if ITEM_STOP.search(text):
            break
        amounts = _amounts(text)
        if not amounts:
            letters = re.sub(r"[^A-Za-z]", "", text)
            pending_description = text if len(letters) >= 3 else pending_description
            continue
        first_amount = AMOUNT_RE.search(text)
        head = text[:first_amount.start()] if first_amount else text
        quantity = None
        if match := QTY_RE.search(head):
            quantity = match.group(1) or match.group(2)
            head = head[:match.start()] + " " + head[match.end():]
        description = re.sub(r"^\s*\d{4,}\s*", "", head)  # item codes / barcodes
        if quantity is None and (bare := re.search(r"\s(\d{1,3})\s*$", description)):
            quantity, description = bare.group(1), description[:bare.start()]
        description = re.sub(r"\s{2,}", " ", description).strip(" :-*")
        if len(re.sub(r"[^A-Za-z]", "", description)) < 2:
            description = pending_description or description
        pending_description = None
        if not description:
            continue
        item = {"description": description, "amount": float(amounts[-1][1])}
        if len(amounts) >= 2:
            item["unit_price"] = float(amounts[-2][1])
        if quantity is not None:
            item["quantity"] = float(quantity)
        items.append(item)
        sources.append(line.text)
        if len(items) >= 200:
            break
    if not items:
        return None
    return Found(items, "", " / ".join(sources[:3]) + (" ..." if len(sources) > 3 else ""), 0.6)


