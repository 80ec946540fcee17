"""Vision-extract: a reader engine (vision LLM or OCR) transcribes every page."""

from __future__ import annotations

from ..catalog import PromptRenderer
from ..document import Document
from ..engines import Engine


def extract_document(document: Document, engine: Engine, renderer: PromptRenderer, prompt: str | None) -> None:
    pages = len(document.pages)
    for page in document.pages:
        if page.transcript is not None and page.transcript.engine == engine.name:
            continue  # already read by the same engine (e.g. while `auto` classified it)
        text_prompt = (
            renderer.render(prompt, page=page.number, pages=pages, source=document.source.name)
            if prompt
            else ""
        )
        page.transcript = engine.read(page, text_prompt)
