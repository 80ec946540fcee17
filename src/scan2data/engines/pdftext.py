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

from pathlib import Path
from typing import Any, Optional

from pydantic import Field

from ..document import Page, Transcript
from ..errors import EngineUnavailable, InputError
from ..layout import Fragment, merge_rows
from . import READ, EngineBase, EngineOptions, create_engine

POINTS_TO_PIXELS = 200 / 72  # boxes in the units of a page rendered at 200 dpi, like the OCR engines'


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

    def read(self, page: Page, prompt: str) -> Transcript:
        if is_pdf(page.source):
            transcript = pdf_page_text(page.source, page.file_page or page.number)
            if len(transcript.text.strip()) >= self.options.min_chars:
                return transcript
        if self.fallback is None:
            return Transcript(text="", engine=self.name)
        read = self.fallback.read(page, prompt)
        read.engine = f"{self.name}+{read.engine}"
        return read


def is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def pdf_page_text(path: Path, number: int) -> Transcript:
    """The text layer of one page (1-based) as reading-order lines with boxes."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise InputError(f"{path}: the PDF's text cannot be read: {exc}", path=path) from exc
    try:
        page = pdf[number - 1]
        height = page.get_height()
        textpage = page.get_textpage()
        fragments = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ")
            if text.strip():
                fragments.append(Fragment(text, left * POINTS_TO_PIXELS, (height - top) * POINTS_TO_PIXELS,
                                          right * POINTS_TO_PIXELS, (height - bottom) * POINTS_TO_PIXELS, 1.0))
        return Transcript.from_lines(merge_rows(fragments, gap="  "), engine="pdftext")
    finally:
        pdf.close()


def embedded_files(path: Path) -> dict[str, bytes]:
    """The files attached to a PDF (e-invoice XML travels this way), by name."""
    import pypdfium2 as pdfium

    files: dict[str, bytes] = {}
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return files
    try:
        for index in range(pdf.count_attachments()):
            attachment = pdf.get_attachment(index)
            try:
                files[attachment.get_name()] = bytes(attachment.get_data())
            except Exception:  # an attachment pdfium cannot decode is skipped, not fatal
                continue
    finally:
        pdf.close()
    return files
