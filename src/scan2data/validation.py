"""Validation rules: business checks that flag a document for review (``needs_review`` with a reason);
they never drop data, because a person must see it to fix it.

Each rule is a plugin (entry point group ``scan2data.rules``): a class with a ``name``, an ``Options``
model and ``check(data) -> reasons``. In the pipeline YAML:

    - {rule: required, fields: [total, date]}
    - {rule: items_sum, items: items, amount: amount, targets: [subtotal, total], tolerance: 0.05}
    - {rule: parts_sum, parts: [subtotal, tax, tip], total: total, tolerance: 0.05}
    - {rule: not_future, field: date}
    - {rule: line_math, items: items, quantity: quantity, unit_price: unit_price, amount: amount}
    - {rule: tax_share, tax: tax, total: total}
    - {rule: change_given, tendered: amount_tendered, change: change, total: total}
    - {rule: misread_characters, fields: [merchant_name, merchant_address]}
    - {rule: stray_fields, fields: [merchant_name, merchant_address]}
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from itertools import combinations
from typing import Any, ClassVar, Literal, Optional, Union

from pydantic import Field

from .datafiles import data_file
from .plugins import PluginOptions
from .types import TAX_RATES, parse_amount, parse_date


class RuleOptions(PluginOptions):
    """Base of every rule's options."""


class RuleBase:
    """Base of every validation rule: ``check`` returns the review reasons (empty when all is well);
    ``fields`` names the schema fields it reads, so ``scan2data check`` can say when one does not exist."""

    name: ClassVar[str] = ""
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    corroborates: ClassVar[bool] = False  # a passed check is evidence its fields are right (sums are)

    def __init__(self, options: Any):
        self.options = options

    def fields(self) -> list[str]:
        return []

    def applies(self, data: dict[str, Any]) -> bool:
        """Whether the data holds what the check needs (a sum with no total proves nothing)."""
        return all(not is_empty(data.get(name)) for name in self.fields()[:1]) and \
            any(not is_empty(data.get(name)) for name in self.fields()[1:])

    def check(self, data: dict[str, Any]) -> list[str]:
        raise NotImplementedError


def _amount(value: Any) -> Decimal | None:
    try:
        return parse_amount(value)
    except ValueError:
        return None


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class RequiredOptions(RuleOptions):
    fields: list[str] = Field(min_length=1, description="fields that must have a value")


class Required(RuleBase):
    name = "required"
    Options = RequiredOptions

    def fields(self) -> list[str]:
        return list(self.options.fields)

    def check(self, data: dict[str, Any]) -> list[str]:
        return [f"{name} is missing" for name in self.options.fields if is_empty(data.get(name))]


class ItemsSumOptions(RuleOptions):
    items: str = Field("items", description="the list field")
    amount: str = Field("amount", description="the amount field of each entry")
    targets: list[str] = Field(["subtotal", "total"], description="the sum must match one of these")
    tolerance: float = Field(0.05, ge=0)
    allowances: Optional[str] = Field(None, description="discounts on the whole document: the items may match "
                                                        "the net target before them")
    charges: Optional[str] = Field(None, description="charges on the whole document (freight): the items may "
                                                     "match the net target without them")
    net_target: str = Field("subtotal", description="the target the discounts and charges are part of (the "
                                                    "amount before tax)")
    added: list[str] = Field([], description="amounts added to the items' prices (tax, service charge, rounding): "
                                             "the items may add up to a gross target less any of them (no subtotal "
                                             "printed)")


