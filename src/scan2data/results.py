"""What a run returns: the documents that produced records, the files that did not, and how to save
them. Nothing here calls a model, so results can be exported again without re-running anything."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from . import exporters as _export
from .document import Document
from .workspace import home_dir

# Reported in the errors sheet, but not failures: a folder's stray files, and documents `auto`
# classified as a type no pipeline handles.
NOT_FAILURES = {"skipped", "not_routed"}


@dataclass
class FileError:
    """A file that produced no record (``kind`` is ``skipped`` for non-documents found in folders)."""

    path: Path
    kind: str
    message: str

    @property
    def is_failure(self) -> bool:
        return self.kind not in NOT_FAILURES


class RunRecord:
    """Appends each finished document to ``SCAN2DATA_HOME/runs/<time>-<pipeline>.jsonl`` as soon as it
    is done, so a crash or Ctrl-C in a long batch loses nothing already extracted."""

    def __init__(self, pipeline: str):
        folder = home_dir() / "runs"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        self.path = folder / f"{stamp}-{pipeline}.jsonl"
        self._lock = threading.Lock()

    def add(self, outcome: "Document | FileError") -> None:
        record = _export.document_record(outcome) if isinstance(outcome, Document) else _export.error_record(outcome)
        line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)


@dataclass
class RunResult:
    pipeline: str
    documents: list[Document] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    record_path: Path | None = None
    written: list[Path] = field(default_factory=list)  # files the export stage wrote

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
        review = sum(d.status == "needs_review" for d in self.documents)
        parts = [
            f"{len(self.documents)} document(s) extracted",
            f"{review} need review",
            f"{len(self.failed)} failed",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"

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
