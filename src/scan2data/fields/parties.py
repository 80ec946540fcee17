"""Who issued the document: the business name among the top lines, its address, its phone."""

from __future__ import annotations

import re
from typing import Any

from ..document import CELL_GAP, TextLine
from ..lexicon import LEXICON_CURRENCIES, repair
from .amounts import RATE, WEIGHED, _amounts
from .dates import find_dates
from .found import Found, without_accents
from .labelled import page_currency
from .tables import names_item_columns
from .vocabulary import (
    ADDRESS_END,
    ADDRESS_STOP,
    ADDRESS_WORDS,
    ADDRESSEE,
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    FIELD_START,
    NOT_COMPANY,
    POSTCODE,
    RELATION,
    TERMINAL_SUFFIX,
    alternatives,
    labels,
    vocabulary,
)

LAST_FORM = re.compile(r"\s+(?:" + alternatives("company_suffixes") + r")\W*", re.I)  # a form's word ending the name
PHONE_RE = re.compile(r"(?<![^\W\d_])(?:TEL|PHONE|PH|T)\s*[.:/-]?\s*(\+?[\d][\d\s()-]{6,}\d)", re.I)
NANP_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b")  # (713)555-0199 with no label, after a town
# a street name and its number, the continental way (Damrak 50, Via Roma 45, Kerkstraat 12a): an address
# line only right after the name (a store's own number, "Albert Heijn 1234", reads the same)
STREET_NUMBER = re.compile(r"^[^\W\d_][^\d,:;]{2,40}\s\d{1,4}[A-Z]?(?:[-/]\d{1,4}[A-Z]?)?\s*,?$", re.I)
STORE_NUMBER = re.compile(r"^[^\W\d_][^\d]{1,30}\s(?:NR|NO|N°|#)\.?\s?\d+\s*$", re.I)  # Biedronka nr 3412: a store
UNIT_NUMBER = re.compile(r"#\s?[A-Z]?\d{1,3}-\d{1,4}\b")  # Maxwell Food Centre #01-10: a unit in a building, no name
HOUSE_NUMBER_FIRST = re.compile(r"^\s*\d{1,5}[A-Z]?(?:[-/]\d{1,4}[A-Z]?)?,?\s+[^\W\d_]{2,}", re.I)  # 12 AV DE LA ...
# an item's price (and tax class, or currency) ends its line: "Äpfel 1.034 kg 4.12", "MwSt. 19% 10.34 €"
PRICE_AT_END = re.compile(r"\d[.,]\d{2}\s*(?:[A-Z]|€|£|\$|EUR|USD|GBP|CHF)?$", re.I)
# "store 08231", "Shop No. 12", "Filiale 1234", "Store T-1427": the outlet's number, not a name (nor its tail)
OUTLET_NUMBER = re.compile(rf"^\W*(?:{alternatives('outlet_words')})\W*(?:NO\.?|NR\.?|#)?\s*(?:[A-Z]{{1,2}}-?)?\d+\b", re.I)
OUTLET_TAIL = re.compile(rf"\s+(?:{alternatives('outlet_words')})\s*(?:NO\.?|NR\.?|N°|#)\s*[A-Z]{{0,2}}-?\d+\s*$", re.I)
PLACE_LINE = re.compile(alternatives("place_lines"), re.I)  # Denver, CO 80202: an address line
# "FACTURE AFFACTUREE N°", "AVOIR N° :": a number's label, its value read on another line
NUMBER_LABEL_END = re.compile(rf"(?<![^\W\d_])(?:{alternatives('number_marks')})\s*:?\s*$", re.I)
THANKS = [re.compile(pattern, re.I) for pattern in labels("named_in_thanks")]
REGISTRATION_RE = re.compile(
    r"^\(?\s*(?:CO\.?\s*(?:REG\.?\s*)?(?:NO\.?)?|COMPANY\s*(?:REG\.?\s*)?NO\.?|ROC(?:\s*NO\.?)?|REG\.?\s*NO\.?|BRN|GST(?:\s*(?:ID|REG|NO)\.?)*|SST|CO-REG|ABN|ACN|UEN|TIN|NPWP|VAT\s*(?:REG\.?\s*)?(?:NO\.?)?"
    r"|(?:[A-Z]{2}\s+)?(?:CONTRACTOR'?S?\s+)?LICEN[CS]E\s*(?:NO\.?)?)?[\s.:#-]*"  # CA License #1045522
    r"[A-Z]{0,3}\d[\d\s]*-?\s?[A-Z]?\s*\)?\.?$",
    re.I,
)


def _company_line(text: str) -> str:
    """Drop registration numbers printed after the name: ``99 SPEED MART S/B (519537-X)``,
    ``MERCADONA, S.A. A-46103834``. Runs of
    spaces are collapsed first: the pattern's optional spaces would otherwise take cubic time on a
    line with a long run of them (PDF text layers have such lines)."""
    whole = text = OUTLET_TAIL.sub("", re.sub(r"\s+", " ", text))  # (STARBUCKS Store #10482: the outlet's number)
    text = re.sub(r"\s*[\(\[]?\s*(?:CO\.?\s*(?:REG\.?\s*)?NO\.?|ROC|CO-REG)?[\s.:#]*[A-Z]{0,3}-?\d{3,}[\d-]*\s*-?\s*[A-Z]?\s*[\)\]]?\s*$", "", text, flags=re.I)
    if re.search(r"\.[^\W\d_]$", text) and whole[len(text):].startswith("."):
        text += "."  # the dot that ends S.A.
    return text.strip(" ,")


# a name that ends in a number: a store's (ALBERT HEIJN 1234) or the name's own (REMA 1000), never a
# town and its code on a receipt's first line
NUMBERED_NAME = re.compile(r"^\s*[^\W\d_]{2,}(?:[ &'.-]+[^\W\d_]+)*\s\d{2,4}\s*$")


def _numbered_name(text: str) -> bool:
    return bool(NUMBERED_NAME.match(text)) and not (ADDRESS_WORDS.search(text) or PLACE_LINE.search(text)
                                                    or NOT_COMPANY.search(text) or FIELD_START.match(text))


ZERO_APOSTROPHE = re.compile(r"(?<![\w'])0'(?=[^\W\d_])")  # OCR's 0'Brien: an O before an apostrophe
FORM_MISREADS = [(re.compile(pattern), printed) for pattern, printed in vocabulary()["form_misreads"]]


def _as_printed(name: str) -> str:
    """A name with OCR's usual misreads of it put back: 0'Brien, Dolce Vita S.r.I."""
    name = ZERO_APOSTROPHE.sub("O'", name)
    for pattern, printed in FORM_MISREADS:
        name = pattern.sub(printed, name)
    return name


# a tax or company id after its label, in any country (NIT 900.276.962-1, CNPJ 47.508.411/0001-56, RUC 2056...)
# (a phone number's label is no id's; a town and its postcode, PUNE 411001, has fewer digits)
ID_LINE = re.compile(r"^\(?\s*(?!TEL|PHONE|FAX|HP|MOB|TLF|TELP)[A-Z]{2,6}\.?(?:\s*(?:NO|NR|#)\.?)?\s*[:#]?\s*"
                     r"\d[\d\s./-]{7,}[A-Z]?\s*\)?$", re.I)


def _registration(text: str) -> bool:
    """A registration or tax number line (``(CO. NO. 113825-W)``, ``NIT 900.276.962-1``). Runs of
    spaces are collapsed first: the pattern's optional spaces take quadratic time on a PDF line's long
    runs of them."""
    text = re.sub(r"\s+", " ", text).strip()
    return bool(REGISTRATION_RE.match(text) or (ID_LINE.match(text) and len(re.findall(r"\d", text)) >= 8))


def _phone_only(text: str) -> re.Match[str] | None:
    return PHONE_ONLY_RE.match(re.sub(r"\s+", " ", text))  # a match at the start (only its start is used)


