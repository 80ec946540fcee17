"""Money amounts found by their labels: totals (with the rounding and repeated-amount fallbacks),
subtotals, tax, tips."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..document import TextLine
from ..types import TAX_RATES, parse_amount
from .found import Found, _upper
from .vocabulary import CURRENCY_CODES, PAYMENT_WORDS, TAX_ANCHORS, TOTAL_ANCHORS, TOTAL_EXCLUDE, alternatives, labels

# 1,234.56 or 1234.56, a currency before it; never the start of a date (04.04.2018) or a percentage
# 1,234.56 and India's 1,00,300.00 (lakhs: the thousands, then groups of two)
AMOUNT_RE = re.compile(r"(?<![\d.,])-?(?:RM|\$|MYR|USD|EUR|€|£)?\s?-?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})*)\.\d{2}"
                       r"(?![\d%]|\s%|[.,]\d)"
                       r"|(?<![\d.,])-?\d+\.\d{2}(?![\d%]|\s%|[.,]\d)")


COMMA_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.'\u00a0\u202f]\d{3})+|\d+),(\d{2})(?![\d%]|\s%|[.,]\d)")
DOT_DECIMAL = re.compile(r"(?<![\d.,])(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d%]|\s%|[.,]\d)")
THOUSANDS = re.compile(r"[.'\u00a0\u202f]")
_MONEY_WORDS = "EUR|NOK|SEK|DKK|ISK|CHF|CZK|PLN|KR|KČ|ZŁ|FT|LEI|ЛВ|РУБ|R"  # (R: South Africa's rand)
SPACED_THOUSANDS = re.compile(rf"(?<![\d.,])((?:[-−]|(?:[€£$₽]|(?<![^\W\d_])(?:{_MONEY_WORDS})\.?)\s?)?)(\d{{1,3}}(?: \d{{3}})+),(\d{{2}})"
                              rf"(\s?(?:[€₽$]|(?:{_MONEY_WORDS})(?![^\W\d_]))|)(?![\d%])", re.I)  # (1 000,00 $: Quebec)


def decimal_comma(lines: list[TextLine]) -> bool:
    """Whether the document writes amounts as 1.234,56 (most of Europe): its comma-decimal numbers
    outnumber its dot-decimal ones."""
    text = "\n".join(line.text for line in lines)
    return len(COMMA_DECIMAL.findall(text)) > len(DOT_DECIMAL.findall(text))


def to_decimal_point(text: str) -> str:
    """``1.234,56`` -> ``1234.56``, ``56,02 €`` -> ``56.02 €`` (for documents that use decimal commas).
    Thousands set apart by a plain space (``1 234,56``) only where a sign or a currency marks the
    number whole (``-2 500,00``, ``1 234,56 €``, ``44 000,00 kr``) or it is a cell of its own, set apart
    by two spaces: ``Qty 2 500,00`` is a count and an amount."""
    def whole(match: re.Match[str]) -> str:
        if match[1] or match[4] or _own_cell(match):
            return match[1] + match[2].replace(" ", "") + "," + match[3] + match[4]
        return match[0]
    def grouped(match: re.Match[str]) -> str:  # 2.000 in a cell of its own: two thousand labels, not two
        return match[0].replace(".", "") if _own_cell(match) else match[0]
    text = DOTTED_WHOLE.sub(grouped, SPACED_THOUSANDS.sub(whole, text))
    text = WEIGHT_TIMES.sub(r"\1.\2", text)  # JABŁKA KG 1,2 x 3,99: 1.2 kilos
    return COMMA_DECIMAL.sub(lambda m: THOUSANDS.sub("", m[1]) + "." + m[2], text)


MEASURES = alternatives("item_measures")
PER_MEASURE = rf"(?:{MEASURES}|100\s?G)\b"  # /kg, /L, /100g
# a quantity with a decimal comma, then × its price (JABŁKA KG 1,2 x 3,99; 1,134 kg x 1,99 EUR/kg)
WEIGHT_TIMES = re.compile(rf"(?<![\d.,])(\d{{1,3}}),(\d{{1,3}})(?=\s*(?:(?:{MEASURES})\.?\s*)?[xX×*@]\s*\d)", re.I)


def _own_cell(match: re.Match[str]) -> bool:
    """The match is a cell of its own: the line's edge or two spaces on either side of it."""
    before, after = match.string[:match.start()], match.string[match.end():]
    return (before == "" or before.endswith("  ")) and (after.strip() == "" or after.startswith("  "))


DOTTED_WHOLE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")  # a whole number in dotted thousands


APOSTROPHE_THOUSANDS = re.compile(r"(?<=\d)['’](?=\d{3}(?:[.,]\d{2})?(?!\d))")


def without_apostrophe_thousands(text: str) -> str:
    """``1'783.65`` (Switzerland, Liechtenstein) -> ``1783.65``."""
    return APOSTROPHE_THOUSANDS.sub("", text)


# a weight and the price per unit of weight (0,862 kg x 1,49 EUR/kg, 0.800 kg @ $4.00/kg, a pump's
# 21.93 L X 2.20): what the item above it was weighed at, never an item of its own (with an amount after
# it, the item itself). Without the price's /kg the weight needs its decimals (1 KG @ 12.90 is a bag's price).
WEIGHED = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:{MEASURES})\s*[x×*@]\s*\D{{0,4}}?(\d+[.,]\d{{2}})\s*\D{{0,4}}?/\s*"
                     rf"{PER_MEASURE}\s*$|(?<![\d.,])(\d+[.,]\d{{2,3}})\s*(?:{MEASURES})\s*[x×*@]\s*\D{{0,4}}?(\d+[.,]\d{{2,3}})\s*$",
                     re.I)  # (a number is tried from its first digit: a long run of digits is not tried from each)


# a price per unit of measure (Rate: Rs 102.86/L, PRICE/L  RM 2.78): what the fuel or
# the goods cost by the litre or kilo, never a line's amount
PER_UNIT_PRICE = re.compile(rf"\d[.,]\d{{2,3}}\s*(?:[^\W\d_]{{1,3}}|[€$£])?\s*/\s*{PER_MEASURE}"
                            rf"|\b(?:PRICE|RATE|PREIS|PRIX|PRECIO)\s*/\s*(?:{MEASURES})\b.*\d[.,]\d{{2,3}}",
                            re.I)  # (or PRICE/L  RM 2.78: the unit before the price)


# a mark before (¥324, Rp 18.500) or after (1 637 Ft, 64.000 đ); thousands grouped by dots, commas or one space
# (a minus sign may lead it, -9,300, not a code's hyphen: A-123, 03-10)
WHOLE_MONEY = re.compile(r"(?<![\w.,/:%])(?<![\w.,/:%-]-)((?:[¥₩₫$]|RP\.?|NT\$)\s?)?(\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?: \d{3})+|\d+)"
                         r"(\s?(?:FT|KR\.?|Đ|₫|円|원)(?!\w))?(?![\w.,/:%-])", re.I)


