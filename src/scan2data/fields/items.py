"""Line items: description, quantity, unit price and amount from the rows above the totals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from ..document import TextLine
from ..types import parse_amount
from .amounts import AMOUNT_RE, MEASURES, PER_MEASURE, PER_UNIT_PRICE, WEIGHED, _amounts, zeros_after_currency
from .dates import find_dates
from .found import Found
from .tables import read_item_table
from .vocabulary import SUBTOTAL_ANCHORS, TAX_ANCHORS, TOTAL_ANCHORS, alternatives

# the items end at their own end words and at every label of the total, the subtotal and the tax (a
# language's SYNOLO, OP. GRAVADA or TOPKDV as well)
ITEM_STOP = re.compile(rf"\b({alternatives('item_lines_end')}|"
                       + "|".join(re.escape(anchor) for anchor in TOTAL_ANCHORS + SUBTOTAL_ANCHORS + TAX_ANCHORS
                                  if anchor != "AMOUNT") + r")(?:(?!\w)|(?=(?-i:RM|[A-Z]{0,2}[$€£])?\d))", re.I)
# (a label glued to its amount as OCR reads a narrow row: TOTALRM21.70, CASH$20.00)
# a short mark glued to the amount after the description: its currency (CHICKEN WRAP R54.99, Kaffee €3.20)
GLUED_MARK = re.compile(r"(?<=\s)(?:[^\W\d_]{1,2}[$.]?|[^\w\s]{1,2})$")
ITEM_DISCOUNT = re.compile(rf"\b({alternatives('item_discounts')})\b", re.I)
ITEM_HEADER = re.compile(r"\b(ITEM|DESCRIPTION|QTY|PRICE|AMOUNT|U/P|S/PRICE)\b", re.I)
_UNITS = alternatives("item_units")
# 2 x (OCR: 2 ×), 2pc @, 3 UNIT *, X 2, *1, 1.00 PCS, 20.05 L @ — the number is the quantity, the rest goes
QTY_RE = re.compile(rf"(?<![\w.])(\d{{1,4}}(?:\.\d{{1,3}})?)\s*(?:(?:{_UNITS})\.?\s*)?[x×*@]\s*"
                    rf"|(?:^|\s)[x×*]\s*(\d{{1,4}})(?=\s|$)"
                    rf"|(?<![\w.])(\d{{1,4}}(?:\.\d{{1,3}})?)\s+(?:{_UNITS})\b\.?"
                    rf"|(?<![\w.])(\d{{1,4}}\.\d{{1,3}})\s*(?:{MEASURES})\.?\s*(?:@|[x×*](?=\s*\D{{0,4}}\d+\.\d{{2}}))\s*",
                    re.I)  # (a measure times a price with cents: 1.134 kg x 1.99; Milk 1.5L x 2 is two packs)
# a price per measure after the @ in thousandths (40.00 LTR @ 1.659) or in pence or cents (40.17 L @ 135.9 p/L):
# no amount, but the row's unit price
MEASURE_PRICE = re.compile(r"\s*(?:[$€£]\s?)?(?:(\d{1,3}[.,]\d{3})(?![\d.,])|(\d{2,3}(?:[.,]\d{1,2})?)\s*[pc](?![^\W\d_]))"
                           r"(?:\s*/\s*[^\W\d_]{1,3}\b)?", re.I)
PER_MEASURE_TAIL = re.compile(rf"(?<=\d)\s*(?:[^\W\d_]{{1,3}}|[€$£])?\s*/\s*{PER_MEASURE}", re.I)  # 1.99 EUR/kg
LEADING_COUNT = re.compile(r"^\s*(\d{1,2})\s+(?=[^\W\d_]{3,})")
SIZE_RE = re.compile(r"(?<![\w.])(\d{1,4}(?:\.\d{1,2})?)[x×*](\d{1,4}(?:\.\d{1,2})?)(?![\w.])", re.I)
WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}(?![^\W\d_])")  # ENV in W/ENV4.5; SR, TX: tax codes, not words
UNIT_WORD = re.compile(rf"(?:{_UNITS})", re.I)
CARRIED_FORWARD = re.compile(rf"(?<![^\W\d_])(?:{alternatives('carried_forward')})(?![^\W\d_])", re.I)
TAX_CODE_RE = re.compile(r"\s+(?:\*?[A-Z]{1,3}|ZRL)\s*$")  # trailing tax codes: SR, S, T


@dataclass
class _Row:
    """One line of figures: its words, the quantity printed, the prices before the line amount."""
    description: str
    quantity: str | None
    prices: list[Decimal]
    amount: Decimal
    at_price: bool  # the only amount is written "@ 16.00": a price, the line above its numbers
    codes: str  # what stands before the figures, item codes included: the description of last resort


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
    description, maybe a quantity (``2 X``, ``3 UNIT *``, a bare count), maybe a unit price, and the
    line amount at the right. A row of figures and codes only takes its description from the line of
    words above it or, on receipts that print it there, below it; a line of words with one ``@``
    price above such a row is that row's description; a count and price on a line of their own
    (``2 x 0,99``) go with the item above or below whose amount they make. A discount among the rows
    stays an item (with its negative amount), and a group subtotal the rows above add up to, with more
    rows below it, does not end them; a last row (or one whose amount the next row pays) that sums the
    rows above under a label of no known kind (``Food & Drink 106.50``, ``SUM 140,70``) ends them, unless a
    total of twice its amount follows (an item then).
    The rows start after the date line, or at the top when the date is printed under the totals."""
    # a column header holds no figure (ITEM(S) : 2  QTY(S) : 3 under the rows counts them)
    start = next((i + 1 for i, line in enumerate(lines)
                  if len(ITEM_HEADER.findall(line.text)) >= 2 and not re.search(r"\d", line.text)), None)
    if start is None:  # after the date line, unless the receipt prints its date under the totals
        end = next((i for i, line in enumerate(lines) if ITEM_STOP.search(line.text) and _amounts(line.text)), len(lines))
        start = next((i + 1 for i, line in enumerate(lines[:end]) if find_dates(line.text)), 0)
        if not any(_amounts(line.text) for line in lines[start:end]):
            start = 0  # the date under the rows and their total, whose label is none this knows (Norway's SUM)
    # runs of spaces kept to the cell gap: the patterns' optional spaces are quadratic on a PDF's long runs
    texts = [TAX_CODE_RE.sub("", zeros_after_currency(re.sub(r"\s{3,}", "  ", line.text.strip()))) for line in lines]
    items: list[dict[str, Any]] = []
    sources: list[str] = []
    pending: str | None = None  # a line of words no row has taken yet
    below: bool | None = None  # descriptions stand under their figures (decided by the first row without words)
    group = Decimal(0)  # what the rows since the last group subtotal add up to
    unconfirmed: int | None = None  # items read past a group subtotal, until the next group's own subtotal
    carried: tuple[str, Decimal] | None = None  # a count and price printed over the item they belong to
    grouped = 0  # items before the current group
    i = start
    while i < len(texts) and len(items) < 200:
        text, source, i = texts[i], lines[i].text, i + 1
        if (rate := PER_UNIT_PRICE.search(text)) and not _amounts(text[rate.end():]):
            continue  # Rate: Rs 102.86/L
        if CARRIED_FORWARD.search(text):
            continue  # Übertrag 5.078,00: the running total carried over a page break, no item
        if weighed := WEIGHED.search(text):
            weight, per_unit = (Decimal((weighed[n] or weighed[n + 2]).replace(",", ".")) for n in (1, 2))
            if items and "quantity" not in items[-1] and \
                    abs(weight * per_unit - Decimal(str(items[-1]["amount"]))) <= Decimal("0.02"):
                items[-1].update(quantity=float(weight), unit_price=float(per_unit))
            continue
        row = _row(text)
        if ITEM_STOP.search(text):
            if row is None and not items and not _amounts(text) and not find_dates(text):
                continue  # a heading or tax id above the rows (TAX INVOICE, P.IVA 01234567890, VAT No. IE 1234567T)
            if row is not None and row.amount < 0 and not row.prices and ITEM_DISCOUNT.search(text):
                items.append({"description": row.description or text, "amount": float(row.amount)})
                sources.append(source)
                group += row.amount
                continue
            closes_group = row is not None and items and abs(row.amount - group) <= Decimal("0.01")
            if closes_group:
                unconfirmed = None
            if closes_group and _rows_follow(texts, i):
                # a group's subtotal (Total 0% supplies) with more rows below: read on, but keep them only
                # if their own subtotal follows (not a total repeated, the cash tendered)
                group, pending, unconfirmed = Decimal(0), None, len(items)
                grouped = len(items)
                continue
            break
        if row is None:
            pending = text if _words(text) else pending
            continue
        after = _row(texts[i]) if i < len(texts) and not ITEM_STOP.search(texts[i]) else None
        if _words(row.description) and (row.at_price or (
                row.quantity is None and not row.prices and after is not None and not _words(after.description)
                and abs(row.amount) in after.prices)):
            pending = row.description  # FRUITS @24.00 (or PLASTIC BOWL - 2.80) over 40158 *1 24.00
            continue
        if (after is None or after.amount == row.amount) and len(items) - grouped >= 2 and row.amount > 0 \
                and abs(row.amount - group) <= Decimal("0.01") \
                and not any(abs(value - 2 * group) <= Decimal("0.01") for later in texts[i:] for _, value in _amounts(later)):
            break  # Food & Drink 106.50 under the rows it sums, no total of twice that below: their subtotal
            # (or SUM 140,70 paid by the next row, Bankkort 140,70)
        description = row.description
        if not _words(description) and not row.prices and row.quantity is not None:  # 2 x 0,99: a count and price
            product = (Decimal(row.quantity) * row.amount).quantize(Decimal("0.01"))  # 19.417 litre @ 2.06 = 40.00
            if items and "quantity" not in items[-1] and product == Decimal(str(items[-1]["amount"])):
                items[-1].update(quantity=float(row.quantity), unit_price=float(row.amount))  # under its line
                continue
            if after is not None and _words(after.description) and after.quantity is None and product == after.amount:
                carried = (row.quantity, row.amount)  # over its line
                continue
        if not _words(description):
            if pending is not None and below is not True:
                description, below = pending, False
            elif below is not False and i < len(texts) and re.search(r"[^\W\d_]", texts[i]) \
                    and not _amounts(texts[i]) and not ITEM_STOP.match(texts[i]):
                description, below, i = texts[i], True, i + 1  # PRO BALANCE 400GM under its figures, not TOTAL
        pending = None
        description = description or row.codes
        if not description:
            continue
        item: dict[str, Any] = {"description": re.sub(r"\s{2,}", " ", description), "amount": float(row.amount)}
        if carried is not None:
            item.update(quantity=float(carried[0]), unit_price=float(carried[1]))
            carried = None
        if (price := _unit_price(row)) is not None:
            item["unit_price"] = float(price)
        if row.quantity is not None:
            item["quantity"] = float(row.quantity)
        items.append(item)
        sources.append(source)
        group += row.amount
    if unconfirmed is not None:
        del items[unconfirmed:], sources[unconfirmed:]
    if not items:
        return None
    return Found(items, "", " / ".join(sources[:3]) + (" ..." if len(sources) > 3 else ""), 0.6)


