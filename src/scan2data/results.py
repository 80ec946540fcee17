"""What a run returns: the documents that produced records, the files that did not, and how to save
them. Nothing here calls a model, so results can be exported again without re-running anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from . import exporters as _export
from .document import Document

# Reported in the errors sheet, but not failures: a folder's stray files, documents `auto` classified
# as a type no pipeline handles, and files whose content already came earlier in the batch.
NOT_FAILURES = {"skipped", "not_routed", "duplicate"}


@dataclass
class FileError:
    """A file that produced no record (``kind`` is ``skipped`` for non-documents found in folders)."""

    path: Path
    kind: str
    message: str

    @property
    def is_failure(self) -> bool:
        return self.kind not in NOT_FAILURES


@dataclass
class RunResult:
    pipeline: str
    # a list, or (for a recorded run) the run store's rows read one at a time: see store.StoredDocuments
    documents: Sequence[Document] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None  # the run's number in the run store (`scan2data runs`)
    written: list[Path] = field(default_factory=list)  # files the export stage wrote
    partial: bool = False  # interrupted: only the documents finished before Ctrl-C
    provenance: dict[str, Any] = field(default_factory=dict)  # how it was made (exports record it)
    column_kinds: dict[str, str] = field(default_factory=dict)  # column -> amount/date/text, for typed cells
    cached: int = 0  # documents taken from the run store's cache, with no engine call

    review_count: int | None = None  # documents needing review, when counted as they finished

    @property
    def need_review(self) -> int:
        if self.review_count is None:
            self.review_count = sum(d.status == "needs_review" for d in self.documents)
        return self.review_count

    @property
    def failed(self) -> list[FileError]:
        return [e for e in self.errors if e.is_failure]

    @property
    def skipped(self) -> list[FileError]:
        return [e for e in self.errors if not e.is_failure]

    @property
    def exit_code(self) -> int:
        """0 when every document produced a record, 1 when some failed (the rest are still exported)."""
        return 1 if self.failed else 0

    def summary(self) -> str:
        review = self.need_review
        waiting = sum(e.kind == "not_processed" for e in self.errors)
        parts = [
            f"{len(self.documents)} document(s) extracted",
            f"{review} need review",
            f"{len(self.failed) - waiting} failed",
        ]
        if waiting:
            parts.append(f"{waiting} not processed yet")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped or duplicate")
        if self.cached:
            parts.append(f"{self.cached} from the cache")
        text = ", ".join(parts) + f" in {self.seconds:.1f} s"
        return f"{text} (interrupted: partial)" if self.partial else text

    def tables(self) -> dict[str, pd.DataFrame]:
        return _export.tables(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per document: source file, pages, status, review reasons, header fields."""
        return self.tables()["documents"]

    def export(self, path: Path | str, format: str | None = None) -> list[Path]:
        """Write by extension (.xlsx: three sheets; .csv: + line items, errors; .jsonl) or by exporter name."""
        return _export.export(self, path, format)

    def to_excel(self, path: Path | str) -> Path:
        return self._typed_export(path, ".xlsx")

    def to_csv(self, path: Path | str) -> Path:
        return self._typed_export(path, ".csv")

    def to_jsonl(self, path: Path | str) -> Path:
        return self._typed_export(path, ".jsonl")

    def _typed_export(self, path: Path | str, suffix: str) -> Path:
        path = Path(path)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        return self.export(path)[0]