def with_cents(text: str) -> str:
    """For a currency printed without decimals (yen, rupiah): its amounts as the extractors read
    amounts — ``18.500`` -> ``18500.00``, ``¥324`` -> ``¥324.00``, ``1 637 Ft`` -> ``1637.00 Ft``, a last
    cell ``324`` -> ``324.00``, a cell of its own ``450 000`` -> ``450000.00``. Dates, times, codes and
    percentages are left alone; ``2 500`` with no mark and one space before it may be a count and a price,
    and is left alone too."""
    def cents(match: re.Match[str]) -> str:
        symbol, number, mark = match[1] or "", match[2], match[3] or ""
        grouped = bool(re.search(r"[.,]", number))
        last_cell = text[match.end():].strip() == "" and text[:match.start()].endswith("  ")
        spaced_cell = " " in number and _own_cell(match)
        if not (symbol or mark or last_cell or spaced_cell) and (" " in number or not grouped):
            return match[0]
        return symbol + re.sub(r"[., ]", "", number) + ".00" + mark
    return WHOLE_MONEY.sub(cents, text)


# a currency's mark right before a number: what follows is money, written whole (Rs. 708,000, ₦5,000, $1,200)
# or with its thousands set apart by spaces (R 18 500.00)
MARK = "(?:" + "|".join(labels("amount_marks")) + ")"
# (grouped, or at most four digits: $488000 is more likely 4880.00 with its point lost than whole dollars)
MARKED_WHOLE = re.compile(rf"(?<![^\W\d_])({MARK}\s?)(\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?![\d.,]|\s?%|\s\d)", re.I)
MARKED_SPACED = re.compile(rf"(?<![^\W\d_])({MARK}\s?)(\d{{1,3}}(?: \d{{3}})+)(\.\d{{2}})(?![\d.,])", re.I)


MARKED_GLUED = re.compile(rf"(?<![^\W\d_])({MARK})(?<=\.)(?=\d)", re.I)  # Rs.59,000.00: the mark's dot, then the amount


def has_marked_money(text: str) -> bool:
    return bool(MARKED_WHOLE.search(text) or MARKED_SPACED.search(text) or MARKED_GLUED.search(text))


def marked_money(text: str) -> str:
    """For a page written with decimal points: a number right after a currency mark as the extractors read
    amounts — ``Rs. 708,000`` -> ``Rs. 708000.00``, ``R 18 500.00`` -> ``R 18500.00``, ``Rs.59,000.00`` ->
    ``Rs. 59,000.00``."""
    text = MARKED_GLUED.sub(r"\1 ", text)
    text = MARKED_SPACED.sub(lambda m: m[1] + m[2].replace(" ", "") + m[3], text)
    return MARKED_WHOLE.sub(lambda m: m[1] + m[2].replace(",", "") + ".00", text)


# an amount of a currency counted in thousandths (Kuwait, Bahrain, Oman, Jordan, Tunisia: 7.250, 5,590,
# 1,250.500): its last separator is the decimal one
THOUSANDTHS = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d{3})*)[.,](\d{3}|\d{2})(?![\d.,]|\s?%)")


def tenfold_thousandths(text: str) -> str:
    """For a currency of three decimals: its amounts written ten times over, exactly, in the two
    decimals the extractors read (``7.250`` -> ``72.50``, ``0.125`` -> ``1.25``, ``1,250.500`` ->
    ``12505.00``). Sums, shares and tax rates are kept (every amount of the page scales alike);
    :func:`tenth` turns a value read back."""
    def tenfold(match: re.Match[str]) -> str:
        whole, decimals = re.sub(r"[.,]", "", match[1]), match[2].ljust(3, "0")
        return (whole + decimals[0]).lstrip("0").rjust(1, "0") + "." + decimals[1:]
    return THOUSANDTHS.sub(tenfold, text)


TENFOLD = re.compile(r"(?<![\d.])(\d+)\.(\d{2})(?![\d])")


def tenth(value: Any) -> Any:
    """A value read from :func:`tenfold_thousandths` text, as printed: a number divided by ten; in
    text, each amount (``72.50`` -> ``7.250``)."""
    if isinstance(value, str):
        return TENFOLD.sub(lambda m: f"{Decimal(m[1] + '.' + m[2]) / 10:.3f}", value)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        divided = Decimal(str(value)) / 10
        return float(divided) if isinstance(value, float) else divided
    return value


def _signed(text: str, start: int, end: int, value: Decimal) -> Decimal:
    """The amount's sign as printed: ``-1.73`` (after a space or a colon), ``1.73-`` and ``(1.73)`` are
    negative (refunds, discounts, credit notes); a dash glued to a word (``TOTAL-9.00``) is not."""
    start += len(text[start:end]) - len(text[start:end].lstrip())  # a match may begin with the space
    before = text[start - 1] if start > 0 else " "
    if text[start:end].startswith("-") and not (before.isspace() or before in "(:="):
        value = abs(value)
    after = text[end:end + 1]
    if after == "-" and text[end + 1:end + 2] in ("", " "):
        value = -abs(value)
    if before == "(" and after == ")":
        value = -abs(value)
    return value


CURRENCY_ZERO = re.compile(r"(?<![^\W\d_])(RM|\$|€|£)(\s?)[Oo](?=[.,]\d{2}(?!\d))")  # OCR's RMO.65: a zero


def zeros_after_currency(text: str) -> str:
    """``RMO.65`` -> ``RM0.65``: OCR reads a zero after a currency as the letter O."""
    return CURRENCY_ZERO.sub(r"\g<1>\g<2>0", text)


def _amounts(text: str) -> list[tuple[str, Decimal]]:
    text = zeros_after_currency(text)
    out = []
    for match in AMOUNT_RE.finditer(text):
        token = match.group(0)
        # keep the printed token as a whole: "RM53.60", "$8.20" (for strict comparison with what is printed)
        start, end = match.span()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        raw = text[start:end].strip(" :")
        if not re.fullmatch(r"[-(]?(?:RM|\$|MYR|USD|EUR|€|£)?\s?-?[\d,]+\.\d{2}", raw, re.I):
            raw = token.strip()
        try:
            value = parse_amount(token)
        except ValueError:
            continue
        if value is not None:
            out.append((raw, _signed(text, match.start(), match.end(), value)))
    return out


# a rate as printed: 6 %, 5,5 %, 6.875 %, inkl.19% (the group is the number)
RATE = re.compile(r"(?:(?<![\d.,])|(?<=[^\W\d_]\.))(\d{1,2}(?:[.,]\d{1,3})?)\s*%")


RATE_ON = re.compile(r"(?<![\d.,])(\d{1,2}[.,]\d{1,4})\s+ON\b", re.I)  # a rate before its base: TAX 8.7500 on $18.99


def _percent(match: re.Match[str]) -> Decimal:
    return Decimal(match.group(1).replace(",", "."))


