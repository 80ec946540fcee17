"""Stages: the steps a pipeline chains, in the order its YAML lists them. Each is a plugin class
(entry point group ``scan2data.stages``) with a typed ``Options`` model; the built-ins are

    load → resize → vision_extract → text_structure → validate → export

and a plugin stage (deskew, redact, a vendor look-up) can be listed anywhere between them. A stage takes
a ``Document`` and returns it; it reaches engines only through ``StageContext.engine`` (never by
importing one), so every engine call is timed and every engine is a plugin too.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ClassVar

from pydantic import BaseModel, Field

from ..catalog import PromptRenderer, load_schema
from ..document import Document, Page, Transcript
from ..engines import Engine, StructureRequest, create_engine, engine_class
from ..fingerprint import code_version, digest, library_versions
from ..plugins import PluginOptions
from ..workspace import Workspace

if TYPE_CHECKING:
    from ..results import RunResult


class StageOptions(PluginOptions):
    """Base of every stage's options; ``stage`` and ``id`` are the YAML entry's own keys."""


class EngineStageOptions(StageOptions):
    """Options of a stage that calls an engine."""

    engine: str
    model: str | None = None
    prompt: str | None = Field(None, description="template file in prompts/")
    options: dict[str, Any] = Field(default_factory=dict, description="the engine's own options")


def engine_fingerprint(name: str, model: str | None, options: dict[str, Any], context: "StageContext",
                       prompt: str | None) -> str:
    """An engine stage's dependencies: the engine's and its nested engines' code and libraries, the
    model, the options and the prompt template's text."""
    cls = engine_class(name)
    parts: list[Any] = [name, model, options, code_version(cls), library_versions(cls.libraries)]
    for nested, _model, _options, _key in cls.nested(model, cls.Options.model_validate(options)):
        nested_cls = engine_class(nested)
        parts += [nested, code_version(nested_cls), library_versions(nested_cls.libraries)]
    if prompt:
        parts.append(context.renderer.source(prompt))
    return digest(*parts)


class TimedEngine:
    """Wraps an engine to add the seconds spent in model calls to the current document's tally,
    so the framework's own overhead can be told apart from model time."""

    def __init__(self, engine: Engine, clock: threading.local):
        self._engine = engine
        self._clock = clock
        self.name = engine.name
        self.capabilities = engine.capabilities

    def preflight(self, **kwargs: Any) -> None:
        self._engine.preflight(**kwargs)

    def tune(self, concurrency: int) -> None:
        tune = getattr(self._engine, "tune", None)  # a plugin engine need not have it
        if tune is not None:
            tune(concurrency)

    def slots(self) -> int | None:
        slots = getattr(self._engine, "slots", None)
        return slots() if slots is not None else None

    def _timed(self, fn: Callable[..., Any], *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self._clock.seconds = getattr(self._clock, "seconds", 0.0) + time.perf_counter() - start

    def read(self, page: Page, prompt: str) -> Transcript:
        return self._timed(self._engine.read, page, prompt)

    def structure(self, request: StructureRequest) -> Any:
        return self._timed(self._engine.structure, request)


@dataclass
class StageContext:
    """What a stage may use besides its options: the pipeline's schema, prompts, engines, its neighbours."""

    pipeline: str
    schema_ref: str | None
    workspace: Workspace
    source: str  # the YAML file (and profile) the configuration came from, for error messages
    renderer: PromptRenderer
    clock: threading.local = field(default_factory=threading.local)
    stages: list["StageBase"] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)  # run-level outputs (`-o`), written by export

    @property
    def schema(self) -> type[BaseModel]:
        if not self.schema_ref:
            from ..errors import ConfigError

            raise ConfigError(f"{self.source}: this pipeline has no schema")
        return load_schema(self.schema_ref, self.workspace)

    def engine(self, name: str, model: str | None, options: dict[str, Any], where: str) -> Engine:
        """A new engine, its options validated, its calls timed."""
        return TimedEngine(create_engine(name, model, options, where=where), self.clock)

    def find(self, name: str) -> "StageBase | None":
        return next((s for s in self.stages if s.name == name), None)


