"""The issuer's address on an invoice: in the seller's labelled block, else found by where invoices print
it — the sender line over the address window, across from the name, an address field, the vendor's own
column — never the customer's block, the item rows or the invoice's fields beside it. (Receipts' address,
the lines under the name, is ``parties.extract_address``; this module builds on its helpers.)"""

from __future__ import annotations

import re
from typing import Any

from ..document import TextLine
from .found import Found
from .parties import (
    ADDRESS_FIELD,
    BUYER_LABEL,
    COLUMNS,
    LEGAL_MARK,
    OTHER_FIELD,
    PLACE_LINE,
    POSTCODE_ANY,
    SELLER_LABEL,
    TOWN_AFTER_CODE,
    _address_from,
    _block_name,
    _block_under,
    _cells_starting_at,
    _column,
    _footer_company,
    _holds_heading,
    _is_address_line,
    _name_then_street,
    _phone_only,
    _sender_lines,
    _sender_parts,
    _street_line,
    _vendor_span,
    _with_sender_cells,
    _without_buyer,
    extract_address,
)
from .tables import names_item_columns
from .vocabulary import POSTCODE

BUYER_FIELD = re.compile(rf"^\s*(?:{BUYER_LABEL.pattern})\s*:", re.I)  # Покупатель: ООО «Василёк»
CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")


def extract_seller_address(lines: list[TextLine], max_lines: int = 4, **_: Any) -> Found | None:
    """The issuer's address: in the seller's block, the lines after its name — an ``Anschrift:`` /
    ``Address:`` field and the lines that go on with it, or the address lines in the block's column —
    until the block's other fields (``Telefon:``); else the address among the top lines, leaving out
    the buyer's block (whose address is not the vendor's)."""
    block = _block_name(lines, SELLER_LABEL, BUYER_LABEL)
    if block is None:
        vendor = _vendor_span(lines)
        if found := _sender_address(lines) or _address_across(lines, vendor) or _address_beside_buyer(lines, vendor):
            return found
        kept = _without_buyer(lines)
        return _address_field(kept) or extract_address(_in_vendor_column(_above_items(lines, _above_customer(lines, vendor, kept)))) \
            or (_under_foot_name(lines) if _vendor_span(kept) is None else None)
    at, span = block[1], block[2]
    edge = span[0] - 3 if span is not None else None  # the block's left edge: its label's (a field's label is in it)
    own = next(((left, right) for text, left, right in lines[at].positioned_cells() if text.strip() in block[0].value), None)
    if span is not None and own is not None and (own[0] >= span[1] or own[1] <= span[0]):
        span = own  # the name in the cell beside its label (From  Quarry Lane Consulting LLC): its column
    # without positions, the block's column by its index (Summit Roofing Inc.  Oakridge HOA: the first)
    row = COLUMNS.split(lines[at].text.strip())
    column = next((i for i, cell in enumerate(row) if cell.strip(" ,") in block[0].value), None) if len(row) > 1 else None
    parts: list[str] = []
    for line in lines[at + 1:at + 8]:
        cells = line.positioned_cells()
        # in the column of the block (or of the address field's value): not the other column's text; and the
        # block's own columns, its labels' included
        text = "  ".join(c[0] for c in line.cells_over(*span)) if cells and span else \
            _column(line.text, column) if column is not None and len(COLUMNS.split(line.text.strip())) == len(row) \
            else line.text.strip()
        mine = "  ".join(c[0] for c in cells if edge <= c[1] < span[1]) if cells and edge is not None and span else line.text
        if field := ADDRESS_FIELD.match(line.text):
            parts.append(line.text[field.end():].strip())
            value = [c for c in cells if c[1] >= (cells[0][2] if cells else 0)]  # the cells after the label
            span = (value[0][1], value[-1][2]) if value else span
        elif names_item_columns(line) or _holds_heading(text, BUYER_LABEL) or BUYER_FIELD.match(text):
            break  # the item table's header, or the customer's block: no more of the vendor's
        elif OTHER_FIELD.match(text) or OTHER_FIELD.match(mine) or _holds_heading(text, SELLER_LABEL) \
                or LEGAL_MARK.match(text.strip()) or _phone_only(text):
            if parts:  # (Company No. 09876543, (614) 555-0175: the block's other fields)
                break
        else:
            street = _street_line(text) and not CENTS.search(text)  # (Kanaaldijk 40; not an item row's 1  Paper  450,00)
            if not (_is_address_line(text) or street) and not (parts and POSTCODE_ANY.search(text)):
                if parts:
                    break
                continue
            parts.append(text)
        if len(parts) >= max_lines:
            break
    if not parts:
        return None
    address = ", ".join(re.sub(r"\s{2,}", " ", part).strip(" ,") for part in parts if part.strip(" ,"))
    return Found(address, address, " / ".join(parts), 0.8)


def _address_across(lines: list[TextLine], span: tuple[int, int] | None) -> Found | None:
    """The address printed across from the name (its lines ``span``), in the other column (``Bouwbedrijf De
    Wit B.V.  Havenweg 18`` over ``3542 AE Utrecht`` at the right): the street, then the postcode or place
    lines under it."""
    box = lines[span[0]].box if span is not None else None
    cells = lines[span[0]].positioned_cells() if span is not None else []
    if span is None or box is None or not _name_then_street([cell[0] for cell in cells]):
        return None
    street, left, height = cells[1][0], cells[1][1], max(1.0, box[3] - box[1])
    parts = [street]
    for line in lines[span[0] + 1:span[0] + 4]:
        own = _cells_starting_at(line, left, height)
        if not own or not (POSTCODE.search(own[0]) or PLACE_LINE.search(own[0])):
            break
        parts.append(own[0])
    address = " ".join(part.strip() for part in parts)
    return Found(address, address, " / ".join(parts), 0.8)


