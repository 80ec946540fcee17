"""What every extractor returns, and the text helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass
class Found:
    value: Any
    raw: str
    line: str
    confidence: float
    doubt: str | None = None  # why the extractor itself doubts its pick, for the reviewer


def _upper(text: str) -> str:
    return re.sub(r"\s+", " ", text.upper())

