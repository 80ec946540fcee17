"""Small image helpers shared by the resize stage and the engines."""

from __future__ import annotations

import io

from PIL import Image

FORMATS = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG"}


def encode_image(image: Image.Image, fmt: str = "png", quality: int = 90) -> bytes:
    """Encode for a model server. Only PNG and JPEG: Ollama does not reliably decode anything else."""
    pil_format = FORMATS.get(fmt.lower())
    if pil_format is None:
        raise ValueError(f"image format {fmt!r} is not supported — use png or jpeg")
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    if pil_format == "JPEG":
        image.save(buffer, format="JPEG", quality=quality)
    else:
        image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
