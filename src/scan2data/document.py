"""The value types every stage shares: a ``Document`` of ``Page``s, and what was read and extracted.

A stage takes a Document and fills in more of it; no stage has its own private copy of the data.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from PIL import Image

Status = Literal["ok", "needs_review", "failed"]


def display_path(path: Path | str | None) -> str:
    """A path as one line of valid text: bytes that are not UTF-8 (zip files, old Windows shares) and
    control characters (a newline in a file name) are shown escaped, never passed on raw."""
    if path is None:
        return ""
    try:
        text = os.fsencode(path).decode("utf-8", "backslashreplace")  # the original bytes, as \xff
    except UnicodeError:
        text = safe_text(str(path))
    return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def safe_text(text: str) -> str:
    """Text that can be encoded as UTF-8: lone surrogates (undecodable file-name bytes) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


CELL_GAP = "  "  # what joins the fragments of one line: two spaces


@dataclass
class TextLine:
    """One line of text read from a page, with where it sits (pixels of the page image) and how sure
    the reader was. Engines that only return free text (a vision LLM) give lines without boxes."""

    text: str
    box: tuple[float, float, float, float] | None = None  # left, top, right, bottom
    confidence: float | None = None
    # where each cell of the line (``text`` split at CELL_GAP) starts and ends across the page, when
    # the reader gave separate fragments: a table's columns are told apart by position, not by order
    cells: tuple[tuple[float, float], ...] = ()

    def with_text(self, text: str) -> "TextLine":
        """The same line with its text rewritten (upper case, decimal point); the cell positions are
        kept while the rewrite leaves the cells as they were."""
        cells = self.cells if len(text.split(CELL_GAP)) == len(self.cells) else ()
        return TextLine(text, self.box, self.confidence, cells)

    def positioned_cells(self) -> list[tuple[str, float, float]]:
        """The line's cells with their left and right edges; empty when the positions are not known."""
        parts = self.text.split(CELL_GAP)
        if not self.cells or len(parts) != len(self.cells):
            return []
        return [(part, left, right) for part, (left, right) in zip(parts, self.cells)]

    def cells_over(self, left: float, right: float) -> list[tuple[str, float, float]]:
        """The positioned cells that overlap the span from ``left`` to ``right`` (a column below its label)."""
        return [cell for cell in self.positioned_cells() if cell[1] < right and left < cell[2]]


@dataclass
class Transcript:
    """What a reader engine saw on one page."""

    text: str
    lines: list[TextLine] = field(default_factory=list)
    engine: str = ""
    image_size: tuple[int, int] | None = None  # the page image it was read from, so a re-read can be skipped
    page_size: tuple[float, float] | None = None  # the page in the units of the boxes (a text layer's own)

    @property
    def extent(self) -> tuple[float, float] | None:
        """Width and height of the page in the units of its line boxes."""
        return self.page_size or (self.image_size if self.image_size else None)

    @classmethod
    def from_lines(cls, lines: list[TextLine], engine: str = "") -> "Transcript":
        return cls(text="\n".join(line.text for line in lines), lines=lines, engine=engine)


@dataclass
class Page:
    """One page (or one image) of a document. ``image`` is decoded by the load stage and shrunk by
    the resize stage; it is dropped once the document is done so big batches do not pile up memory."""

    source: Path
    number: int  # 1-based, among the pages read
    file_page: int | None = None  # the page's own number in the file, when only a range was read
    image: Image.Image | None = None
    transcript: Transcript | None = None
    loader: Callable[[], Image.Image] | None = None  # decodes the page again after ``unload``
    transforms: list[Callable[[Image.Image], Image.Image]] = field(default_factory=list)

    def pixels(self) -> Image.Image:
        """The page image (decoded now if needed, with the transforms applied); a clear error when
        there is none or it cannot be decoded."""
        from .errors import InputError

        if self.image is None and self.loader is not None:
            try:
                image = self.loader()
            except InputError:
                raise
            except (OSError, ValueError, SyntaxError, EOFError) as exc:
                raise InputError(f"{display_path(self.source)}: page {self.number} cannot be decoded: {exc}",
                                 path=self.source) from exc
            for transform in self.transforms:
                image = transform(image)
            self.image = image
        if self.image is None:
            raise InputError(f"{display_path(self.source)}: page {self.number} has no image to read",
                             path=self.source)
        return self.image

    def transform(self, fn: Callable[[Image.Image], Image.Image]) -> None:
        """Apply ``fn`` to the image now if it is decoded, and after every later decode."""
        self.transforms.append(fn)
        if self.image is not None:
            self.image = fn(self.image)

    def unload(self) -> None:
        """Drop the decoded image when it can be decoded again, so pages are held one at a time."""
        if self.loader is not None:
            self.image = None


