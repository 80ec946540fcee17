"""The pipeline YAML as a Pydantic model, and the one way to change it for a run (profiles, ``-c``).

    name: receipt
    description: Shop and restaurant receipts
    schema: receipt:Receipt            # schemas/receipt.py, class Receipt
    fallback: local                    # profile used, with a notice, when Ollama is unreachable
    stages:                            # run in this order; each entry is a stage plugin and its options
      - stage: load
        dpi: 200
      - stage: resize
        max_side: 1280
      - stage: vision_extract
        engine: ollama
        model: gemma3:4b
        prompt: receipt_vision.j2
      - stage: text_structure
        engine: ollama
        model: gemma3:4b
        prompt: receipt_structure.j2
      - stage: validate
        rules: [{rule: required, fields: [total]}]
      - stage: export
    profiles:                          # `--engine local` applies these stage overrides
      local:
        vision_extract: {engine: rapidocr}
        text_structure: {engine: rules}

The file's own shape is checked here; each stage's options are checked by that stage's ``Options``
when the pipeline is built (``stages.build``), so plugin stages are checked the same way.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from .errors import ConfigError
from .plugins import suggestion


class ClassifyConfig(BaseModel):
    """For routing pipelines (``auto``): ask which document type this is, then run that pipeline."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    engine: str
    model: str | None = None
    prompt: str | None = None
    schema_: str = Field("classification:DocumentClass", alias="schema")
    options: dict[str, Any] = Field(default_factory=dict)
    reader: str | None = Field(None, description="OCR engine that reads the pages first, for a text-only classifier")
    routes: dict[str, str] = Field(description="category -> pipeline name")


class PipelineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str
    description: str = ""
    schema_: str | None = Field(None, alias="schema", description="module:Class in schemas/")
    stages: list[dict[str, Any]] = Field(default_factory=list, description="stage entries, run in order")
    profiles: dict[str, dict[str, dict[str, Any]]] = Field(default_factory=dict)
    default_profile: str | None = None
    fallback: str | None = Field(None, description="profile to use, with a notice, if an engine is unreachable")
    classify: ClassifyConfig | None = None
    _source: str = PrivateAttr("")
    _path: Path | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _check_shape(self) -> "PipelineConfig":
        ids = []
        for index, entry in enumerate(self.stages):
            if not isinstance(entry.get("stage"), str):
                raise ValueError(f"stages.{index}: each stage entry needs 'stage: NAME'")
            ids.append(stage_id(entry))
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"stages: {', '.join(duplicates)} appear(s) twice — give each an 'id:' of its own")
        if self.classify is None and not self.schema_:
            raise ValueError("a pipeline needs 'schema: module:Class' (or 'classify:' for a router)")
        targets = set(ids) | {"classify"}
        for profile, overrides in self.profiles.items():
            for name in overrides:
                if name not in targets:
                    raise ValueError(f"profiles.{profile}.{name}: no such stage{suggestion(name, targets)}")
        if self.fallback and self.fallback not in self.profiles:
            raise ValueError(f"fallback names profile {self.fallback!r}, which is not under profiles")
        return self

    @property
    def source(self) -> str:
        return self._source or self.name

    @property
    def path(self) -> Path | None:
        return self._path

    def entry(self, ident: str) -> dict[str, Any] | None:
        return next((e for e in self.stages if stage_id(e) == ident), None)

    def with_profile(self, profile: str) -> "PipelineConfig":
        """A copy with one profile's stage overrides applied (e.g. ``--engine local``)."""
        if profile not in self.profiles:
            known = ", ".join(sorted(self.profiles)) or "none"
            raise ConfigError(f"pipeline {self.name} has no engine profile {profile!r} (profiles: {known})")
        return self.with_overrides(self.profiles[profile], source=f"{self.source} (profile {profile})")

    def with_overrides(self, overrides: dict[str, dict[str, Any]], source: str | None = None) -> "PipelineConfig":
        """A copy with per-stage settings replaced: ``{"vision_extract": {"engine": "tesseract"}}``.
        Switching a stage's engine drops the old engine's model, options and prompt; ``options``
        mappings are merged key by key."""
        data = self.model_dump(by_alias=True, exclude_none=True)
        for ident, override in overrides.items():
            if ident == "classify":
                if "classify" not in data:
                    raise ConfigError(f"{self.source}: pipeline {self.name} has no classify section to override")
                target = data["classify"]
            else:
                target = next((s for s in data["stages"] if stage_id(s) == ident), None)
                if target is None:
                    known = [stage_id(s) for s in data["stages"]]
                    raise ConfigError(f"{self.source}: pipeline {self.name} has no {ident} stage to override"
                                      f"{suggestion(ident, known)}")
            if "engine" in override and override["engine"] != target.get("engine"):
                for key in ("model", "options", "prompt"):
                    target.pop(key, None)
            merge(target, override)
        config = parse_config(data, source=source or f"{self.source} (overrides)")
        config._path = self._path
        return config


def stage_id(entry: dict[str, Any]) -> str:
    """How profiles and ``-c`` name a stage entry: its ``id``, else its stage name."""
    return str(entry.get("id") or entry.get("stage"))


def merge(target: dict[str, Any], override: dict[str, Any]) -> None:
    """Deep-merge ``override`` into ``target``: nested mappings key by key, anything else replaced."""
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merged = copy.deepcopy(target[key])
            merge(merged, value)
            target[key] = merged
        else:
            target[key] = copy.deepcopy(value)


def format_validation_error(exc: ValidationError, source: str) -> str:
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        valid = set(PipelineConfig.model_fields) | {"schema"}
        if len(first["loc"]) == 1:
            message = f"unknown key{suggestion(str(first['loc'][0]), valid - {'schema_'})}"
        elif first["loc"][0] == "classify":
            message = f"unknown key{suggestion(str(first['loc'][-1]), set(ClassifyConfig.model_fields) | {'schema'})}"
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{source}: {location}: {message}{extra}"


def parse_config(data: Any, source: str) -> PipelineConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping of keys (name, schema, stages...), got {type(data).__name__}")
    try:
        config = PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, source)) from exc
    config._source = source
    return config


def load_config(path: Path) -> PipelineConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} is not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the pipeline file: {exc}") from exc
    config = parse_config(data, source=str(path))
    config._path = path
    return config
