"""Values after a label (``INVOICE NO: 123``), the payment method, the currency, and the document's
class (receipt / invoice / other) from its wording."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import TextLine
from .amounts import _amounts, _cells
from .dates import COLUMNS, date_spans
from .found import Found, _upper, without_accents
from .vocabulary import (
    ADDRESS_WORDS,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_COUNTRIES,
    DOLLAR_CURRENCIES,
    INVOICE_WORDS,
    PAYMENT_WORDS,
    POSTCODE,
    SHARED_MARKS,
    alternatives,
    labels,
)


def _label_pattern(anchor: str) -> str:
    """A label as OCR reads it: spaces may vanish (``INVOICENO``) or be a hyphen (``INV-NO``), and O may
    come out as 0. A Greek vowel matches its accented forms (ΑΡΙΘΜΟΣ is Αριθμός in lower case)."""
    parts = []
    for char in anchor.upper():
        if char == " ":
            parts.append(r"[\s-]*")
        elif char == "O":
            parts.append("[O0]")
        elif char in GREEK_ACCENTED:
            parts.append(f"[{char}{GREEK_ACCENTED[char]}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


GREEK_ACCENTED = {"Α": "Ά", "Ε": "Έ", "Η": "Ή", "Ι": "ΊΪ", "Ο": "Ό", "Υ": "ΎΫ", "Ω": "Ώ"}  # (matched ignoring case)


TOKEN = r"([A-Z0-9][A-Z0-9/\-._]*[A-Z0-9]|[A-Z0-9])"  # a number or code: INV-2025/0042, UC1_2023020_AFF


def extract_labelled(lines: list[TextLine], anchors: list[str] | None = None, rest_of_line: bool = False,
                     digit: bool = False, titles: list[str] | None = None, not_titles: list[str] | None = None,
                     **_: Any) -> Found | None:
    """The value after a label such as ``INVOICE NO :`` (one token, or the rest of the line); the
    next line when the label ends its line. With ``digit``, a value without one (``Invoice Date``)
    is not it: the search goes on. With ``titles`` (the document's names: INVOICE, RECHNUNG), the
    number printed after the title (``Handelsrechnung (380) Nr. 90``) is read too: it is the value
    when no label gives one, and a labelled value that differs from it is doubted — a page that
    prints two numbers for itself needs a person to say which one is its own. With ``not_titles`` too (a quote's,
    a delivery note's: ANGEBOT, PRO FORMA), a page whose first title is one of those is doubted: its number is
    no invoice's (with no number, a missing value that carries the doubt)."""
    found = _after_label(lines, anchors or [], rest_of_line, digit) or (_after_series(lines) if digit else None)
    if titles and not_titles and (other := _other_document(lines, titles, not_titles)):
        # (no number at all: the value stays missing, and the reason says why rather than only that)
        found = found or Found(None, "", other, 0.0)
        found.confidence = min(found.confidence, 0.45)
        found.doubt = f"the page calls itself {other!r}: not an invoice to book (a quote, a pro forma, a delivery " \
                      "note, an order's confirmation or a reminder)? check it"
        return found
    if found is not None and (series := SERIES.search(found.line)) and series.group(2) == found.value:
        found.value = found.raw = f"{series.group(1)} {found.value}"  # Seria CD Nr. 0147: CD 0147
    if found is not None and (sale := POINT_OF_SALE.search(found.line)) and sale.group(1) != found.value \
            and sale.end() <= found.line.find(found.value):
        found.value = found.raw = f"{sale.group(1)}-{found.value}"  # Punto de Venta: 0003 Comp. Nro: 00001234
    titled = _title_number(lines, titles) if titles else None
    if titled is None:
        return found
    if found is None:
        return titled
    if _plain(found.value) != _plain(titled.value):
        found.confidence = min(found.confidence, 0.45)  # under validate's low_confidence: flagged
        found.doubt = f"the page names two numbers for itself ({found.value} and {titled.value}): check which is its own"
    return found


# a series code of its own, then the number (Ký hiệu: 1C25TAA  Số: 00001234): the number
AFTER_SERIES = re.compile(r"(?<![^\W\d_])(?:" + alternatives("series_labels") + r")\s*[:.]?\s*\S+\s+(?:"
                          + alternatives("series_number_marks") + r")\s*[:.]\s*" + TOKEN, re.I)


def _after_series(lines: list[TextLine]) -> Found | None:
    """The number after a series code's own label, when no number label gives one."""
    for line in lines:
        if match := AFTER_SERIES.search(_unaccented(line.text)):
            value = line.text[match.start(1):match.end(1)]
            if re.search(r"\d", value):
                return Found(value, value, line.text, 0.7)
    return None


# a series code before the number mark (Romania's Seria CD Nr. 0147): the number's first part
SERIES = re.compile(r"(?<![^\W\d_])(?:" + alternatives("series_labels") + r")\s*[:.]?\s*([^\W\d_]{1,5})\s*[,;]?\s*(?:"
                    + alternatives("number_marks") + r")(?![^\W\d_])[\s.:：#º°]*" + TOKEN, re.I)


POINT_OF_SALE = re.compile(r"(?<![^\W\d_])(?:" + alternatives("point_of_sale_labels") + r")\s*[:.]?\s*(\d{1,5})\b", re.I)


def _plain(value: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", value.upper())


REFERENCE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in labels('title_references'))})\s*$", re.I)


