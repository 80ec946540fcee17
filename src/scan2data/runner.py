"""A pipeline, built and run: the chain of stage plugins its YAML lists, over files.

Documents run independently: a file that fails is recorded with its reason and the batch goes on.
The whole configuration is checked (every profile, every option) before the first document, and
engines are created and checked (server up, model pulled) once per run.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from pydantic import BaseModel

from . import catalog
from ._version import __version__
from .config import PipelineConfig, stage_id
from .document import Document, display_path, safe_text
from .engines import available_cores
from .errors import ConfigError, EngineError, EngineUnavailable, InputError, NoInputs, Scan2DataError, UsageError
from .executors import executor_for
from .exporters import check_output, column_kinds, error_record
from .fingerprint import digest, file_hash
from .housekeeping import debug_log, output_locks
from .overrides import RunSettings, resolve
from .plugins import load, validate_options
from .results import FileError, RunResult
from .stages import StageBase, StageContext
from .stages.load import Found, Skipped, walk_inputs
from .store import RunStore, StoredDocuments
from .workspace import Workspace

log = logging.getLogger("scan2data")

# stages every record-producing pipeline has; added with default options when the YAML leaves them out
IMPLICIT_FIRST, IMPLICIT_LAST = "load", "export"
T = TypeVar("T")
_END: Any = object()  # the end of an iterable
WARNING = "warning: "  # how check() marks a line that is a warning, not a failure


def build_stages(config: PipelineConfig, context: StageContext) -> list[StageBase]:
    """Instantiate each listed stage with its options validated; ``load`` first, ``export`` last."""
    # error paths use the YAML's own positions (stages.2.vision_extract); implicit stages say so
    entries = [(f"stages.{index}.{stage_id(entry)}", entry) for index, entry in enumerate(config.stages)]
    names = [e["stage"] for e in config.stages]
    if IMPLICIT_FIRST in names and names[0] != IMPLICIT_FIRST:
        raise ConfigError(f"{config.source}: stages: load must be the first stage (it reads the file)")
    if IMPLICIT_FIRST not in names:
        entries.insert(0, (f"stages.(implicit).{IMPLICIT_FIRST}", {"stage": IMPLICIT_FIRST}))
    if IMPLICIT_LAST not in names:
        entries.append((f"stages.(implicit).{IMPLICIT_LAST}", {"stage": IMPLICIT_LAST}))
    stages: list[StageBase] = []
    for where, entry in entries:
        cls = load("stages", entry["stage"], f"{config.source}: {where}")
        settings = {k: v for k, v in entry.items() if k not in ("stage", "id")}
        options = validate_options(cls.Options, settings, f"{config.source}: {where}")
        stages.append(cls(options, context, where))
    context.stages = stages
    return stages


class Pipeline:
    """One document type's configured stages, ready to run.

    ``engine`` picks a profile from the YAML (e.g. ``local``); ``stage_overrides`` (``-c``) and the
    model and URL shortcuts change the YAML for this run only (see ``overrides``)."""

    def __init__(
        self,
        config: PipelineConfig,
        workspace: Workspace | None = None,
        *,
        engine: str | None = None,
        vision_model: str | None = None,
        text_model: str | None = None,
        ollama_url: str | list[str] | None = None,
        stage_overrides: dict[str, dict[str, Any]] | None = None,
        allow_remote: bool | None = None,
    ):
        self.workspace = workspace or Workspace()
        self.base_config = config
        self.settings = RunSettings(engine, vision_model, text_model, ollama_url, dict(stage_overrides or {}),
                                    allow_remote)
        self.profile = engine or config.default_profile
        # fallback applies only when the user did not pick an engine: `--engine ollama` means Ollama
        self.allow_fallback = engine is None
        self.notices: list[str] = []
        self.renderer = catalog.PromptRenderer(self.workspace)
        self.clock = threading.local()
        self._build(self.profile)

    # -- configuration ------------------------------------------------------------------------
    def spec(self) -> dict[str, Any]:
        """What rebuilds this pipeline elsewhere (a Ray worker): picklable configuration, no engines."""
        s = self.settings
        return {"config": self.base_config, "workspace": self.workspace,
                "settings": {"engine": s.engine, "vision_model": s.vision_model, "text_model": s.text_model,
                             "ollama_url": s.ollama_url, "stage_overrides": s.stages, "allow_remote": s.allow_remote}}

    def _build(self, profile: str | None) -> None:
        self.config = resolve(self.base_config, profile, self.settings)
        self.context = StageContext(self.config.name, self.config.schema_, self.workspace, self.config.source,
                                    self.renderer, self.clock)
        self.stages = build_stages(self.config, self.context)
        self._prepared = False
        self._fingerprints: tuple[str | None, str] | None = None

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def schema(self) -> type[BaseModel]:
        return self.context.schema

    def stage(self, name: str) -> Any:
        """The options of the stage with this id or name (``pipeline.stage("resize").max_side``)."""
        found = next((s for s in self.stages if s.where.split(".", 2)[2] == name), None) or \
            next((s for s in self.stages if s.name == name), None)
        return found.options if found else None

    def _check_current(self) -> list[str]:
        checked = [f"pipeline {self.name}: {len(self.stages)} stages ({' → '.join(s.name for s in self.stages)})"]
        if not any(s.name == "text_structure" for s in self.stages):
            raise ConfigError(f"{self.config.source}: a pipeline needs a text_structure stage to produce records")
        schema = self.schema
        schema.model_json_schema()
        checked.append(f"schema {self.config.schema_}: {len(schema.model_fields)} fields")
        for stage in self.stages:
            checked += stage.check()
        fillable: set[str] = set()
        for stage in self.stages:
            can = stage.fillable()
            if can is None and stage.name == "text_structure":
                fillable = set(schema.model_fields)
            elif can:
                fillable |= can
        missing = [f for f in schema.model_fields if f not in fillable]
        if missing:
            checked.append(f"{WARNING}no engine of this profile can fill {', '.join(missing)} — they will always "
                           "be empty (declare an extractor under text_structure.options.fields for the rules engine)")
        return checked

    def check(self) -> list[str]:
        """Check, without loading a model, everything ``run`` would use — for this configuration and
        every other profile of the YAML. Lines starting with ``warning:`` are warnings."""
        checked = self._check_current()
        for profile in self.base_config.profiles:
            if profile == self.profile:
                continue
            # the other profiles as the YAML writes them: this run's -c settings were meant for this one
            other = type(self)(self.base_config, self.workspace, engine=profile,
                               vision_model=self.settings.vision_model, text_model=self.settings.text_model,
                               ollama_url=self.settings.ollama_url, allow_remote=self.settings.allow_remote)
            for line in other._check_current():
                warning = line.startswith(WARNING)
                checked.append(f"{WARNING if warning else ''}profile {profile}: {line.removeprefix(WARNING)}")
        return checked

    # -- engines ------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Check the configuration, then create and check the engines once; fall back (with a notice)
        to the pipeline's fallback profile when an engine is unreachable and the user chose none."""
        if self._prepared:
            return
        self.check()
        try:
            for stage in self.stages:
                stage.prepare()
        except EngineUnavailable as exc:
            self._build(self._fall_back(exc))
            for stage in self.stages:
                stage.prepare()
        self._prepared = True

    def _fall_back(self, exc: EngineUnavailable) -> str:
        """Switch to the pipeline's fallback profile, loudly; re-raise when none applies."""
        fallback = self.base_config.fallback
        if not fallback or not self.allow_fallback or self.profile == fallback:
            raise exc
        notice = f"{exc} — using the {fallback} engine instead (pass --engine {fallback} to skip this check)"
        self.notices.append(notice)
        log.warning(notice)
        self.profile = fallback
        return fallback

    # -- fingerprints ---------------------------------------------------------------------------
    @property
    def read_index(self) -> int | None:
        """Index of the last stage that reads pages (its output is what the transcript cache keeps)."""
        found = [i for i, stage in enumerate(self.stages) if stage.produces_text]
        return found[-1] if found else None

    def fingerprints(self) -> tuple[str | None, str]:
        """(fingerprint of the stages up to the reading one, of the whole pipeline): the cache keys.
        Computed once per configuration: they read the prompt and schema files."""
        if self._fingerprints is None:
            self._fingerprints = self._compute_fingerprints()
        return self._fingerprints

    def _compute_fingerprints(self) -> tuple[str | None, str]:
        prefix, read = digest("pipeline"), None
        for index, stage in enumerate(self.stages):
            part = stage.fingerprint()
            if part:
                prefix = digest(prefix, part)
            if index == self.read_index:
                read = prefix
        full = digest(prefix, self.config.schema_, catalog.schema_source(self.config.schema_ or "", self.workspace))
        return read, full

    def engines_used(self) -> list[dict[str, Any]]:
        """Which engine and model each stage uses (for the provenance an export records)."""
        out = []
        for stage in self.stages:
            engine = getattr(stage.options, "engine", None)
            if engine:
                out.append({"pipeline": self.name, "stage": stage.where, "engine": engine,
                            "model": getattr(stage.options, "model", None)})
        return out

    def reads_files(self) -> bool:
        """Whether a stage reads values from the file itself: a document with no pages (an e-invoice XML)
        needs one."""
        return any(stage.reads_files() for stage in self.stages)

    # -- running ------------------------------------------------------------------------------
    def process(self, document: Document, start: int = 1, end: int | None = None,
                after_reading: Callable[[Document], None] | None = None) -> Document:
        """Run the stages ``start:end`` (default: all after load) on an already-loaded document (used by
        routing pipelines too); ``after_reading`` sees the document once the reading stage is done."""
        self.prepare()
        document.document_type = self.name
        if not document.pages and not self.reads_files():
            raise InputError(f"{display_path(document.source)}: an e-invoice XML, with no page for the {self.name} "
                             "pipeline to read — run it with one that has an einvoice stage (`scan2data run "
                             "invoice FILE`)", path=document.source)
        for index in range(start, len(self.stages) if end is None else end):
            stage = self.stages[index]
            if stage.name != IMPLICIT_FIRST:
                document = stage.process(document)
            if after_reading is not None and index == self.read_index:
                after_reading(document)
        return document

    def read(self, path: Path) -> Document:
        """Load one file and run the stages up to the one that reads the pages: what the structuring
        stage will see (``scan2data text``)."""
        if self.read_index is None:
            raise ConfigError(f"{self.config.source}: no stage of this pipeline reads the pages")
        self.prepare()
        return self.process(self.load(Path(path)), end=self.read_index + 1)

    def load(self, path: Path) -> Document:
        load_stage = next(s for s in self.stages if s.name == IMPLICIT_FIRST)
        return load_stage.process(Document(source=Path(path)))

    def run_file(self, path: Path, content_hash: str | None = None, store: RunStore | None = None) -> Document:
        """Load and process one file; errors propagate (``run`` records them instead). With a store,
        transcripts read earlier with the same reading stages are reused when no later stage needs
        the page images, and new transcripts are kept."""
        self.clock.seconds = 0.0
        start = time.perf_counter()
        path = Path(path)
        read_at = self.read_index
        read_key = self.fingerprints()[0] if store is not None and content_hash and read_at is not None else None
        document: Document | None = None
        try:
            if read_key and read_at is not None and not any(s.needs_images() for s in self.stages[read_at + 1:]):
                assert store is not None and content_hash is not None
                pages = store.cached_transcripts(content_hash, read_key)
                if pages is not None:
                    document = self.process(Document.from_transcripts(path, pages), start=read_at + 1)
            if document is None:
                document = self.load(path)
                if read_key and read_at is not None:
                    assert store is not None and content_hash is not None
                    document = self.process(document, after_reading=lambda d: store.put_transcripts(
                        content_hash, read_key, d.transcripts()))
                else:
                    document = self.process(document)
        finally:
            if document is not None:
                document.seconds = time.perf_counter() - start
                document.model_seconds = getattr(self.clock, "seconds", 0.0)
                document.release_images()
        return document

    def run(
        self,
        inputs: Iterable[Path | str] | Path | str,
        *,
        outputs: Iterable[Path | str] = (),
        concurrency: int | None = 1,
        progress: bool | Callable[[int, int], None] = False,
        record: bool = True,
        fresh: bool = False,
        max_consecutive_failures: int = 5,
        two_phase: bool = False,
        executor: str = "threads",
        ray_address: str | None = None,
    ) -> RunResult:
        """Run over files and folders and export to ``outputs`` (besides those the YAML lists).

        ``two_phase`` reads every page first (all vision-model or OCR calls), then structures every
        document, so a small GPU holds one model at a time instead of swapping a vision and a text model
        for each document; the transcripts wait in the run store in between.

        Never raises for one bad file: every input ends in exactly one row of ``result.documents`` or
        ``result.errors``. Missing or empty inputs, an unwritable or busy output raise a ``UsageError``
        before any work. With ``record`` (the default) each finished input is committed to the run
        store as it finishes, and results are cached by content: the same command again reuses them
        (``fresh`` ignores the cache). After ``max_consecutive_failures`` engine failures in a row the
        rest of the batch is reported as not processed. Ctrl-C exports what finished, marked partial,
        and raises ``RunInterrupted`` carrying the result. ``executor="ray"`` processes the documents on
        a Ray cluster (``ray_address``; default: a local instance), one worker per CPU, with
        ``concurrency`` workers when given (see ``executors``)."""
        if isinstance(inputs, (str, Path)):
            inputs = [inputs]
        given_inputs = [Path(p) for p in inputs]
        started = time.perf_counter()
        for given in given_inputs:
            if not os.path.lexists(given):
                raise NoInputs(f"{display_path(given)}: no such file or folder — check the path (nothing was written)")
        found = walk_inputs(given_inputs)
        head = _until_document(found)
        if not any(not isinstance(f, Skipped) for f in head):
            raise NoInputs(f"no images or PDFs in {', '.join(display_path(p) for p in given_inputs)} — nothing to do "
                           "(nothing was written)")
        output_paths = [Path(p) for p in outputs]
        for output in output_paths:
            check_output(output)
        self._fingerprints = None  # once per run: a template learned since the last run changes them
        if concurrency is None:  # "as many as keep the engines busy" (the CLI's default)
            concurrency = self.default_concurrency() if executor == "threads" else 0
        total = sum(isinstance(f, Path) for f in walk_inputs(given_inputs)) if progress else 0  # names only
        with output_locks(output_paths):
            if two_phase:
                self._read_all((f for f in walk_inputs(given_inputs) if isinstance(f, Path)), concurrency, record,
                               fresh)
            return self._run_batch(given_inputs, itertools.chain(head, found), any(isinstance(f, Path) for f in head),
                                   total, output_paths, started, concurrency, progress, record, fresh,
                                   max_consecutive_failures, executor, ray_address)

    def default_concurrency(self) -> int:
        """Documents at once when the run does not say: with a model server, its slots plus this machine's
        cores (documents being decoded and resized while the slots are busy: the server never waits on
        us); without one, the cores (one OCR session each)."""
        self.prepare()
        cores = available_cores()
        slots = [n for stage in self.stages if (n := stage.slots())]
        return max(slots) + cores if slots else cores

    def tune(self, concurrency: int) -> None:
        """Tell the stages (and their engines) how many documents run at once."""
        for stage in self.stages:
            stage.tune(concurrency)

    def _read_all(self, paths: Iterable[Path], concurrency: int, record: bool, fresh: bool) -> None:
        """Phase one of a two-phase run: every file's pages read and their transcripts stored; a file
        that fails here is left to phase two, which reports it."""
        if not record:
            raise UsageError("a two-phase run keeps the transcripts in the run store: it cannot run with record=False")
        self.prepare()
        self.tune(concurrency)
        read_key, _ = self.fingerprints()
        if read_key is None or self.read_index is None:
            return
        if any(stage.needs_images() for stage in self.stages[self.read_index + 1:]):
            raise UsageError(f"{self.config.source}: a stage after the reading one needs the page images, so the "
                             "pages cannot be read in a first phase — run without --two-phase")
        store = RunStore()

        def read_one(path: Path) -> None:
            try:
                content_hash = file_hash(path)
                if not fresh and store.cached_transcripts(content_hash, read_key) is not None:
                    return
                document = self.read(path)
                store.put_transcripts(content_hash, read_key, document.transcripts())
                document.release_images()
            except Exception as exc:  # reported with its row in phase two
                log.debug("phase one: %s: %s", display_path(path), exc)

        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            for future in bounded(pool, read_one, paths, 2 * max(1, concurrency)):
                future.result()
        store.close()

    def _run_batch(self, inputs: list[Path], found: Iterator[Found], has_documents: bool, total: int,
                   outputs: list[Path], started: float, concurrency: int,
                   progress: bool | Callable[[int, int], None], record: bool, fresh: bool,
                   max_failures: int, executor: str = "threads", ray_address: str | None = None) -> RunResult:
        """Documents stream from ``found`` into a pool; at most twice the pool's size are submitted and
        not yet finished, so memory follows the documents in flight, not the folder. A recorded run
        keeps each finished document in the run store only: ``result.documents`` reads them back."""
        result = RunResult(pipeline=self.name)
        remote = None
        if has_documents:
            self.prepare()
            remote = executor_for(executor, self, ray_address, concurrency if concurrency > 1 else None)
            if remote is not None:
                concurrency = remote.workers
                result.notices.append(f"processing on Ray: {remote.workers} workers")
            else:
                self.tune(concurrency)
        else:
            self.check()
        self.context.outputs = outputs
        result.notices = list(self.notices) + result.notices
        result.column_kinds = column_kinds(self.schema if self.config.schema_ else None)
        _, full_key = self.fingerprints()
        store = RunStore() if record else None
        begun = store_time()
        result.provenance = {"run": None, "pipeline": self.name, "pipeline_file": display_path(self.config.path),
                             "profile": self.profile, "engines": self.engines_used(), "scan2data": __version__,
                             "started": begun, "fingerprint": full_key, "column_kinds": result.column_kinds}
        if store is not None:
            result.run_id = store.begin_run(self.name, self.profile, full_key, [display_path(p) for p in inputs],
                                            [display_path(p) for p in outputs], result.provenance)
            result.provenance["run"] = result.run_id
        kept: dict[int, Document] = {}  # without a run store: the documents themselves
        stored: list[int] = []  # with one: their numbers
        failed: dict[int, FileError] = {}
        front: list[FileError] = []  # skipped files and unusable inputs, as found
        review = 0
        bar = _progress_bar(total, progress)
        lock = threading.Lock()
        seen: dict[str, tuple[int, str]] = {}  # content hash -> first index and its file's name
        state = _BatchState()

        def finish(index: int, path: Path, outcome: Document | FileError, content_hash: str | None) -> None:
            nonlocal review
            with lock:
                if state.closed:
                    return  # interrupted meanwhile: its result is cached for the next run
                if isinstance(outcome, FileError):
                    failed[index] = outcome
                else:
                    review += outcome.status == "needs_review"
                    if store is None:
                        kept[index] = outcome
                    else:
                        stored.append(index)
                state.in_flight.pop(index, None)
            if store is not None and result.run_id is not None:
                record_ = outcome.to_record() if isinstance(outcome, Document) else error_record(outcome)
                store.add_item(result.run_id, index, display_path(path), content_hash,
                               "document" if isinstance(outcome, Document) else "error", record_)
            try:
                bar.update(1)
            except BaseException:  # Ctrl-C (or a failing callback) in a worker: start nothing more
                state.closed = True
                raise

        def work(item: tuple[int, Path]) -> None:
            index, path = item
            document_id = f"D{index + 1:04d}"
            if state.closed:
                return
            if state.abort:
                finish(index, path, FileError(path, "not_processed", f"{display_path(path)}: not processed — "
                                              f"{state.abort}; run the same command again to finish it"), None)
                return
            try:
                content_hash = file_hash(path)
            except OSError as exc:
                finish(index, path, FileError(path, "input_error",
                                              f"{display_path(path)}: cannot read the file: {exc.strerror or exc}"),
                       None)
                return
            with lock:
                first, first_name = seen.setdefault(content_hash, (index, display_path(path)))
            if first != index:
                finish(index, path, FileError(path, "duplicate", f"{display_path(path)}: same content as "
                                              f"{first_name} — processed once, as D{first + 1:04d}"), content_hash)
                return
            cached = store.cached_result(content_hash, full_key) if store is not None and not fresh else None
            if cached is not None:
                document = Document.from_record(cached, path)
                document.document_id = document_id
                with lock:
                    result.cached += 1
                finish(index, path, document, content_hash)
                return
            outcome: Document | FileError
            try:
                outcome = remote.process(path, content_hash) if remote is not None else \
                    self.run_file(path, content_hash, None if fresh else store)
                outcome.document_id = document_id
                if store is not None:
                    store.put_result(content_hash, full_key, outcome.to_record())
                with lock:
                    state.failures_in_a_row = 0
            except Scan2DataError as exc:
                outcome = FileError(path, exc.kind, safe_text(str(exc)))
                if isinstance(exc, EngineError):
                    with lock:
                        state.failures_in_a_row = state.failures_in_a_row + 1
                        if max_failures and state.failures_in_a_row >= max_failures and not state.abort:
                            state.abort = (f"the batch stopped after {max_failures} documents in a row failed in "
                                           f"the engine (last: {safe_text(str(exc))})")
            except Exception as exc:  # a bug or an engine's own exception: record it, keep going
                log_path = debug_log(exc, f"while processing {display_path(path)}")
                outcome = FileError(path, "unexpected_error", f"{display_path(path)}: {type(exc).__name__}: "
                                    f"{safe_text(str(exc))} (details in {log_path})")
            finish(index, path, outcome, content_hash)

        def documents() -> Iterator[tuple[int, Path]]:
            """Each document found, numbered; what is not a document goes to the errors as found."""
            for item in found:
                if isinstance(item, Path):
                    index = state.listed
                    with lock:
                        state.in_flight[index] = item
                        state.listed += 1
                    yield index, item
                else:
                    front.append(_error_row(item))

        pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
        interrupted = False
        try:
            for future in bounded(pool, work, documents(), 2 * max(1, concurrency)):
                future.result()
        except KeyboardInterrupt:  # Ctrl-C: drop what has not started; what finished is exported
            interrupted = True
            pool.shutdown(wait=False, cancel_futures=True)
        finally:
            with lock:
                state.closed = True
            bar.close()
        if not interrupted:
            pool.shutdown()
        if remote is not None:
            remote.close()
        waiting = [path for _, path in sorted(state.in_flight.items())]
        if interrupted:  # the rest of the folder (walked again: the walk itself may have been stopped)
            listed, reported = state.listed, len(front)
            for item in walk_inputs(inputs):
                if isinstance(item, Path):
                    listed -= 1
                    if listed < 0:
                        waiting.append(item)
                elif (reported := reported - 1) < 0:
                    front.append(_error_row(item))
        result.errors = front + [failed[i] for i in sorted(failed)] + [
            FileError(path, "not_processed", f"{display_path(path)}: not processed — the run was interrupted; run "
                      "the same command again to finish it") for path in waiting]
        if store is not None and result.run_id is not None:
            result.documents = StoredDocuments(store.path, result.run_id, stored)
        else:
            result.documents = [kept[i] for i in sorted(kept)]
        result.review_count = review
        result.partial = interrupted
        result.seconds = time.perf_counter() - started
        result.provenance["finished"] = store_time()
        try:
            for stage in self.stages:
                result.written += stage.finish(result)
        finally:
            if store is not None and result.run_id is not None:
                store.finish_run(result.run_id, "interrupted" if interrupted else "finished", _counts(result),
                                 [display_path(p) for p in result.written])
                store.close()
        if interrupted:
            raise RunInterrupted(result)
        return result