def _rate_share(found: list[tuple[str, Decimal]], text: str = "") -> tuple[str, Decimal] | None:
    """In a tax breakdown row (``Umsatzsteuer  45.000,00  19  8.550,00``: base, rate, tax) the amount
    that a known tax rate makes of an earlier amount of the row, when exactly one does; on a row that
    prints a 0 % rate (``S:GST(0%):  28.15  0.00``) a zero after the base is that tax."""
    zero_rated = bool(re.search(r"(?<![\d.])0\s*%", text))
    # the known rates, and the one printed on the row (a US state and city's 6.875 %, or 8.7500 on $18.99)
    rates = [*TAX_RATES, *(_percent(match) for match in RATE.finditer(text)),
             *(_percent(match) for match in RATE_ON.finditer(text))]
    # (the base may be net, or gross with the tax in it: BTW 9% over 13,05  1,08)
    shares = [(raw, value) for i, (raw, value) in enumerate(found) if i and (
              (value == 0 and zero_rated) or (value and any(
                  abs(base * rate / divisor - value) <= Decimal("0.01") + abs(base) * Decimal("0.0005")
                  for _, base in found[:i] for rate in rates for divisor in (100, 100 + rate))))]
    return shares[0] if len(shares) == 1 else None


def _breakdown_shares(lines: list[TextLine], first: int) -> list[tuple[str, Decimal]]:
    """The tax of each row of a breakdown under its header (``A 7%  4,93  0,35  5,26`` / ``B 19%  0,21
    0,04  0,25``): the rows' rate shares, while the rows give one — up to a totals row, whose share is
    the sum of those above (``Gesamtbetrag  2,72  0,21  2,93``)."""
    shares: list[tuple[str, Decimal]] = []
    for line in lines[first:first + 6]:
        text = _upper(line.text)
        if (share := _rate_share(_amounts(text), text)) is None or _sums_those_above(share, shares) \
                or (len(shares) == 1 and share[1] == shares[0][1] and _anchor_hits(text, TOTAL_ANCHORS)):
            break  # (合计 under one rate's row repeats its tax: their total, not a second rate)
        shares.append(share)
    return shares


def _sums_those_above(row: tuple[str, Decimal], above: list[tuple[str, Decimal]]) -> bool:
    """A breakdown's totals row: its amount is the sum of the two or more rate rows above it."""
    return len(above) >= 2 and row[1] == sum(value for _, value in above)


def _column_rows(lines: list[TextLine], first: int, column: int, width: int) -> list[tuple[str, Decimal]]:
    """A tax column under its heading, one row per rate (``MwSt-Satz  MwSt  Netto  Brutto`` over ``A 7%
    0,17  2,41  2,58`` and ``B 19%  0,14  0,73  0,87``): the column's amount on each row of as many cells
    that prints a rate — up to a totals row, whose amount is the sum of those above."""
    rows: list[tuple[str, Decimal]] = []
    for line in lines[first:first + 6]:
        cells = _cells(line.text)
        if len(cells) != width or not RATE.search(_upper(line.text)) or len(found := _amounts(cells[column])) != 1 \
                or _sums_those_above(found[0], rows):
            break
        rows.append(found[0])
    return rows


WHOLE_AMOUNT_RE = re.compile(r"[^\d]*?(?<![\d.,])(-?\d{1,6})\s*$")  # the label's words, then one whole number
# OCR's 19-80, 7, 44 — and a zero amount printed or read without its leading 0 (CHANGE RM .00)
LOOSE_AMOUNT_RE = re.compile(r"(?<![\d.,-])(\d{1,6})(?:[-,]|,\s)(\d{2})\s*$|(?<![\w.,-])\.(\d{2})\s*$")
BARE_NUMBER_RE = re.compile(r"[^\w\d]*(?:RM|MYR|[$€£])?[^\w\d]*-?\d{3,}\s*$")  # CHANGE  1315 (13.15)
# a tax summary's heading: GST SUMMARY, or a row of column labels led by the tax (IVA  BASE IMPONIBLE  CUOTA)
SUMMARY_RE = re.compile(r"\b(GST|TAX|VAT|SST)\s*(SUMMARY|ANALYSIS|DETAIL)|\bSUMMARY\b(?!.*\d)"  # (not: Summary for Oct 1-31, 2025)
                        r"|^\W*(?:IVA|TVA|BTW|VAT|GST|MWST|PTU|MOMS)\b(?=.*\b(?:BASE|NETTO|GRONDSLAG|CUOTA|BASIS)\b)(?!.*\d)",
                        re.I)


RATE_HEADING = re.compile(r"[^\d%]+%\s*$")  # a column's heading that is a label and a % sign alone: its rates


def _anchor_hits(upper: str, anchors: list[str]) -> list[tuple[int, int, str]]:
    """(position, rank, anchor) for every anchor occurrence, longest (best-ranked) match per position."""
    hits: dict[int, tuple[int, str]] = {}
    for rank, anchor in enumerate(anchors):
        # a short anchor is a word of its own (ALV is no part of ALVERDE; TAXES is still TAX)
        end = r"(?!(?!E?S\b)[A-Z])" if len(anchor) <= 3 else ""
        for match in re.finditer(r"(?<![A-Z])" + re.escape(anchor) + end, upper):
            if match.start() not in hits:
                hits[match.start()] = (rank, anchor)
    # an anchor inside a longer, better one at an earlier position ("TOTAL" inside "NETT TOTAL") is dropped
    out = []
    covered_until = -1
    for position in sorted(hits):
        rank, anchor = hits[position]
        if position < covered_until:
            continue
        out.append((position, rank, anchor))
        covered_until = position + len(anchor)
    return out


def _value_row(lines: list[TextLine], index: int) -> int | None:
    """The row under a label row that holds its amounts: the next row below it in the same column (a
    two-column page interleaves the other column's prose), else simply the next row; never a row of
    words."""
    def numbers_only(i: int) -> bool:
        return not re.search(r"[A-Za-z]{3}", lines[i].text)

    label = lines[index].box
    if label is not None:
        height = max(1.0, label[3] - label[1])
        for i in range(index + 1, min(len(lines), index + 5)):
            box = lines[i].box
            if box is None or box[1] < label[1] or box[1] - label[3] > 3 * height:
                continue
            if min(box[2], label[2]) - max(box[0], label[0]) > 0:
                if numbers_only(i):
                    return i
                break  # the next row in its column holds words: not one further down (a weight under the items)
    return index + 1 if index + 1 < len(lines) and numbers_only(index + 1) else None


def _summary_cell(header: list[str], text: str, anchors: list[str], exclude: list[str]) -> tuple[str, Decimal] | None:
    """In a tax summary whose rows line up with its header's cells, the amount under the last header
    cell that is one of the anchors (``GST``, ``TAX AMT``), not the first amount of the row (the net)."""
    cells = _cells(text)
    if len(header) < 3 or len(cells) != len(header):
        return None
    for number in range(len(header) - 1, 0, -1):
        label = _upper(header[number])
        if any(anchor in label for anchor in anchors) and not any(e in label for e in exclude):
            found = _amounts(cells[number])
            return found[0] if len(found) == 1 else None
    return None


DECIMAL = r"-?(?:\d{1,3}(?:[.,']\d{3})+|\d+)[.,]\d{2}"
DECIMALS_ONLY = re.compile(rf"{DECIMAL}(?:\s{DECIMAL})+")  # 0,08 1,29: OCR lost the gap between two cells


def _cells(text: str) -> list[str]:
    """A row's cells: text set apart by two or more spaces — or amounts with decimals a single space apart,
    as OCR may print two cells (``B 7%  1,21  0,08 1,29``)."""
    return [part for cell in re.split(r"\s{2,}", text.strip()) if cell
            for part in (cell.split() if DECIMALS_ONLY.fullmatch(cell) else [cell])]