def _address_beside_buyer(lines: list[TextLine], span: tuple[int, int] | None) -> Found | None:
    """The address under the vendor's name printed beside the customer's block heading (``Invoice to:
    Northfield Print & Design Ltd`` over ``Greenway Primary School  14 Mill Lane``): the cells under the
    name, in its column, row by row — the buyer's block shares those rows, so they are not left out whole."""
    cells = lines[span[0]].positioned_cells() if span is not None else []
    box = lines[span[0]].box if span is not None else None
    if span is None or box is None or len(cells) < 2 or not _holds_heading(cells[0][0], BUYER_LABEL):
        return None
    left, height = cells[1][1], max(1.0, box[3] - box[1])
    column = [line.with_text(own[0]) for line in lines[span[1]:span[1] + 6] if (own := _cells_starting_at(line, left, height))]
    if not (parts := _address_from(column, 0, 4, cells[1][0])):
        return None
    address = " ".join(part.strip(" ,") for part in parts)
    return Found(address, address, " / ".join(parts), 0.8)


def _above_customer(lines: list[TextLine], vendor: tuple[int, int] | None, kept: list[TextLine]) -> list[TextLine]:
    """``kept`` (some of ``lines``) up to the customer's unlabelled block under the vendor's (its name's lines
    ``vendor``; see ``_block_under``): its address is the customer's, not the vendor's."""
    if vendor is None or (under := _block_under(lines, *vendor)) is None:
        return kept
    first = next((i for i, line in enumerate(kept) if line.text == lines[under[0]].text), len(kept))
    return kept[:first]


def _above_items(lines: list[TextLine], kept: list[TextLine]) -> list[TextLine]:
    """``kept`` (some of ``lines``) up to the item table's rows, when the vendor's name is above them: its
    address is not among them (Invoice2go prints none, and its rows came next)."""
    texts = [line.text for line in lines]
    table = next((i for i, line in enumerate(lines) if names_item_columns(line)), None)
    vendor = _vendor_span(kept)
    if table is None or vendor is None:
        return kept
    below = set(texts[table:]) - set(texts[:table])
    first = next((i for i, line in enumerate(kept) if line.text in below), len(kept))
    return kept[:first] if first >= vendor[1] else kept


def _in_vendor_column(lines: list[TextLine], rows: int = 8) -> list[TextLine]:
    """The lines under the vendor's name cut to its column where a row also holds the invoice's fields
    across (``410 Pearl Street  PO Number  BK-2025-11``: the street), and without the rows that hold
    only the other column's (``Nº F250087`` under ``FACTURA``); by position, else as they are."""
    cut = _with_sender_cells(lines)
    span = _vendor_span(lines)
    if span is None or not (cells := lines[span[0]].positioned_cells()) or (box := lines[span[0]].box) is None:
        return lines
    # the name's own cell (the sender's column: Xero prints it at the right, across the customer's)
    head = next((cell for cell in cells if cell[0].strip() == cut[span[0]].text.strip()), cells[0])
    left, height = head[1], max(1.0, box[3] - box[1])
    out: list[TextLine | None] = list(lines)
    for index in range(span[1], min(len(lines), span[1] + rows)):
        cells = lines[index].positioned_cells()
        own = _cells_starting_at(lines[index], left, height)
        if len(cells) >= 2 and len(own) == 1:
            out[index] = lines[index].with_text(own[0])
        elif cells and not own and all(cell_left > left + 3 * height for _, cell_left, _ in cells):
            out[index] = None  # the other column's row, to the right of the vendor's
    return [line for line in out if line is not None]


def _address_field(lines: list[TextLine], top: int = 15) -> Found | None:
    """The value of the first address field among the top lines (``Domicilio Comercial: Av. Corrientes
    1234, CABA``), the buyer's block left out by the caller."""
    for line in lines[:top]:
        if (field := ADDRESS_FIELD.match(line.text)) and (value := COLUMNS.split(line.text[field.end():].strip())[0]):
            return Found(value, value, line.text, 0.8)
    return None



def _sender_address(lines: list[TextLine]) -> Found | None:
    """The address in the sender line over the address window (``Hetzner Online GmbH · Industriestr. 25 ·
    91710 Gunzenhausen``): its parts after the name up to the town's; the lines under it are the
    addressee's."""
    for index in _sender_lines(lines[:25])[:1]:
        parts = _sender_parts(COLUMNS.split(lines[index].text.strip())[0]) or []  # (the letterhead across it out)
        town = next((at for at, part in enumerate(parts[1:], start=1)
                     if PLACE_LINE.search(part) or (POSTCODE.search(part) and TOWN_AFTER_CODE.search(part))), None)
        if town is not None and not any(":" in part or "@" in part for part in parts[1:town + 1]):
            address = " ".join(part.strip() for part in parts[1:town + 1])
            address = re.sub(r"(?<=\d)[.,·](?=\d{4,5}\s)", " ", address)  # (151.53227 Bonn: OCR's dot for the separator)
            return Found(address, address, lines[index].text, 0.8)
    return None


def _under_foot_name(lines: list[TextLine], max_lines: int = 3) -> Found | None:
    """The address under the business's name on a line of its own at the foot of the page, when no name
    stands at the top (a cloud provider's ``Details`` block: ``Nimbus Cloud EMEA Limited`` / ``70 Sir John
    Rogerson's Quay`` / ``Dublin 2, Ireland``)."""
    if (name := _footer_company(lines)) is None:
        return None
    at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip() == name.value), None)
    if at is None or not (parts := _address_from(lines, at + 1, max_lines, name.value)):
        return None
    address = " ".join(part.strip(" ,") for part in parts)
    return Found(address, address, " / ".join(parts), 0.75)