def _title_number(lines: list[TextLine], titles: list[str]) -> Found | None:
    """The first ``<title> [up to two words or a (code)] <number mark> <value>`` on the page:
    ``INVOICE NO. 12``, ``Handelsrechnung (380) Nr. 90``, ``Facture d'acompte n° F-3``,
    ``AFFACTUREE N° UC1`` — or the mark first, ``Nº Factura: 2025/0087``, ``No. de facture 7``, or
    none on a line of its own, ``FACTUUR 2025/0142``, or the title alone (or after one word: SALES
    INVOICE) over ``N° 2025-009``.
    The title may be part of a compound word (Schlussrechnung)."""
    title = "|".join(_label_pattern(word) for word in titles)
    marks = alternatives("number_marks")
    pattern = re.compile(r"(?<![^\W\d_])[^\W\d_]*(?:" + title + r")[^\W\d_]*"
                         r"(?:\s+\([^)]{1,8}\)|\s+[^\W\d_]+(?:'[^\W\d_]+)?){0,2}"
                         r"\s+(?:(?:" + marks + r")(?![^\W\d_])|N[°º])[\s.:：#º°]*" + TOKEN, re.I)  # (N°FA-19: glued)
    mark_first = re.compile(r"(?<![^\W\d_])(?:" + marks + r")(?![^\W\d_])[\s.º°]*(?:DE\s+|DI\s+|D')?"
                            r"(?:" + title + r")(?![^\W\d_])\s*[.:#]*\s*" + TOKEN, re.I)
    # a line of its own: FACTUUR 2025/0142, or a series code before the number (Portugal's FT 2025A/154)
    alone = re.compile(r"^\W*(?:" + title + r")\s+((?-i:[A-Z]{1,3}\s)?" + TOKEN[1:] + r"\s*$", re.I)
    title_line = re.compile(r"^\W*(?:[^\W\d_]+\s+)?(?:" + title + r")\W*$", re.I)  # (SALES INVOICE over No. 4512)
    marked = re.compile(r"^\W*(?:" + marks + r")(?![^\W\d_])[\s.:：#º°]*" + TOKEN, re.I)
    for index, line in enumerate(lines):
        match = pattern.search(line.text) or mark_first.search(line.text) or alone.match(line.text.strip())
        if match and REFERENCE_BEFORE.search(line.text[:match.start()]):
            continue  # "zu Rechnung Nr. RE-12" names the invoice a credit note corrects
        if match is None and index and title_line.match(lines[index - 1].text.strip()):
            match = marked.match(line.text.strip()) or LONE_CODE.match(line.text.strip())  # "Facture" over
            # "N° 2025-009", "TAX INVOICE" over "INV0057"
        for cell in _cells_under_title(lines, index, title_line) if match is None else ():
            if match := marked.match(cell.strip()) or LONE_CODE.match(cell.strip()):
                break  # the title's own cell over the number's (OVH SAS  Facture / 2 rue Kellermann  FR58219406)
        if match is None and (own := next((m for text in COLUMNS.split(line.text.strip()) if (m := alone.match(text))
                                           and re.search(r"\d", m.group(1)) and not date_spans(m.group(1))), None)):
            return Found(own.group(1), own.group(1), line.text, 0.7)  # the title and its number in a cell of
            # their own (Rechnung 4711  Datum: 06.06.2025; Herrn Jan Weber  Rechnung 202500123456)
        if match and not re.search(r"\d", match.group(1)) and (series := SERIES_NUMBER.match(line.text, match.start(1))):
            value = f"{series.group(1)} {series.group(2)}"  # Faktura VAT nr FV 12/11/2025: a series code, then the number
            return Found(value, value, line.text, 0.7)
        if match and re.search(r"\d", match.group(1)) and not (" " in match.group(1) and date_spans(match.group(1))):  # FACTURE DU 12/03/2025
            return Found(match.group(1), match.group(1), line.text, 0.7)
    return None