def _row(text: str) -> _Row | None:
    sizes = _sizes(text)
    for index, size in enumerate(sizes):
        text = text.replace(size, f"⟨{'#' * (index + 1)}⟩", 1)
    quantity: str | None = None
    measure_price: Decimal | None = None
    last = list(AMOUNT_RE.finditer(text))
    counts = list(QTY_RE.finditer(text))  # a count times a price before a pack's size (20 St.  1 x 4,95)
    if (match := next((m for m in counts if not m.group(3)), counts[0] if counts else None)) and last and (
            match.end() <= last[-1].end() - len(last[-1].group(0).lstrip()) or match.group(3)):
        quantity = next(group for group in match.groups() if group)  # 1.00 PCS, 22.73 LITRE: no price
        text = text[:match.start()] + " " + text[match.end():]
        if match.group(0).rstrip().endswith("@") and (per := MEASURE_PRICE.match(text, match.start() + 1)):
            price = Decimal(per.group(1).replace(",", ".")) if per.group(1) else Decimal(per.group(2).replace(",", ".")) / 100
            if (amount := parse_amount(last[-1].group(0))) is not None and \
                    abs(price * Decimal(quantity) - amount) <= Decimal("0.01"):
                measure_price, text = price, text[:per.start()] + " " + text[per.end():]
    text = PER_MEASURE_TAIL.sub(" ", text)  # the price's unit is no word of the description
    amounts = _amounts(text)
    spans = list(AMOUNT_RE.finditer(text))
    if not amounts or not spans:
        return None
    first = spans[0]
    if re.search(r"[^\W\d_]{4,}", text[spans[-1].end():]):  # (a tax code, ZRL, or a currency, EUR, may follow)
        return None  # words after the last amount: an address (LG 1.12, JALAN PJS 11/15), not a row
    codes = GLUED_MARK.sub("", text[:first.start()])  # R54.99, ₱99.00: the currency, not the description
    head = re.sub(r"^\s*\d{4,}\s*", "", codes)  # item codes / barcodes
    if quantity is None and (bare := re.search(r"(?:^|\s)(\d{1,3})\s*$", head)):
        quantity, head = bare.group(1), head[:bare.start()]
    elif quantity is None and (lead := LEADING_COUNT.match(head)):
        quantity, head = lead.group(1), head[lead.end():]  # 2 Burger  $29.00 (restaurants print the count first)
    description = re.sub(r"\s{2,}", " ", head).strip(" :-*")
    if not _words(description) and len(spans) >= 2 and \
            re.search(r"[^\W\d_]{2,}", between := text[spans[-2].end():spans[-1].start()]):
        description = re.sub(r"\s{2,}", " ", between).strip(" :-*")  # 2 @ $4.20 WD-40  $8.40: after the price
    at_price = len(amounts) == 1 and text[:first.start()].rstrip().endswith("@")
    for index, size in reversed(list(enumerate(sizes))):
        description, codes = (part.replace(f"⟨{'#' * (index + 1)}⟩", size) for part in (description, codes))
    prices = ([measure_price] if measure_price is not None else []) + [value for _, value in amounts[:-1]]
    return _Row(description.rstrip(" @"), quantity, prices, amounts[-1][1], at_price,
                re.sub(r"\s{2,}", " ", codes).strip(" :-*@"))


