"""Turns names in a pipeline YAML into things: ``receipt:Receipt`` into a Pydantic class, and
``receipt_vision.j2`` into a rendered prompt. Both look in the workspace first, then the built-ins."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import sys
import typing
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

from .config import PipelineConfig, load_config
from .errors import ConfigError, PipelineNotFound
from .workspace import Workspace, workspace_of

_schema_cache: dict[Path, Any] = {}


def load_schema(ref: str, workspace: Workspace) -> type[BaseModel]:
    """``module:Class`` -> the class, from ``schemas/module.py``."""
    module_name, sep, class_name = ref.partition(":")
    if not sep or not module_name or not class_name:
        raise ConfigError(f"schema {ref!r} must look like module:Class, e.g. receipt:Receipt")
    path = workspace.find("schemas", f"{module_name}.py")
    if path is None:
        where = ", ".join(str(d) for d in workspace.dirs("schemas")) or str(workspace.root / "schemas")
        raise ConfigError(f"schema module {module_name}.py not found in {where}")
    module = _import_file(path)
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
        raise ConfigError(f"{path}: no Pydantic model class named {class_name}")
    return cls


def schema_source(ref: str, workspace: Workspace) -> str:
    """The text of the file defining a schema (part of the cache key of what it produced)."""
    path = workspace.find("schemas", f"{ref.partition(':')[0]}.py")
    return path.read_text(encoding="utf-8") if path else ""


def _import_file(path: Path) -> Any:
    path = path.resolve()
    stamp = path.stat().st_mtime_ns
    cached = _schema_cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:10]
    name = f"scan2data_user_schemas.{path.stem}_{digest}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # Pydantic resolves postponed annotations through sys.modules
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        sys.modules.pop(name, None)
        raise ConfigError(f"{path}: importing the schema failed: {type(exc).__name__}: {exc}") from exc
    _schema_cache[path] = (stamp, module)
    return module


@functools.lru_cache(maxsize=64)
def json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """A schema's JSON Schema, made once per schema class (it is sent with every structuring call; do
    not change the dict returned)."""
    return schema.model_json_schema()


def describe_fields(schema: type[BaseModel]) -> list[dict[str, Any]]:
    """Field name, description and a readable type, for prompts that list what to extract."""
    rows = []
    for name, info in schema.model_fields.items():
        rows.append(
            {
                "name": name,
                "description": info.description or "",
                "type": _type_name(info.annotation),
                "is_list": typing.get_origin(info.annotation) is list,
            }
        )
    return rows


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation) or (Any,)
        return f"list of {_type_name(inner)}"
    if origin is typing.Annotated:
        return _type_name(typing.get_args(annotation)[0])
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        names = [_type_name(a) for a in typing.get_args(annotation) if a is not type(None)]
        return names[0] if len(names) == 1 else " or ".join(names)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    return getattr(annotation, "__name__", str(annotation)).replace("Decimal", "number")


class PromptRenderer:
    """Jinja templates from ``prompts/``, strict about undefined variables so typos surface in ``check``.
    Rendered in Jinja's sandbox: a template cannot reach Python internals (``os.popen`` and the like)."""

    def __init__(self, workspace: Workspace):
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(d) for d in workspace.dirs("prompts")]),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
            autoescape=False,
        )

    def source(self, name: str) -> str:
        """A template's text (part of the cache key of what it produced)."""
        try:
            return self.env.loader.get_source(self.env, name)[0] if self.env.loader else ""
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(f"prompt template {name} not found in prompts/") from exc

    def render(self, name: str, **context: Any) -> str:
        try:
            return self.env.get_template(name).render(**context).strip()
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(f"prompt template {name} not found in prompts/") from exc
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(f"{exc.filename or name}:{exc.lineno}: template syntax error: {exc.message}") from exc
        except jinja2.exceptions.SecurityError as exc:
            raise ConfigError(f"prompt template {name}: refused by the sandbox: {exc}") from exc
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"prompt template {name}: {exc.message}") from exc


def locate_pipeline(name_or_path: str | Path, workspace: Workspace) -> tuple[PipelineConfig, Workspace]:
    """A pipeline by name, or by YAML path — which brings its own workspace (schemas, prompts) along."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml"):
        if not path.is_file():
            raise PipelineNotFound(f"{path}: no such pipeline file")
        return load_config(path), workspace.with_root(workspace_of(path))
    return load_pipeline_config(str(name_or_path), workspace), workspace


def load_pipeline_config(name: str, workspace: Workspace) -> PipelineConfig:
    files = workspace.pipeline_files()
    if name not in files:
        known = ", ".join(files) or "none"
        raise PipelineNotFound(
            f"no pipeline named {name!r} (known: {known}) — create one with `scan2data new {name}`"
        )
    return load_config(files[name])
