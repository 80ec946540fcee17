"""Load: files and folders -> ``Document``s of ``Page``s.

Every input ends in exactly one row: a document, or an error naming the file and the reason. Files
are recognised by their content (a PDF named ``.jpg`` is read as a PDF). Pages are decoded lazily, one
at a time, when a stage needs their pixels, and dropped again after reading, so memory does not grow
with the page count; ``max_pages`` refuses absurd documents outright.

Images (JPEG, PNG, WebP, TIFF with all its pages, BMP, GIF) get EXIF orientation applied, and any pixel
format (CMYK, 16-bit, palette, alpha on white) becomes 8-bit RGB or grey. An animated GIF is read as its
first frame and the document is flagged for review saying so. PDFs are rendered page by page with
pdf2image (poppler), after checking each page's size. Big JPEGs are decoded in draft mode at the
smallest scale still above the resize target, which makes 12-megapixel photos cheap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError
from pydantic import Field

from ..document import Document, Page, display_path
from ..einvoice import HEAD_BYTES, is_einvoice_file, read_einvoice_file
from ..errors import InputError
from . import StageBase, StageOptions

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif"}
PDF_SUFFIXES = {".pdf"}
DOCUMENT_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES
# an XML file is a document when it is an e-invoice (XRechnung, UBL, CII, FatturaPA, also signed: .xml.p7m);
# other XML in a folder is skipped
XML_SUFFIXES = {".xml", ".p7m"}


class LoadOptions(StageOptions):
    dpi: int = Field(200, ge=50, le=600, description="PDF render resolution")
    first_page: int | None = Field(None, ge=1)
    last_page: int | None = Field(None, ge=1)
    max_pixels: int = Field(120_000_000, description="refuse pages larger than this (decompression bombs)")
    max_pages: int = Field(200, ge=1, description="refuse documents with more pages (or use first/last_page)")
    max_aspect: float = Field(12.0, ge=1, description="refuse pages longer than this many times their width")


class LoadStage(StageBase):
    """Reads the file into pages. It always runs first: a pipeline without one gets the defaults."""

    name = "load"
    Options = LoadOptions

    def process(self, document: Document) -> Document:
        resize = self.context.find("resize")
        target = getattr(resize.options, "max_side", None) if resize else None
        loaded = load_document(document.source, self.options, target)
        document.pages = loaded.pages
        for reason in loaded.reasons:
            document.flag(reason)
        return document


@dataclass
class Skipped:
    """Something found in a folder that is not a document; reported, never silently dropped."""

    path: Path
    reason: str


Found = Union[Path, Skipped, tuple[Path, InputError]]


def discover(inputs: list[Path | str]) -> tuple[list[Path], list[Skipped], list[tuple[Path, InputError]]]:
    """Expand files and folders (recursively, sorted, following folder links once) into document paths.

    Returns (documents, things found in folders that are not documents, errors: inputs that cannot be
    used and folders that cannot be read). ``walk_inputs`` gives the same one at a time."""
    documents: list[Path] = []
    skipped: list[Skipped] = []
    errors: list[tuple[Path, InputError]] = []
    for found in walk_inputs(inputs):
        if isinstance(found, Path):
            documents.append(found)
        elif isinstance(found, Skipped):
            skipped.append(found)
        else:
            errors.append(found)
    return documents, skipped, errors


def walk_inputs(inputs: Iterable[Path | str]) -> Iterator[Found]:
    """What ``discover`` finds, as it finds it: a document's path, a ``Skipped`` or a (path, error)
    pair. A batch over a 100 000-file tree starts on the first document and never lists them all."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if path.suffix.lower() in DOCUMENT_SUFFIXES or _sniff(path) is not None:
                yield path
            else:
                yield (path, InputError(
                    f"{display_path(path)}: not a supported document ({path.suffix or 'no extension'}) — "
                    f"use {', '.join(sorted(s.lstrip('.') for s in DOCUMENT_SUFFIXES))}, or an e-invoice XML",
                    path=path))
        elif os.path.lexists(path):
            yield (path, InputError(f"{display_path(path)}: not a regular file or folder (a broken link, "
                                    "a device or a pipe)", path=path))
        else:
            yield (path, InputError(f"{display_path(path)}: no such file or folder", path=path))