class ItemsSum(RuleBase):
    """The line items add up to one of the targets — also when the lines hold their groups (a
    subtotal line after its lines, a bundle over its parts: left out, the rest must add up)."""

    name = "items_sum"
    Options = ItemsSumOptions
    corroborates = True

    def fields(self) -> list[str]:
        return [self.options.items, *self.options.targets,
                *(name for name in (self.options.allowances, self.options.charges) if name), *self.options.added]

    def check(self, data: dict[str, Any]) -> list[str]:
        opts: ItemsSumOptions = self.options
        rows = data.get(opts.items) or []
        amounts = [_amount(row.get(opts.amount)) for row in rows if isinstance(row, dict)]
        present_amounts = [a for a in amounts if a is not None]
        if not present_amounts:
            return []
        total = sum(present_amounts, Decimal(0))
        present = [(name, value) for name in opts.targets if (value := _amount(data.get(name))) is not None]
        if not present:
            return []
        # a target after the document's own discounts and charges: the lines' sum is the target plus
        # the discounts, less the charges (a discount printed -5.00 or 5.00 is the same discount)
        allowances, charges = _adjustments(data, opts.allowances, opts.charges)
        candidates = [value for _, value in present] + [value + allowances - charges for name, value in present
                                                        if name == opts.net_target]
        added = [value for name in opts.added if (value := _amount(data.get(name)))]
        for size in range(1, len(added) + 1):  # the items, then the tax and a service charge on top of them
            candidates += [value - sum(parts, Decimal(0)) for parts in combinations(added, size)
                           for name, value in present if name != opts.net_target]
        tolerance = Decimal(str(opts.tolerance))
        if any(abs(total - value) <= tolerance for value in candidates):
            return []
        if (parts := _without_group_lines(present_amounts)) != present_amounts and \
                any(abs(sum(parts, Decimal(0)) - value) <= tolerance for value in candidates):
            return []  # the lines hold groups (a subtotal line after its lines, a bundle over its parts)
        names = " or ".join(f"{name} {value}" for name, value in present)
        return [f"{opts.items} add up to {total}, not {names}"]


def _without_group_lines(amounts: list[Decimal]) -> list[Decimal]:
    """The lines less those that add up the two or more lines right before them (``Subtotal
    hardware`` under its printers) or right after them (a bundle over its parts)."""
    prefix = [Decimal(0)]
    for amount in amounts:
        prefix.append(prefix[-1] + amount)

    def sums_a_run(index: int) -> bool:  # prefix[b] - prefix[a] is the sum of amounts[a:b]
        runs = [prefix[index] - prefix[start] for start in range(index - 1)] + \
               [prefix[end] - prefix[index + 1] for end in range(index + 3, len(amounts) + 1)]
        return any(abs(run - amounts[index]) <= Decimal("0.005") for run in runs)
    return [amount for index, amount in enumerate(amounts) if not (amount and sums_a_run(index))]


def _adjustments(data: dict[str, Any], allowances: str | None, charges: str | None) -> tuple[Decimal, Decimal]:
    """The document's own discounts and charges, as sizes (a discount printed -5.00 or 5.00 is the same
    discount); 0 for a field not named or not read."""
    return (abs(_amount(data.get(allowances)) or Decimal(0)) if allowances else Decimal(0),
            abs(_amount(data.get(charges)) or Decimal(0)) if charges else Decimal(0))


class PartsSumOptions(RuleOptions):
    parts: list[str] = Field(["subtotal", "tax", "tip"], min_length=1, description="the first one must be present")
    total: str = "total"
    tolerance: float = Field(0.05, ge=0)
    # true hides a total misread as the subtotal (SROIE, dataset OCR: flag recall 38 -> 23 %);
    # known_rates accepts the inclusive reading only when the tax is what a known rate, included, makes
    # of the total (SROIE dev, RapidOCR: 42 -> 39 flagged, no wrong total let through)
    inclusive: Union[bool, Literal["known_rates"]] = Field(
        False, description="also accept a first part that already includes the tax (subtotal = total): true, "
                           "or known_rates — only when the tax matches a rate in data/locales.yaml tax_rates")
    tax: str = Field("tax", description="the part that is the tax (for inclusive: known_rates)")
    included: Optional[str] = Field(None, description="a field that is true when the document says its prices include "
                                                      "the tax: then any tax up to the highest known rate's share passes")
    pricing: Optional[str] = Field(None, description="the currency field: in a currency of data/locales.yaml "
                                                     "tax_inclusive_currencies, prices include the tax as when the page says so")
    allowances: Optional[str] = Field(None, description="discounts on the whole document, taken off after the first "
                                                        "part when it does not already hold them (a discount printed "
                                                        "-5.00 or 5.00 is the same discount)")
    charges: Optional[str] = Field(None, description="charges on the whole document (freight), added after the first "
                                                     "part when it does not already hold them (Subtotal, Freight, Tax, Total)")
    withheld: Optional[str] = Field(None, description="a part that may come off after the total instead of before it "
                                                      "(Italy's ritenuta: Totale documento, then Netto a pagare; Spain's "
                                                      "Total factura after the IRPF): the total with or without it passes")