def _column_of(text: str, position: int) -> tuple[int, list[str]] | None:
    """(which cell holds offset ``position``, the cells) of a row whose cells are set apart by two or more
    spaces; None for a row of one cell. ``position`` is an offset in ``_upper(text)``, the text the
    anchors are matched in."""
    cells = _cells(text)
    if len(cells) < 2:
        return None
    folded = _upper(text)
    at = 0
    for number, cell in enumerate(cells):
        start = folded.find(_upper(cell), at)
        if start < 0:
            return None
        if start <= position < start + len(_upper(cell)):
            return number, cells
        at = start + len(_upper(cell))
    return None


def _between(lines: list[TextLine], anchors: list[str] | None, after: list[str] | None,
             before: list[str] | None) -> list[TextLine] | None:
    """The lines below the first one with an ``after`` label and an amount (None when there is none), down
    to the first one with a ``before`` label and an amount — a line with one of the field's own
    ``anchors`` is no such end (ADVANTAGE CARD SAVING is no payment)."""
    if after:
        marks = [a.upper() for a in after]
        ends = next((at for i, line in enumerate(lines) if _anchor_hits(_upper(line.text), marks)
                     and (at := _amount_line(lines, i)) is not None), None)
        if ends is None:
            return None
        lines = lines[ends + 1:]
    if before:
        marks, own = [b.upper() for b in before], [a.upper() for a in anchors or []]
        lines = lines[:next((i for i, line in enumerate(lines) if _amount_line(lines, i) is not None
                             and _anchor_hits(upper := _upper(line.text), marks) and not _anchor_hits(upper, own)),
                            len(lines))]
    return lines


def _amount_line(lines: list[TextLine], index: int) -> int | None:
    """Where a label's amount is printed: its own line, or the next when that holds the amount alone
    (``TOTAL`` over ``14.70``, as OCR splits a wide row); None when it has none."""
    if _amounts(lines[index].text):
        return index
    if index + 1 < len(lines) and _amounts(below := lines[index + 1].text) and not re.search(r"[^\W\d_]{4,}", below):
        return index + 1
    return None


def extract_amount(
    lines: list[TextLine], anchors: list[str] | None = None, exclude: list[str] | None = None,
    prefer: str = "last", rate_share: bool = False, whole: bool = False, included: list[str] | None = None,
    together: list[list[str]] | None = None, after: list[str] | None = None, before: list[str] | None = None,
    negative: bool = False, totals_row: list[str] | None = None, **_: Any,
) -> Found | None:
    """The amount right after (or right under) the best-ranked anchor keyword.

    Anchors earlier in the list win; among equal anchors the last one wins by default (the final
    TOTAL after rounding sits below the first). Each anchor is judged by its own label, from the
    previous amount on the row to its amount, so ``TOTAL SAVING: 0.00  TOTAL 6.85`` gives 6.85.
    Anchors inside a tax-summary table rank below every other anchor. ``rate_share`` (taxes): on a row
    of several amounts, the one a known tax rate makes of another. ``whole``: a whole number alone at
    the end of the label's line is an amount too (a tax printed ``684``; not for totals: ``TOTAL 3``
    may count items). ``included`` (taxes): words saying an amount includes the tax (INCL, INKL); a
    label holding one names the tax only when the tax word or the inclusion word starts it (``GST
    INCLUDED 0.64``, ``Includes GST 2.12``), not a total or price that includes it (``TOTAL INCL. GST
    12.00``, ``(BILL INCLUSIVE OF 6% GST : RM2.90)``). ``together`` (taxes): labels of taxes levied
    together (``CGST`` and ``SGST``, ``GST`` and ``PST``): when each has its own line, the amount is
    their sum. ``after``: only below the first line with one of these labels and an amount (a discount
    on the whole receipt prints under its SUBTOTAL; one on an item, among the items). ``before``: only
    above the first line below that with one of these labels and an amount (a discount is taken before
    the payment; YOUR SAVINGS FOR TODAY under the change sums the items' own). ``negative``: an
    amount that is always taken off (a withholding printed ``72,00`` or ``-72,00``) comes out negative.
    ``totals_row`` (taxes): labels of a totals row; when no anchor gives the amount, such a row of three
    amounts that add up (``Összesen:  450 000  121 500  571 500``: net + tax = gross) gives its middle one,
    or else an amount written between an inclusion word and an anchor (``Total  £61.45 (includes £10.24 VAT)``)."""
    if totals_row:
        return extract_amount(lines, anchors, exclude, prefer=prefer, rate_share=rate_share, whole=whole,
                              included=included, together=together, after=after, before=before,
                              negative=negative) or _middle_of_totals_row(lines, totals_row) \
            or _included_between(lines, anchors or [], included or [])
    if negative:
        taken = extract_amount(lines, anchors, exclude, prefer=prefer, rate_share=rate_share, whole=whole,
                               included=included, together=together, after=after, before=before)
        if taken is not None and isinstance(taken.value, (int, float)):
            taken.value = -abs(taken.value)
        return taken
    if (window := _between(lines, anchors, after, before)) is None:
        return None
    lines = window
    if together and (levied := _levied_together(lines, together, exclude, included, rate_share)):
        return levied
    anchors = [a.upper() for a in (anchors or TOTAL_ANCHORS)]
    included = [w.upper() for w in (included or [])]
    exclude = [e.upper() for e in (exclude or [])]
    best: tuple[tuple, Found] | None = None
    in_summary = False
    header: list[str] = []
    for index, line in enumerate(lines):
        upper = _upper(line.text)
        if SUMMARY_RE.search(upper):
            in_summary = True
            header = _cells(line.text)  # GST SUMMARY  AMOUNT  GST: which column holds what
        amounts = [(m.start(), m.end()) for m in AMOUNT_RE.finditer(upper)]
        for position, rank, anchor in _anchor_hits(upper, anchors):
            odd = None
            label_start = max([end for _, end in amounts if end <= position], default=0)
            following = [span for span in amounts if span[1] > position + len(anchor)]
            label_end = following[0][0] if following else len(upper)
            label = upper[label_start:label_end]
            column, below, below_amounts, below_cells = None, None, [], []
            if not following and not BARE_NUMBER_RE.match(upper, position + len(anchor)):
                # the amounts may be on the row below, in this label's column (not when the label's own row
                # ends in a number the OCR read without its point: CHANGE 1315 is no label over the tax summary)
                below = _value_row(lines, index)
                below_amounts = _amounts(lines[below].text) if below is not None else []
                below_cells = _cells(lines[below].text) if below is not None else []  # (its cells, read once)
                column = _column_of(line.text, position)
                if column is not None and len(below_cells) == len(column[1]) and not _amounts(below_cells[column[0]]) \
                        and any(_anchor_hits(_upper(cell), anchors) for cell in column[1][column[0] + 1:]):
                    continue  # a header row over its values, this label's cell a rate and another label's cell
                    # after it: "BASE  IVA%  CUOTA  TOTAL" over "12,60  21  2,60  15,20" (the tax is under CUOTA)
                if column is not None and RATE_HEADING.match(column[1][column[0]]):
                    continue  # a rate column's heading (MOMS%  MOMS  NETTO over 12,00  11,02  91,87)
                if column is not None and (len(below_cells) != len(column[1])
                                           or len(_amounts(below_cells[column[0]])) != 1):
                    column = None  # cells only count over a row of as many cells, one amount in this one
                    # (a rate may lead the row: "BTW  Excl  BTW  Incl" over "9%  5,50  0,50  6,00")
            if column is not None:  # a totals row: each cell is its own label
                label = _upper(column[1][column[0]])
            if _excluded(label, anchor, exclude) or _includes_it(label, anchor, included, bool(following)):
                continue
            source = line.text
            if not following and (odd := LOOSE_AMOUNT_RE.search(upper, position + len(anchor))):
                # OCR misreads the decimal point: "NET TOTAL 19-80", "Totaal € 7, 44"
                units, cents = (odd.group(1), odd.group(2)) if odd.group(2) else ("0", odd.group(3))
                found = [(odd.group(0).strip(), Decimal(f"{units}.{cents}"))]
            elif following:
                found = _amounts(upper[following[0][0]:following[0][1]])
            elif below is not None:
                found = below_amounts
                source = f"{line.text} / {lines[below].text}"
            elif whole and (bare := WHOLE_AMOUNT_RE.match(upper, position + len(anchor))):
                found = [(bare.group(1), Decimal(bare.group(1)))]  # "Steuerbetrag in EUR  684": no cents printed
            else:
                found = []
            if not found:
                continue
            if column is not None and not odd and below is not None:  # TOTAL HT  TOTAL TVA  TOTAL TTC over its 3 amounts
                raw, value = _amounts(below_cells[column[0]])[0]
            else:
                raw, value = found[0] if following or odd else found[-1]
            if rate_share and following and (share := _rate_share(_amounts(upper[following[0][0]:]), upper)):
                raw, value = share
            elif rate_share and below is not None and (shares := _breakdown_shares(lines, below)):
                raw, value = " + ".join(raw for raw, _ in shares), sum((v for _, v in shares), Decimal(0))
            elif (rate_share or in_summary) and column is not None and below is not None and \
                    (rows := _column_rows(lines, below, column[0], len(column[1]))):  # (a tax table's base column too)
                raw, value = " + ".join(raw for raw, _ in rows), sum((v for _, v in rows), Decimal(0))
            elif in_summary and following and (cell := _summary_cell(header, line.text, anchors, exclude)):
                raw, value = cell  # GST 6%  10.61  0.64 under AMOUNT  GST: the tax is 0.64, not the net
            elif rate_share and below is not None and column is None and SUMMARY_RE.search(upper):
                continue  # a summary's heading over a row whose tax is unread (S = 6%  10.75  .65): not its base
                # (by its column, MOMS%  MOMS  NETTO over 12,00  11,02  91,87, the tax's cell is read)
            raw = _printed_token(line.text, raw) if following else raw
            confidence = max(0.55, 0.95 - 0.03 * rank) - (0.3 if in_summary else 0.0)
            # on one row, a label over its own column's amount before one over a cell without
            # (Steuer  Netto  Steuer  Brutto: the code column's heading, then the tax's)
            key = (not in_summary, -rank, index if prefer == "last" else -index, column is not None)
            if best is None or key > best[0]:
                best = (key, Found(float(value), raw, source, confidence))
    if best and rate_share and best[0][0]:  # not inside a tax summary table
        return _per_rate_rows(lines, best[1])
    return best[1] if best else None


