"""Exporters: results -> tables -> files. Each format is a plugin (entry point group
``scan2data.exporters``) with a ``name``, the file ``suffixes`` it writes and typed ``Options``;
the export stage and ``RunResult.export`` pick one by name or by the output's extension.

``.xlsx``: sheets ``documents`` (one row per document), ``line_items`` (one row per list entry, with its
document's id) and ``errors`` (files that failed, with the reason). ``.csv``: the documents table, plus
``NAME_line_items.csv`` when any document has list fields and ``NAME_errors.csv`` when a file failed. ``.jsonl``: one full record per document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from .errors import ConfigError, ExportError
from .plugins import PluginOptions, load, names, validate_options

if TYPE_CHECKING:
    from .results import RunResult

DOCUMENT_COLUMNS = ["document_id", "source_file", "document_type", "pages", "status", "review_reasons"]
ERROR_COLUMNS = ["source_file", "error_kind", "error"]


def _flatten(data: dict[str, Any], prefix: str = "") -> tuple[dict[str, Any], dict[str, list]]:
    """Scalars and nested objects become ``a__b`` columns; lists of objects are returned apart."""
    flat: dict[str, Any] = {}
    lists: dict[str, list] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            inner, inner_lists = _flatten(value, prefix=f"{name}__")
            flat.update(inner)
            lists.update(inner_lists)
        elif isinstance(value, list) and (not value or any(isinstance(v, dict) for v in value)):
            lists[name] = value  # list fields go to the line_items table, even when empty here
        elif isinstance(value, list):
            flat[name] = "; ".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat, lists


def tables(result: "RunResult") -> dict[str, pd.DataFrame]:
    documents, items = [], []
    for doc in result.documents:
        flat, lists = _flatten(doc.data)
        row = {
            "document_id": doc.document_id,
            "source_file": str(doc.source),
            "document_type": doc.document_type,
            "pages": len(doc.pages),
            "status": doc.status,
            "review_reasons": "; ".join(doc.reasons),
            **flat,
        }
        for name, evidence in doc.evidence.items():
            if evidence.confidence is not None:
                row[f"{name}__confidence"] = round(evidence.confidence, 3)
        documents.append(row)
        for list_name, entries in lists.items():
            for index, entry in enumerate(entries, start=1):
                entry_flat, _ = _flatten(entry) if isinstance(entry, dict) else ({"value": entry}, {})
                items.append({"document_id": doc.document_id, "source_file": str(doc.source),
                              "list": list_name, "line": index, **entry_flat})
    errors = [{"source_file": str(e.path), "error_kind": e.kind, "error": e.message} for e in result.errors]
    items_frame = pd.DataFrame(items, columns=None if items else ["document_id", "source_file", "list", "line"])
    if items and items_frame["list"].nunique() == 1:
        items_frame = items_frame.drop(columns="list")
    return {
        "documents": pd.DataFrame(documents, columns=None if documents else DOCUMENT_COLUMNS),
        "line_items": items_frame,
        "errors": pd.DataFrame(errors, columns=ERROR_COLUMNS),
    }


def document_record(doc) -> dict[str, Any]:
    """One document as a full JSON record (the .jsonl export and the run record)."""
    return {
        "document_id": doc.document_id,
        "source_file": str(doc.source),
        "document_type": doc.document_type,
        "pages": len(doc.pages),
        "status": doc.status,
        "review_reasons": doc.reasons,
        "data": doc.data,
        "evidence": {k: vars(v) for k, v in doc.evidence.items()},
    }


def error_record(err) -> dict[str, Any]:
    status = "failed" if err.is_failure else "skipped"
    return {"source_file": str(err.path), "status": status, "error_kind": err.kind, "error": err.message}


def records(result: "RunResult") -> list[dict[str, Any]]:
    return [document_record(d) for d in result.documents] + [error_record(e) for e in result.errors]


class ExporterOptions(PluginOptions):
    """Base of every exporter's options."""


class ExporterBase:
    name: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type[ExporterOptions]] = ExporterOptions

    def __init__(self, options: Any = None):
        self.options = options if options is not None else self.Options()

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        raise NotImplementedError


class JsonlExporter(ExporterBase):
    """One full record per line: every document (data, evidence, reasons), then every error."""

    name = "jsonl"
    suffixes = (".jsonl",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        with path.open("w", encoding="utf-8") as handle:
            for record in records(result):
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return [path]


class XlsxExporter(ExporterBase):
    """One workbook: sheets ``documents``, ``line_items`` and ``errors``."""

    name = "xlsx"
    suffixes = (".xlsx",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            for sheet, frame in tables(result).items():
                frame.to_excel(writer, sheet_name=sheet, index=False)
        return [path]


class CsvExporter(ExporterBase):
    """The documents table; ``NAME_line_items.csv`` and ``NAME_errors.csv`` beside it when not empty."""

    name = "csv"
    suffixes = (".csv",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        frames = tables(result)
        written = [path]
        frames["documents"].to_csv(path, index=False)
        for sheet in ("line_items", "errors"):
            if not frames[sheet].empty:
                side = path.with_name(f"{path.stem}_{sheet}.csv")
                frames[sheet].to_csv(side, index=False)
                written.append(side)
        return written


def exporter_for(path: Path, fmt: str | None = None, options: dict[str, Any] | None = None,
                 where: str = "") -> ExporterBase:
    """The exporter named ``fmt``, or the one whose suffixes include the path's extension."""
    if fmt:
        cls = load("exporters", fmt, where)
    else:
        suffix = path.suffix.lower()
        by_suffix = {s: n for n in names("exporters") for s in load("exporters", n).suffixes}
        if suffix not in by_suffix:
            raise ConfigError(f"{where + ': ' if where else ''}{path}: unknown output type {suffix or '(none)'} — "
                              f"use {', '.join(sorted(by_suffix))}")
        cls = load("exporters", by_suffix[suffix])
    return cls(validate_options(cls.Options, options, f"{where}.options" if where else "options"))


def output_suffixes() -> list[str]:
    return sorted(s for n in names("exporters") for s in load("exporters", n).suffixes)


def export(result: "RunResult", path: Path | str, fmt: str | None = None,
           options: dict[str, Any] | None = None) -> list[Path]:
    """Write ``result`` to ``path`` (format by name, or by extension); returns every file written."""
    path = Path(path)
    exporter = exporter_for(path, fmt, options)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return exporter.write(result, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}", path=path) from exc