class PartsSum(RuleBase):
    name = "parts_sum"
    Options = PartsSumOptions
    corroborates = True

    def applies(self, data: dict[str, Any]) -> bool:
        return not is_empty(data.get(self.options.total)) and not is_empty(data.get(self.options.parts[0])) and \
            any(not is_empty(data.get(name)) for name in self.options.parts[1:])

    def fields(self) -> list[str]:
        adjustments = [name for name in (self.options.allowances, self.options.charges) if name]
        return [*self.options.parts, *adjustments, self.options.total]

    def check(self, data: dict[str, Any]) -> list[str]:
        opts: PartsSumOptions = self.options
        values = {name: _amount(data.get(name)) for name in opts.parts}
        expected = _amount(data.get(opts.total))
        if expected is None or values.get(opts.parts[0]) is None:
            return []  # nothing to compare: only a total, or no subtotal
        got = sum((v for v in values.values() if v is not None), Decimal(0))
        tolerance = Decimal(str(opts.tolerance))
        allowances, charges = _adjustments(data, opts.allowances, opts.charges)
        withheld = values.get(opts.withheld) if opts.withheld else None
        # the document's own discounts and charges: inside the first part (Netto after its Zuschläge), or after it
        if any(abs(sum_ + adjustment - expected) <= tolerance
               for sum_ in {got, got - (withheld or 0)}
               for adjustment in {Decimal(0), charges - allowances, charges, -allowances}):
            return []
        untaxed = sum((v for name, v in values.items() if name != opts.tax and v is not None), Decimal(0))
        says_included = (opts.included and data.get(opts.included) is True) or \
            (opts.pricing and data.get(opts.pricing) in TAX_INCLUSIVE_CURRENCIES)
        if says_included and _within_share(expected, values.get(opts.tax)) and any(
                abs(untaxed + adjustment - expected) <= tolerance for adjustment in {Decimal(0), charges - allowances}):
            return []  # the page says the tax is in the prices: subtotal (less a discount, plus shipping) is the total
        if opts.inclusive and abs(untaxed - expected) <= tolerance \
                and all(v is None or abs(v) <= abs(expected) for name, v in values.items() if name != opts.parts[0]):
            if opts.inclusive is True or _included_tax(expected, values.get(opts.tax)):
                return []  # tax included in the prices: the subtotal already is the total
            net = values.get(opts.tax)
            if opts.inclusive == "known_rates" and net is not None and (rate := _net_rate(expected, net)) is not None:
                return [f"{opts.tax} {net} looks like the amount before tax ({opts.total} {expected} at {rate} % "
                        f"included): the {opts.tax} would be {expected - net}"]
        shown = " + ".join(f"{name} {values[name]}" for name in opts.parts
                           if values[name] is not None and (values[name] or name == opts.parts[0]))  # no "+ rounding 0.0"
        return [f"{shown} = {got}, but {opts.total} is {expected}"]


TAX_INCLUSIVE_CURRENCIES = set(data_file("locales.yaml")["tax_inclusive_currencies"])


def _included_tax(total: Decimal, tax: Decimal | None) -> bool:
    """The tax is what a known rate, included in the total, makes of it, within 3 cents: taxes rounded
    item by item add up a cent or two away from the total's (SROIE dev: 129.30 with 7.30 of 6 % GST,
    7.32 at the total)."""
    if tax is None or tax <= 0:
        return False
    return any(abs(total * rate / (100 + rate) - tax) <= Decimal("0.03") for rate in TAX_RATES)


def _highest_share(total: Decimal, rate: Decimal | None = None) -> Decimal:
    """What the highest rate (``rate``, else the highest known one), included, makes of the total."""
    rate = rate if rate is not None else TAX_RATES[-1]
    return abs(total) * rate / (100 + rate)


def _within_share(total: Decimal, tax: Decimal | None) -> bool:
    """A tax the page says is included, at most what the highest known rate makes of the total (a
    basket may mix rates and untaxed goods: AU GST on some items only)."""
    return tax is not None and total > 0 and 0 < tax <= _highest_share(total)


def _net_rate(total: Decimal, read: Decimal | None) -> Decimal | None:
    """The known rate at which ``read`` is the total without its tax (a tax summary's net column read
    as the tax), if any."""
    if read is None or read <= 0:
        return None
    return next((rate for rate in TAX_RATES if abs(total * 100 / (100 + rate) - read) <= Decimal("0.015")), None)