def _is_noise(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters < 3 or _registration(text) or bool(find_dates(text))


# a line of only an e-mail or web address: a contact, never the name (its .co.uk is no company form)
CONTACT_ONLY = re.compile(r"^\s*(?:[^\s@]+@[^\s@]+\.[^\W\d_]{2,}|(?:https?://|www\.)\S+)\s*$", re.I)


def _name_like(text: str) -> bool:
    text = text.strip()
    if not text or CONTACT_ONLY.match(text) or NOT_COMPANY.search(_company_line(text)) or _is_noise(text) or PHONE_RE.search(text) \
            or RELATION.match(text) or ADDRESSEE.search(text) or text.endswith("。") or PRICE_AT_END.search(text) \
            or FIELD_START.match(text) or OUTLET_NUMBER.match(text) \
            or PLACE_LINE.search(text) or NUMBER_LABEL_END.search(text) or WEIGHED.search(text) \
            or RATE.search(text) or (_labelled_other(text) and not COMPANY_SUFFIXES.search(text)):
        return False  # "OWNED BY ... SDN BHD" names the owner; "Pick-up: Changi Airport" is a field; a CJK
        # sentence (下記の通りご請求申し上げます。) or the addressee (株式会社さくら商事 御中) is no issuer;
        # "Äpfel 1.034 kg 4.12" and "0,862 KG X 1.49 EUR/KG" are items; "Netto  MwSt 19%  Brutto" heads a tax table
    # a store number after the name (WALGREENS #04512) is no postcode
    return not (_is_address_line(_company_line(text)) and re.search(r"\d", text) and not COMPANY_SUFFIXES.search(text))


def _continues_previous(text: str, previous: str = "") -> bool:
    """``(SEMENYIH) SDN BHD``, ``STATIONERY SDN. BHD``, ``CO. (M) SDN BHD``: the tail of a longer name
    (or any line after one left a parenthesis open or ended with ``&``)."""
    text, previous = text.strip(), previous.strip()
    if RELATION.match(text):
        return False  # "(A DIVISION OF ... SDN BHD)" follows the name; it is not its tail
    if previous.count("(") > previous.count(")") or previous.endswith("&"):
        return True
    match = COMPANY_SUFFIXES.search(text)
    if re.fullmatch(r"\([^()]*\)", text):
        return False  # under a whole name, "(ROYAL KLCC)" is its outlet and "(Jaya Grocer Sdn Bhd 2007...)" its
        # company; "(SEMENYIH) SDN BHD" is a tail
    if text.startswith("(") or (match and not text[:match.start()].split()):
        return not COMPANY_PREFIXES.match(text)
    return False


def _owners(lines: list[TextLine]) -> set[int]:
    """Indexes of the lines under a relation label that stands alone (``Owned By :`` / ``SANYU SUPPLY
    SDN BHD``): they name the owner, not the business."""
    return {i + 1 for i, line in enumerate(lines[:-1])
            if (match := RELATION.match(line.text)) and not re.search(r"\w", line.text[match.end():])}


def _after_brand(text: str, brand: str, first_word: bool = False) -> str | None:
    """What ``text`` says after the brand it starts with (the whole brand, or with ``first_word`` its
    first word of three letters or more); None when it does not start with it or says nothing more."""
    text, brand = re.sub(r"\s+", " ", text).strip(), re.sub(r"\s+", " ", brand).strip()
    if first_word:
        first = re.match(r"\W*([^\W\d_]{3,})", brand)
        head, _, rest = text.partition(" ")
        return rest or None if first and head.strip(".,").upper() == first.group(1).upper() else None
    return text[len(brand) + 1:] or None if len(brand) >= 3 and text.upper().startswith(brand.upper() + " ") else None


def _outlet_of(text: str, name: str) -> bool:
    """``Coop Bahnhofstrasse`` under ``COOP``: a line that starts with the business's first word and
    says more names its outlet."""
    rest = _after_brand(text, name, first_word=True)
    return rest is not None and not ADDRESS_END.fullmatch(rest)  # "Akretion France" under "Akretion" is the company


# a sender line's or a footer's parts: "Name · Street 1 · 12345 Town", and OCR's " . " for a middle dot; OCR
# may glue the dot to the words around it ("Industriestr. 25· 91710", "GmbH·Landgrabenweg 151·53227"): a
# separator all the same, but for Catalan's l·l
SEPARATED = re.compile(r"\s*(?<![lL])[·•]\s*|\s*[·•](?![lL])\s*|\s+[|.]\s+")


TOWN_AFTER_CODE = re.compile(r"\d[\dA-Z -]{0,12}\s[^\W\d_]{3,}")  # 91710 Gunzenhausen, 2500 GA Den Haag (not Postbus 30000)
DASHED = re.compile(r"\s+[-–]\s+")  # Schreinerei Bauer - Am Sägewerk 3 - 83022 Rosenheim
COMMA = re.compile(r",\s+")


def _sender_parts(text: str) -> list[str] | None:
    """The parts of a sender line over the address window (``Name · Street 1 · 12345 Town``; or parted by
    dashes, or by commas after a name ending in its legal form, ``Kaltenbach UG, Lindenweg 7, 79098
    Freiburg``, or before a street and a postcode): a name, then an address among the rest; None for any
    other line."""
    text = text.strip()
    for separator, least in ((SEPARATED, 2), (DASHED, 3), (COMMA, 3)):
        parts = separator.split(text)
        if len(parts) < least or (separator is not SEPARATED and ":" in parts[0]) \
                or (separator is COMMA and not _sender_by_commas(parts)):
            continue  # (Kunde: Bäckerei Frei GmbH, Dorfstrasse 2, 8400 Winterthur: the customer's field)
        if _name_like(parts[0]) and any(_is_address_line(part) for part in parts[1:]):
            return parts
    return None


def _sender_by_commas(parts: list[str]) -> bool:
    """Commas part an address too: they part a sender line after a name ending in its legal form, or as a
    name, a street and a postcode and town (``Fotostudio Lenz, Lindenweg 7, 79098 Freiburg``) — not the
    addressee's own line (``Spett.le Libreria Verdi, Via Po 3, 10124 Torino``)."""
    if _ends_with_form(parts[0]):
        return True
    return len(parts) == 3 and bool(STREET_NUMBER.match(parts[1])) and bool(TOWN_AFTER_CODE.fullmatch(parts[2])) \
        and not BUYER_LABEL.match(parts[0]) and not ADDRESSED.match(parts[0])


DATE_LABELS = {without_accents(label) for label in labels("receipt_date_anchors") + labels("invoice_date_anchors")}
# a field's label alone in a cell, its value under it (Amount due, Due date): never part of a name beside it
FIELD_LABELS = DATE_LABELS | {without_accents(label) for label in labels("invoice_total_anchors") + labels("due_date_anchors")}


def _sender_cell(line: TextLine) -> TextLine:
    """A header row printed in two columns, the sender on the left and the document's own fields on
    the right (``Acme Roofing LLC   Invoice #  10457``): its left cell; a sender line over the address
    window (``Name · Street 1 · 12345 Town``): its name; other lines as they are."""
    if parts := _sender_parts(line.text):
        return line.with_text(parts[0])  # "Büromarkt Schneider OHG · Königstraße 20 · 70173 Stuttgart"
    cells = COLUMNS.split(line.text.strip())
    if len(cells) < 2:
        return line
    rest = "  ".join(cells[1:])
    if find_dates(rest) and without_accents(cells[0].strip(" :").upper()) in DATE_LABELS:
        return line  # a date's label and the date (Buchungsdatum  21.11.2025): no name
    if _name_like(cells[0]) and all(without_accents(cell.strip(" :").upper()) in FIELD_LABELS for cell in cells[1:]):
        return line.with_text(cells[0])  # (Quinn Design Studio  Amount due: the amount printed under its label)
    if (NOT_COMPANY.search(rest) or re.search(r"[:#]", rest) or find_dates(rest)) and _name_like(cells[0]) \
            and (not _name_like(line.text) or _holds_heading(rest, BUYER_LABEL)):
        return line.with_text(cells[0])  # (SARL Garage du Centre  Facturé à :)
    if len(cells) == 2 and FIELD_START.match(cells[0]) and _name_like(cells[1]) and not FIELD_START.match(cells[1]):
        return line.with_text(cells[1])  # the fields' column, then the sender's (Invoice Date  Ironbark Carpentry)
    if _name_then_street(cells):
        return line.with_text(cells[0])  # a name to its legal form, its street across (De Wit B.V.  Havenweg 18)
    return line


def _name_then_street(cells: list[str]) -> bool:
    """A row of a name that ends in its legal form and a street across from it (``Bouwbedrijf De Wit
    B.V.  Havenweg 18``): the letterhead's name, its address in the other column."""
    return len(cells) == 2 and _street_line(cells[1]) and _ends_with_form(cells[0])


def _street_like(text: str) -> bool:
    """Words that may name a street or a place over a postcode line (``Route de Paris``, ``V&A WATERFRONT``):
    letters, no company form, no other field."""
    return bool(re.fullmatch(r"[^\W\d_][\w&'./ -]{2,40}", text.strip())) and not (
        COMPANY_SUFFIXES.search(text) or NOT_COMPANY.search(text) or OTHER_FIELD.match(text) or FIELD_START.match(text))


PLACE_PAIR = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_'.-]+(?:[ -][^\W\d_][^\W\d_'.-]+)?,\s*"
                        r"[^\W\d_][^\W\d_'.-]+(?:[ -][^\W\d_][^\W\d_'.-]+)?\.?")


