"""Tesseract engine: the classic OCR, from the system package (`apt-get install tesseract-ocr`)."""

from __future__ import annotations

import shutil
from collections import defaultdict

from pydantic import Field

from ..document import Page, Transcript
from ..errors import EngineUnavailable
from ..layout import Fragment, merge_rows
from . import READ, EngineBase, EngineOptions


class TesseractOptions(EngineOptions):
    lang: str = Field("eng", description="Tesseract language(s), e.g. eng or deu+eng")
    psm: int = Field(6, ge=0, le=13, description="page segmentation mode (6: one block of text)")
    min_confidence: float = Field(0.0, ge=0, le=100, description="drop words Tesseract is less sure of (0-100)")


class TesseractEngine(EngineBase):
    name = "tesseract"
    capabilities = frozenset({READ})
    Options = TesseractOptions
    libraries = ("pytesseract",)

    def __init__(self, model: str | None = None, options: TesseractOptions | None = None):
        super().__init__(model, options)
        self.lang = self.options.lang
        self.psm = self.options.psm
        self.min_confidence = self.options.min_confidence

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        try:
            import pytesseract
        except ImportError as exc:
            raise EngineUnavailable("pytesseract is not installed — run `pip install 'scan2data[local]'`") from exc
        if shutil.which("tesseract") is None:
            raise EngineUnavailable(
                "the tesseract program is not installed — `apt-get install tesseract-ocr` (or `brew install tesseract`)")
        languages = pytesseract.get_languages(config="")
        if self.lang not in languages:
            raise EngineUnavailable(
                f"Tesseract has no '{self.lang}' language data — install it (`apt-get install tesseract-ocr-{self.lang}`)")

    def read(self, page: Page, prompt: str = "") -> Transcript:
        import pytesseract

        data = pytesseract.image_to_data(
            page.pixels(), lang=self.lang, config=f"--psm {self.psm}", output_type=pytesseract.Output.DICT)
        words: dict[tuple, list[int]] = defaultdict(list)
        for i, text in enumerate(data["text"]):
            if text.strip() and float(data["conf"][i]) >= self.min_confidence:
                words[(data["block_num"][i], data["par_num"][i], data["line_num"][i])].append(i)
        fragments = []
        for indexes in words.values():
            left = min(data["left"][i] for i in indexes)
            top = min(data["top"][i] for i in indexes)
            right = max(data["left"][i] + data["width"][i] for i in indexes)
            bottom = max(data["top"][i] + data["height"][i] for i in indexes)
            confidence = min(float(data["conf"][i]) for i in indexes) / 100
            text = " ".join(data["text"][i] for i in sorted(indexes, key=lambda i: data["left"][i]))
            fragments.append(Fragment(text, left, top, right, bottom, confidence))
        return Transcript.from_lines(merge_rows(fragments, gap=" "), engine="tesseract")
