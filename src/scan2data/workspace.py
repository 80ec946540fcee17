"""Where document types come from: workspaces first, then the built-ins.

A workspace is a directory with ``pipelines/`` (and usually ``schemas/`` and ``prompts/``). The search
path is: the workspace named with ``--workspace`` (or the folder a pipeline YAML given by path lives
in), the current directory when it holds a ``pipelines/`` folder, each directory in ``SCAN2DATA_PATH``
(``os.pathsep``-separated), then the built-ins. A file found earlier overrides one of the same name
later, so a user can tweak the receipt prompt without touching the package.

A workspace's ``schemas/*.py`` are Python code that scan2data imports: only use workspaces you trust.
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


def workspace_of(yaml_path: Path) -> Path:
    """The workspace a pipeline file belongs to: ``ws/pipelines/x.yaml`` -> ``ws``, else its folder."""
    folder = yaml_path.resolve().parent
    return folder.parent if folder.name == "pipelines" else folder


class Workspace:
    """Resolves pipeline, schema and prompt files along the search path (see the module docstring)."""

    def __init__(self, root: Path | str | None = None, *, also: list[Path] | None = None):
        self.explicit = Path(root) if root is not None else None
        self.also = list(also or [])  # further named workspaces, searched right after ``root``
        self.builtin = builtin_root()

    @property
    def root(self) -> Path:
        """Where new files go (``scan2data new``): the named workspace, else the current directory."""
        return self.explicit if self.explicit is not None else Path.cwd()

    @property
    def search_path(self) -> list[Path]:
        roots: list[Path] = []
        if self.explicit is not None:
            roots.append(self.explicit)
        roots += self.also
        try:
            here = Path.cwd()
        except FileNotFoundError:  # the current folder was deleted under us: it is no workspace
            here = None
        if here is not None and (here / "pipelines").is_dir():
            roots.append(here)
        roots += [Path(p) for p in os.environ.get("SCAN2DATA_PATH", "").split(os.pathsep) if p.strip()]
        roots.append(self.builtin)
        unique: list[Path] = []
        for root in roots:
            resolved = root.expanduser().resolve()
            if resolved not in unique:
                unique.append(resolved)
        return unique

    def with_root(self, root: Path) -> "Workspace":
        """This search path with ``root`` in front (a pipeline YAML given by path brings its workspace)."""
        if self.explicit is not None and self.explicit.resolve() == root.resolve():
            return self
        return Workspace(root, also=[p for p in [self.explicit, *self.also] if p is not None])

    def find(self, kind: str, filename: str) -> Path | None:
        """First ``kind/filename`` on the search path, or None."""
        for root in self.search_path:
            candidate = root / kind / filename
            if candidate.is_file():
                return candidate
        return None

    def dirs(self, kind: str) -> list[Path]:
        return [root / kind for root in self.search_path if (root / kind).is_dir()]

    def is_builtin(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.builtin.resolve())

    def pipeline_files(self) -> dict[str, Path]:
        """Pipeline name -> YAML file; earlier workspaces override later ones and the built-ins."""
        found: dict[str, Path] = {}
        for directory in reversed(self.dirs("pipelines")):
            for path in sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml")):
                found[path.stem] = path
        return dict(sorted(found.items()))

    def builtin_pipelines(self) -> set[str]:
        folder = self.builtin / "pipelines"
        return {p.stem for p in folder.glob("*.y*ml")} if folder.is_dir() else set()
