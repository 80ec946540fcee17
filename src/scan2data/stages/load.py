"""Load: files and folders -> ``Document``s of ``Page`` images.

Images (JPEG, PNG, WebP, TIFF with all its pages, BMP, GIF's first frame) are decoded with EXIF
orientation applied; PDFs are rendered with pdf2image (poppler). Big JPEGs are decoded in draft mode at
the smallest scale still above the resize target, which makes 12-megapixel photos cheap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pydantic import Field

from ..document import Document, Page
from ..errors import InputError
from . import StageBase, StageOptions

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif"}
PDF_SUFFIXES = {".pdf"}
DOCUMENT_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES


class LoadOptions(StageOptions):
    dpi: int = Field(200, ge=50, le=600, description="PDF render resolution")
    first_page: int | None = Field(None, ge=1)
    last_page: int | None = Field(None, ge=1)
    max_pixels: int = Field(120_000_000, description="refuse images larger than this (decompression bombs)")


class LoadStage(StageBase):
    """Decodes the file into pages. It always runs first: a pipeline without one gets the defaults."""

    name = "load"
    Options = LoadOptions

    def process(self, document: Document) -> Document:
        resize = self.context.find("resize")
        target = getattr(resize.options, "max_side", None) if resize else None
        loaded = load_document(document.source, self.options, target)
        document.pages = loaded.pages
        return document


@dataclass
class Skipped:
    """A file found in a folder that is not a document; reported, never silently dropped."""

    path: Path
    reason: str


def discover(inputs: list[Path | str]) -> tuple[list[Path], list[Skipped], list[tuple[Path, InputError]]]:
    """Expand files and folders (recursively, sorted) into document paths.

    Returns (documents, skipped files found in folders, errors for inputs given explicitly that
    cannot be used)."""
    documents: list[Path] = []
    skipped: list[Skipped] = []
    errors: list[tuple[Path, InputError]] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for root, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for filename in sorted(filenames):
                    child = Path(root) / filename
                    if filename.startswith("."):
                        continue
                    if child.suffix.lower() in DOCUMENT_SUFFIXES:
                        documents.append(child)
                    else:
                        skipped.append(Skipped(child, f"not an image or PDF ({child.suffix or 'no extension'})"))
        elif path.is_file():
            if path.suffix.lower() in DOCUMENT_SUFFIXES:
                documents.append(path)
            else:
                errors.append((path, InputError(
                    f"{path}: not a supported document ({path.suffix or 'no extension'}) — "
                    f"use {', '.join(sorted(s.lstrip('.') for s in DOCUMENT_SUFFIXES))}", path=path)))
        else:
            errors.append((path, InputError(f"{path}: no such file or folder", path=path)))
    return documents, skipped, errors


def load_document(path: Path, options: LoadOptions, target_side: int | None = None) -> Document:
    """Decode every page of one file. Raises ``InputError`` naming the file and the reason."""
    document = Document(source=path)
    try:
        if path.stat().st_size == 0:
            raise InputError(f"{path}: file is empty", path=path)
        if path.suffix.lower() in PDF_SUFFIXES:
            images = _load_pdf(path, options)
        else:
            images = _load_image(path, options, target_side)
    except InputError:
        raise
    except Image.DecompressionBombError as exc:
        raise InputError(f"{path}: image is too large to process safely ({exc})", path=path) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: cannot read image: {exc}", path=path) from exc
    if not images:
        raise InputError(f"{path}: no pages to read", path=path)
    document.pages = [Page(source=path, number=i, image=img) for i, img in enumerate(images, start=1)]
    return document


def _check_size(path: Path, image: Image.Image, options: LoadOptions) -> None:
    width, height = image.size
    if width * height > options.max_pixels:
        raise InputError(
            f"{path}: image is {width}x{height} pixels, over the {options.max_pixels:,} pixel limit"
            " — shrink it first, or raise load.max_pixels in the pipeline",
            path=path,
        )


def _load_image(path: Path, options: LoadOptions, target_side: int | None) -> list[Image.Image]:
    with Image.open(path) as image:
        _check_size(path, image, options)
        if image.format == "JPEG" and target_side:
            image.draft("RGB", (target_side, target_side))
        if image.format == "GIF":
            frames = [image.copy()]
        else:
            frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    pages = []
    for frame in frames:
        frame = ImageOps.exif_transpose(frame)
        pages.append(frame.convert("RGB") if frame.mode not in ("RGB", "L") else frame)
    return pages


def _load_pdf(path: Path, options: LoadOptions) -> list[Image.Image]:
    import pdf2image
    from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError

    try:
        info = pdf2image.pdfinfo_from_path(str(path))
    except PDFInfoNotInstalledError as exc:
        raise InputError(
            f"{path}: reading PDFs needs poppler — install it (`apt-get install poppler-utils`,"
            " `brew install poppler`)", path=path) from exc
    except (PDFPageCountError, PDFSyntaxError) as exc:
        message = str(exc).strip().splitlines()[-1] if str(exc).strip() else "unreadable"
        if "incorrect password" in message.lower() or "encrypt" in message.lower():
            raise InputError(f"{path}: PDF is encrypted — save an unprotected copy first", path=path) from exc
        raise InputError(f"{path}: not a readable PDF ({message})", path=path) from exc
    page_count = int(info.get("Pages", 0))
    first = options.first_page or 1
    last = min(options.last_page or page_count, page_count)
    if page_count == 0 or first > last:
        raise InputError(f"{path}: PDF has {page_count} pages, none in the range {first}-{last}", path=path)
    images = pdf2image.convert_from_path(str(path), dpi=options.dpi, first_page=first, last_page=last)
    for image in images:
        _check_size(path, image, options)
    return [image.convert("RGB") for image in images]