def _walk(top: Path) -> Iterator[Found]:
    unreadable_folders: list[tuple[Path, InputError]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else top
        unreadable_folders.append((where, InputError(f"{display_path(where)}: cannot read this folder: "
                                                     f"{exc.strerror or exc} — the documents in it were not "
                                                     "processed", path=where)))

    seen: set[tuple[int, int]] = set()
    for root, dirnames, filenames in os.walk(top, onerror=unreadable, followlinks=True):
        yield from unreadable_folders
        unreadable_folders.clear()
        here = Path(root)
        try:
            info = os.stat(here)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already searched
            yield Skipped(here, "a link to a folder already searched (a loop) — not searched again")
            dirnames[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                yield Skipped(here / name, "hidden folder — not searched")
            else:
                kept.append(name)
        dirnames[:] = kept
        for filename in sorted(filenames):
            child = here / filename
            if filename.startswith("."):
                if child.suffix.lower() in DOCUMENT_SUFFIXES:
                    yield Skipped(child, "hidden file — not read (rename it to read it)")
                continue  # .DS_Store and the like: not documents
            if not child.is_file():
                if os.path.islink(child) and not child.exists():
                    yield (child, InputError(f"{display_path(child)}: a link to a file that does not exist",
                                             path=child))
                else:
                    yield Skipped(child, "not a regular file")
            elif child.suffix.lower() in DOCUMENT_SUFFIXES:
                yield child
            elif child.suffix.lower() in XML_SUFFIXES:
                if _sniff(child) == "xml":
                    yield child
                else:
                    yield Skipped(child, "not an e-invoice (XRechnung, UBL, Factur-X/ZUGFeRD CII, FatturaPA)")
            else:
                yield Skipped(child, f"not an image or PDF ({child.suffix or 'no extension'})")
    yield from unreadable_folders


ORIENTATION = 0x0112  # the EXIF tag
SIGNATURES = {b"%PDF": ".pdf", b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png", b"GIF8": ".gif", b"II*\x00": ".tif",
              b"MM\x00*": ".tif", b"BM": ".bmp"}


def sniff_suffix(path: Path) -> str | None:
    """The file's real type as a suffix (``.pdf``, ``.png``... ``.xml`` for an e-invoice), from its first
    bytes; None when it is neither an image, a PDF nor an e-invoice, whatever its name says."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
            if head[:1] in (b"<", b"\x30", b"M", b"-") or head[:2] in (b"\xef\xbb", b"\xff\xfe", b"\xfe\xff"):
                head += handle.read(HEAD_BYTES - 16)  # an e-invoice, perhaps: its first element may come late
    except OSError:
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    found = next((suffix for magic, suffix in SIGNATURES.items() if head.startswith(magic)), None)
    return found or (".xml" if is_einvoice_file(head) else None)


def _sniff(path: Path) -> str | None:
    """``pdf``, ``image`` or ``xml`` (an e-invoice) from the first bytes, whatever the name says; None
    when none of them."""
    suffix = sniff_suffix(path)
    return None if suffix is None else {".pdf": "pdf", ".xml": "xml"}.get(suffix, "image")


@dataclass
class Loaded:
    pages: list[Page]
    reasons: list[str]  # what the reader of the export should know (e.g. only one GIF frame read)


def load_document(path: Path, options: LoadOptions, target_side: int | None = None) -> Loaded:
    """The pages of one file, decoded lazily. Raises ``InputError`` naming the file and the reason."""
    shown = display_path(path)
    try:
        if path.stat().st_size == 0:
            raise InputError(f"{shown}: file is empty", path=path)
        kind = _sniff(path) or ("pdf" if path.suffix.lower() in PDF_SUFFIXES else "image")
        if kind == "pdf":
            return _load_pdf(path, options)
        if kind == "xml":
            read_einvoice_file(path)  # a damaged or hostile file fails here, at load
            return Loaded([], [])  # no page: the e-invoice stage reads the file itself
        return _load_image(path, options, target_side)
    except InputError:
        raise
    except Image.DecompressionBombError as exc:
        raise InputError(f"{shown}: image is too large to process safely ({exc})", path=path) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"{shown}: cannot read it as an image or PDF: {reason}", path=path) from exc


def _check_size(path: Path, size: tuple[float, float], options: LoadOptions, page: int | None = None) -> None:
    width, height = size
    where = f"{display_path(path)}{f' page {page}' if page else ''}"
    if width * height > options.max_pixels:
        raise InputError(f"{where}: {width:.0f}x{height:.0f} pixels, over the {options.max_pixels:,} pixel limit — "
                         "shrink it first, or raise load.max_pixels in the pipeline", path=path)
    if min(width, height) < 1 or max(width, height) / min(width, height) > options.max_aspect:
        raise InputError(f"{where}: {width:.0f}x{height:.0f} pixels is too long and thin to read in one piece "
                         f"(over 1:{options.max_aspect:g}) — cut it into parts, or raise load.max_aspect",
                         path=path)


def _check_pages(path: Path, count: int, options: LoadOptions) -> tuple[int, int]:
    first = options.first_page or 1
    last = min(options.last_page or count, count)
    if count == 0 or first > last:
        raise InputError(f"{display_path(path)}: {count} page(s), none in the range {first}-{last}", path=path)
    if last - first + 1 > options.max_pages:
        raise InputError(f"{display_path(path)}: {last - first + 1} pages, over the limit of {options.max_pages} — "
                         "raise load.max_pages, or read a range with load.first_page/last_page", path=path)
    return first, last


def upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says (a phone photo taken sideways); the image itself
    when it needs no turn (``exif_transpose`` would copy it: 5 ms a page for nothing)."""
    if image.getexif().get(ORIENTATION, 1) in (0, 1):
        return image
    return ImageOps.exif_transpose(image) or image


def grey_if_grey(image: Image.Image) -> Image.Image:
    """An RGB page whose three channels are the same (a black-and-white scan saved as colour, a PDF of
    black text) as one grey channel: lossless, and a third of the pixels to resize, encode and send —
    ~20 ms of the ~55 ms a 1200x1600 PNG page costs. JPEG photos are not checked: their colour noise
    makes the channels differ even on a grey page, so the check (~4 ms) would only cost."""
    if image.mode != "RGB":
        return image
    red, green, blue = image.split()
    if ImageChops.difference(red, green).getbbox() is None and ImageChops.difference(red, blue).getbbox() is None:
        return red
    return image


def to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB or grey from any pixel format: 16-bit and float scaled, transparency on white."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        import numpy as np

        values = np.asarray(image, dtype=np.float64)
        top = values.max() or 1.0
        return Image.fromarray(np.rint(values * (255.0 / top)).clip(0, 255).astype("uint8"), mode="L")
    if image.mode == "1":
        return image.convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    return image.convert("RGB")


def _load_image(path: Path, options: LoadOptions, target_side: int | None) -> Loaded:
    with Image.open(path) as image:
        frames = getattr(image, "n_frames", 1)
        animated = image.format == "GIF" and frames > 1
        count = 1 if image.format == "GIF" else frames
        first, last = _check_pages(path, count, options)
        sizes = []
        for index in range(first - 1, last):
            image.seek(index)
            _check_size(path, image.size, options, index + 1 if count > 1 else None)
            sizes.append(index)
    reasons = [f"animated GIF: only the first of its {frames} frames was read"] if animated else []

    def loader(index: int) -> Callable[[], Image.Image]:
        def decode() -> Image.Image:
            with Image.open(path) as image:
                image.seek(index)
                if image.format == "JPEG" and target_side:
                    image.draft("RGB", (target_side, target_side))
                image.load()
                page = to_rgb(upright(image))
                return page if image.format == "JPEG" else grey_if_grey(page)
        return decode

    pages = [Page(source=path, number=n, loader=loader(index)) for n, index in enumerate(sizes, start=1)]
    if len(pages) == 1:
        pages[0].pixels()  # one image: decode now, so a broken file fails here, at load
    return Loaded(pages, reasons)


def _load_pdf(path: Path, options: LoadOptions) -> Loaded:
    """Count and measure the pages with pypdfium2 (in-process, no poppler); render them with pdf2image
    only when a stage needs pixels."""
    import pdf2image
    import pypdfium2 as pdfium
    from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError

    shown = display_path(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"{shown}: PDF is encrypted — save an unprotected copy first", path=path) from exc
        raise InputError(f"{shown}: not a readable PDF ({str(exc).strip().rstrip('.')})", path=path) from exc
    try:
        first, last = _check_pages(path, len(pdf), options)
        for number in range(first, last + 1):
            try:
                width, height = pdf[number - 1].get_size()  # points
            except pdfium.PdfiumError as exc:
                raise InputError(f"{shown}: page {number} cannot be read ({str(exc).strip().rstrip('.')})",
                                 path=path) from exc
            _check_size(path, (width * options.dpi / 72, height * options.dpi / 72), options, number)
    finally:
        pdf.close()

    def loader(number: int) -> Callable[[], Image.Image]:
        def render() -> Image.Image:
            try:
                (image,) = pdf2image.convert_from_path(str(path), dpi=options.dpi, first_page=number,
                                                       last_page=number)
            except PDFInfoNotInstalledError as exc:
                raise InputError(f"{shown}: rendering PDF pages needs poppler — install it (`apt-get install "
                                 "poppler-utils`, `brew install poppler`)", path=path) from exc
            except (PDFPageCountError, PDFSyntaxError, ValueError) as exc:
                raise InputError(f"{shown}: page {number} cannot be rendered: {exc}", path=path) from exc
            return grey_if_grey(to_rgb(image))
        return render

    pages = [Page(source=path, number=n, file_page=number, loader=loader(number))
             for n, number in enumerate(range(first, last + 1), start=1)]
    return Loaded(pages, [])  # rendered only if a stage needs pixels (a text layer may be enough)