def _place_pair(text: str) -> bool:
    """A locality and its town, nothing else (``Maharajgunj, Kathmandu``): where no postcode or street word
    is printed, as in much of South Asia and Africa."""
    return bool(PLACE_PAIR.fullmatch(text.strip())) and not (COMPANY_SUFFIXES.search(text) or NOT_COMPANY.search(text))


def _header_stop(text: str) -> re.Match[str] | None:
    """Where a line's address part ends: a phone number or an address-stop label (TEL, FAX, GST ID...)."""
    return ADDRESS_STOP.search(text) or PHONE_RE.search(text) or _phone_only(text) or NANP_PHONE.search(text)


def _closes_header(text: str) -> bool:
    """A line that ends a shop's header block: a phone, a tax id or registration, another field's label, a date."""
    return bool(_header_stop(text) or _registration(text) or OTHER_FIELD.match(text) or find_dates(text))


def _street_line(text: str) -> bool:
    """A street and its number, either way round (``Damrak 50``, ``12 AV DE LA REPUBLIQUE``)."""
    return bool(STREET_NUMBER.match(text.strip()) or HOUSE_NUMBER_FIRST.match(text))


def _street_named(text: str) -> bool:
    """A street whose name holds a company word (``22 Corporation Street``, ``5 Market Road``): an address,
    not the business (a name with a number and no street word stays one: 99 SPEED MART)."""
    return _street_line(text) and bool(ADDRESS_WORDS.search(text)) and not TERMINAL_SUFFIX.search(_company_line(text))


def _one_word_and_form(text: str) -> bool:
    """``Markt GmbH``: a single word before a legal form that ends the name."""
    form = TERMINAL_SUFFIX.search(_company_line(text))
    return form is not None and len(_company_line(text)[:form.start()].split()) == 1


def _brand(text: str) -> bool:
    """A first line of one word, no digits, no company form: a brand (``REWE``)."""
    return _name_like(text) and len(text.split()) == 1 and not re.search(r"\d", text) \
        and not COMPANY_SUFFIXES.search(text) and not COMPANY_PREFIXES.match(text)


def _name_is_above(lines: list[TextLine], anchor: int, before: list[int]) -> bool:
    """The line over the address is not the name but something under it: the street ("Damrak 50",
    "12 AV DE LA REPUBLIQUE" over the postcode), the outlet ("Woolworths Bondi Junction" under
    "WOOLWORTHS"), or what the business on the line above does ("Grafikdesign" under "Anna Schmidt"; a
    store's name under its brand, LOBLAWS over Maple Leaf Gardens)."""
    text, first = lines[anchor].text, lines[before[-1]].text.strip()
    return bool(_street_line(text) or _outlet_of(text, lines[before[-1]].text)
                or (before == [anchor - 1] and (not re.search(r"\d", first) or _numbered_name(first))
                    and not text.upper().startswith(first.upper())))


PREFIXES_ONLY = re.compile(rf"(?:(?:{alternatives('company_prefixes')})\s*)+", re.I)  # a line of only those words


def _vendor_span(lines: list[TextLine]) -> tuple[int, int] | None:
    """Where the issuer's name is among the lines as read: a sender line over the address window counts
    by its name, and the addressee under it is not the issuer."""
    return _company_span(_with_sender_cells(lines), skip=_addressee(lines[:8]))


def _company_span(lines: list[TextLine], top: int = 8, skip: set[int] | None = None) -> tuple[int, int] | None:
    """Indexes [start, end) of the lines holding the business name (not those in ``skip``)."""
    head = lines[:top]
    owners = _owners(head) | (skip or set())
    anchor = next((i for i, line in enumerate(head) if _name_like(line.text) and i not in owners
                   and (COMPANY_SUFFIXES.search(line.text) or COMPANY_PREFIXES.match(line.text))
                   and not UNIT_NUMBER.search(line.text) and not _street_named(line.text)), None)
    if anchor and (first := next((i for i in range(anchor) if i not in owners and _name_like(lines[i].text)
                                  and not find_dates(lines[i].text) and not ADDRESSED.match(lines[i].text)), None)) is not None \
            and any(_is_address_line(cell := COLUMNS.split(line.text.strip())[0]) or _street_line(cell)
                    for line in lines[first + 1:first + 4]) \
            and (under := _block_under(lines, first, first + 1)) is not None and under[0] == anchor:
        anchor = first  # Hilton Munich Park over its address, then Vogel Consulting GmbH's block: the customer's
    if anchor is None:
        candidates = [i for i, line in enumerate(head) if i not in owners and not find_dates(line.text)
                      and not ADDRESSED.match(line.text)  # (Ms Hannah Clarke: the addressee, over her address)
                      and not LABEL_AND_CODE.match(line.text)  # (Account  A-3F9C21D7: a field)
                      and (_name_like(line.text) or (i == 0 and _numbered_name(line.text)))]  # (BUCHUNGSDATUM  21.11.2025)
        if not candidates:
            return None
        # a name is usually followed by its registration number or the address
        anchor = next((i for i in candidates if i + 1 < len(lines) and (
            _registration(lines[i + 1].text) or "NO" in lines[i + 1].text.upper()[:8]
            or _is_address_line(lines[i + 1].text))), candidates[0])
        before = [i for i in candidates if i < anchor]
        while before and _name_is_above(lines, anchor, before):  # the street, then the outlet over it
            anchor, before = before[-1], before[:-1]
    if anchor and _name_like(brand := lines[anchor - 1].text) and \
            (outlet := _after_brand(lines[anchor].text, brand)) and OUTLET_NUMBER.match(outlet):
        anchor -= 1  # TARGET over Target Store T-1234: the brand, then its outlet
    if anchor + 1 < len(head) and (_legal_form_of(lines[anchor + 1].text, lines[anchor].text)
                                   or _initials_of(lines[anchor].text, lines[anchor + 1].text)):
        anchor += 1  # CARING PHARMACY over CARING PHARMACY RETAIL MANAGEMENT SDN BHD: the brand's legal name (JMC
        # over J. Martinez Construction: a logo's initials over the name)
    start = anchor
    while (start > 0 and start > anchor - 2 and _continues_previous(lines[start].text, lines[start - 1].text)
           and _name_like(lines[start - 1].text)):
        start -= 1
    if start == anchor == 1 and _one_word_and_form(lines[1].text) and _brand(lines[0].text) \
            and _after_brand(lines[1].text, lines[0].text, first_word=True) is None:
        start = 0  # "REWE" over "Markt GmbH": one word and a legal form is the tail of the brand's name
        # (not the brand's own: DigitalOcean over DigitalOcean, LLC)
    end = anchor + 1
    while end < len(lines) and end - start < 3:
        text = lines[end - 1].text.strip()
        if TERMINAL_SUFFIX.search(_company_line(text)) or _company_line(text) != re.sub(r"\s+", " ", text).strip(" ,"):
            break  # "... SDN BHD" or a registration number ends the name
        following = lines[end].text.strip()
        if OUTLET_NUMBER.match(following):
            break  # McDONALD'S over RESTAURANT #12345: the outlet's number, no part of the name
        unfinished = text.endswith(("&", "(", "-")) or text.count("(") > text.count(")") \
            or bool(PREFIXES_ONLY.fullmatch(text))  # SYARIKAT PERNIAGAAN over CHIN HIN HARDWARE
        suffix_only = re.fullmatch(r"(?:\(M\)\s*)?(SDN\.?\s*BHD\.?|S/B|BHD|BERHAD|LTD\.?|INC\.?)", _company_line(following), re.I)
        if (unfinished or suffix_only or _continues_previous(following, text)) and _name_like(following):
            end += 1
        else:
            break
    return start, end


def _initials_of(logo: str, name: str) -> bool:
    """The logo is the name's initials (``JMC`` over ``J. Martinez Construction``)."""
    words = re.findall(r"[^\W\d_]+", name)
    return 2 <= len(logo.strip()) <= 5 and logo.strip().isupper() and logo.strip().isalpha() \
        and logo.strip() == "".join(word[0] for word in words if word[0].isupper())


def _legal_form_of(text: str, brand: str) -> bool:
    """The line is the brand's own name continued to a legal form that ends it (CARING PHARMACY over
    CARING PHARMACY RETAIL MANAGEMENT SDN BHD). A brand sharing only its first word (BECON STATIONER over
    BECON ENTERPRISE SDN BHD, Apple Store over Apple Distribution International Ltd.) is not: which one
    to book is the reader's call, and it is flagged."""
    return _after_brand(text, brand) is not None and bool(TERMINAL_SUFFIX.search(_company_line(text)))


