"""Fingerprints: what a cached result depends on, hashed, so a cache hit is never stale.

A stage's fingerprint covers its resolved settings (engine, model, options), the text of its prompt
template, and the versions of the code that runs it — the plugin's package version and module source,
and for scan2data's own plugins a hash of scan2data's code and data files, so editing a rule
invalidates what it produced. The pipeline's fingerprint chains its stages' and adds the schema source.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE_ROOT = Path(__file__).resolve().parent


def digest(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def file_hash(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of a file's bytes, read in chunks (a 500 MB scan does not land in memory)."""
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            sha.update(block)
    return sha.hexdigest()


@lru_cache(maxsize=1)
def own_code() -> str:
    """Hash of scan2data's own modules and data files (its built-in plugins' real version)."""
    sha = hashlib.sha256()
    for path in sorted(PACKAGE_ROOT.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            sha.update(path.relative_to(PACKAGE_ROOT).as_posix().encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def code_version(cls: Any) -> str:
    """The version of the code behind a plugin class: scan2data's own code hash, or the plugin's
    package version plus its module's source."""
    return _module_version(cls.__module__)


@lru_cache(maxsize=None)
def _module_version(module: str) -> str:
    top = module.split(".")[0]
    if top == "scan2data":
        return f"scan2data:{own_code()}"
    dists = metadata.packages_distributions().get(top, [])
    versions = []
    for dist in dists:
        try:
            versions.append(f"{dist}=={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            continue
    source = getattr(sys.modules.get(module), "__file__", None)
    source_hash = hashlib.sha256(Path(source).read_bytes()).hexdigest()[:12] if source else ""
    return ",".join(versions) + f":{source_hash}"


@lru_cache(maxsize=None)
def library_versions(names: tuple[str, ...]) -> tuple[str, ...]:
    """Installed versions of the libraries an engine runs on (an OCR model update changes results)."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}==absent")
    return tuple(out)
