"""Let a language model *point at* OCR lines instead of writing values.

The model sees numbered lines and answers, per field, a line number constrained to the lines that
exist (or null). The value is then parsed from that line: an amount, a date, or the line's text.
A small model that cannot copy a number reliably can still often say where it is.
"""

from __future__ import annotations

import json
import typing
from typing import Any

from pydantic import BaseModel

from ..document import FieldEvidence
from ..fields.amounts import _amounts
from ..fields.dates import find_dates
from ..metrics import field_kinds
from . import StructureAnswer, StructureRequest

MAX_LINES = 150


def pointable_fields(schema: type[BaseModel]) -> list[str]:
    """Scalar fields (text, amounts, dates); lists, nested objects and yes/no answers are not one line."""
    names = []
    for name, info in schema.model_fields.items():
        if typing.get_origin(info.annotation) is list or info.annotation is bool or bool in typing.get_args(info.annotation):
            continue
        names.append(name)
    return names


def value_from_line(text: str, kind: str) -> tuple[Any, str] | None:
    if kind == "amount":
        amounts = _amounts(text)
        return (float(amounts[-1][1]), amounts[-1][0]) if amounts else None
    if kind == "date":
        dates = find_dates(text)
        return (dates[0][1].isoformat(), dates[0][0]) if dates else None
    return text.strip(), text.strip()


def choose_lines(engine, request: StructureRequest) -> StructureAnswer:
    lines = request.document.lines[:MAX_LINES]
    kinds = field_kinds(request.schema)
    fields = pointable_fields(request.schema)
    if not lines or not fields:
        return StructureAnswer(content={})
    index_type = {"anyOf": [{"type": "integer", "enum": list(range(len(lines)))}, {"type": "null"}]}
    schema = {"type": "object", "properties": {f: index_type for f in fields}, "required": fields}
    described = "\n".join(f"- {f}: {request.schema.model_fields[f].description or f}" for f in fields)
    numbered = "\n".join(f"{i}: {line.text}" for i, line in enumerate(lines))
    prompt = (f"These are the numbered text lines read from a document:\n{numbered}\n\n"
              f"For each field, answer the number of the line that contains it, or null if no line does:\n"
              f"{described}\nAnswer with a JSON object.")
    answer = json.loads(engine.complete_json([{"role": "user", "content": prompt}], schema) or "{}")
    data: dict[str, Any] = {}
    evidence: dict[str, FieldEvidence] = {}
    for name in fields:
        index = answer.get(name)
        if not isinstance(index, int) or not 0 <= index < len(lines):
            continue
        parsed = value_from_line(lines[index].text, kinds.get(name, "text"))
        if parsed is None:
            continue
        data[name], raw = parsed
        evidence[name] = FieldEvidence(confidence=0.5, lines=[lines[index].text], sources=[engine.name], raw=raw)
    return StructureAnswer(content=data, evidence=evidence)