class LineMathOptions(RuleOptions):
    items: str = Field("items", description="the list field")
    quantity: str = "quantity"
    unit_price: str = "unit_price"
    amount: str = "amount"
    tolerance: float = Field(0.05, ge=0, description="per line, besides a cent per unit of rounding")
    price_units: list[int] = Field([1], min_length=1,
                                   description="quantities a unit price may be quoted for: [1, 100] accepts "
                                               "49.29 per 100 pieces (wholesale invoices)")
    gross: bool = Field(False, description="also accept an amount that is quantity × net price plus a known tax "
                                           "rate (data/locales.yaml): a table's last column with the line's VAT")


class LineMath(RuleBase):
    """Quantity × unit price = amount, on every line that prints all three (a misread digit in any of
    them shows here, even when the lines still add up to a misread total). Wholesale invoices often
    quote prices per 10, 100 or 1000 pieces (``price_units``): 150 × 49.29 per 100 = 73.94."""

    name = "line_math"
    Options = LineMathOptions
    corroborates = False  # the amounts of lines are not values of their own in the record

    def fields(self) -> list[str]:
        return [self.options.items]

    def applies(self, data: dict[str, Any]) -> bool:
        return bool(data.get(self.options.items))

    def check(self, data: dict[str, Any]) -> list[str]:
        opts: LineMathOptions = self.options
        reasons = []
        for number, row in enumerate(data.get(opts.items) or [], start=1):
            if not isinstance(row, dict):
                continue
            quantity, price, amount = (_amount(row.get(k)) for k in (opts.quantity, opts.unit_price, opts.amount))
            if quantity is None or price is None or amount is None or quantity == 0:
                continue
            tolerance = Decimal(str(opts.tolerance))
            rates = [Decimal(0), *(TAX_RATES if opts.gross else [])]  # (40 × 125.00 = 5,000.00, with 5 % VAT 5,250.00)
            if all(abs(abs(quantity * price / unit * (100 + rate) / 100) - abs(amount))
                   > tolerance + Decimal("0.01") * abs(quantity) / unit for unit in opts.price_units for rate in rates):
                reasons.append(f"{opts.items} line {number}: {quantity:g} × {price} = {(quantity * price).quantize(Decimal('0.01'))}, "
                               f"but its amount is {amount}")
        return reasons


class TaxShareOptions(RuleOptions):
    tax: str = "tax"
    total: str = "total"
    max_rate: float | None = Field(None, gt=0, le=100, description="the highest tax rate (percent) a document may "
                                                                   "carry; default: the highest in data/locales.yaml")


class TaxShare(RuleBase):
    """The tax is at most what the highest rate makes of the total (a basket may mix rates, so less is
    fine): a tax of 13.74 on a total of 53.14 is another amount read as the tax."""

    name = "tax_share"
    Options = TaxShareOptions

    def fields(self) -> list[str]:
        return [self.options.tax, self.options.total]

    def check(self, data: dict[str, Any]) -> list[str]:
        opts: TaxShareOptions = self.options
        tax, total = _amount(data.get(opts.tax)), _amount(data.get(opts.total))
        if tax is None or total is None or tax == 0:
            return []
        rate = Decimal(str(opts.max_rate)) if opts.max_rate else TAX_RATES[-1]
        most = _highest_share(total, rate)
        if (tax < 0) != (total < 0) or abs(tax) > most + Decimal("0.02"):
            return [f"{opts.tax} {tax} is more than a {float(rate):g} % tax on {opts.total} {total} can be"]
        return []


class ChangeGivenOptions(RuleOptions):
    tendered: str = Field("amount_tendered", description="the cash handed over")
    change: str = Field("change", description="the change given back")
    total: str = "total"
    rounding: Optional[str] = Field("rounding", description="a cash-rounding adjustment printed under the total, "
                                                           "above the change: paid = total + rounding")
    tolerance: float = Field(0.01, ge=0, description="a cash-rounded total is what the change was counted from, "
                                                     "so a cent is all it may differ by")