def _thanked(lines: list[TextLine]) -> Found | None:
    """The shop a footer thanks you for visiting (``Thank you for shopping at Whole Foods Market``)."""
    for line in reversed(lines):
        for pattern in THANKS:
            if (match := pattern.search(line.text.strip())) and _name_like(name := match.group(1).strip(" ,")):
                return Found(name, name, line.text, 0.75)
    return None


def _with_sender_cells(lines: list[TextLine]) -> list[TextLine]:
    """The top lines with a two-column header row or a sender line cut to the sender (``_sender_cell``)."""
    return [_sender_cell(line) for line in lines[:8]] + lines[8:]


def extract_company(lines: list[TextLine], **_: Any) -> Found | None:
    addressee = _addressee(lines[:8])
    raw, lines = lines, _with_sender_cells(lines)
    span = _company_span(lines, skip=addressee)
    if span is None:  # no name at the top: the one a footer thanks you for visiting, or its legal line
        return _thanked(lines) or _footer_company(lines)
    start, end = span
    if under := _block_under(raw, start, end):
        addressee.add(under[0])  # the customer's block under the vendor's is no second issuer
    if (buyer := _block_name(raw, BUYER_LABEL, SELLER_LABEL)) and not start <= buyer[1] < end:
        addressee.add(buyer[1])  # nor the name in the block a Bill to heading opens, beside the vendor's
    parts = [_company_line(TAX_ID_TAIL.sub("", lines[i].text)) for i in range(start, end)]  # (NV - BTW BE 0400.378.485)
    name = " ".join(p for p in parts if p)
    if terminal := next((m for m in TERMINAL_SUFFIX.finditer(name) if not (
            re.match(r"\s*&", name[m.end():]) or LAST_FORM.fullmatch(name, m.end()))), None):
        name = name[:terminal.end()]  # registration numbers or noise printed after "SDN BHD" (not "GmbH & Co. KG",
        # nor the form's last word: LTD. ŞTİ.)
    name = FIELD_LABEL.sub("", name)  # Razón Social: PAMPA INSUMOS S.R.L.
    name = re.sub(r"\bS[DO0B]N(\.?)\s*[B83]H[DUO0](\.?)(?=\W|$)", r"SDN\1 BHD\2", name)
    name = _as_printed(re.sub(r"\s{2,}", " ", name).strip())
    if name.startswith("(") and ")" not in name:
        name = name[1:].strip()  # "(Jaya Grocer Sdn Bhd 200701020345)": its registration number cut, then its "("
    confidence = 0.9 if COMPANY_SUFFIXES.search(name) else 0.6
    found = Found(name, name, " / ".join(lines[i].text for i in range(start, end)), confidence)
    if other := _other_business(lines, start, end, name, addressee):
        found.confidence, found.doubt = 0.45, f"the header names another business too ({other}): check which one issued it"
    elif apart := next((cells for i in range(start, end) if (cells := _columns_apart(lines[i]))
                        and not all(BUYER_LABEL.fullmatch(c.strip(" :")) for c in cells[1:])), None):
        # (a buyer's heading beside it, "Cloudnote, Inc.  ...  Bill to", is no other business)
        found.confidence = 0.45
        found.doubt = f"its line holds two columns ({' | '.join(apart)}): check which is the business"
    elif start == 0 and _numbered_name(lines[0].text) and (number := lines[0].text.split()[-1]) not in name:
        found.confidence = 0.45
        found.doubt = f"the first line ends in {number}: a store number, or part of the name ({lines[0].text.strip()})?"
    elif confidence < 0.9 and (above := _passed_over(lines, start, name)):
        found.confidence = 0.45
        found.doubt = f"a line above it ({above}) may be the business: check which one it is"
    elif confidence < 0.9 and start >= 4 and not _named_again(lines, start, name):
        found.confidence = 0.45  # shops print their name first; four lines down, with no company form, a guess
        found.doubt = f"read on line {start + 1}, not at the top: check it is the business"
    return found


def _passed_over(lines: list[TextLine], start: int, name: str) -> str | None:
    """A line above a name that has no company form, which could itself be the name (``WOOLWORTHS``
    over ``V&A WATERFRONT``): shops print their name first, so a name read lower down is a guess —
    unless the page names it again further down (``Thank you for shopping at ...``)."""
    owners = _owners(lines[:start])
    above = next((lines[i].text.strip() for i in range(start) if _name_like(lines[i].text) and i not in owners), None)
    if above is None or re.sub(r"\W", "", above.upper()) in re.sub(r"\W", "", name.upper()) or _initials_of(above, name):
        return None  # "OXXO" over "CADENA COMERCIAL OXXO SA DE CV": the brand over its company (or its initials)
    return None if _named_again(lines, start, name) else above


def _named_again(lines: list[TextLine], start: int, name: str) -> bool:
    """The name's longest word printed again further down (``Thank you for shopping at ...``)."""
    key = max(re.findall(r"[^\W\d_]{4,}", name.upper()), key=len, default="")
    return bool(key) and any(key in line.text.upper() for line in lines[start + 3:])


def _columns_apart(line: TextLine) -> list[str] | None:
    """The cells of a line printed in two columns far apart (the sender's and the recipient's names
    side by side: ``Adatum Corporation ... CRONUS DE``), or None."""
    cells = line.positioned_cells()
    if len(cells) < 2 or line.box is None:
        return None
    height = max(1.0, line.box[3] - line.box[1])
    gaps = [b[1] - a[2] for a, b in zip(cells, cells[1:])]
    return [text for text, _, _ in cells] if max(gaps) > 6 * height else None


def _letters(text: str) -> str:
    """A name's letters only, in capitals: the same name however spaced and punctuated."""
    return re.sub(r"[^A-Z]", "", text.upper())


def _addressee(lines: list[TextLine]) -> set[int]:
    """Indexes of the name under a sender line over the address window (``Acme Ltd. • 42 Milky Way •
    Faraway`` over ``Globex Corp.``): the business the letter goes to, not a second issuer."""
    return {i + 1 for i in _sender_lines(lines[:-1])}


# a street, its number and the postcode and town in one part (OCR read the dot between them as a full stop:
# Landgrabenweg 151.53227 Bonn)
STREET_AND_TOWN = re.compile(r"[^\W\d_]{3,}\.?\s\d{1,4}[A-Za-z]?\W{1,2}\d{4,5}\s[^\W\d_]{3,}")


def _sender_lines(lines: list[TextLine]) -> list[int]:
    """Indexes of the sender lines over an address window (a name, a street, a town)."""
    return [i for i, line in enumerate(lines) if len(parts := _sender_parts(line.text) or []) >= 3
            or (len(parts) == 2 and STREET_AND_TOWN.search(parts[1]))]


def _other_business(lines: list[TextLine], start: int, end: int, name: str, addressee: set[int],
                    top: int = 8) -> str | None:
    """Another line among the top ones that reads as a business name (a company suffix, not the tail
    of the name read): a franchise's operator under its brand, a shop "owned by" a company, or a name
    cut short. A line repeating the name (the sender line above the address), or the brand it continues to
    a legal form, is the same business; the name under a sender line (the addressee, `addressee`) is the
    customer.
    SROIE dev: fires on 3 receipts, 2 of them with the wrong merchant."""
    owners = _owners(lines[:top]) | addressee
    for i in range(min(top, len(lines))):
        text = lines[i].text
        if start <= i < end or i in owners or not _name_like(text) or not COMPANY_SUFFIXES.search(text) \
                or _letters(name) in _letters(text) or _legal_form_of(name, text) \
                or (_street_line(text) and ADDRESS_WORDS.search(text)) or ADDRESS_WORDS.match(text.strip()) \
                or UNIT_NUMBER.search(text) or UNIT_START.match(text) or names_item_columns(lines[i]):
            continue  # (12 Main Street, Naas, Co. Kildare: a county, not a company; Polígono Store, nave 14: an
            # address's first word; Unit 3 Canal Side Trading
            # Estate: a unit's address; Product  Service Term  Qty  Net Amount: the item table's header)
        if not _continues_previous(text, lines[i - 1].text if i else ""):
            return _company_line(text)
    return None


