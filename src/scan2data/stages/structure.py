"""Text-structure: a structurer engine fills the schema from the transcripts (or, in one-stage mode,
from the page images). An answer that fails validation is sent back with its errors, ``retries`` times."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from ..catalog import PromptRenderer, describe_fields, json_schema
from ..document import Document, Page, Transcript
from ..engines import (
    IMAGES,
    STRUCTURE,
    Engine,
    StructureRequest,
    check_capabilities,
    check_model,
    engine_class,
    engine_options,
)
from ..errors import ConfigError, ExtractionError
from ..imaging import encode_page
from ..plugins import validate_options
from . import EngineStage, EngineStageOptions


class TextStructureOptions(EngineStageOptions):
    retries: int = Field(2, ge=0, le=10, description="re-asks after an answer fails validation")
    send_images: bool = Field(False, description="one-stage mode: the (vision) model reads the pages itself")


class TextStructureStage(EngineStage):
    name = "text_structure"
    Options = TextStructureOptions
    model_shortcut = "text_model"

    @classmethod
    def shortcut_for(cls, entry: dict[str, Any]) -> str | None:
        return "vision_model" if entry.get("send_images") else "text_model"

    def check(self) -> list[str]:
        opts: TextStructureOptions = self.options
        check_capabilities(opts.engine, {STRUCTURE} | ({IMAGES} if opts.send_images else set()), self.located)
        check_model(opts.engine, opts.model, self.located)
        schema = self.context.schema
        validated = engine_options(opts.engine, opts.options, self.located)
        engine_class(opts.engine).check_config(validated, schema, self.located)
        for nested, model, options, key in engine_class(opts.engine).nested(opts.model, validated):
            where = f"{self.context.source}: {self.where}.options.{key}"
            nested_cls = engine_class(nested, where)
            check_model(nested, model, where)
            nested_cls.check_config(validate_options(nested_cls.Options, options, where), schema, where)
        earlier = self.context.stages[: self.context.stages.index(self)]
        if not any(stage.produces_text for stage in earlier) and not opts.send_images:
            raise ConfigError(f"{self.located}: nothing reads the pages before it — add a "
                              "vision_extract stage, or set send_images: true for a vision model")
        checked = [f"{self.where}: engine {opts.engine} fills {schema.__name__}"]
        if opts.prompt:
            build_request(_sample_document(), schema, opts, self.context.renderer)
            checked.append(f"prompt {opts.prompt}: renders")
        return checked

    def needs_images(self) -> bool:
        return bool(self.options.send_images)

    def fillable(self) -> set[str] | None:
        opts: TextStructureOptions = self.options
        validated = engine_options(opts.engine, opts.options, self.located)
        return engine_class(opts.engine).fillable(validated, self.context.schema)

    def preflight_needs(self) -> dict[str, bool]:
        return {"structure": True, "images": bool(self.options.send_images)}

    def process(self, document: Document) -> Document:
        assert self.engine is not None, "prepare() first"
        if not document.pages:
            return document  # an e-invoice XML: nothing printed to structure (the einvoice stage reads it)
        structure_document(document, self.context.schema, self.engine, self.options, self.context.renderer)
        return document


def _sample_document() -> Document:
    """A one-page document with a little text, to render prompts in ``check``."""
    document = Document(source=Path("check.png"), pages=[Page(source=Path("check.png"), number=1)])
    document.pages[0].transcript = Transcript(text="SAMPLE TEXT")
    return document


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
    document: Document, schema: type[BaseModel], options: TextStructureOptions, renderer: PromptRenderer
) -> StructureRequest:
    prompt = ""
    if options.prompt:
        prompt = renderer.render(
            options.prompt,
            text=document.text,
            fields=describe_fields(schema),
            schema=json.dumps(json_schema(schema), indent=1),
            pages=len(document.pages),
            source=document.source.name,
        )
    images = []
    if options.send_images:
        for page in document.pages:
            if page.image is None and page.loader is None:
                continue  # `check` renders the request for a sample document without pixels
            images.append(encode_page(page))
            page.unload()
    return StructureRequest(schema=schema, prompt=prompt, document=document, images=images)


def structure_document(
    document: Document,
    schema: type[BaseModel],
    engine: Engine,
    options: TextStructureOptions,
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
