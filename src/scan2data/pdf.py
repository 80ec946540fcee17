"""PDF helpers on pypdfium2 (no poppler needed): is it a PDF, a page's text layer with positions, the
files attached to it (where e-invoice XML travels)."""

from __future__ import annotations

from pathlib import Path

from .document import Transcript
from .errors import InputError
from .layout import Fragment, merge_rows

POINTS_TO_PIXELS = 200 / 72  # boxes in the units of a page rendered at 200 dpi, like the OCR engines'


def is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def page_text(path: Path, number: int) -> Transcript:
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
            text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ").replace("\x02", "-")
            if text.strip():
                fragments.append(Fragment(text, left * POINTS_TO_PIXELS, (height - top) * POINTS_TO_PIXELS,
                                          right * POINTS_TO_PIXELS, (height - bottom) * POINTS_TO_PIXELS, 1.0))
        transcript = Transcript.from_lines(merge_rows(fragments, gap="  "), engine="pdftext")
        transcript.page_size = (page.get_width() * POINTS_TO_PIXELS, height * POINTS_TO_PIXELS)
        return transcript
    except pdfium.PdfiumError as exc:  # a damaged page: one clear error for this file, the batch goes on
        raise InputError(f"{path}: the text of page {number} cannot be read: {exc}", path=path) from exc
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