UNIT_START = re.compile(r"^\s*(?:UNIT|SUITE|SHOP|FLAT|LOT|BLK|BLOCK)\s*(?:NO\.?)?\s*\d", re.I)  # Unit 3 ...: an address
# a shop, suite, flat, plot or house number starting a line (Shop 12, Defence Colony Market; Suite 200)
UNIT_FIRST = re.compile(r"^\s*SHOP\s*(NO\.?)?\s*\d+[A-Z]?\s*,|^\s*(SUITE|FLAT|PLOT|HOUSE)\s*(NO\.?)?\s*\d+[A-Z]?\s*(,|$)",
                        re.I)


def _is_address_line(text: str) -> bool:
    return bool(ADDRESS_WORDS.search(text) or POSTCODE.search(text)
                or re.match(r"^\s*\d+[A-Z]?\s*(?:,|-(?![^\W\d_]{3,}))|^\s*(NO|LOT|UNIT|BLK)\.?\s*:?\s*\d", text, re.I)
                or UNIT_FIRST.match(text) or MALL_UNIT.match(text))
    # (12-14 and 12-A start an address; 7-ELEVEN is a name; Shop 12, Defence Colony Market is an address,
    # Stall 05 Chicken Rice a stall's name)


MALL_UNIT = re.compile(r"^\s*[A-Z]{1,2}\d?-\d{1,4}(?:-\d{1,4})?[A-Z]?\s*,", re.I)  # a mall's unit: G-12, LG-23, L3-15,


PHONE_ONLY_RE = re.compile(r"^\s*\+?[\d\s()/-]{7,}\s*$")


def extract_address(lines: list[TextLine], max_lines: int = 6, spelling: bool = True, **_: Any) -> Found | None:
    """The lines after the business name, up to the phone / tax-id / invoice lines. After the
    postcode line only lines that still look like an address (a number, a street or place word) go on."""
    span = _vendor_span(lines)  # where extract_company finds the name
    start = span[1] if span else 0
    name = " ".join(lines[i].text for i in range(*span)) if span else ""
    found = _address_from(lines, start, max_lines, name) or (_address_from(lines, 0, max_lines) if start else None)
    if not found:
        return None
    address = SEPARATED.sub(" ", " ".join(found)).rstrip(" -")  # (Gartenstraße 9 · 70599 Stuttgart; 28033 Madrid - CIF)
    read = [line.confidence for line in lines if line.text.strip() in found]
    if spelling and not (read and all(c == 1.0 for c in read)):  # a text layer is as printed: Lange is no Lane
        page = page_currency(lines)
        address = repair(address, words=page is None or page[0] in LEXICON_CURRENCIES)
    confidence = 0.85 if POSTCODE.search(address) else 0.6
    return Found(address, address, " / ".join(found), confidence)


# a house or unit number; not 0,951 (an item's price, misread), a card's last digits (****4242) or a code's part
WHOLE_NUMBER = re.compile(r"(?<![\d,*-])(?<!\d\.)\d{1,5}(?![.,]?\d|-\d)")


def _address_from(lines: list[TextLine], start: int, max_lines: int, name: str = "") -> list[str]:
    collected: list[str] = []
    first: TextLine | None = None  # the address's first line, once found
    skipped = 0  # lines passed over before the address
    window = lines[start:start + 12]
    for at, line in enumerate(window):
        text = line.text.strip()
        below = window[at + 1].text if at + 1 < len(window) else ""
        over_postcode = bool(POSTCODE.search(below) or PLACE_LINE.search(below))
        # a line of just the postcode and town (10829 Berlin, CAPE TOWN 8001), no street of its own
        over_town = over_postcode and not (re.search(r"\d", PLACE_LINE.sub("", POSTCODE.sub("", below)))
                                           or ADDRESS_WORDS.search(below))
        stop = _header_stop(text)
        if stop and len(text[:stop.start()].strip(" .,:;")) > 3 and _is_address_line(text[:stop.start()]) \
                and not find_dates(text[:stop.start()]) and (
                collected or not _registration(text[:stop.start()])) and not (collected and PLACE_LINE.search(collected[-1])):
            collected.append(text[:stop.start()].strip(" ,;"))  # "81750 JOHOR BAHRU. TEL: 07-..." on one row
            break
        if first is not None and _beside(line, first):
            continue  # another column's line between two of the address's (Nº: 2025/0412 at the right)
        if collected:
            after_postcode = any(POSTCODE.search(c) for c in collected)
            postcode_alone = bool(re.fullmatch(r"\d{4,6}", text.strip(" .,")) and POSTCODE.search(text))  # 50450 / KUALA LUMPUR
            if stop or find_dates(text) or _amounts(text) or len(collected) >= max_lines \
                    or (_registration(text) and not postcode_alone) or ADDRESS_END.search(collected[-1]) \
                    or _registered_number(text):
                break
            if PLACE_LINE.search(collected[-1]):
                break  # Austin, TX 78704 ends a US address
            if after_postcode and not (_is_address_line(text) or collected[-1].endswith(",")  # a comma: it goes on
                                       or (WHOLE_NUMBER.search(text) and not OTHER_FIELD.match(text))):
                break
        elif (stop or _registration(text) or text.startswith("(") or find_dates(text) or _outlet_of(text, name)
              or ((OUTLET_NUMBER.match(text) or STORE_NUMBER.match(text))
                  and not (ADDRESS_WORDS.search(text) or UNIT_FIRST.match(text)))  # Store 08231; not Shop 12, ...
              or _labelled_other(text)
              # a street: a line that reads as one right under the name or over the postcode's (Sachsendamm 47
              # over 10829 Berlin), or words over a line of just the postcode and town (Route de Paris)
              or not (_is_address_line(text) or ((not skipped or over_postcode) and _street_line(text))
                      or (over_town and _street_like(text)) or (not skipped and _place_pair(text) and _closes_header(below)))
              or TERMINAL_SUFFIX.search(text)):
            skipped += 1
            continue
        if not collected:
            first = line
        collected.append(text)
    return collected


def _registered_number(text: str) -> bool:
    """The line gives the business's registration (``SAS au capital de 20 000 € - RCS Marseille 812 345 678``,
    ``HRB 382114 Amtsgericht Stuttgart``): a legal mark with its number, no part of an address."""
    return any(re.search(r"\d", text[mark.end():mark.end() + 20]) for mark in LEGAL_MARK.finditer(text))


def _left_aligned(line: TextLine, other: TextLine) -> bool:
    """The line starts where the other does, give or take two line heights (or positions are unknown)."""
    if line.box is None or other.box is None:
        return True
    return abs(line.box[0] - other.box[0]) <= 2 * max(1.0, other.box[3] - other.box[1])


def _beside(line: TextLine, other: TextLine) -> bool:
    """The two lines stand side by side, in columns that do not overlap (positions known)."""
    return line.box is not None and other.box is not None and (line.box[0] > other.box[2] or line.box[2] < other.box[0])


# a party's tax id printed after its name on the same line
TAX_ID_TAIL = re.compile(r"\s*[-–,(]?\s*\b(?:CIF|NIF|NIPC|VAT(?:\s*(?:NO|REG(?:\s*NO)?|ID))?\.?|TVA|UST-?ID(?:NR)?\.?|MWST|BTW|"
                         r"P\.?\s?IVA|CUIT|RUT|RUC|CNPJ|GSTIN|ABN|TRN|KVK|SIRE[NT])[\s.:#]*[A-Z]{0,3}[\s-]?\d[\d\s./-]{5,}"
                         r"(?:[A-Z]\d\d|[A-Z\d])?\)?\s*$", re.I)  # (a Dutch VAT id ends in B01)
LABELLED = re.compile(r"^\s*([^\W\d_](?:[^\W\d_]|[./ -]){0,20}?)\s*:")


def _labelled_other(text: str) -> bool:
    """A line led by a label of another field (``To: 10 King St``, a taxi's drop-off), not by an address
    word (``NO: 28, JALAN ASTANA``) or an address label (``Anschrift:``)."""
    label = LABELLED.match(text)
    return label is not None and not (ADDRESS_WORDS.search(label.group(1)) or ADDRESS_FIELD.match(text))


def extract_phone(lines: list[TextLine], **_: Any) -> Found | None:
    for line in lines[:15]:
        match = PHONE_RE.search(line.text)
        if match:
            raw = match.group(1).strip()
            return Found(raw, raw, line.text, 0.85)
    return None




