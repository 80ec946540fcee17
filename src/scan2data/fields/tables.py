"""Item tables read by column: the header line says which column holds the description, the quantity,
the unit price and the line amount, and each row's numbers are put in the column they stand under.

Reading by position is what separates a line amount from a quantity, a tax rate or a price on an
invoice (``1  Superdrachen  2  20,00  40,00`` under ``Pos.  Artikelbeschreibung  Menge  Preis
Betrag``); it needs the cells' positions, which text layers and OCR engines give (``TextLine.cells``).
Labels are data (``item_columns``, ``item_table_end`` in data/vocabulary.yaml), not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..document import TextLine
from ..types import parse_amount
from .found import without_accents
from .vocabulary import vocabulary

ROLES = ("description", "quantity", "unit_price", "amount")
MONEY_RE = re.compile(r"-?\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}\)?-?")  # a price or amount has its cents
WORD_RE = re.compile(r"\S+")
NUMBER_RE = re.compile(r"(?<![\w.,/-])[-(]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|,\d(?!\d))?\)?-?(?![\w/]|[.,]\d)")


def _fold(text: str) -> str:
    """Upper case without accents, so QTÉ and QTE, Stückpreis and STUCKPREIS meet."""
    return without_accents(text.upper())


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    words = sorted({_fold(label) for label in labels}, key=len, reverse=True)
    return re.compile(r"(?<![A-Z0-9])(" + "|".join(re.escape(w) for w in words) + r")(?![A-Z0-9])")


# "excl. VAT", "hors TVA", "ohne MwSt": a tax word after these qualifies the column before it
QUALIFIER = re.compile(r"\b(EXCL|INCL|EXCLUDING|INCLUDING|EXKL|INKL|OHNE|ZZGL|HORS|SANS|EXCL\. OF)\.?\s*$")
_VOCABULARY = vocabulary()
COLUMN_LABELS = {role: _label_pattern(labels) for role, labels in _VOCABULARY["item_columns"].items()}
# the table ends at its own end words and at every label of a document total (GESAMTBETRAG, ZAHLBETRAG...)
TABLE_END = _label_pattern([*_VOCABULARY["item_table_end"], *_VOCABULARY["invoice_total_anchors"],
                            *_VOCABULARY["invoice_subtotal_anchors"], *_VOCABULARY["invoice_line_total_anchors"]])

CARRIED_FORWARD = _label_pattern(_VOCABULARY["carried_forward"])  # Übertrag 5.078,00: a page's running total


@dataclass
class Column:
    role: str
    left: float
    right: float

    def distance(self, left: float, right: float) -> float:
        """0 when the span overlaps the column; else how far it sits from it (numbers are aligned on
        one edge of their header, text on the other)."""
        if right >= self.left and left <= self.right:
            return 0.0
        return min(abs(left - self.left), abs(right - self.right), abs(left - self.right), abs(right - self.left))


@dataclass
class Token:
    text: str
    left: float
    right: float
    number: Decimal | None = None
    cell: tuple[float, float] | None = None  # the span of the cell it was read in


def _tokens(line: TextLine, pattern: re.Pattern[str] | None = None) -> list[Token]:
    """The line's pieces with where they sit; inside one cell, by their share of its characters."""
    tokens = []
    for text, left, right in line.positioned_cells():
        width = (right - left) / max(1, len(text))
        if pattern is None:
            tokens.append(Token(text, left, right))
            continue
        for match in pattern.finditer(text):
            tokens.append(Token(match.group(0), left + match.start() * width, left + match.end() * width, cell=(left, right)))
    return tokens


def header_columns(lines: list[TextLine]) -> list[Column]:
    """The columns a header names, from the header line and the lines glued above and below it (a
    header can be printed on two or three lines: ``UNIT  TOTAL HT`` over ``P.U. HT  Qté``)."""
    columns = []
    for line in lines:
        for cell in _tokens(line):
            folded = _fold(cell.text)
            width = (cell.right - cell.left) / max(1, len(folded))
            taken: list[tuple[int, int]] = []
            for role, pattern in COLUMN_LABELS.items():
                for match in pattern.finditer(folded):
                    if any(match.start() < end and start < match.end() for start, end in taken):
                        continue
                    if role == "other" and QUALIFIER.search(folded[:match.start()]):
                        continue  # "Line Amount Excl. VAT" is one column: the VAT qualifies the amount
                    taken.append(match.span())
                    columns.append(Column(role, cell.left + match.start() * width, cell.left + match.end() * width))
    columns.sort(key=lambda c: c.left)
    return columns


def names_item_columns(line: TextLine) -> bool:
    """The line is an item table's header (``Désignation  Qté  P.U. HT  Montant HT``)."""
    return _is_header(header_columns([line]))