def _other_document(lines: list[TextLine], titles: list[str], not_titles: list[str]) -> str | None:
    """The page's first title-like cell, when it names another kind of document than ``titles`` do: a cell
    that starts with the title, after at most one word (``Sales Quote``, ``FACTURA PROFORMA``), short —
    not a sentence that mentions one (``gemäß Angebot 2025-044``). A pro forma invoice's cell names both:
    the other kind wins there."""
    other, own = _title_starts(tuple(not_titles), tuple(titles))
    for line in lines:
        for cell in COLUMNS.split(line.text.strip()):
            if len(cell) > 40 or LABEL_ONLY.search(cell):
                continue  # (Angebot Nr.  AN-2025-031 on an invoice: a field naming the quote, its value beside)
            if other.match(plain := _unaccented(cell)):
                return cell.strip()
            if own.match(plain):
                return None
    return None


@lru_cache(maxsize=4)
def _title_starts(not_titles: tuple[str, ...], titles: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cell starting with another document's title as a whole word (DEVISE : EURO is no DEVIS), and one
    starting with the document's own title, which may end a compound (Schlussrechnung)."""
    first = r"^\W*(?:[^\W\d_]+[\s-]+)?"
    other = "|".join(_label_pattern(word) for word in not_titles)
    own = "|".join(_label_pattern(word) for word in titles)
    return re.compile(first + f"(?:{other})(?![^\\W\\d_])", re.I), re.compile(first + f"[^\\W\\d_]*(?:{own})", re.I)


LABEL_ONLY = re.compile(r"(?:(?<![^\W\d_])(?:" + alternatives("number_marks") + r")|#|N[°º]|:)\s*$", re.I)  # a field's label


# a code alone on its line, letters then figures (INV0057, FA-2025-0042), not a tax id (ABN 62..., GST123...)
LONE_CODE = re.compile(r"^\W*((?!(?:ABN|ACN|GST|HST|VAT|TIN|TRN|UEN|NIF|CIF|PAN|REG)\d)(?-i:[A-Z]{2,5})[-/]?\d{3,}[A-Z0-9/-]*)\s*$")


def _cells_under_title(lines: list[TextLine], index: int, title_line: re.Pattern[str]) -> list[str]:
    """The line's cells under a title in a cell of its own a few rows above, in its column (``Acme Ltd.
    TAX INVOICE`` over ``# INV-000231`` at the right), by position."""
    line = lines[index]
    if index == 0 or line.box is None:
        return []
    cells = line.positioned_cells() or [(line.text, line.box[0], line.box[2])]  # (cells unknown: the line)
    for above in reversed(lines[max(0, index - 3):index]):
        for text, left, right in above.positioned_cells():
            if title_line.match(text.strip()) and (under := [cell for cell in cells if cell[1] <= right and left <= cell[2]]):
                return [cell for cell, _, _ in under]
    return []


# a bare number mark after one of these words is that thing's number (VAT Reg No. 523 5213 44, Table No. 7)
BARE_MARK = re.compile(r"(?:" + alternatives("number_marks") + r")", re.I)
OWNED_NUMBER = re.compile(r"(?<![^\W\d_])(?:" + alternatives("number_owners") + r")\W*$", re.I)


# the rest of a number printed in groups, or after a spaced slash, to its cell's end (4411 2873 0195, 2025 / 142)
DIGIT_GROUPS = re.compile(r"(?:(?: \d{3,4})+|\s?/\s?\d{1,6})(?=\s{2,}|\s*$)")
# a series code before the number, one space apart (Portugal's FS 012/45678), never an amount (CA 12.50)
# nor the first group of a number printed with spaces (INV 2025 001)
SERIES_NUMBER = re.compile(r"([A-Z]{1,3}) (\d[\d/\-]{2,}\d)\b(?![.,]\d|\s\d)")
# a code, then its number in groups one space apart, the whole cell (F 2025 0088, INV 2025 001)
SPACED_NUMBER = re.compile(r"([A-Z]{1,3}(?: \d{2,6}){2,4})(?=\s{2,}|\s*$)")


# a document's names for itself: as a label they name a number on their own line, never the line under
# them (alone on its line the word is the page's title)
TITLE_WORDS = frozenset(word.upper() for word in labels("receipt_titles") + labels("invoice_titles"))


def _unaccented(text: str) -> str:
    """The text without accents where that keeps each character in its place, so that a label matches
    though OCR read a speck as another accent (``DAÑOVÝ DOKLAD`` for ``DAŇOVÝ DOKLAD``)."""
    plain = without_accents(text)
    return plain if len(plain) == len(text) else text


def _after_label(lines: list[TextLine], anchors: list[str], rest_of_line: bool, digit: bool) -> Found | None:
    value_re = r"(.+)" if rest_of_line else TOKEN
    for anchor in anchors:
        # (marks and spaces in any order, DOC NO.  : CS0012; a value may come in brackets, RECEIPT NO.[00522899])
        bare = bool(BARE_MARK.fullmatch(anchor))
        title_word = anchor.upper() in TITLE_WORDS  # (Receipt 4471: its value required on its line, none under it)
        glued = r"(?![^\W\d_])" if bare or title_word else ""  # a bare NO is no part of a word (NOV-2017)
        pattern = re.compile(r"(?<![A-Z])" + _label_pattern(anchor) + glued + r"[\s.:：#º°]*\[?" + value_re
                             + ("" if title_word else "?"), re.I)
        for index, line in enumerate(lines):
            match = pattern.search(_unaccented(line.text))
            if not match or (bare and (OWNED_NUMBER.search(line.text[:match.start()])
                                       or ADDRESS_WORDS.search(f"{line.text[:match.start()]} {line.text[match.end():]}")
                                       or re.match(r"\s*,\s*[^\W\d_]|\s*,\s*\d+(?:ST|ND|RD|TH)\b", line.text[match.end():], re.I))):
                continue  # a bare "No." is another thing's number, or a house's (NO.2, JALAN METRO; No. 14, 3rd Cross)
            value = line.text[match.start(1):match.end(1)].strip() if match.group(1) else ""
            if digit and not re.search(r"\d", value) and (spaced := SPACED_NUMBER.match(line.text, match.start(1))):
                value = spaced.group(1)  # a code and its number in groups (Factuurnummer: F 2025 0088)
            if digit and not re.search(r"\d", value) and re.search(r"\s{2,}$", line.text[match.start():match.start(1)]) \
                    and not SERIES_NUMBER.match(line.text, match.start(1)):
                value = ""  # the next cell is the next column's label (Invoice Number  Amount Due): the value is under
                # (not a code and its number: Your order:  PO 5521)
            if value and not rest_of_line and (series := SERIES_NUMBER.match(line.text, match.start(1))):
                # (PO 5521 after an order's label: PO only says what the label said)
                value = series.group(2) if series.group(1).upper() in ("PO", "NO", "NR", "N") \
                    else f"{series.group(1)} {series.group(2)}"  # (Nº read in capitals: NO 2345-678901)
            elif re.fullmatch(r"\d{3,4}", value) and (groups := DIGIT_GROUPS.match(line.text, match.end(1))):
                # Rechnungsnummer  4411 2873 0195: the groups of one number (2025 / 142 as 2025/142, however spaced)
                value = re.sub(r"\s*/\s*", "/", value + groups.group(0))
            below = None if title_word else _below_in_its_column(lines, index, match.start())
            if below is not None and not rest_of_line and _a_date(below):
                continue  # the cell under the label is a date (Invoice Date over 18 Nov 2025): no number
            if below is not None:  # a header row over a row of values: its own column's value
                value = below if rest_of_line else (below.split() or [""])[0]
            elif not value and (under := _under_by_position(lines, index, match.start())) is not None:
                value = under if rest_of_line else (under.split() or [""])[0]  # (past another column's row)
            elif not value and index + 1 < len(lines) and not (ADDRESS_WORDS.search(lines[index + 1].text)
                                                                or POSTCODE.search(lines[index + 1].text)):
                following = lines[index + 1].text.strip()  # (not the address under a title: 3 Harbour Walk)
                value = following if rest_of_line else (following.split() or [""])[0]
            if value and (not digit or re.search(r"\d", value)) and (rest_of_line or not _a_date(value)):
                return Found(value, value, line.text, 0.8)  # (a date is no number: INVOICE : 12/03/2018)
    return None


def _a_date(value: str) -> bool:
    """The value is a date and nothing else (``18 Nov 2025``, ``12/03/2018``; ``20250312`` may be a number)."""
    value = value.strip()
    return not value.isdigit() and any(raw == value for _, raw, _ in date_spans(value))


def _below_in_its_column(lines: list[TextLine], index: int, start: int) -> str | None:
    """The value under a label in a header row (``Invoice number  Invoice date / tax point  Account``
    over ``BW-77120  27/03/2025  NORTH01``): the next row's cell in the label's place, when the row holds
    labels only (no digit, no colon: ``Rechnungsnummer:  2015738820`` is a label and its value) and the
    row under it has as many cells; None otherwise."""
    text = lines[index].text
    cells = _cells(text)
    if len(cells) < 2 or index + 1 >= len(lines) or re.search(r"[\d:]", text):
        return None
    below = _cells(lines[index + 1].text)
    # the label's cell: the cell separators before it (as extract_date counts an anchor's column)
    return below[len(re.findall(r"\s{2,}", text[:start].lstrip()))] if len(below) == len(cells) else None


def _under_by_position(lines: list[TextLine], index: int, start: int) -> str | None:
    """The cell right under a label with no value after it, by position, a few rows down at most:
    ``Invoice Number`` over ``INV-0342`` in the middle column, with the address column's rows between
    them. None when positions are not known or nothing lies under it."""
    cells = lines[index].positioned_cells()
    offset = 0
    for text, left, right in cells:
        offset = lines[index].text.find(text, offset)
        if offset <= start < offset + len(text):
            for line in lines[index + 1:index + 4]:
                if under := line.cells_over(left, right):
                    return under[0][0]
            return None
        offset += len(text)
    return None


def extract_payment(lines: list[TextLine], **_: Any) -> Found | None:
    """How it was paid: the first tender line (a payment word with an amount) below the total."""
    for line in lines:
        upper = _upper(line.text)
        if not _amounts(line.text):
            continue
        for word, kind in PAYMENT_WORDS:
            if re.search(rf"(?<![A-Z]){re.escape(word)}(?![A-Z])", upper) and "CHANGE" not in upper:
                return Found(kind, word, line.text, 0.7)
    return None


NAMED_USD = re.compile(r"\bUSD\b|\bUS\$", re.I)  # US dollars named, not just a bare $
CURRENCY_LABEL = re.compile(rf"\b(?:{alternatives('currency_labels')})\b\W{{0,3}}([A-Z]{{3}})\b")


GST = re.compile(r"\bGST\b")


def extract_currency(lines: list[TextLine], default: str | None = None, **_: Any) -> Found | None:
    read = page_currency(lines)
    if read is not None:
        code, line, confidence = read
        doubt = ("a bare $ on a page that charges GST: Australian, New Zealand, Canadian or Singapore dollars "
                 "rather than US ones? check the currency") if code == "USD" and confidence < 0.5 else None
        return Found(code, code, line, confidence, doubt=doubt)
    if default:
        return Found(default, default, "", 0.5)
    return None


def page_currency(lines: list[TextLine]) -> tuple[str, str, float] | None:
    """(code, the label naming it, confidence) the page's marks and codes give, or None."""
    return _page_currency(tuple(line.text.upper() for line in lines))


@lru_cache(maxsize=8)
def _page_currency(rows: tuple[str, ...]) -> tuple[str, str, float] | None:
    """``page_currency`` for a page's lines in capitals. Marks are counted line by line: a code stands
    beside an amount on its own line (``12.00`` ending one line and ``PEN BLUE`` starting the next is no
    sol). Cached: the rules engine, the currency field and the total's check ask it of the same page."""
    text = " ".join(rows)
    if (label := CURRENCY_LABEL.search(text)) and label.group(1) in CURRENCY_CODES:
        return label.group(1), label.group(0), 0.9  # Currency: CAD
    counts = [(sum(len(re.findall(pattern, row)) for row in rows), -rank, code)
              for rank, (pattern, code) in enumerate(CURRENCIES)]
    named = [code for code, country in CURRENCY_COUNTRIES.items() if country.search(text)]
    for rank, (mark, codes, otherwise) in enumerate(SHARED_MARKS, start=len(CURRENCIES)):
        theirs = [code for code in named if code in codes]  # Rs in Karachi: rupees, but Pakistan's
        code = theirs[0] if len(theirs) == 1 else otherwise
        if code is not None:
            counts.append((sum(len(re.findall(mark, row)) for row in rows), -rank, code))
    best = max(counts, default=(0, 0, ""))
    if best[2] == "USD" and not NAMED_USD.search(text):  # only bare $: a dollar named is it,
        best = max([c for c in counts if c[2] in DOLLAR_CURRENCIES and c[0]], default=best)
        dollars = [code for code in named if code in DOLLAR_CURRENCIES] or named
        if best[2] == "USD" and len(dollars) == 1:  # else the country the page names (ABN, NSW 2026, RFC;
            return dollars[0], "", 0.7  # Malaysian eateries print $ for RM)
        if best[2] == "USD" and not dollars and GST.search(text):
            return "USD", "", 0.45  # a bare $ where GST is charged: not the US (a dollar of some GST country)
    if best[0]:
        return best[2], "", 0.8
    if len(named) == 1:  # no currency printed: the one country the page names (SDN BHD, Toronto ON M4W 1A5)
        return named[0], "", 0.6
    return None



def extract_document_class(lines: list[TextLine], **_: Any) -> Found | None:
    text = " ".join(line.text for line in lines).upper()
    invoice = len(re.findall(r"\bINVOICE\b|\bBILL TO\b|\bDUE DATE\b|\bPAYMENT TERMS\b|\bP\.?O\.? NO", text))
    invoice += len(INVOICE_WORDS.findall(text))  # the other languages' invoice words (data/locales.yaml)
    receipt = len(re.findall(r"\bCASH\b|\bCHANGE\b|\bRECEIPT\b|\bTOTAL\b|\bCASHIER\b|\bTHANK YOU\b|\bRM\s?\d", text))
    simplified_tax_invoice = len(re.findall(r"TAX INVOICE", text))  # Malaysian till slips say "tax invoice"
    if "DUE DATE" in text or "BILL TO" in text or (INVOICE_WORDS.search(text) and receipt < 3) or (invoice - simplified_tax_invoice > 0 and receipt < 3):
        return Found("invoice", "invoice", "", 0.7)
    if receipt >= 2:
        return Found("receipt", "receipt", "", 0.7)
    return Found("other", "other", "", 0.5)