def _label_re(name: str) -> re.Pattern[str]:
    """A list of labels as one pattern; an accented letter matches its plain letter too (OCR drops
    accents: ``Dodávatel`` for ``Dodávateľ``)."""
    def accent_tolerant(word: str) -> str:
        return "".join(f"[{re.escape(c)}{re.escape(plain)}]" if (plain := without_accents(c)) != c else re.escape(c)
                       for c in word)
    words = sorted(labels(name), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(" + "|".join(accent_tolerant(w) for w in words) + r")(?![^\W\d_])", re.I)


SELLER_LABEL = _label_re("seller_labels")
BUYER_LABEL = _label_re("buyer_labels")
ADDRESS_FIELD = re.compile(f"^\\s*(?:{'|'.join(re.escape(w) for w in labels('address_labels'))})\\s*:\\s*", re.I)
POSTCODE_ANY = re.compile(r"\b(?:[A-Z]{1,2}[- ]?)?\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")  # 37079, DE 37079, EH6 6LD
SALUTATION = re.compile(f"(?:{'|'.join(re.escape(w) for w in labels('salutations'))})", re.I)
LABEL_AND_CODE = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s{2,}(?=\S*\d)\S+\s*$")  # Account  A-3F9C21D7
ADDRESSED = re.compile(rf"^\s*(?:{SALUTATION.pattern})\s+[^\W\d_]", re.I)  # a name after a salutation (Ms, M., De heer)
FIELD_LABEL = re.compile(r"^\s*(?:" + _label_re("name_labels").pattern + r")\s*[:：]\s*"
                         r"|^\s*(?:" + _label_re("name_labels_spaced").pattern + r")\s+", re.I)
OTHER_FIELD = re.compile(r"^\s*[^\W\d_][\w./ -]{0,30}:")  # "Nummer: 549910", "Anschrift: ...": not the name
ID_FIELD = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s+\d[\d./-]{6,}\s*$")  # a label and an id, no colon
COLUMNS = re.compile(r"\s{2,}")


def extract_buyer(lines: list[TextLine], **_: Any) -> Found | None:
    """Who is billed: the name in the block a buyer label opens (``Bill to``, ``Käufer``, ``Adresse du
    client``...), or nothing — the words after a label that merely holds a buyer word (``Referenz des
    Käufers: BT-10``) are not a name. Without a label, the name an honorific follows (``株式会社さくら商事
    御中``)."""
    if found := _named_in_block(lines, BUYER_LABEL, SELLER_LABEL):
        return found
    for line in lines[:20]:
        if (mark := ADDRESSEE.search(line.text.strip())) and (name := line.text.strip()[:mark.start()].strip()):
            return Found(name, name, line.text, 0.8)
    if found := _under_sender_line(lines):
        return found
    if attention := _attention_block(lines):
        index, span = attention[0]
        name = _cell_in(lines[index], span)
        return Found(name, name, lines[index].text, 0.75)
    block = _block_across(lines)
    if block:
        return Found(lines[block[0]].text.strip(), lines[block[0]].text.strip(), lines[block[0]].text, 0.7)
    span = _vendor_span(lines)
    if span is not None and (under := _block_under(lines, *span)) is not None:
        return Found(under[1], under[1], lines[under[0]].text, 0.7)
    return None


def _cells_starting_at(line: TextLine, left: float, tolerance: float) -> list[str]:
    """The line's cells that start where a column does, give or take ``tolerance`` (by position)."""
    return [text for text, cell_left, _ in line.positioned_cells() if abs(cell_left - left) <= tolerance]


def _block_under(lines: list[TextLine], start: int, end: int, top: int = 20) -> tuple[int, str] | None:
    """(index, name) of an unlabelled address block under the vendor's own, in its column, set apart
    from it by a gap (Invoice Ninja, WooCommerce, e-conomic and Tripletex print the customer's there:
    ``Copperline Web Co.`` / ``410 Pearl Street`` / ... then ``Bookhaven Cafe LLC`` / ``1880 Folsom St`` /
    ``Boulder, CO 80302``): a name, then lines holding an address and a postcode or place. Positions
    are needed: without them a block cannot be told from the vendor's next lines."""
    head = lines[start].positioned_cells() if start < len(lines) else []
    box = lines[start].box if start < len(lines) else None
    if box is None:
        return None
    left, height = head[0][1] if head else box[0], max(1.0, box[3] - box[1])  # (a line cut to its name: its box)
    column: list[tuple[int, str, float, float]] = []  # (index, cell text, top, bottom) in the vendor's column
    if (last := lines[end - 1].box) is not None:
        column.append((end - 1, "", last[1], last[3]))  # the name's last line: the first block is set apart from it
    for index in range(end, min(len(lines), top)):
        line = lines[index]
        if line.box is None or names_item_columns(line) or _holds_heading(line.text, BUYER_LABEL, SELLER_LABEL):
            break
        cell = next(iter(_cells_starting_at(line, left, height)), None)
        if cell is not None:
            column.append((index, cell.strip(), line.box[1], line.box[3]))
    # a line's height as its shortest row gives it: a row shared with the other column, read from a skewed
    # scan, spans the height of both cells
    line_height = min([height] + [bottom - top_y for _, _, top_y, bottom in column if bottom > top_y])
    for at, (index, text, top_y, _) in enumerate(column):
        if at == 0 or top_y - column[at - 1][3] <= 1.5 * line_height:
            continue  # the vendor's own block goes on
        below = [cell for _, cell, _, _ in column[at + 1:at + 4]]
        if _name_like(text) and ":" not in text and not _is_address_line(text) and "@" not in text \
                and _letters(text) != _letters(lines[start].text) and len(below) >= 2 and not any(":" in c for c in below) \
                and any(POSTCODE.search(c) or PLACE_LINE.search(c) for c in below):
            return index, text
        return None  # the first block set apart is the customer's or none is
    return None


def _block_across(lines: list[TextLine]) -> list[int] | None:
    """The indexes of an unlabelled address block in the other column from the letterhead, near the top
    (Odoo prints the customer's at the right: ``Deco Addict`` over ``77 Santa Barbara Rd`` / ``Pleasant
    Hill CA 94523``): a name alone on its row, then lines aligned under it that hold an address and no
    field's label."""
    if not lines or not (head := lines[0].positioned_cells()):
        return None
    _, _, head_right = head[0]
    for index, line in enumerate(lines[1:12], start=1):
        cells = line.positioned_cells()
        if len(cells) != 1 or line.box is None:
            continue
        text, left, right = cells[0]
        height = max(1.0, line.box[3] - line.box[1])
        if left <= head_right + 3 * height or not _name_like(text) or text.strip() == lines[0].text.strip():
            continue  # (in the letterhead's column, or no name)
        # its cells under it (a row may hold the invoice's fields at the left too: Número:  A-2025/0388  41001 Sevilla)
        below = [(at, own[0]) for at in range(index + 1, min(len(lines), index + 5))
                 if (own := _cells_starting_at(lines[at], left, height))]
        if len(below) >= 2 and not any(":" in cell for _, cell in below) \
                and any(POSTCODE.search(cell) or PLACE_LINE.search(cell) for _, cell in below):
            return [index, *(at for at, _ in below)]
        return None  # the first lone line across is the block's or none is
    return None


def _under_sender_line(lines: list[TextLine]) -> Found | None:
    """The addressee of a letter-style invoice: the name under the sender line over the address window
    (``Müller GmbH · Industriestraße 5 · 80339 München`` over ``[Firma]`` / ``Bäckerei Huber KG``), its
    own cell where the row also holds the invoice's fields."""
    senders = _sender_lines(lines[:25])
    if not senders:
        return None
    index = senders[0]
    # in the sender line's column (not the letterhead's at the right: www.kraxi.com), past a salutation
    below = [other for other in lines[index + 1:index + 5] if _left_aligned(other, lines[index])]
    if below and SALUTATION.fullmatch(COLUMNS.split(below[0].text.strip())[0]):
        below = below[1:]  # (Frau  Ihre Rechnung: the salutation's cell, the row's other cell across)
    name = COLUMNS.split(below[0].text.strip())[0] if below else ""
    return Found(name, name, below[0].text, 0.75) if name and _name_like(name) else None


def _named_in_block(lines: list[TextLine], label_re: re.Pattern[str], other_re: re.Pattern[str]) -> Found | None:
    """The name in the block the label opens (see ``_block_name``)."""
    found = _block_name(lines, label_re, other_re)
    return found[0] if found else None


TO_WHOM = re.compile(r"\s(?:TO|FOR|À|A)$", re.I)


def _block_name(lines: list[TextLine], label_re: re.Pattern[str],
                other_re: re.Pattern[str]) -> tuple[Found, int, tuple[float, float] | None] | None:
    """(the name, the index of its line, the block's column span) in the block the label opens: after
    the label on its cell, else in the label's column on the next lines (by position where the reader
    gave it: a line holding only the other column's text has nothing in this one), skipping the
    block's other fields (``Nummer: 549910``) and taking the value of a ``Name:`` field. A salutation
    (``Herrn``) goes with the name after it."""
    for index, line in enumerate(lines[:40]):
        columns = COLUMNS.split(line.text.strip())
        column = next((i for i, text in enumerate(columns) if label_re.match(text)
                       or (_ends_with_label(text, label_re) and not other_re.match(text))), None)  # (Payable to)
        if column is None:
            continue  # a label starts (or ends) its column; "LE FOURNISSEUR" as a name is not one
        label = label_re.match(columns[column])
        after = columns[column][label.end():] if label else ""
        if (aside := re.fullmatch(r"\s*\((.+)\)\s*:?\s*", after)) and label_re.search(aside.group(1)):
            after = ""  # Details of Receiver (Billed to): one heading, two labels
        names_it = re.search(r"\b(NAME|NOM|NAAM|REP)\b", after, re.I)  # "SELLER TRADE NAME": the name is below
        if after.strip() and not after.lstrip().startswith((":", "/")) and not names_it \
                and not (label and TO_WHOM.search(label.group(0))):
            continue  # "Lieferant GmbH & Co. KG" is a name that starts with a label word, not a label (a label
            # ending in "for" or "to" is no name's start: Invoice for Greenway Housing Association)
        rest = after.strip(" :/")
        if other_re.fullmatch(rest):
            continue  # "From / To": a route's column (a ticket's flights), the block of neither party
        if label_re.match(rest):
            rest = ""  # "Käufer/Leistungsempfänger": two labels, no name
        span = _cell_span(line, column)
        candidates = [] if not rest or names_it else [(index, rest)]
        beside = columns[column + 1] if column + 1 < len(columns) else ""
        if not rest and not names_it and beside and not label_re.match(beside) and not other_re.search(beside) \
                and not OTHER_FIELD.match(beside) and not _heads_a_column(lines, index, column + 1):
            candidates.append((index, beside))  # "Aan  Bakkerij Jansen B.V.": the label's value in the next cell
        if "," in rest and not names_it:  # "Customer: Mrs J. Smith, 8 Elm Close, Reading": the name, its address
            candidates.insert(0, (index, rest.split(",")[0]))
        for at in range(index + 1, min(len(lines), index + 6)):
            following = lines[at]
            cell = _in_column(following, column, span)  # (the row may hold another block's field: Terms :  Net 15)
            if (OTHER_FIELD.match(cell) or ID_FIELD.match(cell)) and not FIELD_LABEL.match(cell):
                continue  # "Nummer: 549910", "등록번호 123-45-67890": another field of the block, not the name
            if _holds_heading(following.text, label_re, other_re) or names_item_columns(following):
                break  # the next block's heading, or the item table's
            candidates.append((at, cell))
        pending = ""
        for at, candidate in candidates:
            name = FIELD_LABEL.sub("", candidate).strip(" ,")
            if name == candidate.strip(" ,") and label_re.match(name):
                continue  # "SELLER TRADE NAME": another heading, unless a "Name:" field holds it
            if SALUTATION.fullmatch(name):
                pending = name + " "
                continue
            name = TAX_ID_TAIL.sub("", name)  # "Distribuciones Norte S.A. - CIF A-12345678": the name
            if name and _name_like(name) and not other_re.search(name):
                if name != candidate.strip(" ,") and (first := _wrapped_above(lines, at)):
                    name = first + " " + name  # "MVM Musterhafter" over "Name:  Versicherungsverein ..."
                name = pending + name
                confidence = 0.9 if COMPANY_SUFFIXES.search(name) else 0.75
                name = _as_printed(name)
                return Found(name, name, line.text + " / " + candidate, confidence), at, span
    return None


def _wrapped_above(lines: list[TextLine], at: int) -> str:
    """The first line of a value printed on two lines beside its ``Name:`` label, which stands level
    with the second (labels centred on their value): the line just above, starting where the value
    does, holding no field of its own. Empty when the reader gave no positions."""
    line, above = lines[at], lines[at - 1] if at else None
    cells = line.positioned_cells()
    if above is None or above.box is None or line.box is None or len(cells) < 2:
        return ""
    height = line.box[3] - line.box[1]
    text = above.text.strip()
    if abs(above.box[0] - cells[1][1]) > height or line.box[1] - above.box[3] > height \
            or OTHER_FIELD.match(text) or SALUTATION.fullmatch(text) or not _name_like(text):
        return ""
    return text


ATTENTION = re.compile(r"^\W*(?:" + alternatives("attention_marks") + r")(?![^\W\d_])", re.I)


def _attention_block(lines: list[TextLine]) -> list[tuple[int, tuple[float, float] | None]]:
    """The addressee's block an attention line marks, though no label heads it (Xero prints the customer's
    at the left, its own at the right: ``Harbour Joinery Pty Ltd`` over ``Attention: Accounts`` / ``12 Wharf
    St``): (line index, the block's span across the page, None without positions) for its name, the
    attention line and the address lines under it."""
    for index, line in enumerate(lines[1:25], start=1):
        cells = line.positioned_cells() or [(line.text.strip(), 0.0, 0.0)]
        for text, left, right in cells:
            if not ATTENTION.match(text.strip()):
                continue
            span = (left, right) if line.positioned_cells() else None
            above = _cell_in(lines[index - 1], span)
            if not above or not _name_like(above) or FIELD_LABEL.match(above + " "):
                return []
            block = [(index - 1, span), (index, span)]
            for at in range(index + 1, min(len(lines), index + 5)):
                if not (cell := _cell_in(lines[at], span)):
                    continue  # another column's row between the block's
                if ":" in cell or find_dates(cell) or _amounts(cell):
                    break
                block.append((at, span))
                if POSTCODE.search(cell):
                    break
            return block
    return []


def _cell_in(line: TextLine, span: tuple[float, float] | None) -> str:
    """The line's text in the span (its first cell under it), or the whole line without positions."""
    if span is None:
        return line.text.strip()
    under = line.cells_over(*span)
    return under[0][0].strip() if under else ""


def _without_span(line: TextLine, span: tuple[float, float] | None) -> TextLine | None:
    """The line without its cells in the span (None when nothing is left, or without positions)."""
    if span is None:
        return None
    kept = [(text, left, right) for text, left, right in line.positioned_cells() if not (left < span[1] and span[0] < right)]
    if not kept:
        return None
    return TextLine(CELL_GAP.join(text for text, _, _ in kept), line.box, line.confidence,
                    tuple((left, right) for _, left, right in kept))


def _without_buyer(lines: list[TextLine]) -> list[TextLine]:
    """The lines without the buyer's block (its label and the four lines after it, but a sender line:
    ``Wäscherei Blank GmbH · Gewerbestr. 9 · 82131 Gauting``). A salutation alone on its line (``Firma``,
    ``Herrn``) opens the addressee's block as a label does; the name under a sender line is the addressee's, and
    so is an unlabelled address block across from the letterhead."""
    kept, skip_until = [], -1
    addressee = _under_sender_line(lines)
    across = set(_block_across(lines) or []) if addressee is None else set()
    attention = dict(_attention_block(lines)) if addressee is None else {}
    for index, line in enumerate(lines):
        if index in across:
            continue  # the customer's block across from the letterhead
        if index in attention and (line := _without_span(line, attention[index])) is None:  # type: ignore[assignment]
            continue  # the addressee's block an attention line marks, the row's other cells kept
        if BUYER_LABEL.match(line.text.strip()) or SALUTATION.fullmatch(line.text.strip()):
            skip_until = index + 4
        if addressee is not None and line.text == addressee.line:  # the addressee's name out, the row's other cells kept
            line = line.with_text(line.text.strip()[len(addressee.value):].strip())
        if index > skip_until or (SEPARATED.search(line.text) and COMPANY_SUFFIXES.search(line.text)):
            kept.append(line)  # (the sender line over the address window is the seller's, wherever it sits)
    return kept


def _holds_heading(text: str, *label_res: re.Pattern[str]) -> bool:
    """Whether a cell of the line is a block's heading for one of the label sets."""
    return any(_heading(cell, label_re) for cell in COLUMNS.split(text.strip()) for label_re in label_res)


def _heading(text: str, label_re: re.Pattern[str]) -> bool:
    """A block's heading: the label alone (``Verkäufer``, ``Bill to:``, ``Käufer/Leistungsempfänger``);
    "LE FOURNISSEUR" is a name."""
    label = label_re.match(text)
    return bool(label and (not text[label.end():].strip(" :/") or label_re.fullmatch(text[label.end():].strip(" :/"))))


def _ends_with_label(text: str, label_re: re.Pattern[str]) -> bool:
    """``Adresse du Client``: a block heading that ends with the label."""
    ends = [match.end() for match in label_re.finditer(text)]
    # ("Kunde:" is a field; Details of Receiver (Billed to) a heading)
    return bool(ends) and not text[ends[-1]:].strip(" )") and len(text) <= 40


def _heads_a_column(lines: list[TextLine], index: int, column: int) -> bool:
    """The cell is the top of a block of its own (``Customer  Golden Hour Florals`` over ``Willow Creek
    Events  2210 E Burnside St``: the sender's block at the right starts beside the label), by position:
    the next line has a cell starting where it starts, and one under the label's cell."""
    cells = lines[index].positioned_cells()
    below = lines[index + 1].positioned_cells() if index + 1 < len(lines) else []
    if column >= len(cells) or not below:
        return False
    left, label_left = cells[column][1], cells[column - 1][1]
    box = lines[index].box  # (aligned: within a quarter of a line's height, as OCR's boxes start a few pixels apart)
    near = max(2.0, 0.25 * (box[3] - box[1])) if box is not None else 2.0
    if any(abs(cell[1] - label_left) <= near and OTHER_FIELD.match(cell[0]) for cell in below):
        return False  # a form's rows of labels and values (Client:  Harbourside Ltd over Contact:  Gemma Price)
    return any(abs(cell[1] - left) <= near for cell in below) and any(abs(cell[1] - label_left) <= near for cell in below)


def _cell_span(line: TextLine, column: int) -> tuple[float, float] | None:
    cells = line.positioned_cells()
    return (cells[column][1], cells[column][2]) if column < len(cells) else None


def _in_column(line: TextLine, column: int, span: tuple[float, float] | None) -> str:
    """The text of ``line`` in the label's column: the cells under the label's span (starting under it,
    or centred under it as a centred header prints them) when positions are known, else the cell with
    the label's index (the last one on a shorter line). A column printed flush right (``Nabywca:`` over
    ``Cukiernia Słodki Róg s.c.``, both ending at the margin) has its cells end where the label ends."""
    cells = line.positioned_cells()
    if span is not None and cells:
        width = span[1] - span[0]
        under = [i for i, (_, left, right) in enumerate(cells)
                 if left < span[1] and right > span[0] - 1 and (left >= span[0] - 0.5 * width
                                                                 or span[0] <= (left + right) / 2 <= span[1]
                                                                 or abs(right - span[1]) <= 0.1 * width)]
        if under and FIELD_LABEL.fullmatch(cells[under[0]][0] + " "):
            under = list(range(under[0], len(cells)))  # "Name:" in the column, its value further right
        return "  ".join(cells[i][0] for i in under)
    return _column(FIELD_LABEL.sub("", line.text), column)


def _column(text: str, index: int) -> str:
    columns = COLUMNS.split(text.strip())
    return columns[min(index, len(columns) - 1)]


def extract_seller(lines: list[TextLine], **_: Any) -> Found | None:
    """The business that issued the document: the name in the block a seller label opens
    (``Seller``, ``Verkäufer``, ``Fournisseur``...: in the label's column, on its line or just below),
    else the business name among the top lines, leaving out the buyer's block (``Bill to``...)."""
    if found := _named_in_block(lines, SELLER_LABEL, BUYER_LABEL) or _sold_by(lines):
        return found
    # the buyer's name and address follow their label (a web shop named only in its footer: extract_company
    # falls back to the footer's legal line)
    found = extract_company(_without_buyer(lines))
    if found is not None and not TERMINAL_SUFFIX.search(found.value.upper()) and (legal := _legal_name(lines, found.value)):
        found.value = found.raw = legal  # BRIGHTSPARK / ELECTRICAL over "Brightspark Electrical Ltd, 9 Trade Park"
        found.confidence = max(found.confidence, 0.8)
    elif (found is None or not COMPANY_SUFFIXES.search(found.value)) and (footer := _legal_footer(lines)):
        return footer  # no business at the top (a web shop's logo is a picture, the first words the addressee's)
    return found


SELLER_PHRASE = re.compile(r"^\W*(?:" + "|".join(re.escape(p) for p in labels("seller_phrases")) + r")\s+(?=\S)", re.I)


def _sold_by(lines: list[TextLine]) -> Found | None:
    """The name a seller phrase starts a cell with (``Verkauft von Amazon EU S.à r.l.``, ``Order from
    LittleFernPrints``)."""
    for line in lines[:12]:
        for cell in COLUMNS.split(line.text.strip()):
            if (match := SELLER_PHRASE.match(cell)) and _name_like(name := _as_printed(cell[match.end():].strip(" ,"))):
                return Found(name, name, line.text, 0.8)
    return None


LEGAL_MARK = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(m) for m in labels("legal_marks")) + r")(?![^\W\d_])", re.I)