def _rate_row(text: str) -> tuple[str, str, tuple[str, Decimal]] | None:
    """(its wording without the rate, the rate, the tax) for a row that prints a rate and one amount, or
    the base and the tax the rate makes of it (``BTW 9%  3,90  0,35``)."""
    upper = _upper(text)
    amounts = _amounts(text)
    rate = RATE.search(upper)
    if not rate or not amounts or SUMMARY_RE.search(upper):
        return None
    tax = amounts[0] if len(amounts) == 1 else _rate_share(amounts, upper)
    if tax is None:
        return None
    before = upper.split(amounts[0][0].upper())[0]
    # (inkl. 7% MwSt and inkl.19% MwSt, MwSt 7% A and MwSt 19% B: one wording, the rate's class letter left out)
    wording = re.sub(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])", "", RATE.sub("", before))
    return re.sub(r"\s+", "", wording).strip(":"), rate[1], tax


def _per_rate_rows(lines: list[TextLine], found: Found) -> Found:
    """A tax printed once per rate on rows of their own (``dont TVA 2,1%  0,05`` over ``dont TVA 5,5%
    0,20``; ``BTW 9%  3,90  0,35`` over ``BTW 21%  5,79  1,21``, each with its base): the rows right next to
    the one read, worded the same but for their rate, add up."""
    at = next((i for i, line in enumerate(lines) if line.text == found.line), None)
    mine = _rate_row(lines[at].text) if at is not None else None
    if at is None or mine is None:
        return found
    rows, rates = {at: mine[2]}, {mine[1]}  # (each row's tax, by its index)
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(lines) and (other := _rate_row(lines[i].text)) and other[0] == mine[0] \
                and other[1] not in rates:
            rows[i] = other[2]
            rates.add(other[1])
            i += step
    if len(rows) < 2:
        return found
    taxes = [rows[i] for i in sorted(rows)]
    return Found(float(sum((value for _, value in taxes), Decimal(0))), " + ".join(raw for raw, _ in taxes),
                 " / ".join(lines[i].text for i in sorted(rows)), found.confidence)


def _levied_together(lines: list[TextLine], groups: list[list[str]], exclude: list[str] | None,
                     included: list[str] | None, rate_share: bool) -> Found | None:
    """The sum of taxes printed on lines of their own, for the first group whose labels all have one."""
    for group in groups:
        parts = [extract_amount(lines, [label], exclude, included=included, rate_share=rate_share) for label in group]
        if all(part is not None and not part.line.count(" / ") for part in parts) \
                and len({part.line for part in parts if part}) == len(group):
            found = [part for part in parts if part is not None]
            total = sum((Decimal(str(part.value)) for part in found), Decimal(0))
            return Found(float(total), " + ".join(part.raw for part in found), " / ".join(part.line for part in found),
                         min(part.confidence for part in found))
    return None


def extract_included_tax(lines: list[TextLine], anchors: list[str] | None = None, included: list[str] | None = None,
                         within: list[str] | None = None, **_: Any) -> Found | None:
    """True when a tax line with its amount says the prices include the tax (``GST included in total
    0.36``, ``VAT @ 20% included 5.09``, ``di cui IVA 0,57``), or a heading saying so stands over the tax
    line (``Steuern (enthalten)`` / ``MwSt 7%  4,40 €``); nothing otherwise."""
    anchors = [a.upper() for a in (anchors or [])]
    words = [w.upper() for w in (included or [])] + [w.upper() for w in (within or [])]
    for index, line in enumerate(lines):
        upper = _upper(line.text)
        if not (_anchor_hits(upper, anchors) and any(re.search(r"(?<![A-Z])" + re.escape(word), upper) for word in words)):
            continue
        if _amounts(line.text):
            return Found(True, line.text, line.text, 0.8)
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        if _amounts(below) and _anchor_hits(_upper(below), anchors):
            return Found(True, line.text, f"{line.text} / {below}", 0.8)
    return None


