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
phone/tax-id lines), ``seller`` / ``buyer`` / ``seller_address`` (a party's block on an invoice),
``date``, ``time``, ``phone``, ``amount`` (keyword-anchored money amount, anchors tried in order),
``tendered`` (the money handed over, other payments beside the cash included), ``labelled`` (the value
after a label), ``currency``, ``document_class`` (receipt / invoice / other by keywords), ``items`` (an
item table by its columns, or rows line by line), ``payment`` — in ``scan2data.fields``, with the words
they look for in ``scan2data/data/vocabulary.yaml``. Each value comes with a confidence and the line it
came from, and an extractor's own doubt becomes the review reason.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from ..datafiles import data_file
from ..document import FieldEvidence, TextLine
from ..errors import ConfigError
from ..fields import DEFAULT_FIELDS, EXTRACTORS, LABEL_OPTIONS, extractor_hints, extractor_options, label_list
from ..fields.amounts import (
    APOSTROPHE_THOUSANDS,
    decimal_comma,
    has_marked_money,
    marked_money,
    tenfold_thousandths,
    tenth,
    to_decimal_point,
    with_cents,
    without_apostrophe_thousands,
)
from ..fields.found import without_accents
from ..fields.labelled import NAMED_USD, extract_currency
from ..fields.vocabulary import THREE_DECIMAL_CURRENCIES, ZERO_DECIMAL_CURRENCIES
from ..plugins import suggestion
from ..types import DOCUMENT_DATE_ORDER, NUMERIC_DATE, document_date_order, parse_date
from . import STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest

# a zero between letters (or two: L00B), starting a word of letters (0XFORD, 0LD), ending one (LCB0), a two-letter word
# (PORTLAND, 0R 97205; TORINO T0) or a British postcode (0X1 4AH: their first letters are never digits) is
# an O misread
ZERO_IN_WORD = re.compile(r"(?<=[A-Za-z])0(?=0?[A-Za-z])|(?<=[A-Za-z]0)0(?=[A-Za-z])|(?<![\w.,])0(?=[A-Za-z]{2,}\b|[A-Z]\s+\d|[A-Z]\d\s\d[A-Z]{2}\b)"
                          r"|(?<![\w.,][A-Z])(?<=[A-Z])0(?![\w.,])"
                          r"|(?<=\b[A-Z]{3})0(?![\w.,])|(?<=\b[A-Z]{4})0(?![\w.,])")  # ending a word: LCB0, TESC0
# a letter O inside a number (1O.61, 27/O3/2025, RM1O.00) is a zero misread: between digits, between a
# digit and the separator of a decimal or a date, or a decimal's last digit
O_IN_NUMBER = re.compile(r"(?<=\d)O(?=\d|[.,/]\d)|(?<=\d[.,/])O(?=\d)|(?<=\d[.,]\d)O(?!\w)")  # (416,5O)
# a number or date written with O's for zeros (1O.OO, 2O/O5/2O18): digits, O's and separators, a digit among
# them, not part of a word (NO.1, TEH O AIS stay)
O_NUMBER = re.compile(r"(?<![^\W\d_])(?=[\dO.,/:]*\d)(?=[\dO.,/:]*O)[\dO][\dO.,/:]*[\dO](?![^\W\d_])")
# an amount's cents parted from its decimal point by a space, at the end of its row (9. 99)
SPLIT_DECIMAL = re.compile(r"(?<=\d)([.,]) (?=\d\d\s*$)")


def _has_o_for_zero(text: str) -> bool:
    return bool(O_IN_NUMBER.search(text) or O_NUMBER.search(text))


def _zeros(text: str) -> str:
    """The line with its O's read as zeros wherever they stand in a number (1O.61, RM1O.00, 2O/O5/2O18)."""
    return O_NUMBER.sub(lambda match: match.group(0).replace("O", "0"), O_IN_NUMBER.sub("0", text))


COPIED_TEXT = {"company", "seller", "address"}  # values copied verbatim from OCR lines
BOTH_DATE_ORDERS = set(data_file("locales.yaml")["both_date_orders_currencies"])  # 11/05/2025 either way


def _due_before_issue(content: dict[str, Any]) -> bool:
    """An invoice's due date read before its issue date: read backwards (day and month swapped)?"""
    try:
        issued, due = (parse_date(content.get(name)) for name in ("invoice_date", "due_date"))
    except (ValueError, TypeError):
        return False
    return issued is not None and due is not None and due < issued


MONEY = {"total", "total_before_rounding", "amount", "tendered"}  # extractors whose values are amounts of money
ITEM_MONEY = ("amount", "unit_price")


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
        extra = self.model_extra or {}
        for key in extra:
            if key not in accepted:
                raise ValueError(f"extractor {self.extractor} has no option {key!r}"
                                 f"{suggestion(key, accepted) if accepted else ' (it takes none)'}")
        for key in LABEL_OPTIONS:  # `anchors: invoice_total_anchors` names a list in data/vocabulary.yaml
            if key in extra:
                try:
                    extra[key] = label_list(extra[key])
                except ValueError as exc:
                    raise ValueError(f"{key}: {exc}") from None
        for key, value in extra.items():  # typed: `layout: tabel` or `rate_share: maybe` is an error
            hint = extractor_hints(self.extractor).get(key)
            if hint is not None:
                try:
                    TypeAdapter(hint).validate_python(value, strict=True)
                except ValidationError as exc:
                    raise ValueError(f"extractor {self.extractor} option {key}: {exc.errors()[0]['msg']}") from None
        return self


class RulesOptions(EngineOptions):
    fields: dict[str, FieldSpec] = Field(default_factory=dict, description="field -> extractor and its options")
    case: Literal["keep", "upper"] = Field("keep", description="upper: compare in capitals (thermal receipts)")
    fold_accents: bool = Field(False, description="drop accents OCR reads from specks (ÁLAM -> ALAM)")
    ocr_doubt: float = Field(0.95, ge=0, le=1, description="flag names/addresses read below this OCR confidence")


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
        # makes them wrong, and no rule can tell. SROIE dev, RapidOCR: names and addresses read from lines
        # at 0.93-0.96 were right 11 times in 16, above 0.98 92 in 97; at 0.95 the flag catches 21 of 26
        # wrong receipts with 35 % flagged (0.93: 18 with 27 %; 0.96: 21 with 41 %)
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
            text = without_accents(text)
        return text.upper() if self.case == "upper" else text

    def spec_for(self, field: str) -> dict[str, Any] | None:
        return self.fields.get(field) or DEFAULT_FIELDS.get(field)

    def structure(self, request: StructureRequest) -> StructureAnswer:
        lines = request.document.lines
        if self.case == "upper" or self.fold_accents:
            lines = [line.with_text(self._clean(line.text)) for line in lines]
        if any(SPLIT_DECIMAL.search(line.text) for line in lines):  # OCR's 9. 99 at a row's end is 9.99
            lines = [line.with_text(SPLIT_DECIMAL.sub(r"\1", line.text)) for line in lines]
        if any(_has_o_for_zero(line.text) for line in lines):  # OCR's 1O.61 is 10.61
            lines = [line.with_text(_zeros(line.text)) for line in lines]
        if any(APOSTROPHE_THOUSANDS.search(line.text) for line in lines):  # 1'783.65 is 1783.65
            lines = [line.with_text(without_apostrophe_thousands(line.text)) for line in lines]
        comma = decimal_comma(lines)
        if comma:  # 1.234,56: the extractors read 1234.56
            lines = [line.with_text(to_decimal_point(line.text)) for line in lines]
        if any(ZERO_IN_WORD.search(line.text) for line in lines):  # OCR's T0TAL is TOTAL
            lines = [line.with_text(ZERO_IN_WORD.sub("O", line.text)) for line in lines]
        currency = extract_currency(lines)
        if currency and currency.value in ZERO_DECIMAL_CURRENCIES:  # ¥324: whole numbers are amounts
            lines = [line.with_text(with_cents(line.text)) for line in lines]
        elif not comma and any(has_marked_money(line.text) for line in lines):
            lines = [line.with_text(marked_money(line.text)) for line in lines]  # Rs. 708,000 is 708000.00
        thousandths = bool(currency and currency.value in THREE_DECIMAL_CURRENCIES)
        if thousandths:  # 7.250 dinars: read as 72.50, then divided back
            lines = [line.with_text(tenfold_thousandths(line.text)) for line in lines]
        line_confidence = {line.text: line.confidence for line in lines if line.confidence is not None}
        places = request.document.places()
        where: dict[str, tuple[int, float, float, float, float]] = {}
        for index, line in enumerate(lines):
            page, box = places[index] if index < len(places) else (0, None)
            if box is not None:
                where.setdefault(line.text, (page, *box))
        order = document_date_order([line.text for line in lines], currency.value if currency else None)
        answer = self._fields_in_order(request, lines, where, line_confidence, order)
        content = answer.content if isinstance(answer.content, dict) else {}
        if order is None and _due_before_issue(content):  # 05/09/2025 due 06/08/2025: May 9 and June 8,
            month_first = self._fields_in_order(request, lines, where, line_confidence, "MDY")  # not backwards
            if not _due_before_issue(month_first.content if isinstance(month_first.content, dict) else {}):
                answer, order = month_first, "MDY"  # (settled: the due date follows the issue date only so)
                content = answer.content if isinstance(answer.content, dict) else {}
        if thousandths:
            self._tenths(content, answer.evidence)
        if order is None and content.get("currency") in BOTH_DATE_ORDERS:
            self._doubt_two_way_dates(answer.evidence, content["currency"])
        if comma and content.get("currency") == "USD" and (evidence := answer.evidence.get("currency")) \
                and not any(NAMED_USD.search(line.text) for line in lines):
            evidence.confidence = min(evidence.confidence or 1.0, 0.45)  # $ 4.800,00: pesos... not US dollars
            evidence.note = "currency: a bare $ on amounts written 1.234,56, which US dollars never are: check it"
        return answer

    def _fields_in_order(self, request: StructureRequest, lines: list[TextLine], where: dict[str, Any],
                         line_confidence: dict[str, float], order: str | None) -> StructureAnswer:
        token = DOCUMENT_DATE_ORDER.set(order)  # 03/12/2025 as this document means it
        try:
            return self._fields(request, lines, where, line_confidence)
        finally:
            DOCUMENT_DATE_ORDER.reset(token)

    def _doubt_two_way_dates(self, evidence: dict[str, FieldEvidence], currency: str) -> None:
        """Flag each date read from figures that fit both orders (11/05/2025) on a page of a country that
        prints both, when nothing on the page settled which."""
        for name, found in evidence.items():
            if (self.spec_for(name) or {}).get("extractor") != "date" or not found.raw:
                continue
            if (match := NUMERIC_DATE.search(found.raw)) and match[1] != match[2] and int(match[1]) <= 12 \
                    and int(match[2]) <= 12:
                found.confidence = min(found.confidence or 1.0, 0.45)
                found.note = f"{name}: {match.group(0)} reads day first or month first, and {currency} pages print both: check"

    def _tenths(self, content: dict[str, Any], evidence: dict[str, FieldEvidence]) -> None:
        """The amounts of a page read tenfold (:func:`tenfold_thousandths`), as printed."""
        for name in list(content):
            spec = self.spec_for(name) or {}
            if spec.get("extractor") in MONEY:
                content[name] = tenth(content[name])
            elif spec.get("extractor") == "items" and isinstance(content[name], list):
                content[name] = [{**item, **{key: tenth(item.get(key)) for key in ITEM_MONEY if key in item}}
                                 if isinstance(item, dict) else item for item in content[name]]
            if (found := evidence.get(name)) is not None:
                found.raw, found.note = tenth(found.raw), tenth(found.note)  # text as printed (None stays None)
                found.lines = [tenth(line) for line in found.lines]

    def _fields(self, request: StructureRequest, lines: list[TextLine],
                where: dict[str, tuple[int, float, float, float, float]], line_confidence: dict[str, float]) -> StructureAnswer:
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
                                           sources=["rules"], raw=found.raw,
                                           boxes=[where[part] for part in found.line.split(" / ") if part in where])
            if found.doubt:
                evidence[name].note = f"{name}: {found.doubt}"
            if spec["extractor"] in COPIED_TEXT:
                ocr = [c for part in found.line.split(" / ") if (c := line_confidence.get(part)) is not None]
                if ocr and min(ocr) < self.ocr_doubt:
                    evidence[name].confidence = min(found.confidence, 0.45)
                    evidence[name].note = evidence[name].note or \
                        f"{name}: the OCR was unsure reading it (confidence {min(ocr):.2f})"
        return StructureAnswer(content=data, evidence=evidence)

