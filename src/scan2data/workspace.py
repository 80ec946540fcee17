"""Where document types come from: the user's workspace first, then the built-ins.

A workspace is any directory with some of ``pipelines/ schemas/ prompts/``. A file there with the same
name as a built-in overrides it, so a user can tweak the receipt prompt without touching the package.
User state (run records, caches) lives under ``SCAN2DATA_HOME`` (default ``~/.scan2data``).
"""

from __future__ import annotations

import os
from pathlib import Path

KINDS = ("pipelines", "schemas", "prompts")


def builtin_root() -> Path:
    """The built-in document types: inside the wheel, or the repository root in a source checkout."""
    packaged = Path(__file__).parent / "builtin"
    if (packaged / "pipelines").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def home_dir() -> Path:
    """User state directory; ``SCAN2DATA_HOME`` redirects it (tests point it at a temp dir)."""
    home = Path(os.environ.get("SCAN2DATA_HOME") or Path.home() / ".scan2data")
    home.mkdir(parents=True, exist_ok=True)
    return home


class Workspace:
    """Resolves pipeline, schema and prompt files across the user's workspace and the built-ins."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root is not None else Path.cwd()
        self.builtin = builtin_root()

    @property
    def search_path(self) -> list[Path]:
        roots = [self.root.resolve()]
        if self.builtin.resolve() not in roots:
            roots.append(self.builtin.resolve())
        return roots

    def find(self, kind: str, filename: str) -> Path | None:
        """First ``kind/filename`` on the search path, or None."""
        for root in self.search_path:
            candidate = root / kind / filename
            if candidate.is_file():
                return candidate
        return None

    def dirs(self, kind: str) -> list[Path]:
        return [root / kind for root in self.search_path if (root / kind).is_dir()]

    def pipeline_files(self) -> dict[str, Path]:
        """Pipeline name -> YAML file; the workspace's override the built-ins'."""
        found: dict[str, Path] = {}
        for directory in reversed(self.dirs("pipelines")):
            for path in sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml")):
                found[path.stem] = path
        return dict(sorted(found.items()))
