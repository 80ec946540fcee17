"""RapidOCR engine: PP-OCR detection + recognition on onnxruntime, on the CPU. The models ship inside
the ``rapidocr`` wheel; this engine points RapidOCR at them and never lets it download anything."""

from __future__ import annotations

import logging
import queue
import re
import threading
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field

from ..document import Page, TextLine, Transcript
from ..errors import EngineUnavailable
from ..layout import Fragment, box_of_points, merge_rows, slope_of_points
from . import READ, EngineBase, EngineOptions, available_cores

MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


# letters of scripts read one character a piece (CJK, full-width forms): RapidOCR splits such lines
# into single characters, which says nothing about spaces
_CHARACTER_SCRIPTS = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")  # 12'972.00 read without its apostrophe: one number
_CLINGS = set(".,:;)]%")  # 20|.00, Tel|:603-2030: punctuation that follows a word without a space
SHORT_WORD = 7  # a letter-to-letter gap inside a shorter word is big print, not a lost space


def restore_spaces(text: str, pieces: list[str]) -> str:
    """Put back the spaces the recogniser saw but did not write.

    RapidOCR's word pieces (``return_word_box``) break a line wherever the recogniser emitted a space
    *or* skipped a gap wider than a space between two characters; the text keeps only the spaces
    written (``BUNNINGSWAREHOUSE``, ``16/03/202510:22``). A gap becomes a space again unless the word
    is letter-spaced print (two or more one-character pieces: ``S E C R E T`` is read better whole),
    the piece after it is or starts with punctuation that clings to a word (``TOTAL:``, ``20|.00``) or
    is a group of three digits after a digit (a thousands separator not read: ``12'972.00``), or it
    falls between two letters of a short word, of a word with several such gaps or after a lone first
    letter (wide letters in big print: ``Pa|id``, ``EN|TERPR|ISE``, ``W|ARRANTY``)."""
    if len(pieces) < 2 or _CHARACTER_SCRIPTS.search(text):
        return text
    words, out, at, changed = text.split(), [], 0, False
    for word in words:
        parts, joined = [], ""
        while at < len(pieces) and len(joined) < len(word):
            joined += pieces[at]
            parts.append(pieces[at])
            at += 1
        if joined != word:  # the pieces do not spell the text: leave the line as read
            return text
        if len(parts) > 1 and sum(len(part) == 1 for part in parts) < 2:
            inside = sum(a[-1].isalpha() and b[0].isalpha() for a, b in zip(parts, parts[1:]))
            rebuilt = parts[0]
            for part in parts[1:]:
                letters = rebuilt[-1].isalpha() and part[0].isalpha()
                thousands = rebuilt[-1].isdigit() and _THOUSANDS.match(part) is not None
                glue = (not any(c.isalnum() for c in part) or part[0] in _CLINGS or thousands
                        or (letters and (len(word) < SHORT_WORD or inside > 1 or len(rebuilt) == 1)))
                rebuilt += part if glue else " " + part
            changed |= rebuilt != word
            word = rebuilt
        out.append(word)
    return " ".join(out) if changed and at == len(pieces) else text


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
    threads: int = Field(-1, description="onnxruntime threads per session; -1: the cores shared among sessions")
    sessions: int = Field(0, ge=0, description="OCR sessions (pages read at once); 0: one per document the "
                                               "run processes at once (-j)")


class RapidOCREngine(EngineBase):
    name = "rapidocr"
    capabilities = frozenset({READ})
    Options = RapidOCROptions
    libraries = ("rapidocr", "onnxruntime")

    def __init__(self, model: str | None = None, options: RapidOCROptions | None = None):
        super().__init__(model, options)
        self.min_score = self.options.min_score
        self.use_cls = self.options.use_cls
        self.sessions = self.options.sessions or 1
        self.threads = self.options.threads
        self._idle: queue.Queue[Any] = queue.Queue()  # onnxruntime sessions not in use (one thread each)
        self._created = 0
        self._lock = threading.Lock()

    def tune(self, concurrency: int) -> None:
        """Documents processed at once: one OCR session each (the GIL is released while onnxruntime
        runs), the cores this process may use shared among them — unless the options fix either.
        Measured on 12 SROIE receipts (benchmarks/scale.md): one document at a time on 2 cores is
        no faster than on 1, two documents with one thread each are ~1.8x."""
        if not self.options.sessions:
            self.sessions = max(1, concurrency)
        if self.options.threads == -1:
            threads = max(1, available_cores() // self.sessions)
            if threads != self.threads:  # sessions made with the old share are dropped, made again on demand
                self.threads = threads
                while True:
                    try:
                        self._idle.get_nowait()
                    except queue.Empty:
                        break
                    with self._lock:
                        self._created -= 1

    def _new_session(self) -> Any:
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
        return RapidOCR(params=params)

    def _acquire(self) -> Any:
        """An idle session, a new one while fewer than ``sessions`` exist, else wait for one."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            create = self._created < self.sessions
            if create:
                self._created += 1
        if create:
            try:
                return self._new_session()
            except BaseException:
                with self._lock:
                    self._created -= 1
                raise
        return self._idle.get()

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        self._idle.put(self._acquire())  # the models load now, before the batch

    def read(self, page: Page, prompt: str = "") -> Transcript:
        pixels = np.asarray(page.pixels().convert("RGB"))
        ocr = self._acquire()
        try:
            output = ocr(pixels, return_word_box=True)
        finally:
            self._idle.put(ocr)
        if output.boxes is None:
            return Transcript.from_lines([], engine="rapidocr")
        texts = [restore_spaces(text, [piece[0] for piece in pieces or ()])
                 for text, pieces in zip(output.txts, output.word_results or [()] * len(output.txts))]
        return Transcript.from_lines(
            lines_from_boxes(output.boxes, texts, output.scores, self.min_score), engine="rapidocr")
