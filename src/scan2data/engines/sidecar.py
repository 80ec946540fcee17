"""Sidecar engine: text that was read before, from a file beside the scan, instead of OCR.

For documents that already went through OCR elsewhere, and for evaluation: with SROIE's ground-truth
lines it separates OCR errors from structuring errors. For ``scan.jpg`` it reads ``scan.ocr.txt``
(lines ``x1,y1,x2,y2,x3,y3,x4,y4,text``, SROIE's format) or ``scan.txt`` (plain lines).
"""

from __future__ import annotations

from pydantic import Field

from ..document import Page, TextLine, Transcript
from ..errors import InputError
from ..layout import Fragment, merge_rows
from . import READ, EngineBase, EngineOptions


class SidecarOptions(EngineOptions):
    suffixes: list[str] = Field([".ocr.txt", ".txt"], min_length=1, description="text files tried, in order")


class SidecarEngine(EngineBase):
    name = "sidecar"
    capabilities = frozenset({READ})
    Options = SidecarOptions

    def __init__(self, model: str | None = None, options: SidecarOptions | None = None):
        super().__init__(model, options)
        self.suffixes = tuple(self.options.suffixes)

    def read(self, page: Page, prompt: str = "") -> Transcript:
        for suffix in self.suffixes:
            path = page.source.with_name(page.source.stem + suffix)
            if path.is_file():
                return Transcript.from_lines(parse_lines(path.read_text(encoding="utf-8", errors="replace")),
                                             engine="sidecar")
        raise InputError(f"{page.source}: no text file beside it ({' or '.join(self.suffixes)})", path=page.source)


def parse_lines(text: str) -> list[TextLine]:
    fragments, plain = [], []
    for raw in text.splitlines():
        parts = raw.split(",", 8)
        if len(parts) == 9 and all(p.strip().lstrip("-").isdigit() for p in parts[:8]):
            xs, ys = [float(v) for v in parts[0:8:2]], [float(v) for v in parts[1:8:2]]
            fragments.append(Fragment(parts[8], min(xs), min(ys), max(xs), max(ys), None))  # a transcript: no confidence
        elif raw.strip():
            plain.append(TextLine(raw.strip()))
    return merge_rows(fragments) if fragments else plain
