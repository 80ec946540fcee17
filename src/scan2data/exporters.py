"""Exporters: results -> tables -> files. Each format is a plugin (entry point group
``scan2data.exporters``) with a ``name``, the file ``suffixes`` it writes and typed ``Options``;
the export stage and ``RunResult.export`` pick one by name or by the output's extension.

``.xlsx``: sheets ``documents`` (one row per document), ``line_items`` (one row per list entry, with its
document's id), ``errors`` (every input that produced no record, with the reason) and ``run`` (how the
file was made). ``.csv``: the documents table, with ``NAME_line_items.csv``, ``NAME_errors.csv`` and
``NAME_run.json`` beside it — always all of them, so no stale side file outlives a later run.
``.jsonl``: one full record per document, then one per error, and ``NAME_run.json``.

Files are written to a temporary name in the same folder and renamed into place, so a failed write
(disk full, Ctrl-C) never leaves a half-written file or destroys the previous one.

Document text is hostile input: in CSV a text cell starting with ``= + - @``, a tab or a carriage
return gets a leading ``'`` so a spreadsheet shows it instead of running it; in Excel such cells are
stored as text with Excel's own quote-prefix mark (the value itself unchanged). JSONL keeps raw values.
Numbers stay numbers (negative amounts too), dates are Excel dates, amounts show two decimals.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import shutil
import tempfile
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator

import pandas as pd
from pydantic import BaseModel

from .document import Document, display_path, safe_text
from .errors import ConfigError, ExportError, UsageError
from .plugins import PluginOptions, load, names, validate_options

if TYPE_CHECKING:
    from .results import FileError, RunResult

DOCUMENT_COLUMNS = ["document_id", "source_file", "document_type", "pages", "status", "review_reasons"]
ERROR_COLUMNS = ["source_file", "error_kind", "error"]
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
EXCEL_ROW_LIMIT = 1_048_576


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


def column_kinds(schema: type[BaseModel] | None, prefix: str = "") -> dict[str, str]:
    """Flattened column -> ``amount``, ``date`` or ``text``, from the schema (list entries' fields too),
    so exports can type their cells."""
    from .metrics import field_kinds

    if schema is None:
        return {}
    kinds: dict[str, str] = {}
    for name, kind in field_kinds(schema).items():
        kinds[f"{prefix}{name}"] = kind
        annotation = schema.model_fields[name].annotation
        for inner in (annotation, *typing.get_args(annotation)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                kinds.update(column_kinds(inner, prefix=f"{prefix}{name}__"))
            for nested in typing.get_args(inner):
                if isinstance(nested, type) and issubclass(nested, BaseModel):
                    kinds.update(column_kinds(nested))  # line items: their own columns
    return kinds


def error_row(error: "FileError") -> dict[str, Any]:
    return {"source_file": display_path(error.path), "error_kind": error.kind, "error": safe_text(error.message)}


@dataclass
class Sheet:
    """One table of an export: its columns, and its rows made again each time ``rows()`` is called —
    documents are read one at a time (from the run store, for a run), so a 100 000-document export
    never holds them all."""

    columns: list[str]
    rows: Callable[[], Iterator[list[Any]]]


def _document_rows(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A document's row of the documents table and its rows of the line_items table."""
    flat, lists = _flatten(doc.data)
    row = {
        "document_id": doc.document_id,
        "source_file": display_path(doc.source),
        "document_type": doc.document_type,
        "pages": len(doc.pages),
        "status": doc.status,
        "review_reasons": "; ".join(doc.reasons),
        **({"corrected_fields": "; ".join(doc.corrected), "reviewed_by": doc.reviewed_by}
           if doc.corrected or doc.reviewed_by else {}),
        **flat,
    }
    for name, evidence in doc.evidence.items():
        if evidence.confidence is not None:
            row[f"{name}__confidence"] = round(evidence.confidence, 3)
    items = []
    for list_name, entries in lists.items():
        for index, entry in enumerate(entries, start=1):
            entry_flat, _ = _flatten(entry) if isinstance(entry, dict) else ({"value": entry}, {})
            items.append({"document_id": doc.document_id, "source_file": display_path(doc.source),
                          "list": list_name, "line": index, **entry_flat})
    return row, items


def sheets(result: "RunResult") -> dict[str, Sheet]:
    """The documents, line_items and errors tables. A first pass over the documents collects the
    columns (in the order they first appear); each table's rows are made on demand."""
    document_columns: dict[str, None] = {}
    item_columns: dict[str, None] = {}
    list_names: set[str] = set()
    for doc in result.documents:
        row, items = _document_rows(doc)
        document_columns.update(dict.fromkeys(row))
        for item in items:
            item_columns.update(dict.fromkeys(item))
            list_names.add(item["list"])
    documents = list(document_columns) or DOCUMENT_COLUMNS
    items_header = list(item_columns) or ["document_id", "source_file", "list", "line"]
    if len(list_names) == 1:
        items_header.remove("list")  # one list (the usual line items): the column would say nothing

    def document_rows() -> Iterator[list[Any]]:
        for doc in result.documents:
            row, _ = _document_rows(doc)
            yield [row.get(column) for column in documents]

    def item_rows() -> Iterator[list[Any]]:
        for doc in result.documents:
            for item in _document_rows(doc)[1]:
                yield [item.get(column) for column in items_header]

    def error_rows() -> Iterator[list[Any]]:
        for error in result.errors:
            row = error_row(error)
            yield [row[column] for column in ERROR_COLUMNS]

    return {"documents": Sheet(documents, document_rows), "line_items": Sheet(items_header, item_rows),
            "errors": Sheet(ERROR_COLUMNS, error_rows)}


def tables(result: "RunResult") -> dict[str, pd.DataFrame]:
    """The export's tables as pandas frames (for the Python API; the exporters stream ``sheets``)."""
    return {name: pd.DataFrame(list(sheet.rows()), columns=sheet.columns) for name, sheet in sheets(result).items()}


def error_record(err: "FileError") -> dict[str, Any]:
    status = "failed" if err.is_failure else err.kind
    return {**error_row(err), "status": status}


def records(result: "RunResult") -> Iterator[dict[str, Any]]:
    for document in result.documents:
        yield document.to_record()
    for error in result.errors:
        yield error_record(error)


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet could run as a formula, made inert for CSV (a leading ')."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


@contextlib.contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A temporary folder beside ``path``: write the files there, they are renamed into place on
    success and removed on any failure (the previous files stay as they were)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent))
    try:
        yield folder
        written = sorted(folder.iterdir(), key=lambda p: p.name == path.name)  # the main file last
        for part in written:
            os.replace(part, path.parent / part.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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


def provenance(result: "RunResult") -> dict[str, Any]:
    """How an export was made: pipeline, profile actually used (a fallback included), engines and
    models, scan2data version, times, run number, and whether it holds every input or only part."""
    counts = {"documents": len(result.documents), "need_review": result.need_review,
              "failed": len(result.failed), "not_processed_or_skipped": len(result.skipped)}
    shown = {k: v for k, v in result.provenance.items() if k != "column_kinds"}
    return {**shown, "complete": not result.partial, "counts": counts, "notices": result.notices}


def _json_line(value: Any) -> str:
    return safe_text(json.dumps(value, ensure_ascii=False, default=str))


def _write_run_file(result: "RunResult", path: Path) -> Path:
    side = path.with_name(f"{path.stem}_run.json")
    side.write_text(safe_text(json.dumps(provenance(result), ensure_ascii=False, indent=1, default=str)) + "\n",
                    encoding="utf-8")
    return side


class JsonlExporter(ExporterBase):
    """One full record per line: every document (data, evidence, reasons), then every error;
    how the file was made goes to ``NAME_run.json``."""

    name = "jsonl"
    suffixes = (".jsonl",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        with path.open("w", encoding="utf-8") as handle:
            for record in records(result):
                handle.write(_json_line(record) + "\n")
        return [path, _write_run_file(result, path)]


class CsvExporter(ExporterBase):
    """The documents table, with ``NAME_line_items.csv``, ``NAME_errors.csv`` and ``NAME_run.json``."""

    name = "csv"
    suffixes = (".csv",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        tables_ = sheets(result)
        written = []
        for sheet, target in (("documents", path), ("line_items", path.with_name(f"{path.stem}_line_items.csv")),
                              ("errors", path.with_name(f"{path.stem}_errors.csv"))):
            with target.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(tables_[sheet].columns)
                writer.writerows([_csv_cell(value) for value in row] for row in tables_[sheet].rows())
            written.append(target)
        return [*written, _write_run_file(result, path)]


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(safe_text(value))
    if isinstance(value, float) and value != value:  # NaN: empty, as pandas wrote it
        return None
    return value


class XlsxExporter(ExporterBase):
    """One workbook: sheets ``documents``, ``line_items``, ``errors`` and ``run``. Cells are typed from
    the schema; a value longer than a cell holds continues in a ``long_values`` sheet, and rows past a
    sheet's limit continue on a sheet of the same name numbered ``(2)``, ``(3)``..."""

    name = "xlsx"
    suffixes = (".xlsx",)

    def write(self, result: "RunResult", path: Path) -> list[Path]:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        kinds = result.column_kinds
        long_values: list[list[Any]] = []
        for name, sheet in sheets(result).items():
            self._sheet(book, name, sheet.columns, sheet.rows(), kinds, long_values)
        info = provenance(result)
        run_rows = [[key, json.dumps(value, default=str) if isinstance(value, (dict, list)) else value]
                    for key, value in info.items()]
        self._sheet(book, "run", ["key", "value"], iter(run_rows), {}, long_values)
        if long_values:
            self._sheet(book, "long_values", ["sheet", "row", "column", "part", "text"], iter(long_values), {}, [])
        book.save(path)
        return [path]

    def _sheet(self, book: Any, name: str, columns: list[str], rows_: Iterator[list[Any]], kinds: dict[str, str],
               long_values: list[list[Any]]) -> None:
        sheet, rows, part = book.create_sheet(name), 0, 1
        sheet.append(columns)
        for index, values in enumerate(rows_, start=1):
            if rows + 1 >= EXCEL_ROW_LIMIT:
                part += 1
                sheet, rows = book.create_sheet(f"{name} ({part})"), 0
                sheet.append(columns)
            sheet.append([self._cell(sheet, value, kinds.get(column, "text"), (name, index, column), long_values)
                          for column, value in zip(columns, values)])
            rows += 1

    @staticmethod
    def _cell(sheet: Any, value: Any, kind: str, where: tuple[str, int, str], long_values: list[list[Any]]) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if value is None or (isinstance(value, float) and value != value):  # None and NaN: empty
            return None
        if kind == "date" and isinstance(value, str):
            try:
                cell = WriteOnlyCell(sheet, value=dt.date.fromisoformat(value))
                cell.number_format = "yyyy-mm-dd"
                return cell
            except ValueError:
                pass
        if isinstance(value, bool):
            return WriteOnlyCell(sheet, value=value)
        if isinstance(value, (int, float)):
            cell = WriteOnlyCell(sheet, value=value)
            if kind == "amount":
                cell.number_format = "#,##0.00"
            return cell
        text = safe_text(str(value))
        text = "".join(c if c >= " " or c in "\t\n\r" else "\ufffd" for c in text)  # XML refuses control chars
        if len(text) > EXCEL_CELL_LIMIT:
            chunks = [text[i:i + 30_000] for i in range(0, len(text), 30_000)]
            long_values += [[where[0], where[1] + 1, where[2], n, chunk] for n, chunk in enumerate(chunks, start=1)]
            text = text[:32_000] + " …[cut: the whole value is in the long_values sheet]"
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # never a formula, whatever it starts with
        if text.startswith(DANGEROUS_START):
            cell.quotePrefix = True
        return cell


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
    """Write ``result`` to ``path`` (format by name, or by extension), atomically; returns every file
    written. On failure the previous files at those paths are untouched."""
    path = Path(path)
    exporter = exporter_for(path, fmt, options)
    try:
        with staged(path) as folder:
            written = exporter.write(result, folder / path.name)
        return [path.parent / p.name for p in written]
    except OSError as exc:
        raise ExportError(f"{display_path(path)}: cannot write: {exc.strerror or exc} — nothing was replaced; "
                          "free some space or choose another output", path=path) from exc


def check_output(path: Path) -> None:
    """Before a batch: the output's folder can be created and written (so hours of work are not lost
    to a typo in -o)."""
    exporter_for(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".check"):
            pass
    except OSError as exc:
        raise UsageError(f"{display_path(path)}: cannot write there: {exc.strerror or exc} — choose another "
                         "output path (nothing was processed)", path=path) from exc
    if path.is_dir():
        raise UsageError(f"{display_path(path)} is a folder — give a file name such as "
                          f"{display_path(path / 'results.xlsx')}", path=path)
