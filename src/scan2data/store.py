"""The run store: one SQLite database (WAL mode, full sync) under ``SCAN2DATA_HOME``.

It keeps, per run, every input's outcome as it finishes (so Ctrl-C, kill -9 or a power cut lose only
the documents in flight), and a cache of results keyed by the file's content hash and the pipeline's
fingerprint (its YAML, schema, prompts, engines, models and their versions). Re-running a command
looks each file up first: an unchanged folder costs no model or OCR call, and a run that stopped
half-way continues where it stopped. A second key, the fingerprint of the stages that read the page,
keeps transcripts: changing only a structuring prompt or model re-runs only the structuring.

    runs         one row per run: pipeline, profile, fingerprint, state, outputs, provenance, counts
    items        one row per input of a run (document record or error record), in input order
    corrections  values a person changed in the review page: run, input, field, old, new, who, when
    reviews      documents a person reviewed (saved or accepted), who and when
    results      cache: (content hash, fingerprint) -> document record
    transcripts  cache: (content hash, read fingerprint) -> the pages' transcripts
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence, overload

from .errors import UsageError

if TYPE_CHECKING:
    from .document import Document
    from .results import RunResult
from .workspace import home_dir

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL, finished TEXT, pid INTEGER,
    pipeline TEXT NOT NULL, profile TEXT, fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,            -- running, finished, interrupted
    inputs TEXT NOT NULL, outputs TEXT NOT NULL, provenance TEXT NOT NULL, counts TEXT
);
CREATE TABLE IF NOT EXISTS items (
    run_id INTEGER NOT NULL REFERENCES runs(id), seq INTEGER NOT NULL,
    source TEXT NOT NULL, content_hash TEXT, outcome TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE IF NOT EXISTS results (
    content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL, record TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (content_hash, fingerprint)
);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, created TEXT NOT NULL, pipeline TEXT NOT NULL, folder TEXT NOT NULL,
    state TEXT NOT NULL,            -- queued, running, finished, failed
    done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, run_id INTEGER, message TEXT
);
CREATE TABLE IF NOT EXISTS corrections (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL, field TEXT NOT NULL,
    old TEXT, new TEXT, who TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE IF NOT EXISTS transcripts (
    content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL, pages TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (content_hash, fingerprint)
);
"""


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


@dataclass
class RunRow:
    id: int
    started: str
    finished: str | None
    pipeline: str
    profile: str | None
    fingerprint: str
    state: str
    inputs: list[str]
    outputs: list[str]
    provenance: dict[str, Any]
    counts: dict[str, int]