def _sizes(text: str) -> list[str]:
    """Sizes printed in a description (``Env 4.5X9.75``): a glued ``AxB`` whose product is not the
    line's amount is no quantity times price."""
    amounts = _amounts(text)
    return [match.group(0) for match in SIZE_RE.finditer(text)
            if not amounts or abs(Decimal(match[1]) * Decimal(match[2]) - amounts[-1][1]) > Decimal("0.01")]


def _words(text: str) -> list[str]:
    """The words of a description (letters only, three or more), counting units left out."""
    return [word for word in WORD_RE.findall(text) if not UNIT_WORD.fullmatch(word)]


def _rows_follow(texts: list[str], index: int) -> bool:
    """More item rows come next: a row of figures, or a line of words and then one."""
    for text in texts[index:index + 2]:
        if ITEM_STOP.search(text):
            return False
        if _row(text) is not None:
            return True
    return False


def _unit_price(row: _Row) -> Decimal | None:
    """The price that times the quantity makes the amount (a line may print prices with and without
    tax, and a discount column of 0.00), else the last one printed before the amount."""
    prices = [price for price in row.prices if price]
    if row.quantity is not None:
        quantity = Decimal(row.quantity)
        for price in reversed(prices):
            if abs(quantity * price - row.amount) <= Decimal("0.01") * max(Decimal(1), quantity):
                return price
    return prices[-1] if prices else None
