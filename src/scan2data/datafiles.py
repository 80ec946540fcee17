"""Knowledge shipped as data (``scan2data/data/*.yaml``): vocabularies, labels, default extractors."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def data_file(name: str) -> Any:
    """A YAML file shipped in ``scan2data/data``, parsed once."""
    text = resources.files("scan2data").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