def _is_header(columns: list[Column]) -> bool:
    """An item table's header names the amount column and at least one other of the four."""
    roles = {c.role for c in columns}
    return "amount" in roles and len(roles & set(ROLES)) >= 2


def _band(lines: list[TextLine], index: int) -> tuple[int, int]:
    """Where the header line and the lines stuck to it (less than half a line apart, without figures)
    begin and end."""
    first = last = index
    for step in (-1, 1):
        at = index
        for _ in range(2):
            near, other = lines[at].box, lines[at + step].box if 0 <= at + step < len(lines) else None
            if near is None or other is None or not lines[at + step].cells or re.search(r"\d", lines[at + step].text):
                break  # a header has no figures: a line with some is a row (or the address above)
            gap = other[1] - near[3] if step > 0 else near[1] - other[3]
            if gap > 0.5 * (near[3] - near[1]):
                break
            at += step
        first, last = (at, last) if step < 0 else (first, at)
    return first, last


def _place(tokens: list[Token], columns: list[Column]) -> dict[str, list[Token]]:
    """Each token under the column nearest to it."""
    placed: dict[str, list[Token]] = {}
    for token in tokens:
        best = min(columns, key=lambda c: (c.distance(token.left, token.right),
                                           abs((c.left + c.right) - (token.left + token.right))))
        placed.setdefault(best.role, []).append(token)
    return placed


def _place_words(words: list[Token], columns: list[Column]) -> dict[str, list[Token]]:
    """Words under their columns; a word in a cell that starts under the description's label stays in the
    description (``Einbauschrank Rezeption nach Maß``: text runs on to the right, and Maß, far from the word
    ``Bezeichnung``, is no quantity). A cell of its own (``€`` before ``880,00``) goes where it stands."""
    description = next((c for c in columns if c.role == "description"), None)
    slack = 0.25 * (description.right - description.left) if description is not None else 0.0  # (a glyph's offset)
    placed: dict[str, list[Token]] = {}
    for word in words:
        if description is not None and word.cell is not None \
                and description.distance(word.cell[0], word.cell[0]) <= slack:
            placed.setdefault("description", []).append(word)
        else:
            for role, tokens in _place([word], columns).items():
                placed.setdefault(role, []).extend(tokens)
    return placed


def _numbers(line: TextLine) -> list[Token]:
    tokens = _tokens(line, NUMBER_RE)
    for token in tokens:
        try:
            token.number = parse_amount(token.text.strip("()-")) if token.text.strip("()-") else None
        except ValueError:
            token.number = None
        if token.number is not None and (token.text.startswith(("-", "(")) or token.text.endswith("-")):
            token.number = -token.number
    return [t for t in tokens if t.number is not None]


def _words(line: TextLine, numbers: list[Token]) -> list[Token]:
    """The line's text with its numbers taken out, as tokens placed like the numbers."""
    words = []
    for token in _tokens(line, WORD_RE):
        if not any(token.left < n.right and n.left < token.right for n in numbers) or re.search(r"[^\W\d_]{2}", token.text):
            words.append(token)
    return words


def _just_below(above: TextLine | None, line: TextLine) -> bool:
    """Whether ``line`` follows ``above`` at the spacing of one cell's wrapped lines (less than
    two thirds of a line's height between them), not after a gap."""
    if above is None or above.box is None or line.box is None:
        return False
    height = above.box[3] - above.box[1]
    return 0 <= line.box[1] - above.box[3] <= 0.67 * height


def _price_in_other(placed: dict[str, list[Token]], item: dict[str, Any]) -> float | None:
    """The unit price under a header the labels cannot tell (``UNIT`` is a unit of measure or a unit
    price): the one money amount in such a column, when quantity x it = the line amount."""
    money = [t for t in placed.get("other", []) if MONEY_RE.fullmatch(t.text.strip()) and t.number is not None]
    quantity, amount = item.get("quantity"), item.get("amount")
    if len(money) != 1 or not quantity or amount is None:
        return None
    price = float(money[0].number or 0)
    return price if abs(quantity * price - amount) <= 0.01 * abs(quantity) + 0.005 else None


def _quantity(column: list[Token], counts: list[Token], item: dict[str, Any]) -> float | None:
    """The row's quantity: its first number under the quantity column — unless OCR merged cells and the
    columns came out shifted (``Galvanized anchor 15 lb 2`` in one cell: 15 under Qty, 2 under the price),
    when the number there or a count under the price column that times the unit price makes the amount."""
    values = [float(token.number or 0) for token in column]
    if "unit_price" in item and (len(values) > 1 or counts):
        fits = [v for v in values + [float(t.number or 0) for t in counts]
                if abs(v * item["unit_price"] - item["amount"]) <= 0.01]
        if fits:
            return fits[0]
    return values[0] if values else None


