"""The value types every stage shares: a ``Document`` of ``Page``s, and what was read and extracted.

A stage takes a Document and fills in more of it; no stage has its own private copy of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from PIL import Image

Status = Literal["ok", "needs_review", "failed"]


@dataclass
class TextLine:
    """One line of text read from a page, with where it sits (pixels of the page image) and how sure
    the reader was. Engines that only return free text (a vision LLM) give lines without boxes."""

    text: str
    box: tuple[float, float, float, float] | None = None  # left, top, right, bottom
    confidence: float | None = None


@dataclass
class Transcript:
    """What a reader engine saw on one page."""

    text: str
    lines: list[TextLine] = field(default_factory=list)
    engine: str = ""
    image_size: tuple[int, int] | None = None  # the page image it was read from, so a re-read can be skipped

    @classmethod
    def from_lines(cls, lines: list[TextLine], engine: str = "") -> "Transcript":
        return cls(text="\n".join(line.text for line in lines), lines=lines, engine=engine)


@dataclass
class Page:
    """One page (or one image) of a document. ``image`` is decoded by the load stage and shrunk by
    the resize stage; it is dropped once the document is done so big batches do not pile up memory."""

    source: Path
    number: int  # 1-based
    image: Image.Image | None = None
    transcript: Transcript | None = None

    def pixels(self) -> Image.Image:
        """The page image, for engines that read pixels; a clear error when there is none."""
        if self.image is None:
            from .errors import InputError

            raise InputError(f"{self.source}: page {self.number} has no image to read", path=self.source)
        return self.image


@dataclass
class FieldEvidence:
    """Why a field has its value: how confident the structurer is and which lines it came from."""

    confidence: float | None = None
    lines: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    raw: str | None = None  # the value exactly as printed, when the engine knows it
    note: str | None = None  # why it is uncertain, shown as the review reason


@dataclass
class Document:
    """One input file (an image, a multi-page TIFF or a PDF) as it moves through a pipeline."""

    source: Path
    document_id: str = ""
    pages: list[Page] = field(default_factory=list)
    document_type: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    record: Any = None  # the validated Pydantic model instance, when validation succeeded
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)
    status: Status = "ok"
    reasons: list[str] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    seconds: float = 0.0
    model_seconds: float = 0.0

    @property
    def text(self) -> str:
        """All pages' transcripts, with page markers when there is more than one page."""
        parts = [p.transcript.text for p in self.pages if p.transcript is not None]
        if len(parts) <= 1:
            return parts[0] if parts else ""
        return "\n\n".join(f"--- page {i} ---\n{t}" for i, t in enumerate(parts, start=1))

    @property
    def lines(self) -> list[TextLine]:
        """Every page's lines in reading order; plain text split into lines when no engine gave any."""
        lines = [line for page in self.pages if page.transcript for line in page.transcript.lines]
        return lines or [TextLine(t) for t in self.text.splitlines() if t.strip()]

    def flag(self, reason: str) -> None:
        """Mark for human review without dropping any data."""
        if reason not in self.reasons:
            self.reasons.append(reason)
        if self.status == "ok":
            self.status = "needs_review"

    def fail(self, error: Exception) -> None:
        self.status = "failed"
        self.error = str(error)
        self.error_kind = getattr(error, "kind", type(error).__name__)

    def release_images(self) -> None:
        for page in self.pages:
            page.image = None