@dataclass
class _BatchState:
    failures_in_a_row: int = 0  # engine failures since the last success
    abort: str = ""  # why the rest of the batch is not processed
    closed: bool = False  # interrupted: late finishers are not counted
    in_flight: dict[int, Path] = field(default_factory=dict)  # handed to the pool, not finished
    listed: int = 0  # documents taken from the walk so far


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C during ``run``: ``result`` holds what finished (already exported, marked partial)."""

    def __init__(self, result: RunResult):
        super().__init__("interrupted")
        self.result = result


def bounded(pool: ThreadPoolExecutor, fn: Callable[[T], None], items: Iterable[T], window: int) -> Iterator[Future[None]]:
    """Submit ``fn(item)`` for each item, never more than ``window`` unfinished at once; yields each
    future as it finishes (the caller calls ``result()`` to raise what it raised). Items are taken
    from the iterable only as room frees, so a generator of 100 000 paths is never listed."""
    running: set[Future[None]] = set()
    source = iter(items)
    while True:
        while len(running) >= window:  # room first: the next path is not even taken until then
            done, running = wait(running, return_when=FIRST_COMPLETED)
            yield from done
        item = next(source, _END)
        if item is _END:
            break
        running.add(pool.submit(fn, item))
    while running:
        done, running = wait(running, return_when=FIRST_COMPLETED)
        yield from done


def _error_row(found: Skipped | tuple[Path, Scan2DataError]) -> FileError:
    """The errors row of something found that is not a document (a stray file, an unusable input)."""
    if isinstance(found, Skipped):
        return FileError(found.path, "skipped", found.reason)
    return FileError(found[0], found[1].kind, str(found[1]))


def _until_document(found: Iterator[Found]) -> list[Found]:
    """The first things found, up to the first document or unusable input (to tell an empty folder
    before any work) — the rest stays in ``found``."""
    head: list[Found] = []
    for item in found:
        head.append(item)
        if not isinstance(item, Skipped):
            break
    return head


def _counts(result: RunResult) -> dict[str, int]:
    return {"documents": len(result.documents), "need_review": result.need_review,
            "failed": len(result.failed), "skipped": len(result.skipped), "cached": result.cached}


def store_time() -> str:
    from .store import now

    return now()


class _NullBar:
    def update(self, n: int) -> None: ...

    def close(self) -> None: ...


class _CallbackBar(_NullBar):
    def __init__(self, total: int, callback: Callable[[int, int], None]):
        self.total, self.done, self.callback = total, 0, callback
        self.lock = threading.Lock()

    def update(self, n: int) -> None:
        with self.lock:
            self.done += n
            self.callback(self.done, self.total)


def _progress_bar(total: int, progress: bool | Callable[[int, int], None]) -> Any:
    if callable(progress):
        return _CallbackBar(total, progress)
    if progress and total:
        from tqdm import tqdm

        return tqdm(total=total, unit="doc", desc="documents", dynamic_ncols=True)
    return _NullBar()