class ChangeGiven(RuleBase):
    """Cash handed over less the change given back is the total paid: a check of the total that needs no
    items, printed on most cash receipts. It catches a total read before its cash rounding (181.98 for
    182.00) and a misread digit the items would repeat (a ฿ read as 8 on every amount). A tender short of
    the total with no change is a split payment (part cash, part card) and proves nothing."""

    name = "change_given"
    Options = ChangeGivenOptions
    corroborates = True

    def fields(self) -> list[str]:
        return [self.options.total, self.options.tendered, self.options.change] + \
            ([self.options.rounding] if self.options.rounding else [])

    def applies(self, data: dict[str, Any]) -> bool:
        return all(not is_empty(data.get(name)) for name in self.fields()[:3])

    def check(self, data: dict[str, Any]) -> list[str]:
        opts: ChangeGivenOptions = self.options
        total, tendered, change = (_amount(data.get(name)) for name in (opts.total, opts.tendered, opts.change))
        if total is None or tendered is None or change is None:
            return []
        tendered, change = abs(tendered), abs(change)  # a payment printed -50.00 is still 50.00 handed over
        paid = tendered - change
        rounding = (_amount(data.get(opts.rounding)) if opts.rounding else None) or Decimal(0)
        tolerance = Decimal(str(opts.tolerance))
        if any(abs(paid - abs(total) - adjustment) <= tolerance for adjustment in {Decimal(0), rounding, -rounding}) \
                or (change == 0 and tendered < abs(total)):
            return []
        return [f"{opts.tendered} {tendered} − {opts.change} {change} = {paid}, but {opts.total} is {total}"]


class TextPatternsOptions(RuleOptions):
    fields: list[str] = Field(min_length=1, description="text fields copied from the page (names, addresses)")


def _patterns(key: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), what) for pattern, what in data_file("vocabulary.yaml")[key]]


class _TextPatterns(RuleBase):
    """A name or address holding one of ``patterns``: a reason naming the field, what was found, and
    ``advice``. The patterns are data in data/vocabulary.yaml."""

    Options = TextPatternsOptions
    patterns: ClassVar[list[tuple[re.Pattern[str], str]]] = []
    advice: ClassVar[str] = ""

    def fields(self) -> list[str]:
        return list(self.options.fields)

    def applies(self, data: dict[str, Any]) -> bool:
        return any(isinstance(data.get(name), str) for name in self.options.fields)

    def _text(self, value: str) -> str:
        return value

    def check(self, data: dict[str, Any]) -> list[str]:
        reasons = []
        for name in self.options.fields:
            value = data.get(name)
            if not isinstance(value, str):
                continue
            for pattern, what in self.patterns:
                if match := pattern.search(self._text(value)):
                    reasons.append(f"{name}: {match.group(0).strip()!r} has {what} — {self.advice}")
                    break
        return reasons


PRINTED_CODES = re.compile("|".join(data_file("vocabulary.yaml")["ocr_confusions_exempt"]))


class MisreadCharacters(_TextPatterns):
    """A name or address holding what print rarely has and OCR often makes (``7/1L8B``: a letter
    between digits, for 7/118B). OCR is confident on such misreads, so its confidence does not catch
    them; the patterns are ``ocr_confusions``."""

    name = "misread_characters"
    patterns = _patterns("ocr_confusions")
    advice = "a likely misread, check it"

    def _text(self, value: str) -> str:
        return PRINTED_CODES.sub(" ", value.upper())


class StrayFields(_TextPatterns):
    """A name or address holding what belongs to another field (``... MERCHANT ID: 0000123456``, a
    VAT id, a card's masked digits, a date): the block ran past its end, and its confidence cannot
    tell. The patterns are ``stray_fields``."""

    name = "stray_fields"
    patterns = _patterns("stray_fields")
    advice = "another field read into it, check where it ends"

    def _text(self, value: str) -> str:
        return value.upper()  # an invoice's mixed case: Cad. No:100 is a house number as CAD. NO:100 is


class NotFutureOptions(RuleOptions):
    field: str = "date"


class NotFuture(RuleBase):
    name = "not_future"
    Options = NotFutureOptions

    def fields(self) -> list[str]:
        return [self.options.field]

    def check(self, data: dict[str, Any], today: dt.date | None = None) -> list[str]:
        name = self.options.field
        value = data.get(name)
        if is_empty(value):
            return []
        try:
            parsed = parse_date(value)
        except ValueError:
            return [f"{name} {value!r} is not a date"]
        if parsed and parsed > (today or dt.date.today()):
            return [f"{name} {parsed.isoformat()} is in the future"]
        return []
