"""Vision-extract: a reader engine (vision LLM or OCR) transcribes every page."""

from __future__ import annotations

from ..catalog import PromptRenderer
from ..document import Document
from ..engines import Engine


def extract_document(document: Document, engine: Engine, renderer: PromptRenderer, prompt: str | None) -> None:
    pages = len(document.pages)
    for page in document.pages:
        text_prompt = (
            renderer.render(prompt, page=page.number, pages=pages, source=document.source.name)
            if prompt
            else ""
        )
        page.transcript = engine.read(page, text_prompt)
