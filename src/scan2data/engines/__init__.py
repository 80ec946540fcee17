"""Engines: the one place models are called. Stages talk to the ``Engine`` protocol only and get
engines by name from ``create_engine``, which finds them as ``scan2data.engines`` entry points — the
built-ins exactly like a third-party plugin's.

An engine may *read* pages (image -> text lines: a vision LLM, an OCR), *structure* text into a
schema (an LLM with constrained output, or rules), or structure straight from page *images*; its
``capabilities`` say which, and the stages refuse a wrong pairing from those alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol, runtime_checkable

from pydantic import BaseModel

from ..document import Document, FieldEvidence, Page, Transcript
from ..errors import ConfigError, EngineUnavailable
from ..plugins import PluginOptions, load, validate_options

READ = "read"
STRUCTURE = "structure"
IMAGES = "images"  # structure straight from page images (one-stage vision mode)
CAPABILITY_WORDS = {READ: "read pages", STRUCTURE: "structure text into a schema",
                    IMAGES: "structure from page images"}


@dataclass
class StructureRequest:
    """Everything a structurer may use; each engine uses what it understands."""

    schema: type[BaseModel]
    prompt: str  # rendered Jinja prompt (LLM engines)
    document: Document  # transcripts with line boxes (rules engine), pages
    images: list[bytes] = field(default_factory=list)  # encoded pages, for one-stage vision mode
    feedback: list[tuple[str, str]] = field(default_factory=list)  # (previous answer, its errors)

    def feedback_messages(self) -> list[dict[str, str]]:
        """Chat turns showing a model each earlier answer and why it did not validate."""
        messages = []
        for previous, errors in self.feedback:
            messages.append({"role": "assistant", "content": previous})
            messages.append({"role": "user", "content": f"That JSON does not match the schema:\n{errors}\n"
                                                        "Answer again with the corrected JSON object only."})
        return messages


@dataclass
class StructureAnswer:
    """An engine's answer: JSON text or a dict, plus optional per-field evidence."""

    content: str | dict[str, Any]
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)


class EngineOptions(PluginOptions):
    """Base of every engine's options (unknown keys are errors)."""


ModelUse = Literal["none", "optional", "required"]


@runtime_checkable
class Engine(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def capabilities(self) -> frozenset[str]: ...

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """Fail fast, before a batch, with an actionable error (server down, model missing...)."""

    def read(self, page: Page, prompt: str) -> Transcript:
        """Transcribe one page (``page.image``; ``page.source`` for engines that read sidecar files)."""

    def structure(self, request: StructureRequest) -> StructureAnswer:
        """Fill the schema from the document's text (or images)."""


class EngineBase:
    """What every engine class declares, with defaults; subclass it to write an engine plugin.

    ``Options`` is the typed ``options:`` mapping of the pipeline YAML; ``model_use`` says whether the
    stage's ``model:`` is needed, allowed or refused; ``shortcuts`` maps run-wide shortcuts
    (``--ollama-url`` is ``ollama_url``) to one of this engine's options."""

    name: ClassVar[str] = ""
    capabilities: ClassVar[frozenset[str]] = frozenset()
    Options: ClassVar[type[EngineOptions]] = EngineOptions
    model_use: ClassVar[ModelUse] = "none"
    shortcuts: ClassVar[dict[str, str]] = {}
    libraries: ClassVar[tuple[str, ...]] = ()  # packages whose version changes results (part of cache keys)

    def __init__(self, model: str | None = None, options: Any = None):
        self.model = model
        self.options: Any = options if options is not None else self.Options()  # the subclass's Options

    @classmethod
    def nested(cls, model: str | None, options: EngineOptions) -> list[tuple[str, str | None, dict[str, Any], str]]:
        """Engines this one creates itself: (engine, model, options, the option key holding them), so
        ``check`` reaches them."""
        return []

    @classmethod
    def apply_shortcuts(cls, options: dict[str, Any], shortcuts: dict[str, Any]) -> dict[str, Any]:
        """``options`` with the run-wide shortcuts this engine understands set (``--ollama-url``)."""
        options = dict(options)
        for shortcut, option in cls.shortcuts.items():
            if shortcuts.get(shortcut) is not None:
                options[option] = shortcuts[shortcut]
        return options

    @classmethod
    def fillable(cls, options: EngineOptions, schema: type[BaseModel]) -> set[str] | None:
        """Schema fields this engine can fill with these options; None means any field."""
        return None

    @classmethod
    def check_config(cls, options: EngineOptions, schema: type[BaseModel] | None, where: str) -> None:
        """Configuration checks that need the schema (a field name that does not exist...)."""

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """Runtime checks (server up, package installed, model present); the default has none."""

    def tune(self, concurrency: int) -> None:
        """How many documents the run processes at once (a CPU engine sizes its sessions and threads)."""

    def slots(self) -> int | None:
        """Calls a model server takes at once (all hosts together); None for an engine on this CPU."""
        return None

    def read(self, page: Page, prompt: str) -> Transcript:
        raise EngineUnavailable(f"the {self.name} engine cannot read pages")

    def structure(self, request: StructureRequest) -> StructureAnswer:
        raise EngineUnavailable(f"the {self.name} engine cannot structure text")


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity: a container or `taskset` may allow fewer
    than the machine has). OCR and model runtimes are told this number: left alone, onnxruntime starts
    a thread per core of the machine and pins them, whatever the affinity."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def engine_class(name: str, where: str = "") -> type[EngineBase]:
    """The engine class registered under ``name`` (entry point group ``scan2data.engines``)."""
    return load("engines", name, where)


def engine_options(name: str, options: dict[str, Any] | None, where: str) -> EngineOptions:
    return validate_options(engine_class(name, where).Options, options, f"{where}.options" if where else "options")


def check_model(name: str, model: str | None, where: str) -> None:
    """A model where the engine needs one, and none where it takes none."""
    use = engine_class(name, where).model_use
    prefix = f"{where}: " if where else ""
    if use == "required" and not model:
        raise ConfigError(f"{prefix}the {name} engine needs a model — add `model:` (e.g. gemma3:4b for ollama)")
    if use == "none" and model:
        raise ConfigError(f"{prefix}the {name} engine takes no model (got {model!r}) — remove `model:`")


def check_capabilities(name: str, needed: set[str], where: str) -> None:
    cls = engine_class(name, where)
    missing = needed - set(cls.capabilities)
    if missing:
        able = ", ".join(n for n in _engines_with(needed)) or "none installed"
        words = " and ".join(CAPABILITY_WORDS.get(m, m) for m in sorted(missing))
        prefix = f"{where}: " if where else ""
        raise ConfigError(f"{prefix}the {name} engine cannot {words} — engines that can: {able}")


def _engines_with(needed: set[str]) -> list[str]:
    from ..plugins import names

    able = []
    for candidate in names("engines"):
        try:
            if needed <= set(engine_class(candidate).capabilities):
                able.append(candidate)
        except ConfigError:
            continue
    return able


def create_engine(name: str, model: str | None = None, options: dict[str, Any] | None = None,
                  where: str = "") -> Engine:
    """Instantiate an engine by name; its module is imported only when used. Options are validated
    (a typo is a ConfigError naming the nearest option) and the model requirement checked."""
    cls = engine_class(name, where)
    validated = engine_options(name, options, where)
    check_model(name, model, where)
    return cls(model=model, options=validated)