def read_item_table(lines: list[TextLine]) -> tuple[list[dict[str, Any]], list[str]] | None:
    """Items from the first item table found (None when no header with positions is there): each row
    with a number under the amount column is an item, until a totals, tax or discount row."""
    start, columns = None, []
    for index, line in enumerate(lines):
        if not line.cells or not any(p.search(_fold(line.text)) for p in COLUMN_LABELS.values()):
            continue
        first, last = _band(lines, index)
        found = header_columns(lines[first:last + 1])
        if _is_header(found):
            start, columns = last + 1, found
            break
    if start is None:
        return None
    items: list[dict[str, Any]] = []
    sources: list[str] = []
    pending = ""
    previous: TextLine | None = None  # the last line of the current item (its row, or a wrapped line)
    desc_left: float | None = None  # where the current item's description starts: wrapped lines start there
    continued = 0
    index = start
    while index < len(lines):
        line, index = lines[index], index + 1
        if not line.cells:
            continue
        numbers = _numbers(line)
        placed = _place(numbers, columns) if numbers else {}
        words = _words(line, numbers)
        text_placed = _place_words(words, columns)
        label = " ".join(w.text for w in words)
        if CARRIED_FORWARD.search(_fold(label)):
            continue  # the running total carried over a page break, between the rows
        # a count under the price column: the quantity, if the row's columns came out shifted
        counts = [t for t in placed.get("unit_price", []) if not MONEY_RE.fullmatch(t.text.strip())]
        for role in ("amount", "unit_price"):  # a count or a code under a money column is not money
            placed[role] = [t for t in placed.get(role, []) if MONEY_RE.fullmatch(t.text.strip())]
        if not placed.get("amount"):
            if names_item_columns(line):
                continue  # the header again, on the next page
            words_in = text_placed.get("description", [])
            description = " ".join(w.text for w in words_in)
            aligned = bool(words_in) and desc_left is not None and line.box is not None \
                and abs(words_in[0].left - desc_left) <= 0.5 * (line.box[3] - line.box[1])
            wrapped = description and set(text_placed) == {"description"} and aligned and _just_below(previous, line)
            if not wrapped and TABLE_END.search(_fold(label)):
                if (resume := _next_page(lines, index - 1)) is not None:
                    index = resume  # a page's footer (USt-IdNr. ...): the rows go on under the header repeated
                    continue
                break  # the totals' own header row (Net  VAT 20%  Gross over their amounts)
            if wrapped:  # the whole wrapped line, figures included ("Lieferung in Kalenderwoche 12"),
                # each once: a figure inside a word ("alert(1)") is already in the word
                alone = [n for n in numbers if not any(w.left < n.right and n.left < w.right for w in words)]
                description = " ".join(t.text for t in sorted(words + alone, key=lambda t: t.left))
            if items and description and ("description" not in items[-1] or (wrapped and continued < 3)):
                # a description wrapped onto the next line(s) of its cell, or the row's only text
                joiner = "" if items[-1].get("description", "").endswith("-") else " "
                items[-1]["description"] = (items[-1].get("description", "") + joiner + description).strip()
                continued += 1
                previous = line
            elif description:
                pending = description
            continue
        if TABLE_END.search(_fold(label)) and not placed.get("quantity"):
            break
        item: dict[str, Any] = {}
        description = " ".join(w.text for w in text_placed.get("description", [])) or pending
        if description:
            item["description"] = description
        pending = ""
        item["amount"] = float(placed["amount"][-1].number or 0)
        if placed.get("unit_price"):
            item["unit_price"] = float(placed["unit_price"][-1].number or 0)
        if placed.get("quantity"):
            item["quantity"] = float(placed["quantity"][0].number or 0)
        if "unit_price" not in item and (price := _price_in_other(placed, item)) is not None:
            item["unit_price"] = price  # (which needs the quantity)
        if (quantity := _quantity(placed.get("quantity", []), counts, item)) is not None:
            item["quantity"] = quantity
        items.append(item)
        sources.append(line.text)
        previous, continued = line, 0
        desc_left = text_placed["description"][0].left if text_placed.get("description") else None
        if len(items) >= 500:
            break
    return items, sources


def _next_page(lines: list[TextLine], at: int, reach: int = 12) -> int | None:
    """Where the rows go on when the table breaks at ``lines[at]`` only for a page's foot: the item header
    printed again within a few lines (the next page's top), and no money between but a carried-forward
    total (``Übertrag 12.680,00``) — a totals row holds money, so the table's real end never goes on."""
    for index in range(at, min(len(lines), at + reach)):
        line = lines[index]
        if index > at and line.cells and names_item_columns(line):
            return index + 1
        if not CARRIED_FORWARD.search(_fold(line.text)) and any(
                MONEY_RE.fullmatch(token.text.strip()) for token in _numbers(line)):
            return None
    return None