class RunStore:
    """Thread-safe access to the store; every write is its own committed transaction."""

    def __init__(self, path: Path | None = None):
        self.path = path or home_dir() / "store.sqlite3"
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise UsageError(f"{self.path}: the run store cannot be opened ({exc}) — move it aside, or set "
                             "SCAN2DATA_HOME to another folder") from exc
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- runs ---------------------------------------------------------------------------------
    def begin_run(self, pipeline: str, profile: str | None, fingerprint: str, inputs: list[str],
                  outputs: list[str], provenance: dict[str, Any]) -> int:
        cursor = self._write(
            "INSERT INTO runs (started, pid, pipeline, profile, fingerprint, state, inputs, outputs, provenance)"
            " VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?)",
            (now(), os.getpid(), pipeline, profile, fingerprint, _json(inputs), _json(outputs), _json(provenance)))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_item(self, run_id: int, seq: int, source: str, content_hash: str | None, outcome: str,
                 record: dict[str, Any]) -> None:
        self._write("INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?, ?)",
                    (run_id, seq, source, content_hash, outcome, _json(record)))

    def finish_run(self, run_id: int, state: str, counts: dict[str, int], outputs: list[str]) -> None:
        self._write("UPDATE runs SET finished = ?, state = ?, counts = ?, outputs = ? WHERE id = ?",
                    (now(), state, _json(counts), _json(outputs), run_id))

    RUN_COLUMNS = "id, started, finished, pid, pipeline, profile, fingerprint, state, inputs, outputs, provenance, counts"

    def runs(self, limit: int = 50) -> list[RunRow]:
        rows = self._read(f"SELECT {self.RUN_COLUMNS} FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [self._row(r) for r in rows]

    def run(self, ref: str) -> RunRow:
        """A run by id, or ``latest``."""
        if ref == "latest":
            found = self.runs(1)
        elif ref.isdigit():
            found = [self._row(r) for r in self._read(f"SELECT {self.RUN_COLUMNS} FROM runs WHERE id = ?",
                                                      (int(ref),))]
        else:
            raise UsageError(f"run {ref!r}: give a run number (see `scan2data runs`) or latest")
        if not found:
            raise UsageError(f"no run {ref} in {self.path} — `scan2data runs` lists them")
        return found[0]

    def items(self, run_id: int) -> list[tuple[int, str, dict[str, Any]]]:
        """(seq, outcome, record) of every input of a run, in input order."""
        rows = self._read("SELECT seq, outcome, record FROM items WHERE run_id = ? ORDER BY seq", (run_id,))
        return [(seq, outcome, json.loads(record)) for seq, outcome, record in rows]

    def content_hash(self, run_id: int, seq: int) -> str | None:
        rows = self._read("SELECT content_hash FROM items WHERE run_id = ? AND seq = ?", (run_id, seq))
        return rows[0][0] if rows else None

    def correct(self, run_id: int, seq: int, changes: dict[str, tuple[Any, Any]], who: str) -> None:
        """Record a person's corrections (field -> (old, new)) and that the document was reviewed."""
        stamp = now()
        for field, (old, new) in changes.items():
            self._write("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (run_id, seq, field, _json(old), _json(new), who, stamp))
        self._write("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?)", (run_id, seq, who, stamp))

    def corrections(self, run_id: int) -> dict[int, dict[str, Any]]:
        """seq -> field -> the latest corrected value."""
        found: dict[int, dict[str, Any]] = {}
        for seq, field, new in self._read("SELECT seq, field, new FROM corrections WHERE run_id = ? ORDER BY rowid",
                                          (run_id,)):
            found.setdefault(seq, {})[field] = json.loads(new)
        return found

    def reviewed(self, run_id: int) -> dict[int, tuple[str, str]]:
        return {seq: (who, at) for seq, who, at in self._read("SELECT seq, who, at FROM reviews WHERE run_id = ?",
                                                              (run_id,))}

    def _row(self, r: tuple[Any, ...]) -> RunRow:
        state = r[7]
        if state == "running" and r[3] and not _alive(int(r[3])):
            state = "interrupted"  # its process is gone: killed, or the machine went down
        return RunRow(id=r[0], started=r[1], finished=r[2], pipeline=r[4], profile=r[5], fingerprint=r[6],
                      state=state, inputs=json.loads(r[8]), outputs=json.loads(r[9]),
                      provenance=json.loads(r[10]), counts=json.loads(r[11]) if r[11] else {})

    def load_result(self, ref: str) -> "RunResult":
        """A stored run as a ``RunResult``, ready to export again (no engine is called)."""
        from .document import Document
        from .results import FileError, RunResult

        row = self.run(ref)
        result = RunResult(pipeline=row.pipeline, run_id=row.id, provenance=dict(row.provenance))
        result.column_kinds = dict(row.provenance.get("column_kinds") or {})
        result.partial = row.state != "finished"
        documents: list[Document] = []
        result.documents = documents
        corrected, reviewed = self.corrections(row.id), self.reviewed(row.id)
        for seq, outcome, record in self.items(row.id):
            source = Path(record.get("source_file", ""))
            if outcome == "document":
                document = Document.from_record(record, source)
                changes = corrected.get(seq, {})
                document.data.update(changes)
                document.corrected = sorted(changes)
                if seq in reviewed:
                    document.reviewed_by = "{} at {}".format(*reviewed[seq])
                documents.append(document)
            else:
                result.errors.append(FileError(source, record.get("error_kind", "error"), record.get("error", "")))
        return result

    # -- jobs (the HTTP service's batches) ------------------------------------------------------
    def add_job(self, job_id: str, pipeline: str, folder: str, total: int) -> None:
        self._write("INSERT INTO jobs (id, created, pipeline, folder, state, total) VALUES (?, ?, ?, ?, 'queued', ?)",
                    (job_id, now(), pipeline, folder, total))

    def update_job(self, job_id: str, **fields: Any) -> None:
        allowed = {"state", "done", "total", "run_id", "message"}
        sets = [f"{key} = ?" for key in fields if key in allowed]
        self._write(f"UPDATE jobs SET {', '.join(sets)} WHERE id = ?",
                    (*[fields[k] for k in fields if k in allowed], job_id))

    def job(self, job_id: str) -> dict[str, Any] | None:
        rows = self._read("SELECT id, created, pipeline, folder, state, done, total, run_id, message FROM jobs "
                          "WHERE id = ?", (job_id,))
        keys = ("job", "created", "pipeline", "folder", "state", "done", "total", "run", "message")
        return dict(zip(keys, rows[0])) if rows else None

    def unfinished_jobs(self) -> list[dict[str, Any]]:
        rows = self._read("SELECT id FROM jobs WHERE state IN ('queued', 'running') ORDER BY created")
        return [job for (job_id,) in rows if (job := self.job(job_id)) is not None]

    # -- caches -------------------------------------------------------------------------------
    def cached_result(self, content_hash: str, fingerprint: str) -> dict[str, Any] | None:
        rows = self._read("SELECT record FROM results WHERE content_hash = ? AND fingerprint = ?",
                          (content_hash, fingerprint))
        return json.loads(rows[0][0]) if rows else None

    def put_result(self, content_hash: str, fingerprint: str, record: dict[str, Any]) -> None:
        self._write("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                    (content_hash, fingerprint, _json(record), now()))

    def cached_transcripts(self, content_hash: str, fingerprint: str) -> list[dict[str, Any] | None] | None:
        rows = self._read("SELECT pages FROM transcripts WHERE content_hash = ? AND fingerprint = ?",
                          (content_hash, fingerprint))
        return json.loads(rows[0][0]) if rows else None

    def latest_transcripts(self, content_hash: str) -> list[dict[str, Any] | None] | None:
        """The newest transcripts read of a file, whatever reader read them (what a review teaches from)."""
        rows = self._read("SELECT pages FROM transcripts WHERE content_hash = ? ORDER BY created DESC, rowid DESC "
                          "LIMIT 1", (content_hash,))
        return json.loads(rows[0][0]) if rows else None

    def put_transcripts(self, content_hash: str, fingerprint: str, pages: list[dict[str, Any] | None]) -> None:
        self._write("INSERT OR REPLACE INTO transcripts VALUES (?, ?, ?, ?)",
                    (content_hash, fingerprint, _json(pages), now()))


class StoredDocuments(Sequence["Document"]):
    """The documents of a run, read from the run store when asked for instead of held in memory: a
    run over 100 000 files keeps one number per document, and an export reads them in order, a batch
    at a time."""

    BATCH = 256

    def __init__(self, path: Path, run_id: int, seqs: Sequence[int]):
        self.path, self.run_id, self.seqs = path, run_id, array("q", sorted(seqs))

    def __len__(self) -> int:
        return len(self.seqs)

    @overload
    def __getitem__(self, index: int) -> "Document": ...

    @overload
    def __getitem__(self, index: slice) -> list["Document"]: ...

    def __getitem__(self, index: int | slice) -> "Document | list[Document]":
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._load([self.seqs[index]])[0]

    def __iter__(self) -> Iterator["Document"]:
        for start in range(0, len(self.seqs), self.BATCH):
            yield from self._load(self.seqs[start:start + self.BATCH])

    def _load(self, seqs: Sequence[int]) -> list["Document"]:
        from .document import Document

        store = RunStore(self.path)
        try:
            marks = ", ".join("?" * len(seqs))
            rows = dict(store._read(f"SELECT seq, record FROM items WHERE run_id = ? AND seq IN ({marks})",
                                    (self.run_id, *seqs)))
        finally:
            store.close()
        documents = []
        for seq in seqs:
            record = json.loads(rows[seq])
            documents.append(Document.from_record(record, Path(record.get("source_file", ""))))
        return documents


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
