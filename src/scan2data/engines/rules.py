"""Rules engine: fills a schema from OCR lines with layout-aware extractors — no model, no server.

Each schema field gets an extractor, declared in the pipeline YAML (``options.fields``) or inferred
from the field's name and type:

    text_structure:
      engine: rules
      options:
        fields:
          total: {extractor: amount, anchors: [GRAND TOTAL, TOTAL], exclude: [SUB TOTAL]}
          invoice_number: {extractor: labelled, anchors: [INVOICE NO, INV NO]}

Extractors: ``company`` (name among the top lines), ``address`` (lines between the name and the
phone/tax-id lines), ``date``, ``time``, ``phone``, ``amount`` (keyword-anchored money amount, anchors
tried in order), ``labelled`` (the value after a label), ``currency``, ``document_class`` (receipt /
invoice / other by keywords). Each value comes with a confidence and the line it came from.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..document import FieldEvidence, TextLine
from ..errors import ConfigError
from ..plugins import suggestion
from ..lexicon import repair
from ..types import parse_amount, parse_date
from . import STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest

# -- patterns ---------------------------------------------------------------------------------------
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
AMOUNT_RE = re.compile(r"(?<![\d.,])-?(?:RM|\$|MYR|USD|EUR|€|£)?\s?-?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d%])|(?<![\d.,])-?\d+\.\d{2}(?![\d%])")
PHONE_RE = re.compile(r"(?:TEL|PHONE|PH|T)\s*[.:/-]?\s*(\+?[\d][\d\s()-]{6,}\d)", re.I)
POSTCODE_RE = re.compile(r"\b\d{5}\b")

COMPANY_SUFFIXES = re.compile(
    r"(S[DO0B]N\.?\s*[B83]H[DUO0]\.?|\bS/B\b|\bSB\b|\bBHD\b|\bBERHAD\b|\bENTERPRISE|\bTRADING\b|\bRESTAURANT\b|"
    r"\bCASH\s*&?\s*CARRY\b|"
    r"\bHARDWARE\b|\bSTATIONERY\b|\bSTATIONER\b|\bMART\b|\bSTORES?\b|\bSUPERMARKET\b|\bCAFE\b|\bBAKERY\b|"
    r"\bPHARMACY\b|\bLTD\b|\bLIMITED\b|\bLLC\b|\bINC\b|\bGMBH\b|\bCO\.|\bPLT\b|\bHOLDINGS\b|"
    r"\bINDUSTRIES\b|\bELECTRICAL\b|\bMOTOR\b|\bFOOD\b|\bMARKETING\b|\bSERVICES?\b|\bCORPORATION\b)",
    re.I,
)
TERMINAL_SUFFIX = re.compile(r"(S[DO0B]N\.?\s*[B83]H[DUO0]\.?|\bS/B|\bSB|\bBHD\.?|\bBERHAD|\bLTD\.?|\bINC\.?|\bPLT|\bGMBH|\bLLC)(?=\W|$)", re.I)
COMPANY_PREFIXES = re.compile(r"^\s*(KEDAI|SYARIKAT|PERNIAGAAN|RESTORAN|PASAR(?:\s+RAYA)?)\b", re.I)
REGISTRATION_RE = re.compile(
    r"^\(?\s*(?:CO\.?\s*(?:REG\.?\s*)?(?:NO\.?)?|COMPANY\s*(?:REG\.?\s*)?NO\.?|ROC(?:\s*NO\.?)?|REG\.?\s*NO\.?|BRN|GST(?:\s*(?:ID|REG|NO)\.?)*|SST|CO-REG)?[\s.:#-]*"
    r"[A-Z]{0,3}\d[\d\s]*-?\s?[A-Z]?\s*\)?\.?$",
    re.I,
)
ADDRESS_WORDS = re.compile(
    r"\b(JALAN|JLN|LORONG|LRG|TAMAN|TMN|LOT|NO\.?|UNIT|BLOK|BLOCK|BLK|LEVEL|FLOOR|TINGKAT|KAWASAN|BANDAR|"
    r"STREET|ST\.|ROAD|RD\.?|AVENUE|AVE|SUITE|BUILDING|PLAZA|MALL|CENTRE|CENTER|SEKSYEN|PERSIARAN|"
    r"SELANGOR|JOHOR|KUALA LUMPUR|PUTRAJAYA|PENANG|PULAU PINANG|PERAK|KEDAH|MELAKA|MALACCA|PAHANG|"
    r"SABAH|SARAWAK|KELANTAN|TERENGGANU|NEGERI SEMBILAN|PERLIS|MALAYSIA|DARUL EHSAN|DARUL TAKZIM|"
    r"SINGAPORE|WILAYAH|SHAH ALAM|PETALING JAYA|SUBANG|KLANG|PUCHONG|CHERAS|AMPANG|KAJANG|SERI KEMBANGAN)\b",
    re.I,
)
ADDRESS_STOP = re.compile(
    r"\b(TEL|T[EF][L1I]|TELEPHONE|PHONE|FAX|H/P|HP|GST|SST|TAX|INVOICE|RECEIPT|ROC|REG\.?\s*NO|CO\.\s*NO|"
    r"COMPANY\s*NO|BILL|CASHIER|DATE|TABLE|EMAIL|E-MAIL|WEBSITE|WWW|HTTP|OPEN|ORDER|SLIP|DOC\s*NO|"
    r"TERMINAL|MEMBER|SALES|MOBILE|WHATSAPPS?|SITE\s*:|OPERATING|HOURS)\b",
    re.I,
)
NOT_COMPANY = re.compile(
    r"\b(TAX\s*INVOICE|INVOICE|RECEIPT|WELCOME|THANK|TQ|TEL|FAX|GST|DATE|CASHIER|TABLE|OFFICIAL|COPY|"
    r"CASH\s*BILL|CASH\s*SALES?|SIMPLIFIED|COMPANY\s*(?:REG|NO)|CO\.?\s*(?:REG|NO)|REG\.?\s*NO|ROC)\b",
    re.I,
)

TOTAL_ANCHORS = [
    "TOTAL AFTER ROUNDING", "TOTAL AFTER ADJ", "TOTAL AFTER", "ROUNDED TOTAL", "TOTAL AMT ROUNDED", "TOTAL ROUNDED", "TOTAL AFTER ROUND",
    "NETT TOTAL", "NET TOTAL", "GRAND TOTAL", "TOTAL AMOUNT PAYABLE", "TOTAL AMT PAYABLE", "TOTAL PAYABLE",
    "AMOUNT PAYABLE", "TOTAL SALES (INCL", "TOTAL SALES(INCL", "TOTAL SALES INCL", "TOTAL INCL", "TOTAL (INCL",
    "TOTAL RM", "TOTAL AMOUNT", "TOTAL AMT", "AMOUNT DUE", "AMT DUE", "BALANCE DUE", "TOTAL DUE", "TOTAL", "JUMLAH",
    "PAID INCL", "NETT AMT", "NET AMT", "NETT AMOUNT", "NET AMOUNT", "SUB TOTAL", "SUBTOTAL", "SUB-TOTAL",
    "GROSS AMT", "GROSS AMOUNT", "NETT", "AMOUNT",
]
TOTAL_EXCLUDE = [
    "TOTAL QTY", "TOTAL QUANTITY", "TOTAL ITEM", "ITEM COUNT", "TOTAL SAVING", "TOTAL DISCOUNT", "TOTAL GST",
    "TOTAL TAX", "TOTAL POINTS", "EXCL", "EXCLUDING", "BEFORE GST", "W/O GST", "TOTAL TENDER", "TAXABLE",
    "CHANGE", "ROUNDING ADJ", "ROUNDING :", "ROUNDING", "DISCOUNT", "GST SUMMARY", "TOTAL NET WEIGHT",
    "TAX TOTAL", "GST TOTAL", "ACCEPTED", "TENDER", "TOTAL EV", "POINTS",
]
SUBTOTAL_ANCHORS = ["SUB TOTAL", "SUBTOTAL", "SUB-TOTAL", "TOTAL EXCL", "TOTAL SALES (EXCL", "TOTAL SALES(EXCL",
                    "TOTAL BEFORE", "AMOUNT BEFORE"]
TAX_ANCHORS = ["TOTAL GST", "GST @", "GST 6%", "6% GST", "GST", "SST", "SERVICE TAX", "SALES TAX", "VAT", "TAX"]
TAX_EXCLUDE = ["INCL", "EXCL", "GST ID", "GST NO", "GST REG", "SUMMARY", "TAX INVOICE", "TAX CODE", "TAXABLE",
               "GST SUMMARY", "(GST)"]


@dataclass
class Found:
    value: Any
    raw: str
    line: str
    confidence: float


def _upper(text: str) -> str:
    return re.sub(r"\s+", " ", text.upper())


# -- extractors -------------------------------------------------------------------------------------
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


def _amounts(text: str) -> list[tuple[str, Decimal]]:
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
            out.append((raw, parse_amount(token)))
        except ValueError:
            continue
    return out


LOOSE_AMOUNT_RE = re.compile(r"(?<![\d.,-])(\d{1,6})[-,](\d{2})\s*$")
SUMMARY_RE = re.compile(r"\b(GST|TAX|VAT|SST)\s*(SUMMARY|ANALYSIS|DETAIL)|\bSUMMARY\b", re.I)


def _anchor_hits(upper: str, anchors: list[str]) -> list[tuple[int, int, str]]:
    """(position, rank, anchor) for every anchor occurrence, longest (best-ranked) match per position."""
    hits: dict[int, tuple[int, str]] = {}
    for rank, anchor in enumerate(anchors):
        for match in re.finditer(r"(?<![A-Z])" + re.escape(anchor), upper):
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


def extract_amount(
    lines: list[TextLine], anchors: list[str] | None = None, exclude: list[str] | None = None,
    prefer: str = "last", **_: Any,
) -> Found | None:
    """The amount right after (or right under) the best-ranked anchor keyword.

    Anchors earlier in the list win; among equal anchors the last one wins by default (the final
    TOTAL after rounding sits below the first). Each anchor is judged by its own label, from the
    previous amount on the row to its amount, so ``TOTAL SAVING: 0.00  TOTAL 6.85`` gives 6.85.
    Anchors inside a tax-summary table rank below every other anchor."""
    anchors = [a.upper() for a in (anchors or TOTAL_ANCHORS)]
    exclude = [e.upper() for e in (exclude or [])]
    best: tuple[tuple, Found] | None = None
    in_summary = False
    for index, line in enumerate(lines):
        upper = _upper(line.text)
        if SUMMARY_RE.search(upper):
            in_summary = True
        amounts = [(m.start(), m.end()) for m in AMOUNT_RE.finditer(upper)]
        for position, rank, anchor in _anchor_hits(upper, anchors):
            odd = None
            label_start = max([end for _, end in amounts if end <= position], default=0)
            following = [span for span in amounts if span[1] > position + len(anchor)]
            label_end = following[0][0] if following else len(upper)
            label = upper[label_start:label_end]
            if any(e in label for e in exclude if e not in anchor):
                continue
            source = line.text
            if not following and (odd := LOOSE_AMOUNT_RE.search(upper, position + len(anchor))):
                # OCR misreads the decimal point: "NET TOTAL 19-80"
                found = [(odd.group(0), Decimal(f"{odd.group(1)}.{odd.group(2)}"))]
            elif following:
                found = _amounts(upper[following[0][0]:following[0][1]])
            elif index + 1 < len(lines) and not re.search(r"[A-Za-z]{3}", lines[index + 1].text):
                found = _amounts(lines[index + 1].text)
                source = f"{line.text} / {lines[index + 1].text}"
            else:
                found = []
            if not found:
                continue
            raw, value = found[0] if following or odd else found[-1]
            raw = _printed_token(line.text, raw) if following else raw
            confidence = max(0.55, 0.95 - 0.03 * rank) - (0.3 if in_summary else 0.0)
            key = (not in_summary, -rank, index if prefer == "last" else -index)
            if best is None or key > best[0]:
                best = (key, Found(float(abs(value)), raw, source, confidence))
    return best[1] if best else None


def extract_total(lines: list[TextLine], anchors: list[str] | None = None, exclude: list[str] | None = None,
                  **options: Any) -> Found | None:
    """``amount`` with the total's anchors, plus one fallback: when only a subtotal-like label was
    found, an amount repeated on two or more lines below it and not smaller (``TO : 73.00`` and
    ``CASH : 73.00`` under ``SUB TOTAL 68.87``) is the total whose label OCR lost."""
    anchors = anchors or TOTAL_ANCHORS
    found = extract_amount(lines, anchors, exclude if exclude is not None else TOTAL_EXCLUDE, **options)
    weak = {a.upper() for a in anchors[anchors.index("SUB TOTAL"):]} if "SUB TOTAL" in anchors else set()
    label = _upper(found.line) if found else ""
    if found and not any(label.startswith(w) or f" {w}" in label for w in weak):
        return found
    start = next((i for i, line in enumerate(lines) if found and line.text in found.line), 0)
    counts: dict[Decimal, list[tuple[str, str]]] = {}
    for line in lines[start + 1:start + 12]:
        if SUMMARY_RE.search(line.text):
            break
        if re.search(r"CHANGE|BAKI|TENDER|SAVING|ROUNDING", line.text, re.I):
            continue
        for raw, value in _amounts(line.text)[-1:]:
            counts.setdefault(abs(value), []).append((raw, line.text))
    floor = Decimal(str(found.value)) if found else Decimal(0)
    repeated = [(value, seen) for value, seen in counts.items() if len(seen) >= 2 and value >= floor and value > 0]
    if repeated:
        value, seen = max(repeated, key=lambda item: (len(item[1]), item[0]))
        return Found(float(value), seen[0][0], " / ".join(text for _, text in seen), 0.6)
    return found


def _printed_token(text: str, raw: str) -> str:
    """The whitespace-delimited token as printed around an amount (keeps an attached RM or $)."""
    digits = re.search(r"[\d,]+\.\d{2}", raw)
    for token in text.split():
        if digits and digits.group(0) in token and re.fullmatch(r"[:]?[-(]?(?:RM|\$|MYR|USD|EUR|€|£)?-?[\d,]+\.\d{2}\)?", token, re.I):
            return token.lstrip(":")
    return raw


def _company_line(text: str) -> str:
    """Drop registration numbers printed after the name: ``99 SPEED MART S/B (519537-X)``."""
    text = re.sub(r"\s*[\(\[]?\s*(?:CO\.?\s*(?:REG\.?\s*)?NO\.?|ROC|CO-REG)?[\s.:]*[A-Z]{0,3}\d{3,}[\d-]*\s*-?\s*[A-Z]?\s*[\)\]]?\s*$", "", text, flags=re.I)
    return text.strip(" ,")


def _is_noise(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters < 3 or bool(REGISTRATION_RE.match(text.strip())) or bool(find_dates(text))


def _name_like(text: str) -> bool:
    text = text.strip()
    if not text or NOT_COMPANY.search(_company_line(text)) or _is_noise(text) or PHONE_RE.search(text):
        return False
    return not (_is_address_line(text) and re.search(r"\d", text) and not COMPANY_SUFFIXES.search(text))


def _continues_previous(text: str, previous: str = "") -> bool:
    """``(SEMENYIH) SDN BHD``, ``STATIONERY SDN. BHD``, ``CO. (M) SDN BHD``: the tail of a longer name
    (or any line after one left a parenthesis open or ended with ``&``)."""
    text, previous = text.strip(), previous.strip()
    if previous.count("(") > previous.count(")") or previous.endswith("&"):
        return True
    match = COMPANY_SUFFIXES.search(text)
    if text.startswith("(") or (match and not text[:match.start()].split()):
        return not COMPANY_PREFIXES.match(text)
    return False


def _company_span(lines: list[TextLine], top: int = 8) -> tuple[int, int] | None:
    """Indexes [start, end) of the lines holding the business name."""
    head = lines[:top]
    anchor = next((i for i, line in enumerate(head) if _name_like(line.text)
                   and (COMPANY_SUFFIXES.search(line.text) or COMPANY_PREFIXES.match(line.text))), None)
    if anchor is None:
        candidates = [i for i, line in enumerate(head) if _name_like(line.text)]
        if not candidates:
            return None
        # a name is usually followed by its registration number or the address
        anchor = next((i for i in candidates if i + 1 < len(lines) and (
            REGISTRATION_RE.match(lines[i + 1].text.strip()) or "NO" in lines[i + 1].text.upper()[:8]
            or _is_address_line(lines[i + 1].text))), candidates[0])
    start = anchor
    while (start > 0 and start > anchor - 2 and _continues_previous(lines[start].text, lines[start - 1].text)
           and _name_like(lines[start - 1].text)):
        start -= 1
    end = anchor + 1
    while end < len(lines) and end - start < 3:
        text = lines[end - 1].text.strip()
        if TERMINAL_SUFFIX.search(_company_line(text)) or _company_line(text) != text:
            break  # "... SDN BHD" or a registration number ends the name
        following = lines[end].text.strip()
        unfinished = text.endswith(("&", "(", "-")) or text.count("(") > text.count(")")
        suffix_only = re.fullmatch(r"(?:\(M\)\s*)?(SDN\.?\s*BHD\.?|S/B|BHD|BERHAD|LTD\.?|INC\.?)", _company_line(following), re.I)
        if (unfinished or suffix_only or _continues_previous(following, text)) and _name_like(following):
            end += 1
        else:
            break
    return start, end


def extract_company(lines: list[TextLine], **_: Any) -> Found | None:
    span = _company_span(lines)
    if span is None:
        return None
    start, end = span
    parts = [_company_line(lines[i].text) for i in range(start, end)]
    name = " ".join(p for p in parts if p)
    if terminal := TERMINAL_SUFFIX.search(name):
        name = name[:terminal.end()]  # registration numbers or noise printed after "SDN BHD"
    name = re.sub(r"\bS[DO0B]N(\.?)\s*[B83]H[DUO0](\.?)(?=\W|$)", r"SDN\1 BHD\2", name)
    name = re.sub(r"\s{2,}", " ", name).strip()
    confidence = 0.9 if COMPANY_SUFFIXES.search(name) else 0.6
    return Found(name, name, " / ".join(lines[i].text for i in range(start, end)), confidence)


def _is_address_line(text: str) -> bool:
    return bool(ADDRESS_WORDS.search(text) or POSTCODE_RE.search(text)
                or re.match(r"^\s*\d+[A-Z]?\s*[,-]|^\s*(NO|LOT|UNIT|BLK)\.?\s*:?\s*\d", text, re.I))


PHONE_ONLY_RE = re.compile(r"^\s*\+?[\d\s()/-]{7,}\s*$")


def extract_address(lines: list[TextLine], max_lines: int = 6, spelling: bool = True, **_: Any) -> Found | None:
    """The lines after the business name, up to the phone / tax-id / invoice lines. After the
    postcode line only lines that still look like an address (a number, a street or place word) go on."""
    span = _company_span(lines)
    start = span[1] if span else 0
    found = _address_from(lines, start, max_lines) or (_address_from(lines, 0, max_lines) if start else None)
    if not found:
        return None
    address = " ".join(found)
    if spelling:
        address = repair(address)
    confidence = 0.85 if POSTCODE_RE.search(address) else 0.6
    return Found(address, address, " / ".join(found), confidence)


def _address_from(lines: list[TextLine], start: int, max_lines: int) -> list[str]:
    collected: list[str] = []
    for line in lines[start:start + 12]:
        text = line.text.strip()
        stop = ADDRESS_STOP.search(text) or PHONE_RE.search(text) or PHONE_ONLY_RE.match(text)
        if stop and stop.start() > 0 and _is_address_line(text[:stop.start()]) and (
                collected or not REGISTRATION_RE.match(text[:stop.start()].strip())):
            collected.append(text[:stop.start()].strip(" ,;"))  # "81750 JOHOR BAHRU. TEL: 07-..." on one row
            break
        if collected:
            after_postcode = any(POSTCODE_RE.search(c) for c in collected)
            if stop or find_dates(text) or len(collected) >= max_lines or REGISTRATION_RE.match(text):
                break
            if after_postcode and not (_is_address_line(text) or re.search(r"\d", text)):
                break
        elif (stop or REGISTRATION_RE.match(text) or text.startswith("(") or not _is_address_line(text)
              or TERMINAL_SUFFIX.search(text)):
            continue
        collected.append(text)
    return collected


def extract_phone(lines: list[TextLine], **_: Any) -> Found | None:
    for line in lines[:15]:
        match = PHONE_RE.search(line.text)
        if match:
            raw = match.group(1).strip()
            return Found(raw, raw, line.text, 0.85)
    return None


def _label_pattern(anchor: str) -> str:
    """A label as OCR reads it: spaces may vanish (``INVOICENO``) and O may come out as 0."""
    parts = []
    for char in anchor.upper():
        if char == " ":
            parts.append(r"\s*")
        elif char == "O":
            parts.append("[O0]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def extract_labelled(lines: list[TextLine], anchors: list[str] | None = None, rest_of_line: bool = False,
                     **_: Any) -> Found | None:
    """The value after a label such as ``INVOICE NO :`` (one token, or the rest of the line); the
    next line when the label ends its line."""
    value_re = r"(.+)" if rest_of_line else r"([A-Z0-9][A-Z0-9/\-.]*)"
    for anchor in anchors or []:
        pattern = re.compile(r"(?<![A-Z])" + _label_pattern(anchor) + r"\s*[.:#]*\s*" + value_re + "?", re.I)
        for index, line in enumerate(lines):
            match = pattern.search(line.text)
            if not match:
                continue
            value = (match.group(1) or "").strip()
            if not value and index + 1 < len(lines):
                following = lines[index + 1].text.strip()
                value = following if rest_of_line else (following.split() or [""])[0]
            if value:
                return Found(value, value, line.text, 0.8)
    return None


PAYMENT_WORDS = [("VISA", "card"), ("MASTERCARD", "card"), ("MASTER", "card"), ("AMEX", "card"), ("DEBIT", "card"),
                 ("CREDIT CARD", "card"), ("CARD", "card"), ("GRABPAY", "e-wallet"), ("TOUCH N GO", "e-wallet"),
                 ("TNG", "e-wallet"), ("BOOST", "e-wallet"), ("E-WALLET", "e-wallet"), ("EWALLET", "e-wallet"),
                 ("CASH", "cash")]


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


def extract_currency(lines: list[TextLine], default: str | None = None, **_: Any) -> Found | None:
    text = " ".join(line.text for line in lines).upper()
    for pattern, code in [(r"\bRM\s?\d|\bMYR\b|\(RM\)", "MYR"), (r"€|\bEUR\b", "EUR"), (r"£|\bGBP\b", "GBP"),
                          (r"\bS\$|\bSGD\b", "SGD"), (r"\bUSD\b|US\$", "USD")]:
        if re.search(pattern, text):
            return Found(code, code, "", 0.8)
    if default:
        return Found(default, default, "", 0.5)
    return None


ITEM_STOP = re.compile(r"\b(SUB\s*-?TOTAL|TOTAL|NETT|GRAND|AMOUNT DUE|BALANCE|CASH|CHANGE|ROUNDING|GST|VAT|TAX|"
                       r"DISCOUNT|SERVICE|PAYMENT|VISA|MASTER|TENDER|PAID)\b", re.I)
ITEM_HEADER = re.compile(r"\b(ITEM|DESCRIPTION|QTY|PRICE|AMOUNT|U/P|S/PRICE)\b", re.I)
QTY_RE = re.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)\s*[xX*@]\s*|(?:^|\s)[xX]\s*(\d{1,4})(?=\s)")


def extract_items(lines: list[TextLine], **_: Any) -> Found | None:
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
        item = {"description": description, "amount": float(abs(amounts[-1][1]))}
        if len(amounts) >= 2:
            item["unit_price"] = float(abs(amounts[-2][1]))
        if quantity is not None:
            item["quantity"] = float(quantity)
        items.append(item)
        sources.append(line.text)
        if len(items) >= 200:
            break
    if not items:
        return None
    return Found(items, "", " / ".join(sources[:3]) + (" ..." if len(sources) > 3 else ""), 0.6)


def extract_document_class(lines: list[TextLine], **_: Any) -> Found | None:
    text = " ".join(line.text for line in lines).upper()
    invoice = len(re.findall(r"\bINVOICE\b|\bBILL TO\b|\bDUE DATE\b|\bPAYMENT TERMS\b|\bP\.?O\.? NO", text))
    receipt = len(re.findall(r"\bCASH\b|\bCHANGE\b|\bRECEIPT\b|\bTOTAL\b|\bCASHIER\b|\bTHANK YOU\b|\bRM\s?\d", text))
    simplified_tax_invoice = len(re.findall(r"TAX INVOICE", text))  # Malaysian till slips say "tax invoice"
    if "DUE DATE" in text or "BILL TO" in text or (invoice - simplified_tax_invoice > 0 and receipt < 3):
        return Found("invoice", "invoice", "", 0.7)
    if receipt >= 2:
        return Found("receipt", "receipt", "", 0.7)
    return Found("other", "other", "", 0.5)


EXTRACTORS: dict[str, Callable[..., Found | None]] = {
    "date": extract_date,
    "time": extract_time,
    "amount": extract_amount,
    "total": extract_total,
    "company": extract_company,
    "address": extract_address,
    "phone": extract_phone,
    "labelled": extract_labelled,
    "currency": extract_currency,
    "payment": extract_payment,
    "document_class": extract_document_class,
    "items": extract_items,
}

# Inferred extractors for common field names, so `--engine local` works on new document types.
DEFAULT_FIELDS: dict[str, dict[str, Any]] = {
    "merchant_name": {"extractor": "company"},
    "vendor_name": {"extractor": "company"},
    "company": {"extractor": "company"},
    "issuer": {"extractor": "company"},
    "merchant_address": {"extractor": "address"},
    "vendor_address": {"extractor": "address"},
    "address": {"extractor": "address"},
    "merchant_phone": {"extractor": "phone"},
    "phone": {"extractor": "phone"},
    "date": {"extractor": "date"},
    "invoice_date": {"extractor": "date", "anchors": ["INVOICE DATE", "DATE"]},
    "due_date": {"extractor": "date", "anchors": ["DUE DATE", "DUE", "PAYMENT DUE"], "avoid": (),
                 "required_anchor": True},
    "customer_name": {"extractor": "labelled", "anchors": ["BILL TO", "BILLED TO", "SOLD TO", "CUSTOMER"],
                      "rest_of_line": True},
    "time": {"extractor": "time"},
    "currency": {"extractor": "currency"},
    "payment_method": {"extractor": "payment"},
    "total": {"extractor": "total"},
    "amount_due": {"extractor": "amount", "anchors": ["AMOUNT DUE", "BALANCE DUE", "TOTAL DUE", "AMT DUE"],
                   "exclude": TOTAL_EXCLUDE},
    "subtotal": {"extractor": "amount", "anchors": SUBTOTAL_ANCHORS, "exclude": ["GST SUMMARY"]},
    "tax": {"extractor": "amount", "anchors": TAX_ANCHORS, "exclude": TAX_EXCLUDE},
    "invoice_number": {"extractor": "labelled", "anchors": ["INVOICE NO", "INVOICE #", "INV NO", "INVOICE NUMBER", "BILL NO", "DOC NO"]},
    "document_number": {"extractor": "labelled", "anchors": ["NO.", "NUMBER", "#"]},
    "purchase_order": {"extractor": "labelled", "anchors": ["PO NO", "P.O. NO", "PURCHASE ORDER", "PO #"]},
    "category": {"extractor": "document_class"},
    "items": {"extractor": "items"},
    "tip": {"extractor": "amount", "anchors": ["SERVICE CHARGE", "SVC CHG", "SERVICE CHG", "SERVICE TAX", "TIPS", "TIP",
                                               "GRATUITY"], "exclude": ["INCL"]},
}


COPIED_TEXT = {"company", "address"}  # values copied verbatim from OCR lines


class FieldSpec(BaseModel):
    """One field's extractor and its options (``anchors``, ``exclude``...), checked against what the
    extractor accepts so a misspelled option is an error, not a silent default."""

    model_config = ConfigDict(extra="allow")
    extractor: str
    required_anchor: bool = False

    @model_validator(mode="after")
    def _known(self) -> "FieldSpec":
        if self.extractor not in EXTRACTORS:
            raise ValueError(f"unknown extractor {self.extractor!r}{suggestion(self.extractor, set(EXTRACTORS))}")
        accepted = extractor_options(self.extractor)
        for key in self.model_extra or {}:
            if key not in accepted:
                raise ValueError(f"extractor {self.extractor} has no option {key!r}"
                                 f"{suggestion(key, accepted) if accepted else ' (it takes none)'}")
        return self


# extractors that pass their other options on to another one
EXTRACTOR_FORWARDS = {"total": "amount"}


def extractor_options(name: str) -> set[str]:
    """The options an extractor accepts: its keyword parameters (and those it forwards)."""
    parameters = inspect.signature(EXTRACTORS[name]).parameters
    accepted = {p for p, spec in parameters.items() if p != "lines" and spec.kind is not inspect.Parameter.VAR_KEYWORD}
    if name in EXTRACTOR_FORWARDS:
        accepted |= extractor_options(EXTRACTOR_FORWARDS[name])
    return accepted


class RulesOptions(EngineOptions):
    fields: dict[str, FieldSpec] = Field(default_factory=dict, description="field -> extractor and its options")
    case: Literal["keep", "upper"] = Field("keep", description="upper: compare in capitals (thermal receipts)")
    fold_accents: bool = Field(False, description="drop accents OCR reads from specks (ÁLAM -> ALAM)")
    ocr_doubt: float = Field(0.93, ge=0, le=1, description="flag names/addresses read below this OCR confidence")


class RulesEngine(EngineBase):
    name = "rules"
    capabilities = frozenset({STRUCTURE})
    Options = RulesOptions

    def __init__(self, model: str | None = None, options: RulesOptions | None = None):
        super().__init__(model, options)
        opts: RulesOptions = self.options
        self.case = opts.case  # receipts print in capitals; OCR often mixes case on thermal-printer fonts
        self.fold_accents = opts.fold_accents  # OCR reads specks as accents (ÁLAM) on unaccented print
        # names and addresses copied from lines the OCR was unsure of are flagged: one misread letter
        # makes them wrong, and no rule can tell (on SROIE, 0.93 flags few right values)
        self.ocr_doubt = opts.ocr_doubt
        self.fields = {name: spec.model_dump() for name, spec in opts.fields.items()}

    @classmethod
    def fillable(cls, options: EngineOptions, schema: type[BaseModel]) -> set[str] | None:
        assert isinstance(options, RulesOptions)
        return {name for name in schema.model_fields if name in options.fields or name in DEFAULT_FIELDS}

    @classmethod
    def check_config(cls, options: EngineOptions, schema: type[BaseModel] | None, where: str) -> None:
        assert isinstance(options, RulesOptions)
        if schema is None:
            return
        for name in options.fields:
            if name not in schema.model_fields:
                raise ConfigError(f"{where}.options.fields.{name}: schema {schema.__name__} has no field {name!r}"
                                  f"{suggestion(name, set(schema.model_fields))}")

    def _clean(self, text: str) -> str:
        if self.fold_accents:
            text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        return text.upper() if self.case == "upper" else text

    def spec_for(self, field: str) -> dict[str, Any] | None:
        return self.fields.get(field) or DEFAULT_FIELDS.get(field)

    def structure(self, request: StructureRequest) -> StructureAnswer:
        lines = request.document.lines
        if self.case == "upper" or self.fold_accents:
            lines = [TextLine(self._clean(line.text), line.box, line.confidence) for line in lines]
        line_confidence = {line.text: line.confidence for line in lines if line.confidence is not None}
        data: dict[str, Any] = {}
        evidence: dict[str, FieldEvidence] = {}
        for name in request.schema.model_fields:
            spec = self.spec_for(name)
            if spec is None:
                continue
            options = {k: v for k, v in spec.items() if k not in ("extractor", "required_anchor")}
            found = EXTRACTORS[spec["extractor"]](lines, **options)
            if found is None:
                continue
            if spec.get("required_anchor") and found.confidence < 0.9:
                continue
            data[name] = found.value
            evidence[name] = FieldEvidence(confidence=found.confidence, lines=[found.line] if found.line else [],
                                           sources=["rules"], raw=found.raw)
            if spec["extractor"] in COPIED_TEXT:
                ocr = [line_confidence.get(part) for part in found.line.split(" / ")]
                ocr = [c for c in ocr if c is not None]
                if ocr and min(ocr) < self.ocr_doubt:
                    evidence[name].confidence = min(found.confidence, 0.45)
                    evidence[name].note = f"{name}: the OCR was unsure reading it (confidence {min(ocr):.2f})"
        return StructureAnswer(content=data, evidence=evidence)