# "inkl. MWST", "incl. VAT", "inclusive of GST", "inkl. 19% MwSt.": the amount holds the tax (words of
# tax_included)
INCLUSION = re.compile(r"((?:" + "|".join(re.escape(word) for word in labels("tax_included"))
                       + r")[^\W\d_]*\.?)\s*(?:OF\s+)?(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?(?:" + "|".join(
                           word for word in labels("invoice_tax_anchors") if " " not in word) + r")\b", re.I)


def _excluded(label: str, anchor: str, exclude: list[str]) -> bool:
    """The label holds an excluded word other than the anchor's own — not counting the tax word of an
    inclusion (``Total inkl. MWST`` is the total, though ``MWST`` alone would name the tax)."""
    plain = INCLUSION.sub(r"\1 ", label)  # the inclusion word stays: "GST included in total" is no total
    if anchor in plain:
        label = plain
    return any(e in label for e in exclude if e not in anchor)


def _includes_it(label: str, anchor: str, included: list[str], on_its_row: bool) -> bool:
    """The label names an amount that includes the tax rather than the tax itself (or, with no amount
    on its row, says that prices include it: ``INCLUSIVE 6% GST``). ``Total includes GST  $9.69``
    says what the total holds: the tax."""
    start = label.lstrip(" (*:-")
    if on_its_row and "(" not in label and (re.search(rf"\bINCLUDES\s+{re.escape(anchor)}", label)
                                            or re.match(r"(?:ALL\s+)?PRICES?\b", start)):
        return False  # "Prices inclusive of 9% GST  1.24": what the prices hold, the tax
    return any(word in label for word in included) and not (on_its_row and start.startswith((anchor, *included)))


def _gross_of_its_row(found: Found) -> Found:
    """A tax table's total row (``Gesamtbetrag  2,72  0,21  2,93``: net, tax, gross): the gross, the
    amount the two before it add up to, not the first one after the label."""
    row = _amounts(found.line.split(" / ")[0])
    values = [value for _, value in row]
    at = next((i for i, value in enumerate(values) if float(value) == found.value), None)
    if at is not None and len(values) == at + 3 and _adds_up(*values[at:]):
        raw, gross = row[at + 2]
        return Found(float(gross), raw, found.line, found.confidence)
    return found


def _middle_of_totals_row(lines: list[TextLine], labels_: list[str]) -> Found | None:
    """The middle of the last totals row's three amounts when the first two add up to the third."""
    anchors = [label.upper() for label in labels_]
    for line in reversed(lines):
        upper = _upper(line.text)
        if not _anchor_hits(upper, anchors) or len(row := _amounts(upper)) != 3:
            continue
        (_, net), (raw, tax), (_, gross) = row
        if net > 0 and tax > 0 and _adds_up(net, tax, gross):
            return Found(float(tax), raw, line.text, 0.6)
    return None


def _included_between(lines: list[TextLine], anchors: list[str], included: list[str]) -> Found | None:
    """The one amount between an inclusion word and an anchor after it (``(includes £10.24 VAT)``)."""
    if not anchors or not included:
        return None
    pattern = re.compile(r"(?<![A-Z])(?:" + "|".join(re.escape(w.upper()) for w in included) + r")[A-Z]*\.?\s+(.{1,20}?)\s*(?:"
                         + "|".join(re.escape(a.upper()) for a in anchors) + r")(?![A-Z])")
    for line in lines:
        if (match := pattern.search(_upper(line.text))) and len(amounts := _amounts(match.group(1))) == 1:
            return Found(float(amounts[0][1]), amounts[0][0], line.text, 0.7)
    return None


def _adds_up(net: Decimal, tax: Decimal, gross: Decimal) -> bool:
    """A totals row's net, tax and gross: two amounts (neither zero) and their sum."""
    return bool(net) and bool(tax) and net + tax == gross


def extract_total(lines: list[TextLine], anchors: list[str] | None = None, exclude: list[str] | None = None,
                  tendered: list[str] | None = None, change: list[str] | None = None, **options: Any) -> Found | None:
    """``amount`` with the total's anchors, plus two fallbacks: when only a subtotal-like label was
    found, an amount repeated on two or more lines below it and not smaller (``TO : 73.00`` and
    ``CASH : 73.00`` under ``SUB TOTAL 68.87``) is the total whose label OCR lost; with ``tendered``
    and ``change`` labels, when no total line was read at all, the cash handed over less the change
    given (``CASH 30.00`` / ``CHANGE 6.60``: 23.40) — doubted, so a person confirms it."""
    found = _total(lines, anchors, exclude, **options)
    if found is None and tendered and change:
        return _cash_less_change(lines, tendered, change) or _card_charge(lines, anchors or TOTAL_ANCHORS)
    return found


CARD_WORDS = re.compile(r"(?<![A-Z])(?:" + "|".join(re.escape(word) for word, method in PAYMENT_WORDS
                                                    if method in ("card", "e-wallet")) + r")(?![A-Z])")


def _card_charge(lines: list[TextLine], anchors: list[str]) -> Found | None:
    """With no total read (a ride's receipt: fare, fees, tip, then ``Visa *9904  $29.79``), the one card
    payment is the amount paid — when it is the only payment line with an amount (a split bill's card
    paid part of it). Doubted where a total's label is printed without an amount OCR could read
    (``TOTAL  2040``): a person confirms it."""
    paid = [(line, amounts[0]) for line in lines
            if CARD_WORDS.search(_upper(line.text)) and len(amounts := _amounts(line.text)) == 1]
    if len(paid) != 1:
        return None
    card, (raw, value) = paid[0]
    others = [line for line in lines if line is not card]
    if value <= 0 or any(TENDER_RE.search(_upper(line.text)) and _amounts(line.text) for line in others):
        return None
    found = Found(float(value), raw, card.text, 0.6)
    upper = [a.upper() for a in anchors]
    if any(_anchor_hits(_upper(line.text), upper) for line in others):
        found.confidence = 0.45
        found.doubt = f"the total's amount is unreadable: {value} is the card payment ({card.text.strip()})"
    return found


def _cash_less_change(lines: list[TextLine], tendered: list[str], change: list[str]) -> Found | None:
    """The cash handed over less the change given, when both are printed (the change below the cash)."""
    cash = extract_amount(lines, tendered, [*labels("tendered_exclude"), *change])
    back = extract_amount(lines, change, labels("change_exclude"), after=tendered)
    if cash is None or back is None or not 0 <= back.value < cash.value:
        return None
    value = Decimal(str(cash.value)) - Decimal(str(back.value))
    return Found(float(value), f"{cash.raw} - {back.raw}", f"{cash.line} / {back.line}", 0.45,
                 doubt=f"no total line read: {value:.2f} is the cash handed over ({cash.raw}) less the change ({back.raw})")


