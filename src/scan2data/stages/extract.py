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
        for page in document.pages:  # one page decoded at a time (if the reader needs pixels), dropped after
            done = page.transcript
            if done is not None and done.engine.split("+")[0] == self.engine.name and (
                    done.image_size is None or done.image_size == page.pixels().size):
                page.unload()
                continue  # already read by the same engine at this size (e.g. while `auto` classified it)
            text_prompt = (
                self.context.renderer.render(prompt, page=page.number, pages=pages, source=document.source.name)
                if prompt else ""
            )
            transcript = self.engine.read(page, text_prompt)
            # the size it was read at, when the reader decoded the page (a text layer needs no pixels)
            transcript.image_size = page.image.size if page.image is not None else None
            page.transcript = transcript
            page.unload()
        return document
