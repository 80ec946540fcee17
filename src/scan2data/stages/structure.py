"""Text-structure: a structurer engine fills the schema from the transcripts (or, in one-stage mode,
from the page images). An answer that fails validation is sent back with its errors, ``retries`` times."""

from __future__ import annotations

import json

from pydantic import BaseModel, ValidationError

from ..catalog import PromptRenderer, describe_fields
from ..config import TextStructureStage
from ..document import Document
from ..engines import Engine, StructureRequest
from ..errors import ExtractionError
from ..imaging import encode_image


def short_errors(exc: ValidationError, limit: int = 8) -> str:
    lines = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "(object)"
        lines.append(f"- {where}: {err['msg']}")
    return "\n".join(lines)


def parse_answer(schema: type[BaseModel], content: str | dict):
    """An engine's answer (JSON text or a dict) as a schema instance; raises ValidationError."""
    if isinstance(content, str):
        return schema.model_validate_json(content)
    return schema.model_validate(content)


def build_request(
    document: Document, schema: type[BaseModel], options: TextStructureStage, renderer: PromptRenderer
) -> StructureRequest:
    prompt = ""
    if options.prompt:
        prompt = renderer.render(
            options.prompt,
            text=document.text,
            fields=describe_fields(schema),
            schema=json.dumps(schema.model_json_schema(), indent=1),
            pages=len(document.pages),
            source=document.source.name,
        )
    images = []
    if options.send_images:
        images = [encode_image(p.image) for p in document.pages if p.image is not None]
    return StructureRequest(schema=schema, prompt=prompt, document=document, images=images)


def structure_document(
    document: Document,
    schema: type[BaseModel],
    engine: Engine,
    options: TextStructureStage,
    renderer: PromptRenderer,
) -> None:
    request = build_request(document, schema, options, renderer)
    for _attempt in range(options.retries + 1):
        answer = engine.structure(request)
        content = answer.content
        try:
            record = parse_answer(schema, content)
        except ValidationError as exc:
            raw = content if isinstance(content, str) else json.dumps(content, default=str)
            request.feedback.append((raw, short_errors(exc)))
            continue
        document.record = record
        document.data = record.model_dump(mode="json")
        document.evidence = answer.evidence
        return
    last_answer, last_errors = request.feedback[-1]
    snippet = last_answer.replace("\n", " ")[:120]
    raise ExtractionError(
        f"{document.source}: the model's answer did not match schema {schema.__name__} after "
        f"{options.retries + 1} attempt(s): {last_errors.splitlines()[0].lstrip('- ')} (answer: {snippet!r})",
        path=document.source,
    )
