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


# letters whose stroke is no combining mark, so Unicode does not take it off (GRÜNERLØKKA, ZŁ); not
# Vietnamese Đ, a letter of its own (its dong's mark, 64.000 đ, is no D)
STROKED = str.maketrans("ØøŁł", "OoLl")


def without_accents(text: str) -> str:
    """``Stückpreis`` -> ``Stuckpreis``, ``ÁLAM`` -> ``ALAM``, ``Grünerløkka`` -> ``Grunerlokka``: Latin
    and Greek letters without their marks. Other scripts keep theirs: Russian Й is not И, Japanese ガ not
    カ, and Korean syllables are not split into their jamo."""
    if text.isascii():
        return text
    return "".join(_folded(char) for char in text)


def _folded(char: str) -> str:
    if char.isascii():
        return char
    if ord(char) in STROKED:
        return char.translate(STROKED)
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return plain if plain and all(c < "\u0400" for c in plain) else char  # below Cyrillic: Latin, Greek, signs


# Greek capitals carry no accents (ΣΥΝΟΛΟ for Σύνολο): what upper() keeps of them is dropped
GREEK_CAPITALS = str.maketrans("ΆΈΉΊΌΎΏΪΫ", "ΑΕΗΙΟΥΩΙΥ")


def _upper(text: str) -> str:
    return re.sub(r"\s+", " ", text.upper().translate(GREEK_CAPITALS))