def _total(lines: list[TextLine], anchors: list[str] | None, exclude: list[str] | None, **options: Any) -> Found | None:
    """The total a label gives (see ``extract_total``)."""
    anchors = anchors or TOTAL_ANCHORS
    exclude = exclude if exclude is not None else TOTAL_EXCLUDE
    found = extract_amount(lines, anchors, exclude, **options)
    if found is not None:
        found = _gross_of_its_row(_not_the_included_tax(lines, found, anchors, exclude, options))
        found = _in_the_page_currency(lines, found, anchors, exclude, options)
        if found.value == 0:  # a balance of 0.00 is what is left to pay once paid (a hotel folio), not the bill
            found = _first_positive(lines, found, anchors, exclude, options) or found
        found = _before_part_payments(lines, found, anchors, exclude, options)
    weak = {a.upper() for a in anchors[anchors.index("SUB TOTAL"):]} if "SUB TOTAL" in anchors else set()
    label = _upper(found.line) if found else ""
    if found and not any(label.startswith(w) or f" {w}" in label for w in weak):
        return _with_tip_paid(lines, _after_rounding(lines, _after_discount(lines, found)))
    start = next((i for i, line in enumerate(lines) if found and line.text in found.line), 0)
    counts: dict[Decimal, list[tuple[str, str]]] = {}
    for line in lines[start + 1:start + 12]:
        if SUMMARY_RE.search(line.text):
            break
        if re.search(r"CHANGE|BAKI|TENDER|SAVING|ROUNDING", line.text, re.I):
            continue
        for raw, value in _amounts(line.text)[-1:]:
            counts.setdefault(value, []).append((raw, line.text))
    floor = Decimal(str(found.value)) if found else Decimal(0)
    repeated = [(value, seen) for value, seen in counts.items() if len(seen) >= 2 and value >= floor and value > 0]
    if repeated:
        value, seen = max(repeated, key=lambda item: (len(item[1]), item[0]))
        return Found(float(value), seen[0][0], " / ".join(text for _, text in seen), 0.6)
    return found


def _another(lines: list[TextLine], set_aside: set[str], anchors: list[str], exclude: list[str],
             options: dict[str, Any]) -> Found | None:
    """The amount the same labels give once the lines in ``set_aside`` are left out."""
    return extract_amount([line for line in lines if line.text not in set_aside], anchors, exclude, **options)


def _first_positive(lines: list[TextLine], found: Found, anchors: list[str], exclude: list[str],
                    options: dict[str, Any]) -> Found | None:
    """The best total left once the zero or negative ones are set aside (``Balance Due  0.00``, then
    ``Total Payments  -436.22``, then ``Total Charges  436.22``)."""
    skipped: set[str] = set()
    for _ in range(4):
        skipped.update(found.line.split(" / "))
        other = _another(lines, skipped, anchors, exclude, options)
        if other is None or other.value > 0:
            return other
        found = other
    return None


LEFT_TO_PAY = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in labels('left_to_pay'))})\b")
PART_PAYMENT = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in labels('part_payments'))})\b")


TIP_WORD = re.compile(r"(?<![A-Z])(?:" + "|".join(re.escape(w) for w in labels("tip_words")) + r")(?![A-Z])")


def _with_tip_paid(lines: list[TextLine], found: Found) -> Found:
    """A tip written under the total and a payment of both below it (``Total 10.50`` / ``Tip 1.58`` /
    ``Paid Visa 12.08``, no total line after the tip): what was paid, the total with its tip."""
    at = next((i for i, line in enumerate(lines) if line.text == found.line.split(" / ")[-1]), None)
    if at is None:
        return found
    for j in range(at + 1, min(len(lines), at + 3)):
        if not (tip := _amounts(lines[j].text)) or not TIP_WORD.search(_upper(lines[j].text)):
            continue
        paid = Decimal(str(found.value)) + tip[-1][1]
        for k in range(j + 1, min(len(lines), j + 3)):
            amounts = _amounts(lines[k].text)
            if amounts and TENDER_RE.search(_upper(lines[k].text)) and amounts[-1][1] == paid:
                return Found(float(paid), amounts[-1][0], f"{found.line} / {lines[j].text} / {lines[k].text}",
                             found.confidence)
        break
    return found


def _before_part_payments(lines: list[TextLine], found: Found, anchors: list[str], exclude: list[str],
                          options: dict[str, Any]) -> Found:
    """What is left to pay after part of the bill was paid (``TOTAL 22.84`` / ``GIFT CARD -17.84`` /
    ``BALANCE DUE 5.00``) is not the bill: the total above the payment is — or, with no total printed
    (``Subtotal 1,500.00`` / ``Paid to Date 500.00`` / ``Balance Due 1,000.00``), the balance and the
    payments right over it together."""
    read = found.line.split(" / ")
    if not LEFT_TO_PAY.search(_upper(read[0])):
        return found
    at = next((i for i, line in enumerate(lines) if line.text == read[0]), None)
    other = _another(lines, set(read), anchors, exclude, options)
    if other is None:  # (the balance may be printed twice: in the header, under the totals)
        return next((total for i, line in enumerate(lines) if line.text == read[0]
                     and (total := _with_payments_over(lines, i, found)) is not found), found)
    if at is None or other is None or other.value <= found.value:
        return found
    above = next((i for i, line in enumerate(lines[:at]) if line.text == other.line.split(" / ")[0]), None)
    if above is None or not any(PART_PAYMENT.search(_upper(line.text)) and _amounts(line.text) for line in lines[above + 1:at]):
        return found
    return other


def _with_payments_over(lines: list[TextLine], at: int, found: Found) -> Found:
    """The balance at ``at`` plus the part payments on the lines right over it: the bill before them."""
    paid = []
    for line in reversed(lines[max(0, at - 3):at]):
        if not (PART_PAYMENT.search(_upper(line.text)) and (amounts := _amounts(line.text))):
            break
        paid.append((line.text, abs(amounts[-1][1])))
    if not paid:
        return found
    total = Decimal(str(found.value)) + sum(amount for _, amount in paid)
    return Found(float(total), f"{total:.2f}", " / ".join([text for text, _ in reversed(paid)] + [lines[at].text]),
                 min(found.confidence, 0.7))


CODE = re.compile(r"(?<![A-Z])[A-Z]{3}(?![A-Z])")


def _in_the_page_currency(lines: list[TextLine], found: Found, anchors: list[str], exclude: list[str],
                          options: dict[str, Any]) -> Found:
    """A total labelled with another currency than the page's (a duty-free slip's ``Total EUR  48,40``
    then ``Total USD  52,27``) is a conversion: the total in the page's own currency is the one."""
    from .labelled import extract_currency  # (labelled reads amounts: imported here, not above)

    codes = set(CODE.findall(_upper(found.line.split(" / ")[0]))) & CURRENCY_CODES
    page = extract_currency(lines)
    if not codes or page is None or page.value in codes:
        return found
    others = _another(lines, set(found.line.split(" / ")), anchors, exclude, options)
    return others if others is not None and page.value in _upper(others.line) else found


INCLUDES_TAX = re.compile(rf"\bINCLUDES\s+(?:{'|'.join(re.escape(a) for a in TAX_ANCHORS)})\b")