def _legal_footer(lines: list[TextLine]) -> Found | None:
    """The company a page's legal footer names (``Grünwerk Versand GmbH · Hafenstraße 12 · 20457 Hamburg ·
    Amtsgericht Hamburg HRB 998877``): the first cell, ending in a company form, of a separated line among
    the last ones that carries a register, court or tax-id mark."""
    for line in lines[-8:]:
        cells = SEPARATED.split(line.text.strip())
        if len(cells) >= 2 and LEGAL_MARK.search(line.text):
            name = _company_line(cells[0])
            if TERMINAL_SUFFIX.search(name) and _name_like(name):
                return Found(name, name, line.text, 0.75)
    return None


def _legal_name(lines: list[TextLine], name: str) -> str | None:
    """The name with its company form, as the footer's legal line prints it: a clause among the last
    lines that starts with the name's words and ends with a company form (a brand's header over its
    company: ``BRIGHTSPARK ELECTRICAL`` and ``Brightspark Electrical Ltd, 9 Trade Park, Bath``; ``EDF`` and
    ``EDF SA - 22-30 avenue de Wagram``)."""
    joined = "".join(re.findall(r"[^\W_]+", name.upper()))
    if len(_letters(name)) < 3:
        return None
    for line in lines[-8:]:
        for clause in re.split(r"[,;·|•]|\s{2,}|\s-\s", line.text):  # (EDF SA - 22-30 avenue de Wagram)
            clause = clause.strip()
            words = re.findall(r"[^\W_]+", clause.upper())
            # its first words, however the logo spaced them (brightsparks for Bright Sparks), whole
            if not any("".join(words[:count]) == joined for count in range(1, len(words) + 1)):
                continue
            if _ends_with_form(clause):
                return clause.rstrip(" ,")
            # the form, then the company's numbers on the same run of text (Pty Ltd ABN 51 824 753 556)
            if (form := TERMINAL_SUFFIX.search(clause.upper())) and (
                    not (rest := clause[form.end():].strip(" .")) or LEGAL_MARK.match(rest)):
                return clause[:form.end()].rstrip(" ,")
    return None


