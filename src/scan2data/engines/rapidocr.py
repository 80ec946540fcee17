"""RapidOCR engine: PP-OCR detection + recognition on onnxruntime, on the CPU. The models ship inside
the ``rapidocr`` wheel; this engine points RapidOCR at them and never lets it download anything."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field

from ..document import Page, TextLine, Transcript
from ..errors import EngineUnavailable
from ..layout import Fragment, box_of_points, merge_rows, slope_of_points
from . import READ, EngineBase, EngineOptions

MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


def lines_from_boxes(boxes, texts, scores, min_score: float = 0.5) -> list[TextLine]:
    """RapidOCR's quadrilaterals, texts and scores -> reading-order lines."""
    fragments = []
    for points, text, score in zip(boxes, texts, scores):
        if float(score) < min_score:
            continue
        left, top, right, bottom = box_of_points(points)
        fragments.append(Fragment(text, left, top, right, bottom, float(score), slope_of_points(points)))
    return merge_rows(fragments)


class RapidOCROptions(EngineOptions):
    min_score: float = Field(0.5, ge=0, le=1, description="drop text fragments the recogniser is less sure of")
    use_cls: bool = Field(False, description="run the text-direction classifier (upside-down scans)")
    threads: int = Field(-1, description="onnxruntime threads; -1 lets it choose")


class RapidOCREngine(EngineBase):
    name = "rapidocr"
    capabilities = frozenset({READ})
    Options = RapidOCROptions
    libraries = ("rapidocr", "onnxruntime")

    def __init__(self, model: str | None = None, options: RapidOCROptions | None = None):
        super().__init__(model, options)
        self.min_score = self.options.min_score
        self.use_cls = self.options.use_cls
        self.threads = self.options.threads
        self._ocr: Any = None
        self._lock = threading.Lock()  # one onnxruntime session, used by one thread at a time

    def _load(self):
        if self._ocr is not None:
            return self._ocr
        try:
            import rapidocr
            from rapidocr import RapidOCR
        except ImportError as exc:
            raise EngineUnavailable(
                "the rapidocr engine is not installed — run `pip install 'scan2data[local]'`") from exc
        folder = Path(rapidocr.__file__).parent / "models"
        params = {"Global.log_level": "error", "Global.use_cls": self.use_cls,
                  "EngineConfig.onnxruntime.intra_op_num_threads": self.threads}
        for stage, filename in MODEL_FILES.items():
            path = folder / filename
            if not path.is_file():
                raise EngineUnavailable(
                    f"RapidOCR model {path} is missing (scan2data never downloads models) — reinstall with "
                    "`pip install --force-reinstall rapidocr`")
            params[f"{stage}.model_path"] = str(path)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        self._ocr = RapidOCR(params=params)
        return self._ocr

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        self._load()

    def read(self, page: Page, prompt: str = "") -> Transcript:
        ocr = self._load()
        with self._lock:
            output = ocr(np.asarray(page.pixels().convert("RGB")))
        if output.boxes is None:
            return Transcript.from_lines([], engine="rapidocr")
        return Transcript.from_lines(
            lines_from_boxes(output.boxes, output.txts, output.scores, self.min_score), engine="rapidocr")