class StageBase:
    """Base of every stage; a plugin stage overrides ``process`` (and ``check``/``prepare`` if needed).

    ``model_shortcut``: which run-wide shortcut (``vision_model`` or ``text_model``) sets this stage's
    model, for stages that call an engine."""

    name: ClassVar[str] = ""
    Options: ClassVar[type[StageOptions]] = StageOptions
    model_shortcut: ClassVar[str | None] = None
    produces_text: ClassVar[bool] = False  # fills page transcripts that later stages structure

    def __init__(self, options: Any, context: StageContext, where: str):
        self.options = options
        self.context = context
        self.where = where  # "stages.2.vision_extract", for error messages

    @property
    def located(self) -> str:
        """``pipelines/receipt.yaml: stages.2.vision_extract`` — the prefix of this stage's errors."""
        return f"{self.context.source}: {self.where}"

    @classmethod
    def shortcut_for(cls, entry: dict[str, Any]) -> str | None:
        """The model shortcut that applies to this YAML entry (text_structure with images: vision)."""
        return cls.model_shortcut

    def check(self) -> list[str]:
        """Check what can be checked without a model; return what was checked, raise ConfigError."""
        return []

    def fillable(self) -> set[str] | None:
        """Schema fields this stage can fill (None: any or none); used to warn about unfillable fields."""
        return None

    def prepare(self) -> None:
        """Create and check engines once before the batch (EngineUnavailable may trigger a fallback)."""

    def process(self, document: Document) -> Document:
        return document

    def tune(self, concurrency: int) -> None:
        """How many documents the run processes at once (engine stages pass it on to their engine)."""

    def slots(self) -> int | None:
        """Calls this stage's model server takes at once; None when it calls none."""
        return None

    def needs_images(self) -> bool:
        """Whether this stage looks at page images (when no later stage does, cached transcripts
        let a re-run skip decoding the file). Unknown stages are assumed to."""
        return True

    def reads_files(self) -> bool:
        """Whether this stage reads values from the file itself, not from its pages: a document with no
        pages (an e-invoice XML) needs a pipeline with such a stage."""
        return False

    def fingerprint(self) -> str:
        """What this stage's output depends on; empty for stages that change no data (export)."""
        return digest(self.name, code_version(type(self)), self.options.model_dump(mode="json"))

    def finish(self, result: "RunResult") -> list[Path]:
        """After the batch: write files (export); returns the files written."""
        return []


class EngineStage(StageBase):
    """A stage that calls one engine (``engine``, ``model``, ``prompt``, ``options``): the engine is
    created and checked once in ``prepare``, and its code, model, options and prompt are part of the
    stage's fingerprint. Subclasses say what the engine must do in ``preflight_needs``."""

    Options: ClassVar[type[StageOptions]] = EngineStageOptions

    def __init__(self, options: Any, context: StageContext, where: str):
        super().__init__(options, context, where)
        self.engine: Engine | None = None

    def preflight_needs(self) -> dict[str, bool]:
        return {}

    def tune(self, concurrency: int) -> None:
        if self.engine is not None:
            self.engine.tune(concurrency)  # type: ignore[attr-defined]

    def slots(self) -> int | None:
        return self.engine.slots() if self.engine is not None else None  # type: ignore[attr-defined]

    def fingerprint(self) -> str:
        opts = self.options
        return digest(super().fingerprint(), engine_fingerprint(opts.engine, opts.model, opts.options, self.context,
                                                                opts.prompt))

    def prepare(self) -> None:
        if self.engine is None:
            opts = self.options
            engine = self.context.engine(opts.engine, opts.model, opts.options, self.located)
            engine.preflight(**self.preflight_needs())
            self.engine = engine