def _not_the_included_tax(lines: list[TextLine], found: Found, anchors: list[str], exclude: list[str],
                          options: dict[str, Any]) -> Found:
    """``(TOTAL INCLUDED GST @ 6% : 0.40)`` names the tax inside the total, not the total: when the
    amount read sits after a rate and is what that rate, included, makes of another total on the
    page (``TOTAL  7.00``: 7.00 x 6/106 = 0.40), that other total is the one. With no rate printed
    (``Total includes GST  $9.69``), any known rate will do."""
    read = found.line.split(" / ")[0]
    rate = RATE.search(read)
    if rate is None and INCLUDES_TAX.search(_upper(read)):
        rates = list(TAX_RATES)  # Total includes GST  $9.69: no rate printed, any known one
    elif rate is None or rate.start() > _upper(read).find(found.raw.upper().strip()) >= 0:
        return found
    else:
        rates = [_percent(rate)]
    others = _another(lines, {read}, anchors, exclude, options)
    if others is None:
        return found
    total = Decimal(str(others.value))
    if any(percent and abs(total * percent / (100 + percent) - Decimal(str(found.value))) <= Decimal("0.015")
           for percent in rates):
        return others
    return found


TENDER_RE = re.compile(r"\b(CASH|TENDER|CHANGE|BAKI|PAID|KEMBALI|VISA|MASTER|CARD)\b")
ROUNDING_RE = re.compile(r"ROUND(?:ING|ED)?|PEMBUNDARAN|RUNDUNG|ARRONDI|AFRONDING|REDONDEO|ARROTONDAMENTO", re.I)


def _after_rounding(lines: list[TextLine], found: Found) -> Found:
    """Cash rounding: ``TOTAL SALES 181.98`` / ``ROUNDING ADJ 0.02`` / ``TOTAL 182.00`` — the amount paid is
    the one after the adjustment, whatever its label says."""
    start = next((i for i, line in enumerate(lines) if line.text in found.line), None)
    if start is None:
        return found
    before = Decimal(str(found.value))
    for i in range(start + 1, min(len(lines), start + 8)):
        if not ROUNDING_RE.search(lines[i].text):
            continue
        adjustment = _amounts(lines[i].text)
        if not adjustment:
            return found
        step = abs(adjustment[-1][1])
        for j in range(i + 1, min(len(lines), i + 4)):
            upper = _upper(lines[j].text)
            if not _anchor_hits(upper, TOTAL_ANCHORS) or TENDER_RE.search(upper):
                continue  # the rounded amount carries a total's label; CASH 1.40 is what was handed over
            for raw, value in _amounts(lines[j].text)[-1:]:
                if step and value != before and abs(abs(value - before) - step) <= Decimal("0.005"):
                    return Found(float(value), raw, f"{found.line} / {lines[i].text} / {lines[j].text}",
                                 found.confidence)
        return found
    return found


DISCOUNT_RE = re.compile(rf"(?<![A-Z])(?:{'|'.join(re.escape(w) for w in labels('discount_anchors'))})")


def _after_discount(lines: list[TextLine], found: Found) -> Found:
    """A discount on the whole bill printed under its total (``Total RM 34.90`` / ``Member Discount -1.75``
    / ``Amount Due 33.15``): the amount paid is the one after it — a line below with a total's or a
    balance's label whose amount is the total less the discounts."""
    start = next((i for i, line in enumerate(lines) if line.text in found.line), None)
    if start is None:
        return found
    discounts: list[str] = []
    taken = Decimal(0)
    for line in lines[start + 1:start + 6]:
        upper, amounts = _upper(line.text), _amounts(line.text)
        if DISCOUNT_RE.search(upper) and amounts and not TENDER_RE.search(upper):
            discounts.append(line.text)
            taken += abs(amounts[-1][1])
            continue
        if not discounts or not amounts:
            return found  # (a line between the total and the discount: no discount on the total)
        if (_anchor_hits(upper, TOTAL_ANCHORS) or LEFT_TO_PAY.search(upper)) and not TENDER_RE.search(upper):
            raw, value = amounts[-1]
            if abs(Decimal(str(found.value)) - taken - value) <= Decimal("0.005"):
                return Found(float(value), raw, " / ".join([found.line, *discounts, line.text]), found.confidence)
        return found
    return found


def extract_tendered(lines: list[TextLine], anchors: list[str] | None = None, exclude: list[str] | None = None,
                     others: list[str] | None = None, after: list[str] | None = None, before: list[str] | None = None,
                     **options: Any) -> Found | None:
    """The money handed over: the tender line's amount (``CASH 50.00``), plus the other payments printed
    between the total and the change (``others``: a gift card, a voucher, a card paying part of the bill) —
    GIFT CARD 20.00 and CASH 20.00 with CHANGE 9.53 on a total of 30.47 is 40.00 tendered."""
    # a label holding a change word (CASH CHANGE 3.50) is no money handed over
    exclude = [*(exclude or []), *(before or [])]
    found = extract_amount(lines, anchors, exclude, after=after, before=before, **options)
    if found is None or not others or (block := _between(lines, anchors, after, before)) is None:
        return found
    marks, own = [o.upper() for o in others], [a.upper() for a in anchors or []]
    excluded = [e.upper() for e in exclude]
    extra = [(line.text, _amounts(line.text)[-1]) for line in block
             if line.text not in found.line and _amounts(line.text) and _anchor_hits(upper := _upper(line.text), marks)
             and not _anchor_hits(upper, own) and not any(e in upper for e in excluded)]
    if not extra:
        return found
    total = Decimal(str(found.value)) + sum((abs(value) for _, (_, value) in extra), Decimal(0))
    return Found(float(total), " + ".join([found.raw, *(raw for _, (raw, _) in extra)]),
                 " / ".join([found.line, *(text for text, _ in extra)]), found.confidence)


def extract_total_before_rounding(lines: list[TextLine], anchors: list[str] | None = None,
                                  exclude: list[str] | None = None, **options: Any) -> Found | None:
    """The total before a cash-rounding adjustment, when one is printed: the amount above the rounding
    line that differs from the total paid by exactly the adjustment (``TOTAL SALES 181.98`` /
    ``ROUNDING ADJ 0.02`` / ``TOTAL 182.00`` → 181.98). None without an adjustment."""
    paid = extract_total(lines, anchors, exclude, **options)
    if paid is None:
        return None
    total = Decimal(str(paid.value))
    for i, line in enumerate(lines):
        if not ROUNDING_RE.search(line.text) or not _amounts(line.text):
            continue
        step = abs(_amounts(line.text)[-1][1])
        if not step:
            continue
        for j in range(i - 1, max(-1, i - 7), -1):  # nearest first
            for raw, value in reversed(_amounts(lines[j].text)):
                if value != total and abs(abs(value - total) - step) <= Decimal("0.005"):
                    return Found(float(value), raw, f"{lines[j].text} / {line.text}", paid.confidence)
    return None


def _printed_token(text: str, raw: str) -> str:
    """The whitespace-delimited token as printed around an amount (keeps an attached RM or $)."""
    digits = re.search(r"[\d,]+\.\d{2}", raw)
    for token in text.split():
        if digits and digits.group(0) in token and re.fullmatch(r"[:]?[-(]?(?:RM|\$|MYR|USD|EUR|€|£)?-?[\d,]+\.\d{2}\)?", token, re.I):
            return token.lstrip(":")
    return raw

