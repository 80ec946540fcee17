"""A reader engine for faded thermal receipts: turn the page black-and-white at a threshold, then
read it with Tesseract. A complete scan2data plugin: one class, typed options, one entry point."""

from __future__ import annotations

import shutil

from pydantic import Field

from scan2data.document import Page, TextLine, Transcript
from scan2data.engines import READ, EngineBase, EngineOptions
from scan2data.errors import EngineUnavailable


class ThresholdOCROptions(EngineOptions):
    threshold: int = Field(160, ge=1, le=254, description="grey level below which a pixel is ink")
    lang: str = Field("eng", description="Tesseract language")


class ThresholdOCR(EngineBase):
    name = "threshold_ocr"
    capabilities = frozenset({READ})  # it reads pages; it cannot fill a schema
    Options = ThresholdOCROptions

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        if shutil.which("tesseract") is None:
            raise EngineUnavailable("threshold_ocr needs Tesseract — `apt-get install tesseract-ocr`")

    def read(self, page: Page, prompt: str) -> Transcript:
        import pytesseract

        assert page.image is not None
        cut = self.options.threshold
        ink = page.image.convert("L").point(lambda v: 0 if v < cut else 255)
        text = pytesseract.image_to_string(ink, lang=self.options.lang, config="--psm 6")
        lines = [TextLine(line.strip()) for line in text.splitlines() if line.strip()]
        return Transcript.from_lines(lines, engine=self.name)
