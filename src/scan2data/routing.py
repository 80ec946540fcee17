"""``auto``: classify each document, then hand it to the pipeline its category routes to.

The router's own resize applies to the classifier's view only: the routed pipeline resizes the
original pages itself, so a file reaches the model at the same size through ``auto`` as directly.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from . import catalog
from .config import PipelineConfig
from .document import Document, Page, display_path
from .engines import (
    IMAGES,
    READ,
    STRUCTURE,
    Engine,
    StructureRequest,
    check_capabilities,
    check_model,
    engine_class,
    engine_options,
)
from .errors import EngineUnavailable, ExtractionError, InputError, NotRouted
from .fingerprint import digest
from .imaging import encode_page
from .runner import Pipeline
from .stages import engine_fingerprint, structure
from .stages.resize import resize_image
from .workspace import Workspace


class RoutingPipeline(Pipeline):
    def __init__(self, config: PipelineConfig, workspace: Workspace | None = None, **overrides: Any):
        self._overrides = dict(overrides)
        self._routes: dict[str, Pipeline] = {}
        self._classifier: Engine | None = None
        self._reader: Engine | None = None
        super().__init__(config, workspace, **overrides)

    @property
    def classify_config(self) -> Any:
        assert self.config.classify is not None
        return self.config.classify

    def _check_current(self) -> list[str]:
        classify = self.classify_config
        where = f"{self.config.source}: classify"
        check_capabilities(classify.engine, {STRUCTURE} | (set() if classify.reader else {IMAGES}), where)
        check_model(classify.engine, classify.model, where)
        engine_class(classify.engine).check_config(engine_options(classify.engine, classify.options, where), None,
                                                   where)
        if classify.reader:
            check_capabilities(classify.reader, {READ}, f"{where}.reader")
        checked = [f"router {self.name}: routes {', '.join(f'{k}→{v}' for k, v in classify.routes.items())}"]
        catalog.load_schema(classify.schema_, self.workspace)
        if classify.prompt:
            self.renderer.render(classify.prompt, text="", source="check.png")
        for stage in self.stages:
            checked += stage.check()
        for category in classify.routes:
            checked += [f"  {category}: {line}" for line in self.route(category)._check_current()]
        return checked

    def _build(self, profile: str | None) -> None:
        super()._build(profile)
        self._routes = {}  # routes made before a fallback used the old profile

    def route(self, category: str) -> Pipeline:
        if category not in self._routes:
            target = self.classify_config.routes[category]
            config = catalog.load_pipeline_config(target, self.workspace)
            profile = self.profile if self.profile in config.profiles else None
            self._routes[category] = Pipeline(config, self.workspace, **{**self._overrides, "engine": profile})
        return self._routes[category]

    def tune(self, concurrency: int) -> None:
        super().tune(concurrency)
        for route in self._routes.values():
            route.tune(concurrency)

    def prepare(self) -> None:
        if self._prepared:
            return
        self.check()
        try:
            self._prepare_classifier()
        except EngineUnavailable as exc:
            fallback = self._fall_back(exc)
            self._overrides["engine"] = fallback
            self._build(fallback)
            self._prepare_classifier()
        for category in self.classify_config.routes:
            route = self.route(category)
            route.prepare()
            self.notices += [n for n in route.notices if n not in self.notices]
        self._prepared = True

    def _prepare_classifier(self) -> None:
        classify = self.classify_config
        where = f"{self.config.source}: classify"
        engine = self.context.engine(classify.engine, classify.model, classify.options, where)
        engine.preflight(structure=True, images=not classify.reader)
        self._classifier = engine
        if classify.reader:
            reader = self.context.engine(classify.reader, None, {}, f"{where}.reader")
            reader.preflight(read=True)
            self._reader = reader

    def classify(self, document: Document) -> str:
        classify = self.classify_config
        schema = catalog.load_schema(classify.schema_, self.workspace)
        resize = self.stage("resize")
        view = [Page(source=page.source, number=page.number, file_page=page.file_page,
                     loader=self._viewer(page, resize))  # decoded only if the classifier's reader needs pixels
                for page in (document.pages if classify.reader else document.pages[:1])]
        images = []
        if self._reader is not None:
            # a text-only classifier (rules): read first; the routed pipeline reuses these transcripts
            # when it reads the page with the same engine at the same size
            for page, original in zip(view, document.pages):
                transcript = self._reader.read(page, "")
                transcript.image_size = page.image.size if page.image is not None else None
                page.transcript = original.transcript = transcript
                page.unload()
                original.unload()
        else:
            images = [encode_page(view[0])]
        text = "\n".join(p.transcript.text for p in view if p.transcript)
        prompt = self.renderer.render(classify.prompt, text=text, source=document.source.name) \
            if classify.prompt else ""
        view_document = Document(source=document.source, pages=view)
        assert self._classifier is not None
        answer = self._classifier.structure(
            StructureRequest(schema=schema, prompt=prompt, document=view_document, images=images))
        try:
            return structure.parse_answer(schema, answer.content).category
        except ValidationError as exc:
            raise ExtractionError(f"{document.source}: the classifier's answer is not a category: "
                                  f"{structure.short_errors(exc).splitlines()[0].lstrip('- ')}",
                                  path=document.source) from exc

    def _compute_fingerprints(self) -> tuple[str | None, str]:
        """The router's own stages and classifier, and every route's pipeline."""
        classify = self.classify_config
        prefix = digest("router")
        for stage in self.stages:
            if stage.fingerprint():
                prefix = digest(prefix, stage.fingerprint())
        routes = {category: self.route(category).fingerprints()[1] for category in classify.routes}
        return None, digest(prefix, engine_fingerprint(classify.engine, classify.model, classify.options, self.context,
                                                       classify.prompt), classify.reader,
                            catalog.schema_source(classify.schema_, self.workspace), routes)

    def engines_used(self) -> list[dict[str, Any]]:
        classify = self.classify_config
        used = [{"pipeline": self.name, "stage": "classify", "engine": classify.engine, "model": classify.model}]
        if classify.reader:
            used.append({"pipeline": self.name, "stage": "classify.reader", "engine": classify.reader, "model": None})
        for category in classify.routes:
            used += self.route(category).engines_used()
        return used

    @staticmethod
    def _viewer(page: Page, resize: Any) -> Any:
        def decode() -> Any:
            pixels = page.pixels()
            return resize_image(pixels, resize) if resize else pixels
        return decode

    def process(self, document: Document, start: int = 1, end: int | None = None,
                after_reading: Any = None) -> Document:
        """Classify, then run the routed pipeline's stages after load (a router reads no pages itself,
        so ``start``, ``end`` and ``after_reading`` do not apply)."""
        self.prepare()
        if not document.pages:  # an e-invoice XML: no page to classify, and only one kind of pipeline reads it
            route = next((self.route(c) for c in self.classify_config.routes if self.route(c).reads_files()), None)
            if route is None:
                raise InputError(f"{display_path(document.source)}: an e-invoice XML, and none of the {self.name} "
                                 "pipeline's routes has an einvoice stage to read it", path=document.source)
            return route.process(document)
        category = self.classify(document)
        if category not in self.classify_config.routes:
            raise NotRouted(
                f"{document.source}: classified as '{category}', which no pipeline handles — "
                f"run it with a specific pipeline (`scan2data run receipt FILE`) if that is wrong",
                path=document.source,
            )
        return self.route(category).process(document)


