"""Spelling repair for OCR'd addresses: a word one character away from exactly one known address
word is that word (``EANDAR`` -> ``BANDAR``, ``MALAYSLA`` -> ``MALAYSIA``), when the changed letter is
one OCR mistakes for the other (``look_alike``: ``DAMAS`` stays, no misread of ``DAMAI``). Only words of
five or more letters are touched, and only when the repair is unambiguous, so names and codes stay as
printed.
Street abbreviations (``JIN`` -> ``JLN``) and five-digit postcodes (``4380O`` -> ``43800``) get the
usual I/L/1 and O/0 fixes, and two known words run together get their space back (``JALANAMPANG``), as
does a postcode run into its town or a ZIP into its state (``40150SNAH``, ``IL60614``).

The vocabulary is street-address words in English and Malay plus Malaysian states and towns (what
the SROIE receipts need), in ``data/address_lexicon.yaml``: add your country's words there. Its words
and abbreviations are repaired only on pages in the currencies it lists (an Austin street, LAMAR, is
not a misread LAMA); the glued postcode and ZIP repairs run everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import data_file

_LEXICON = data_file("address_lexicon.yaml")
ADDRESS_VOCABULARY = frozenset(_LEXICON["address_words"].split())
LEXICON_CURRENCIES = frozenset(_LEXICON["currencies"])  # the countries whose addresses the words spell

_WORD = re.compile(r"[A-Za-z]{5,}")
# I/L/1 and O/0 confusions in the abbreviations and postcodes every address has
ABBREVIATIONS: dict[str, str] = dict(_LEXICON["abbreviations"])
# the letter pairs OCR confuses (I/L, E/B, O/D...): a substitution outside them is a different word
_LOOK_ALIKE = frozenset((a, b) for group in _LEXICON["look_alike"] for a in group for b in group if a != b)
_ABBREVIATION = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b", re.I)
_GLUED_POSTCODE = re.compile(r"(?<![\w.,/-])(\d{5})(?=[^\W\d_]{3,}\b)")  # five digits glued to the town's name
_GLUED_STATE = re.compile(r"(,\s*[A-Z]{2})(\d{5}(?:-\d{4})?)\b")  # Chicago, IL60614: a state glued to its ZIP
_POSTCODE = re.compile(r"(?<![\w-])(?=[\dOIl]{5}(?![\w-]))(?=(?:[^\d]*\d){3})[\dOIl]{5}")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution of a look-alike
    letter (OCR reads E for B, not S for I)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [(x, y) for x, y in zip(a, b) if x != y]
        return len(differ) == 1 and differ[0] in _LOOK_ALIKE
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


@lru_cache(maxsize=4096)
def repair_word(word: str, vocabulary: frozenset[str] = ADDRESS_VOCABULARY) -> str:
    upper = word.upper()
    if upper in vocabulary:
        return word
    candidates = [v for v in vocabulary if _one_edit(upper, v)]
    if len(candidates) != 1:
        return word
    fixed = candidates[0]
    return fixed if word.isupper() else fixed.capitalize() if word[:1].isupper() else fixed.lower()


@lru_cache(maxsize=4096)
def split_word(word: str, vocabulary: frozenset[str] = ADDRESS_VOCABULARY) -> str:
    """Two known words OCR ran together (``JALANAMPANG`` -> ``JALAN AMPANG``): the space put back, when
    exactly one split gives two words of the vocabulary."""
    upper = word.upper()
    if upper in vocabulary or len(upper) < 9:
        return word
    splits = [at for at in range(4, len(upper) - 3) if upper[:at] in vocabulary and upper[at:] in vocabulary]
    return word[:splits[0]] + " " + word[splits[0]:] if len(splits) == 1 else word


def repair(text: str, vocabulary: frozenset[str] = ADDRESS_VOCABULARY, words: bool = True) -> str:
    """The address with its OCR slips repaired; with ``words`` False (a page from a country the
    vocabulary does not spell), only its postcodes."""
    if words:
        text = _WORD.sub(lambda m: split_word(m.group(0), vocabulary), text)
        text = _WORD.sub(lambda m: repair_word(m.group(0), vocabulary), text)
        text = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(0).upper()], text)
    text = _POSTCODE.sub(lambda m: m.group(0).replace("O", "0").replace("I", "1").replace("l", "1"), text)
    return _GLUED_STATE.sub(r"\1 \2", _GLUED_POSTCODE.sub(r"\1 ", text))  # OCR's 40150SNAH, IL60614
