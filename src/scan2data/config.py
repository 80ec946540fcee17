"""The pipeline YAML, as Pydantic models: loading one validates it, and errors name the file and key.

    name: receipt
    description: Shop and restaurant receipts
    schema: receipt:Receipt            # schemas/receipt.py, class Receipt
    fallback: local                    # profile used, with a notice, when Ollama is unreachable
    stages:                            # in order: load, resize, vision_extract, text_structure, validate, export
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
    profiles:                          # `--engine local` applies these stage overrides
      local:
        vision_extract: {engine: rapidocr}
        text_structure: {engine: rules}
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ConfigError

STAGE_ORDER = ["load", "resize", "vision_extract", "text_structure", "validate", "export"]


class _Stage(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoadStage(_Stage):
    stage: Literal["load"] = "load"
    dpi: int = Field(200, ge=50, le=600, description="PDF render resolution")
    first_page: int | None = Field(None, ge=1)
    last_page: int | None = Field(None, ge=1)
    max_pixels: int = Field(120_000_000, description="refuse images larger than this (decompression bombs)")


class ResizeStage(_Stage):
    stage: Literal["resize"] = "resize"
    max_side: int = Field(1024, ge=64, le=10000, description="cap on the long side, in pixels")
    upscale: bool = Field(False, description="also enlarge pages smaller than max_side")
    grayscale: bool = False


class EngineStage(_Stage):
    engine: str
    model: str | None = None
    prompt: str | None = Field(None, description="template file in prompts/")
    options: dict[str, Any] = Field(default_factory=dict, description="engine-specific options")


class VisionExtractStage(EngineStage):
    stage: Literal["vision_extract"] = "vision_extract"


class TextStructureStage(EngineStage):
    stage: Literal["text_structure"] = "text_structure"
    retries: int = Field(2, ge=0, le=10, description="re-asks after an answer fails validation")
    send_images: bool = Field(False, description="one-stage mode: the (vision) model reads the pages itself")


class Rule(BaseModel):
    model_config = ConfigDict(extra="allow")
    rule: str


class ValidateStage(_Stage):
    stage: Literal["validate"] = "validate"
    rules: list[Rule] = Field(default_factory=list)


class ExportStage(_Stage):
    stage: Literal["export"] = "export"


AnyStage = Annotated[
    Union[LoadStage, ResizeStage, VisionExtractStage, TextStructureStage, ValidateStage, ExportStage],
    Field(discriminator="stage"),
]


class ClassifyConfig(_Stage):
    """For routing pipelines (``auto``): ask which document type this is, then run that pipeline."""

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
    stages: list[AnyStage] = Field(default_factory=list)
    profiles: dict[str, dict[str, dict[str, Any]]] = Field(default_factory=dict)
    default_profile: str | None = None
    fallback: str | None = Field(None, description="profile to use, with a notice, if an engine is unreachable")
    classify: ClassifyConfig | None = None

    @model_validator(mode="after")
    def _check_shape(self) -> "PipelineConfig":
        if self.classify is None:
            if not self.schema_:
                raise ValueError("a pipeline needs 'schema: module:Class' (or 'classify:' for a router)")
            names = [s.stage for s in self.stages]
            if len(set(names)) != len(names):
                raise ValueError(f"each stage may appear once, got {names}")
            positions = [STAGE_ORDER.index(n) for n in names]
            if positions != sorted(positions):
                raise ValueError(f"stages must run in the order {' → '.join(STAGE_ORDER)}, got {names}")
            if "text_structure" not in names:
                raise ValueError("a pipeline needs a text_structure stage to produce records")
            ts = self.stage("text_structure")
            if "vision_extract" not in names and not ts.send_images:
                raise ValueError("without a vision_extract stage, text_structure needs send_images: true")
        for profile, overrides in self.profiles.items():
            for stage_name in overrides:
                if stage_name not in STAGE_ORDER and stage_name != "classify":
                    raise ValueError(f"profiles.{profile}: unknown stage {stage_name!r}")
        if self.fallback and self.fallback not in self.profiles:
            raise ValueError(f"fallback names profile {self.fallback!r}, which is not under profiles")
        return self

    def stage(self, name: str) -> Any:
        return next((s for s in self.stages if s.stage == name), None)

    def with_profile(self, profile: str) -> "PipelineConfig":
        """A copy with one profile's stage overrides applied (e.g. ``--engine local``)."""
        if profile not in self.profiles:
            known = ", ".join(sorted(self.profiles)) or "none"
            raise ConfigError(f"pipeline {self.name} has no engine profile {profile!r} (profiles: {known})")
        return self.with_overrides(self.profiles[profile], source=f"{self.name} (profile {profile})")

    def with_overrides(self, overrides: dict[str, dict[str, Any]], source: str | None = None) -> "PipelineConfig":
        """A copy with per-stage settings replaced: ``{"vision_extract": {"engine": "tesseract"}}``.
        Switching a stage's engine drops the old engine's model, options and prompt."""
        data = self.model_dump(by_alias=True, exclude_none=True)
        for stage_name, override in overrides.items():
            if stage_name == "classify":
                data["classify"] = {**data.get("classify", {}), **override}
                continue
            stage = next((s for s in data["stages"] if s["stage"] == stage_name), None)
            if stage is None:
                raise ConfigError(f"pipeline {self.name} has no {stage_name} stage to override")
            if "engine" in override and override["engine"] != stage.get("engine"):
                for key in ("model", "options", "prompt"):
                    stage.pop(key, None)
            for key, value in override.items():
                if key == "options" and isinstance(value, dict):
                    stage["options"] = {**stage.get("options", {}), **value}
                else:
                    stage[key] = value
        return parse_config(data, source=source or f"{self.name} (overrides)")


def format_validation_error(exc: ValidationError, source: str) -> str:
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{source}: {location}: {first['msg']}{extra}"


def parse_config(data: Any, source: str) -> PipelineConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping of keys (name, schema, stages...), got {type(data).__name__}")
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, source)) from exc


def load_config(path: Path) -> PipelineConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} is not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    return parse_config(data, source=str(path))
