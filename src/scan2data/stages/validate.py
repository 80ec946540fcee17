"""Validate: declared business rules on the validated record. Rules only *flag* a document
(``needs_review`` with a reason); they never drop data, because a person must see it to fix it.

Rules in the pipeline YAML:
    - {rule: required, fields: [total, date]}
    - {rule: items_sum, items: items, amount: amount, targets: [subtotal, total], tolerance: 0.05}
    - {rule: parts_sum, parts: [subtotal, tax, tip], total: total, tolerance: 0.05}
    - {rule: not_future, field: date}
"""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from typing import Any, Callable

from ..config import Rule, ValidateStage
from ..document import Document
from ..errors import ConfigError
from ..types import parse_amount, parse_date


def _amount(value: Any) -> Decimal | None:
    try:
        return parse_amount(value)
    except ValueError:
        return None


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def rule_required(data: dict, fields: list[str]) -> list[str]:
    return [f"{name} is missing" for name in fields if _is_empty(data.get(name))]


def rule_items_sum(
    data: dict, items: str = "items", amount: str = "amount", targets: list[str] | None = None,
    tolerance: float = 0.05,
) -> list[str]:
    rows = data.get(items) or []
    amounts = [_amount(row.get(amount)) for row in rows if isinstance(row, dict)]
    amounts = [a for a in amounts if a is not None]
    if not amounts:
        return []
    total = sum(amounts, Decimal(0))
    present = [(name, _amount(data.get(name))) for name in (targets or ["subtotal", "total"])]
    present = [(name, value) for name, value in present if value is not None]
    if not present:
        return []
    if any(abs(total - value) <= Decimal(str(tolerance)) for _, value in present):
        return []
    names = " or ".join(f"{name} {value}" for name, value in present)
    return [f"{items} add up to {total}, not {names}"]


def rule_parts_sum(
    data: dict, parts: list[str] | None = None, total: str = "total", tolerance: float = 0.05
) -> list[str]:
    parts = parts or ["subtotal", "tax", "tip"]
    values = {name: _amount(data.get(name)) for name in parts}
    expected = _amount(data.get(total))
    first = values.get(parts[0])
    if expected is None or first is None:
        return []  # nothing to compare: only a total, or no subtotal
    got = sum((v for v in values.values() if v is not None), Decimal(0))
    if abs(got - expected) <= Decimal(str(tolerance)):
        return []
    shown = " + ".join(f"{name} {values[name]}" for name in parts if values[name] is not None)
    return [f"{shown} = {got}, but {total} is {expected}"]


def rule_not_future(data: dict, field: str = "date", today: dt.date | None = None) -> list[str]:
    value = data.get(field)
    if _is_empty(value):
        return []
    try:
        parsed = parse_date(value)
    except ValueError:
        return [f"{field} {value!r} is not a date"]
    if parsed and parsed > (today or dt.date.today()):
        return [f"{field} {parsed.isoformat()} is in the future"]
    return []


RULES: dict[str, Callable[..., list[str]]] = {
    "required": rule_required,
    "items_sum": rule_items_sum,
    "parts_sum": rule_parts_sum,
    "not_future": rule_not_future,
}


def check_rule(rule: Rule) -> None:
    """Fail at load time, not mid-batch, on an unknown rule or option."""
    fn = RULES.get(rule.rule)
    if fn is None:
        raise ConfigError(f"unknown validation rule {rule.rule!r} — use one of: {', '.join(RULES)}")
    accepted = set(inspect.signature(fn).parameters) - {"data", "today"}
    unknown = set(rule.model_extra or {}) - accepted
    if unknown:
        raise ConfigError(f"rule {rule.rule}: unknown option(s) {', '.join(sorted(unknown))}; accepted: {', '.join(sorted(accepted))}")


def validate_document(document: Document, options: ValidateStage | None) -> None:
    for rule in options.rules if options else []:
        for reason in RULES[rule.rule](document.data, **(rule.model_extra or {})):
            document.flag(reason)
    for name, evidence in document.evidence.items():
        if evidence.confidence is not None and evidence.confidence < 0.5 and not _is_empty(document.data.get(name)):
            document.flag(evidence.note or f"{name} is uncertain (confidence {evidence.confidence:.2f})")
