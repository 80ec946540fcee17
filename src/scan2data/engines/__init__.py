"""Engines: the one place models are called. Stages talk to the ``Engine`` protocol only and get
engines by name from ``create_engine``, so adding an engine is one module plus one registry line.

An engine may *read* pages (image -> text lines: a vision LLM, an OCR), *structure* text into a
schema (an LLM with constrained output, or rules), or both. ``capabilities`` says which.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from ..document import Document, FieldEvidence, Page, Transcript
from ..errors import ConfigError

READ = "read"
STRUCTURE = "structure"


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


@runtime_checkable
class Engine(Protocol):
    name: str
    capabilities: frozenset[str]

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """Fail fast, before a batch, with an actionable error (server down, model missing...)."""

    def read(self, page: Page, prompt: str) -> Transcript:
        """Transcribe one page (``page.image``; ``page.source`` for engines that read sidecar files)."""

    def structure(self, request: StructureRequest) -> StructureAnswer:
        """Fill the schema from the document's text (or images)."""


REGISTRY: dict[str, str] = {
    "ollama": "scan2data.engines.ollama:OllamaEngine",
    "rapidocr": "scan2data.engines.rapidocr:RapidOCREngine",
    "tesseract": "scan2data.engines.tesseract:TesseractEngine",
    "rules": "scan2data.engines.rules:RulesEngine",
    "llamacpp": "scan2data.engines.llamacpp:LlamaCppEngine",
    "sidecar": "scan2data.engines.sidecar:SidecarEngine",
    "hybrid": "scan2data.engines.hybrid:HybridEngine",
}


def create_engine(name: str, model: str | None = None, options: dict[str, Any] | None = None) -> Engine:
    """Instantiate an engine by registry name; its module is imported only when used."""
    target = REGISTRY.get(name)
    if target is None:
        known = ", ".join(sorted(REGISTRY))
        raise ConfigError(f"unknown engine {name!r} — use one of: {known}")
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(model=model, **(options or {}))
