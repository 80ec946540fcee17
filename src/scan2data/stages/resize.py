"""Resize: cap each page's long side (the seed article's advice: 512–1024 px for vision models; receipts
with small print may want more). Aspect ratio kept; never enlarges unless asked."""

from __future__ import annotations

from PIL import Image, ImageOps

from ..config import ResizeStage
from ..document import Document


def resize_image(image: Image.Image, options: ResizeStage) -> Image.Image:
    if options.grayscale:
        image = ImageOps.grayscale(image)
    width, height = image.size
    long_side = max(width, height)
    if long_side == options.max_side or (long_side < options.max_side and not options.upscale):
        return image
    scale = options.max_side / long_side
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def resize_document(document: Document, options: ResizeStage) -> None:
    for page in document.pages:
        if page.image is not None:
            page.image = resize_image(page.image, options)