FOOTER_CELLS = re.compile(rf"{SEPARATED.pattern}|\s{{2,}}")


LEADING_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_ .-]{2,24}:\s*")  # a one-word label before a name: Beförderer:


def _ends_with_form(text: str) -> bool:
    """The text ends with a company form (``Bouwbedrijf De Wit B.V.``, ``DB Fernverkehr AG``)."""
    return any(form.end() >= len(text.rstrip(" .,")) for form in COMPANY_SUFFIXES.finditer(text))


def _footer_company(lines: list[TextLine]) -> Found | None:
    """The legal line at the foot of the page (``TechShop24 GmbH · Industriestr. 8 · 04109 Leipzig ·
    HRB 34567``): its first cell that ends with a company form; else a business's name over its address
    at the foot (``RESTORAN SELERA KAMPUNG`` over ``NO 15, JALAN SS2/24, 47300 PETALING JAYA``)."""
    for line in reversed(lines[-8:]):
        for cell in FOOTER_CELLS.split(line.text.strip()):
            # the cell, or its part before a comma: a name, then its address (DB Fernverkehr AG, Stephensonstraße 1)
            for part in [cell] + [cell[:comma.start()] for comma in re.finditer(",", cell)]:
                name = LEADING_LABEL.sub("", _company_line(part))  # (Beförderer: DB Fernverkehr AG)
                if (TERMINAL_SUFFIX.search(name) or _ends_with_form(name)) and _name_like(name):
                    return Found(name, name, line.text, 0.75)
    foot = lines[-8:]
    for line, below in zip(foot, foot[1:]):
        name = _company_line(line.text)
        if (COMPANY_SUFFIXES.search(name) or COMPANY_PREFIXES.match(name)) and _name_like(name) \
                and _is_address_line(below.text):
            return Found(name, name, line.text, 0.7)
    return None
