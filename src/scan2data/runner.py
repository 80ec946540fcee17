"""A pipeline, built and run: the chain of stage plugins its YAML lists, over files.

Documents run independently: a file that fails is recorded with its reason and the batch goes on.
The whole configuration is checked (every profile, every option) before the first document, and
engines are created and checked (server up, model pulled) once per run.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel

from . import catalog
from .config import PipelineConfig, stage_id
from .document import Document
from .errors import ConfigError, EngineUnavailable, Scan2DataError
from .overrides import RunSettings, resolve
from .plugins import load, validate_options
from .results import FileError, RunRecord, RunResult
from .stages import StageBase, StageContext
from .stages.load import discover
from .workspace import Workspace

log = logging.getLogger("scan2data")

# stages every record-producing pipeline has; added with default options when the YAML leaves them out
IMPLICIT_FIRST, IMPLICIT_LAST = "load", "export"
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
        ollama_url: str | None = None,
        stage_overrides: dict[str, dict[str, Any]] | None = None,
    ):
        self.workspace = workspace or Workspace()
        self.base_config = config
        self.settings = RunSettings(engine, vision_model, text_model, ollama_url, dict(stage_overrides or {}))
        self.profile = engine or config.default_profile
        # fallback applies only when the user did not pick an engine: `--engine ollama` means Ollama
        self.allow_fallback = engine is None
        self.notices: list[str] = []
        self.renderer = catalog.PromptRenderer(self.workspace)
        self.clock = threading.local()
        self.last_record_path: Path | None = None
        self._build(self.profile)

    # -- configuration ------------------------------------------------------------------------
    def _build(self, profile: str | None) -> None:
        self.config = resolve(self.base_config, profile, self.settings)
        self.context = StageContext(self.config.name, self.config.schema_, self.workspace, self.config.source,
                                    self.renderer, self.clock)
        self.stages = build_stages(self.config, self.context)
        self._prepared = False

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
                               ollama_url=self.settings.ollama_url)
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

    # -- running ------------------------------------------------------------------------------
    def process(self, document: Document) -> Document:
        """Run the stages after load on an already-loaded document (used by routing pipelines too)."""
        self.prepare()
        document.document_type = self.name
        for stage in self.stages:
            if stage.name != IMPLICIT_FIRST:
                document = stage.process(document)
        return document

    def load(self, path: Path) -> Document:
        load_stage = next(s for s in self.stages if s.name == IMPLICIT_FIRST)
        return load_stage.process(Document(source=Path(path)))

    def run_file(self, path: Path) -> Document:
        """Load and process one file; errors propagate (``run`` records them instead)."""
        self.clock.seconds = 0.0
        start = time.perf_counter()
        document = self.load(Path(path))
        try:
            self.process(document)
        finally:
            document.seconds = time.perf_counter() - start
            document.model_seconds = getattr(self.clock, "seconds", 0.0)
            document.release_images()
        return document

    def run(
        self,
        inputs: Iterable[Path | str] | Path | str,
        *,
        outputs: Iterable[Path | str] = (),
        concurrency: int = 1,
        progress: bool | Callable[[int, int], None] = False,
        record: bool = True,
    ) -> RunResult:
        """Run over files and folders. Never raises for one bad file: it lands in ``result.errors``.

        ``outputs`` are written by the export stage after the batch (besides those the YAML lists).
        With ``record`` (the default) every finished document is also appended to a run record under
        ``SCAN2DATA_HOME/runs/`` (``result.record_path``), so an interrupted batch keeps its work."""
        if isinstance(inputs, (str, Path)):
            inputs = [inputs]
        start = time.perf_counter()
        paths, skipped, input_errors = discover(list(inputs))
        result = RunResult(pipeline=self.name)
        result.errors.extend(FileError(s.path, "skipped", s.reason) for s in skipped)
        result.errors.extend(FileError(p, e.kind, str(e)) for p, e in input_errors)
        if paths:
            self.prepare()
        else:
            self.check()
        self.context.outputs = [Path(p) for p in outputs]
        result.notices = list(self.notices)
        outcomes: list[Document | FileError | None] = [None] * len(paths)
        bar = _progress_bar(len(paths), progress)
        recorder = RunRecord(self.name) if record and paths else None
        self.last_record_path = result.record_path = recorder.path if recorder else None

        def work(index: int) -> None:
            path = paths[index]
            outcome: Document | FileError
            try:
                outcome = self.run_file(path)
                outcome.document_id = f"D{index + 1:04d}"
            except Scan2DataError as exc:
                outcome = FileError(path, exc.kind, str(exc))
            except Exception as exc:  # a bug or an engine's own exception: record it, keep going
                log.debug("unexpected error on %s", path, exc_info=True)
                outcome = FileError(path, "unexpected_error", f"{path}: {type(exc).__name__}: {exc}")
            outcomes[index] = outcome
            if recorder:
                recorder.add(outcome)
            bar.update(1)

        pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
        try:
            for future in [pool.submit(work, i) for i in range(len(paths))]:
                future.result()
        except BaseException:  # Ctrl-C: drop what has not started; the run record keeps what finished
            pool.shutdown(wait=False, cancel_futures=True)
            bar.close()
            raise
        pool.shutdown()
        bar.close()
        for outcome in outcomes:
            if isinstance(outcome, Document):
                result.documents.append(outcome)
            elif outcome is not None:
                result.errors.append(outcome)
        result.seconds = time.perf_counter() - start
        for stage in self.stages:
            result.written += stage.finish(result)
        return result


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
