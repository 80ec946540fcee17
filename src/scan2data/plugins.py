"""Every pluggable part — engines, stages, validation rules, exporters — is found one way: Python entry
points. scan2data's own ``pyproject.toml`` registers the built-ins exactly as a third-party package
registers its own, so a plugin is a first-class citizen:

    [project.entry-points."scan2data.engines"]
    hello = "scan2data_hello:HelloReader"

Each plugin is a class with a ``name`` and an ``Options`` Pydantic model (``PluginOptions``) that
rejects unknown keys; ``validate_options`` turns a typo into a ``ConfigError`` naming the key path and
the nearest valid name. Classes are imported only when used, so a broken plugin cannot break the others.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from importlib import metadata
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import ConfigError

GROUPS = {
    "engines": "scan2data.engines",
    "stages": "scan2data.stages",
    "rules": "scan2data.rules",
    "exporters": "scan2data.exporters",
}
KIND_NAMES = {"engines": "engine", "stages": "stage", "rules": "validation rule", "exporters": "exporter"}

Options = TypeVar("Options", bound=BaseModel)


class PluginOptions(BaseModel):
    """Base of every plugin's ``Options``: unknown keys are errors, never ignored."""

    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class PluginInfo:
    kind: str
    name: str
    target: str  # module:Class
    package: str  # the distribution that registers it
    version: str


def _entry_points(kind: str) -> dict[str, metadata.EntryPoint]:
    group = GROUPS[kind]
    found: dict[str, metadata.EntryPoint] = {}
    for entry in metadata.entry_points(group=group):
        found.setdefault(entry.name, entry)  # the first installed wins; duplicates are listed by `plugins`
    return found


def names(kind: str) -> list[str]:
    return sorted(_entry_points(kind))


def nearest(name: str, choices: list[str] | set[str]) -> str | None:
    matches = difflib.get_close_matches(str(name), sorted(choices), n=1, cutoff=0.5)
    return matches[0] if matches else None


def suggestion(name: str, choices: list[str] | set[str]) -> str:
    """`` — did you mean X?`` or the list of valid names, for error messages."""
    close = nearest(name, choices)
    if close:
        return f" — did you mean {close}?"
    return f" — use one of: {', '.join(sorted(choices)) or '(none installed)'}"


_loaded: dict[tuple[str, str], Any] = {}


def load(kind: str, name: str, where: str = "") -> Any:
    """The plugin class registered as ``name``; ConfigError (with the nearest name) when unknown."""
    key = (kind, name)
    if key in _loaded:
        return _loaded[key]
    entries = _entry_points(kind)
    entry = entries.get(name)
    prefix = f"{where}: " if where else ""
    if entry is None:
        hint = suggestion(name, set(entries))
        if not entries:
            hint = " — scan2data's own plugins are missing: reinstall it (`pip install -e .` from a clone)"
        raise ConfigError(f"{prefix}unknown {KIND_NAMES[kind]} {name!r}{hint}")
    try:
        cls = entry.load()
    except Exception as exc:  # a plugin package that fails to import must not take the others down
        raise ConfigError(f"{prefix}the {KIND_NAMES[kind]} {name!r} ({entry.value}) cannot be loaded: "
                          f"{type(exc).__name__}: {exc}") from exc
    _loaded[key] = cls
    return cls


def installed() -> list[PluginInfo]:
    """Every registered plugin with the package that provides it (for ``scan2data plugins``)."""
    rows = []
    for kind, group in GROUPS.items():
        for dist in metadata.distributions():
            for entry in dist.entry_points:
                if entry.group == group:
                    rows.append(PluginInfo(kind, entry.name, entry.value, dist.metadata["Name"], dist.version))
    return sorted(set(rows), key=lambda r: (list(GROUPS).index(r.kind), r.name, r.package))


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The field names valid at ``loc`` inside ``model`` (walking nested models), for suggestions."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            annotation = current.model_fields[part].annotation
            current = _model_in(annotation)
        elif isinstance(part, int) or current is None:
            continue
    if isinstance(current, type) and issubclass(current, BaseModel):
        return set(current.model_fields)
    return set()


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def format_error(exc: ValidationError, model: type[BaseModel], where: str) -> str:
    """``where.key.path: message — did you mean X?`` for the first error (and a count of the rest)."""
    first = exc.errors()[0]
    loc = tuple(first["loc"])
    path = ".".join(str(p) for p in (where, *loc) if p != "")
    if first["type"] == "extra_forbidden":
        valid = _fields_at(model, loc)
        message = f"unknown option{suggestion(str(loc[-1]), valid) if valid else ''}"
    else:
        message = first["msg"].removeprefix("Value error, ")
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: {message}{more}"


def validate_options(model: type[Options], data: Any, where: str) -> Options:
    """Validate ``data`` against a plugin's ``Options``; a ConfigError names the key and a fix."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping of options, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_error(exc, model, where)) from exc
