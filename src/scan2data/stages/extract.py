"""Vision-extract: a reader engine (vision LLM or OCR) transcribes every page."""

from __future__ import annotations

from ..document import Document
from ..engines import READ, check_capabilities, check_model, engine_class, engine_options
from . import EngineStage, EngineStageOptions


class VisionExtractOptions(EngineStageOptions):
    pass


class VisionExtractStage(EngineStage):
    name = "vision_extract"
    Options = VisionExtractOptions
    model_shortcut = "vision_model"
    produces_text = True

    def check(self) -> list[str]:
        opts: VisionExtractOptions = self.options
        check_capabilities(opts.engine, {READ}, self.located)
        check_model(opts.engine, opts.model, self.located)
        validated = engine_options(opts.engine, opts.options, self.located)
        engine_class(opts.engine).check_config(validated, None, self.located)
        checked = [f"{self.where}: engine {opts.engine} reads pages"]
        if opts.prompt:
            self.context.renderer.render(opts.prompt, page=1, pages=1, source="check.png")
            checked.append(f"prompt {opts.prompt}: renders")
        return checked

    def preflight_needs(self) -> dict[str, bool]:
        return {"read": True}

    def process(self, document: Document) -> Document:
        assert self.engine is not None, "prepare() first"
        prompt = self.options.prompt
        pages = len(document.pages)
        for page in document.pages:  # one page decoded at a time, dropped again once read
            if page.transcript is not None and page.transcript.engine.split("+")[0] == self.engine.name \
                    and page.transcript.image_size == page.pixels().size:
                page.unload()
                continue  # already read by the same engine at this size (e.g. while `auto` classified it)
            text_prompt = (
                self.context.renderer.render(prompt, page=page.number, pages=pages, source=document.source.name)
                if prompt else ""
            )
            size = page.pixels().size
            transcript = self.engine.read(page, text_prompt)
            transcript.image_size = size
            page.transcript = transcript
            page.unload()
        return document
