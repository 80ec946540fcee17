"""PDF text-layer engine: read the text a digital PDF already carries, with its positions, instead of
rendering the page and running OCR on it — exact characters, and a few milliseconds a page instead of
seconds. Pages without (enough) text — scans, photos inside a PDF — and image files go to the
``fallback`` reader (an OCR engine), so one profile handles digital and scanned documents alike.

    vision_extract:
      engine: pdftext
      options: {fallback: rapidocr, min_chars: 20}

Uses pypdfium2 (``pip install 'scan2data[local]'``), which needs no poppler.
"""

from __future__ import annotations

from typing import Any, Optional

from pydantic import Field

from ..document import Page, Transcript
from ..errors import EngineUnavailable
from ..pdf import is_pdf, page_text
from . import READ, EngineBase, EngineOptions, create_engine


class PdfTextOptions(EngineOptions):
    fallback: Optional[str] = Field("rapidocr", description="reader for pages without a text layer; null: none")
    fallback_options: dict[str, Any] = Field(default_factory=dict, description="that reader's options")
    min_chars: int = Field(20, ge=0, description="a page with fewer text characters goes to the fallback")


class PdfTextEngine(EngineBase):
    name = "pdftext"
    capabilities = frozenset({READ})
    Options = PdfTextOptions
    libraries = ("pypdfium2",)

    def __init__(self, model: str | None = None, options: PdfTextOptions | None = None):
        super().__init__(model, options)
        opts: PdfTextOptions = self.options
        self.fallback = create_engine(opts.fallback, None, opts.fallback_options, where="options.fallback") \
            if opts.fallback else None

    @classmethod
    def nested(cls, model: str | None, options: EngineOptions) -> list[tuple[str, str | None, dict[str, Any], str]]:
        assert isinstance(options, PdfTextOptions)
        return [(options.fallback, None, options.fallback_options, "fallback_options")] if options.fallback else []

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        try:
            import pypdfium2  # noqa: F401
        except ImportError as exc:
            raise EngineUnavailable("the pdftext engine needs pypdfium2 — run `pip install 'scan2data[local]'` "
                                    "(from a clone: `pip install '.[local]'`)") from exc
        if self.fallback is not None:
            self.fallback.preflight(read=True)

    def tune(self, concurrency: int) -> None:
        tune = getattr(self.fallback, "tune", None)  # a plugin reader need not have it
        if tune is not None:
            tune(concurrency)

    def read(self, page: Page, prompt: str) -> Transcript:
        if is_pdf(page.source):
            transcript = page_text(page.source, page.file_page or page.number)
            if len(transcript.text.strip()) >= self.options.min_chars:
                return transcript
        if self.fallback is None:
            return Transcript(text="", engine=self.name)
        read = self.fallback.read(page, prompt)
        read.engine = f"{self.name}+{read.engine}"
        return read
