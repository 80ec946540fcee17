"""What every extractor returns, and the text helpers they share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any


@dataclass
class Found:
    value: Any
    raw: str
    line: str
    confidence: float
    doubt: str | None = None  # why the extractor itself doubts its pick, for the reviewer


def without_accents(text: str) -> str:
    """``Stückpreis`` -> ``Stuckpreis``, ``ÁLAM`` -> ``ALAM``: letters without their combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _upper(text: str) -> str:
    return re.sub(r"\s+", " ", text.upper())

