"""A pipeline: one document type's stages, run over files. ``load_pipeline("receipt").run(paths)``.

Documents run independently: a file that fails is recorded with its reason and the batch goes on.
Engines are created once per run and checked (server up, model pulled) before the first document.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ValidationError

from . import catalog
from .config import (
    LoadStage,
    PipelineConfig,
    ResizeStage,
    TextStructureStage,
    VisionExtractStage,
    load_config,
)
from .document import Document
from .engines import Engine, StructureRequest, create_engine
from .errors import ConfigError, EngineUnavailable, ExtractionError, NotRouted, PipelineNotFound, Scan2DataError
from .imaging import encode_image
from .results import FileError, RunRecord, RunResult
from .stages import extract, load, resize, structure, validate
from .workspace import Workspace

log = logging.getLogger("scan2data")


class _TimedEngine:
    """Wraps an engine to add the seconds spent in model calls to the current document's tally,
    so the framework's own overhead can be told apart from model time."""

    def __init__(self, engine: Engine, clock: threading.local):
        self._engine = engine
        self._clock = clock
        self.name = engine.name
        self.capabilities = engine.capabilities

    def preflight(self, **kwargs: Any) -> None:
        self._engine.preflight(**kwargs)

    def _timed(self, fn: Callable, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self._clock.seconds = getattr(self._clock, "seconds", 0.0) + time.perf_counter() - start

    def read(self, page, prompt):
        return self._timed(self._engine.read, page, prompt)

    def structure(self, request):
        return self._timed(self._engine.structure, request)


class Pipeline:
    """One document type's configured stages, ready to run.

    ``engine`` picks a profile from the YAML (e.g. ``local``); the model and URL arguments override
    what the YAML says for this run only."""

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
        self.overrides = {"vision_model": vision_model, "text_model": text_model, "ollama_url": ollama_url}
        self.stage_overrides = stage_overrides or {}
        self.profile = engine or config.default_profile
        # fallback applies only when the user did not pick an engine: `--engine ollama` means Ollama
        self.allow_fallback = engine is None
        self.config = self._apply(config, self.profile)
        self.notices: list[str] = []
        self.renderer = catalog.PromptRenderer(self.workspace)
        self._engines: dict[str, Engine] | None = None
        self._clock = threading.local()
        self.last_record_path: Path | None = None

    # -- configuration ------------------------------------------------------------------------
    def _apply(self, config: PipelineConfig, profile: str | None) -> PipelineConfig:
        if profile:
            config = config.with_profile(profile)  # an unknown profile: ConfigError listing the known ones
        if self.stage_overrides:
            config = config.with_overrides(self.stage_overrides)
        data = config.model_dump(by_alias=True, exclude_none=True)
        for stage in data["stages"]:
            if stage["stage"] == "vision_extract" and self.overrides["vision_model"]:
                stage["model"] = self.overrides["vision_model"]
            if stage["stage"] == "text_structure":
                model = self.overrides["vision_model"] if stage.get("send_images") else None
                model = self.overrides["text_model"] or model
                if model:
                    stage["model"] = model
            if stage.get("engine") == "ollama" and self.overrides["ollama_url"]:
                stage.setdefault("options", {})["url"] = self.overrides["ollama_url"]
        classify = data.get("classify")
        if classify:
            if classify.get("engine") == "ollama" and self.overrides["ollama_url"]:
                classify.setdefault("options", {})["url"] = self.overrides["ollama_url"]
            if self.overrides["vision_model"] and classify.get("engine") == "ollama":
                classify["model"] = self.overrides["vision_model"]
        return PipelineConfig.model_validate(data)

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def schema(self) -> type[BaseModel]:
        return catalog.load_schema(self.config.schema_, self.workspace)

    def stage(self, name: str) -> Any:
        return self.config.stage(name)

    def check(self) -> list[str]:
        """Validate everything that can be checked without calling a model; returns what was checked."""
        checked = [f"pipeline {self.name}: YAML valid ({len(self.config.stages)} stages)"]
        schema = self.schema
        checked.append(f"schema {self.config.schema_}: {len(schema.model_fields)} fields")
        schema.model_json_schema()
        engine_stages = [s for s in self.config.stages if isinstance(s, (VisionExtractStage, TextStructureStage))]
        for stage in engine_stages:
            from .engines import REGISTRY

            if stage.engine not in REGISTRY:
                raise ConfigError(f"stage {stage.stage}: unknown engine {stage.engine!r} — use one of: {', '.join(REGISTRY)}")
            if stage.prompt:
                if isinstance(stage, VisionExtractStage):
                    self.renderer.render(stage.prompt, page=1, pages=1, source="check.png")
                else:
                    structure.build_request(_sample_document(), schema, stage, self.renderer)
                checked.append(f"prompt {stage.prompt}: renders")
        validate_stage = self.stage("validate")
        for rule in validate_stage.rules if validate_stage else []:
            validate.check_rule(rule)
        if validate_stage:
            checked.append(f"{len(validate_stage.rules)} validation rule(s) known")
        for profile in self.config.profiles:
            self.config.with_profile(profile)
        return checked

    # -- engines ------------------------------------------------------------------------------
    def _create_engines(self) -> dict[str, Engine]:
        engines: dict[str, Engine] = {}
        for stage in self.config.stages:
            if isinstance(stage, (VisionExtractStage, TextStructureStage)):
                engine = create_engine(stage.engine, stage.model, stage.options)
                engines[stage.stage] = _TimedEngine(engine, self._clock)
        return engines

    def _preflight(self, engines: dict[str, Engine]) -> None:
        ts = self.stage("text_structure")
        if "vision_extract" in engines:
            engines["vision_extract"].preflight(read=True)
        engines["text_structure"].preflight(structure=True, images=bool(ts.send_images))

    def prepare(self) -> None:
        """Create and check the engines once; fall back (with a notice) if the pipeline allows it."""
        if self._engines is not None:
            return
        self.check()
        try:
            engines = self._create_engines()
            self._preflight(engines)
        except EngineUnavailable as exc:
            fallback = self._fall_back(exc)
            self.config = self._apply(self.base_config, fallback)
            engines = self._create_engines()
            self._preflight(engines)
        self._engines = engines

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
        assert self._engines is not None
        document.document_type = self.name
        resize_stage = self.stage("resize")
        if resize_stage:
            resize.resize_document(document, resize_stage)
        vision = self.stage("vision_extract")
        if vision:
            extract.extract_document(document, self._engines["vision_extract"], self.renderer, vision.prompt)
        structure.structure_document(
            document, self.schema, self._engines["text_structure"], self.stage("text_structure"), self.renderer
        )
        validate.validate_document(document, self.stage("validate"))
        return document

    def load(self, path: Path) -> Document:
        resize_stage: ResizeStage | None = self.stage("resize")
        return load.load_document(
            path, self.stage("load") or LoadStage(), resize_stage.max_side if resize_stage else None
        )

    def run_file(self, path: Path) -> Document:
        """Load and process one file; errors propagate (``run`` records them instead)."""
        self._clock.seconds = 0.0
        start = time.perf_counter()
        document = self.load(Path(path))
        try:
            self.process(document)
        finally:
            document.seconds = time.perf_counter() - start
            document.model_seconds = getattr(self._clock, "seconds", 0.0)
            document.release_images()
        return document

    def run(
        self,
        inputs: Iterable[Path | str] | Path | str,
        *,
        concurrency: int = 1,
        progress: bool | Callable[[int, int], None] = False,
        record: bool = True,
    ) -> RunResult:
        """Run over files and folders. Never raises for one bad file: it lands in ``result.errors``.

        With ``record`` (the default) every finished document is also appended to a run record under
        ``SCAN2DATA_HOME/runs/`` (``result.record_path``), so an interrupted batch keeps its work."""
        if isinstance(inputs, (str, Path)):
            inputs = [inputs]
        start = time.perf_counter()
        paths, skipped, input_errors = load.discover(list(inputs))
        result = RunResult(pipeline=self.name)
        result.errors.extend(FileError(s.path, "skipped", s.reason) for s in skipped)
        result.errors.extend(FileError(p, e.kind, str(e)) for p, e in input_errors)
        if paths:
            self.prepare()
        result.notices = list(self.notices)
        outcomes: list[Document | FileError] = [None] * len(paths)  # type: ignore[list-item]
        bar = _progress_bar(len(paths), progress)
        recorder = RunRecord(self.name) if record and paths else None
        self.last_record_path = result.record_path = recorder.path if recorder else None

        def work(index: int) -> None:
            path = paths[index]
            try:
                document = self.run_file(path)
                document.document_id = f"D{index + 1:04d}"
                outcomes[index] = document
            except Scan2DataError as exc:
                outcomes[index] = FileError(path, exc.kind, str(exc))
            except Exception as exc:  # a bug or an engine's own exception: record it, keep going
                log.debug("unexpected error on %s", path, exc_info=True)
                outcomes[index] = FileError(path, "unexpected_error", f"{path}: {type(exc).__name__}: {exc}")
            if recorder:
                recorder.add(outcomes[index])
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
            else:
                result.errors.append(outcome)
        result.seconds = time.perf_counter() - start
        return result


class RoutingPipeline(Pipeline):
    """``auto``: classify each document, then hand it to the pipeline its category routes to."""

    def __init__(self, config: PipelineConfig, workspace: Workspace | None = None, **overrides: Any):
        self._overrides = dict(overrides)
        self._routes: dict[str, Pipeline] = {}
        self._classifier: Engine | None = None
        self._reader: Engine | None = None
        super().__init__(config, workspace, **overrides)

    def check(self) -> list[str]:
        classify = self.config.classify
        assert classify is not None
        checked = [f"router {self.name}: routes {', '.join(f'{k}→{v}' for k, v in classify.routes.items())}"]
        catalog.load_schema(classify.schema_, self.workspace)
        if classify.prompt:
            self.renderer.render(classify.prompt, text="", source="check.png")
        for category in classify.routes:
            checked += [f"  {category}: {line}" for line in self.route(category).check()]
        return checked

    def route(self, category: str) -> Pipeline:
        if category not in self._routes:
            target = self.config.classify.routes[category]
            profile = self.profile if self.profile else None
            config = load_pipeline_config(target, self.workspace)
            if profile and profile not in config.profiles:
                profile = None
            self._routes[category] = Pipeline(config, self.workspace, **{**self._overrides, "engine": profile})
        return self._routes[category]

    def prepare(self) -> None:
        if self._classifier is not None:
            return
        classify = self.config.classify
        engine = create_engine(classify.engine, classify.model, classify.options)
        try:
            engine.preflight(structure=True, images=not classify.reader)
        except EngineUnavailable as exc:
            fallback = self._fall_back(exc)
            self.config = self._apply(self.base_config, fallback)
            self._overrides["engine"] = fallback
            self._routes = {}  # routes made before the fallback (by check) used the old profile
            classify = self.config.classify
            engine = create_engine(classify.engine, classify.model, classify.options)
            engine.preflight(structure=True, images=not classify.reader)
        self._classifier = _TimedEngine(engine, self._clock)
        if classify.reader:
            reader = create_engine(classify.reader)
            reader.preflight(read=True)
            self._reader = _TimedEngine(reader, self._clock)
        for category in classify.routes:
            route = self.route(category)
            route.prepare()
            self.notices += [n for n in route.notices if n not in self.notices]

    def classify(self, document: Document) -> str:
        classify = self.config.classify
        schema = catalog.load_schema(classify.schema_, self.workspace)
        images = []
        if self._reader is not None:
            # a text-only classifier (rules): OCR first; the routed pipeline reuses these transcripts
            for page in document.pages:
                page.transcript = self._reader.read(page, "")
        elif document.pages[0].image is not None:
            images = [encode_image(document.pages[0].image)]
        prompt = self.renderer.render(classify.prompt, text=document.text, source=document.source.name) \
            if classify.prompt else ""
        answer = self._classifier.structure(
            StructureRequest(schema=schema, prompt=prompt, document=document, images=images))
        try:
            return structure.parse_answer(schema, answer.content).category
        except ValidationError as exc:
            raise ExtractionError(f"{document.source}: the classifier's answer is not a category: "
                                  f"{structure.short_errors(exc).splitlines()[0].lstrip('- ')}",
                                  path=document.source) from exc

    def process(self, document: Document) -> Document:
        self.prepare()
        resize_stage = self.stage("resize")
        if resize_stage:
            resize.resize_document(document, resize_stage)
        category = self.classify(document)
        if category not in self.config.classify.routes:
            raise NotRouted(
                f"{document.source}: classified as '{category}', which no pipeline handles — "
                f"run it with a specific pipeline (`scan2data run receipt FILE`) if that is wrong",
                path=document.source,
            )
        return self.route(category).process(document)


def _sample_document() -> Document:
    from .document import Page, Transcript

    doc = Document(source=Path("check.png"), pages=[Page(source=Path("check.png"), number=1)])
    doc.pages[0].transcript = Transcript(text="SAMPLE TEXT")
    return doc


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


def _progress_bar(total: int, progress: bool | Callable[[int, int], None]):
    if callable(progress):
        return _CallbackBar(total, progress)
    if progress and total:
        from tqdm import tqdm

        return tqdm(total=total, unit="doc", desc="documents", dynamic_ncols=True)
    return _NullBar()


def load_pipeline_config(name_or_path: str | Path, workspace: Workspace) -> PipelineConfig:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        return load_config(path)
    files = workspace.pipeline_files()
    if str(name_or_path) not in files:
        known = ", ".join(files) or "none"
        raise PipelineNotFound(
            f"no pipeline named {name_or_path!r} (known: {known}) — create one with `scan2data new {name_or_path}`"
        )
    return load_config(files[str(name_or_path)])


def load_pipeline(
    name_or_path: str | Path, *, workspace: Path | str | Workspace | None = None, **overrides: Any
) -> Pipeline:
    """Load a pipeline by name (``receipt``) or YAML path. Overrides: engine, vision_model,
    text_model, ollama_url."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    config = load_pipeline_config(name_or_path, ws)
    cls = RoutingPipeline if config.classify is not None else Pipeline
    return cls(config, ws, **overrides)