@dataclass
class FieldEvidence:
    """Why a field has its value: how confident the structurer is and which lines it came from."""

    confidence: float | None = None
    lines: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    raw: str | None = None  # the value exactly as printed, when the engine knows it
    # where it was read: (page number, left, top, right, bottom) as fractions of the page (review page)
    boxes: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    note: str | None = None  # why it is uncertain, shown as the review reason
    verified: bool = False  # from an exact source (an e-invoice) and not contradicted by the page


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
    corrected: list[str] = field(default_factory=list)  # fields a person corrected in the review page
    reviewed_by: str | None = None  # who reviewed it, and when
    template: str | None = None  # the issuer template that read it (learned from a correction)

    @property
    def text(self) -> str:
        """All pages' transcripts, with page markers when there is more than one page."""
        parts = [p.transcript.text for p in self.pages if p.transcript is not None]
        if len(parts) <= 1:
            return parts[0] if parts else ""
        return "\n\n".join(f"--- page {i} ---\n{t}" for i, t in enumerate(parts, start=1))

    def places(self) -> list[tuple[int, tuple[float, float, float, float] | None]]:
        """For each line of ``lines``: its page number and its box as fractions of the page (None when
        the reader gave no box or no page size)."""
        out: list[tuple[int, tuple[float, float, float, float] | None]] = []
        for page in self.pages:
            transcript = page.transcript
            if transcript is None:
                continue
            extent = transcript.extent
            for line in transcript.lines:
                if line.box and extent and extent[0] and extent[1]:
                    left, top, right, bottom = line.box
                    out.append((page.number, (left / extent[0], top / extent[1], right / extent[0],
                                              bottom / extent[1])))
                else:
                    out.append((page.number, None))
        return out

    @property
    def lines(self) -> list[TextLine]:
        """Every page's lines in reading order; plain text split into lines when no engine gave any."""
        lines = [line for page in self.pages if page.transcript for line in page.transcript.lines]
        return lines or [TextLine(t) for t in self.text.splitlines() if t.strip()]

    def to_record(self) -> dict[str, Any]:
        """The document as a JSON-ready record (the .jsonl export, the run store, the cache)."""
        return {
            "document_id": self.document_id,
            "source_file": display_path(self.source),
            "document_type": self.document_type,
            "pages": len(self.pages),
            "status": self.status,
            "review_reasons": list(self.reasons),
            "data": self.data,
            "evidence": {name: asdict(evidence) for name, evidence in self.evidence.items()},
            "seconds": round(self.seconds, 4),
            "model_seconds": round(self.model_seconds, 4),
            **({"corrected_fields": self.corrected, "reviewed_by": self.reviewed_by}
               if self.corrected or self.reviewed_by else {}),
            **({"template": self.template} if self.template else {}),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], source: Path) -> "Document":
        """A finished document back from its record (a cached result, a stored run); no images."""
        document = cls(source=source, document_id=record.get("document_id", ""),
                       pages=[Page(source=source, number=i + 1) for i in range(int(record.get("pages", 0)))],
                       document_type=record.get("document_type", ""), data=dict(record.get("data") or {}),
                       evidence={k: FieldEvidence(**{**v, "boxes": [tuple(b) for b in v.get("boxes", [])]})
                                 for k, v in (record.get("evidence") or {}).items()},
                       status=record.get("status", "ok"), reasons=list(record.get("review_reasons") or []),
                       template=record.get("template"),
                       seconds=float(record.get("seconds") or 0.0),
                       model_seconds=float(record.get("model_seconds") or 0.0))
        return document

    def transcripts(self) -> list[dict[str, Any] | None]:
        """Each page's transcript as JSON (the transcript cache)."""
        pages: list[dict[str, Any] | None] = []
        for page in self.pages:
            t = page.transcript
            pages.append(None if t is None else {
                "text": t.text, "engine": t.engine, "image_size": list(t.image_size) if t.image_size else None,
                "page_size": list(t.page_size) if t.page_size else None,
                "lines": [[line.text, list(line.box) if line.box else None, line.confidence,
                           *([[list(cell) for cell in line.cells]] if line.cells else [])] for line in t.lines]})
        return pages

    @classmethod
    def from_transcripts(cls, source: Path, pages: Sequence[dict[str, Any] | None]) -> "Document":
        document = cls(source=source)
        for number, data in enumerate(pages, start=1):
            transcript = None
            if data is not None:
                lines = [TextLine(text, (box[0], box[1], box[2], box[3]) if box else None, confidence,
                                  tuple((cell[0], cell[1]) for cell in (rest[0] if rest else [])))
                         for text, box, confidence, *rest in data["lines"]]
                size, extent = data.get("image_size"), data.get("page_size")
                transcript = Transcript(text=data["text"], lines=lines, engine=data["engine"],
                                        image_size=(size[0], size[1]) if size else None,
                                        page_size=(extent[0], extent[1]) if extent else None)
            document.pages.append(Page(source=source, number=number, transcript=transcript))
        return document

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
