"""What a run changes in a pipeline, in one syntax for ``run``, ``eval``, ``show`` and the Python API:

* ``engine``: a profile of the YAML (``--engine local``);
* ``-c STAGE.key=value`` (``-c vision_extract.engine=tesseract``, ``-c text_structure.options.case=upper``,
  ``-c classify.model=llava``): any setting of any stage entry, values read as YAML;
* shortcuts ``vision_model``, ``text_model``, ``ollama_url`` and ``allow_remote``, which reach every engine
  they concern, wherever it sits: a stage, the classifier of ``auto``, the model inside ``hybrid``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .config import PipelineConfig, merge, parse_config
from .engines import engine_class
from .errors import ConfigError
from .plugins import load

SHORTCUTS = ("vision_model", "text_model", "ollama_url", "allow_remote")


@dataclass
class RunSettings:
    engine: str | None = None
    vision_model: str | None = None
    text_model: str | None = None
    ollama_url: str | list[str] | None = None
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    allow_remote: bool | None = None  # let model engines reach a server on another machine

    @property
    def shortcuts(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SHORTCUTS if getattr(self, name)}


def parse_setting(text: str) -> tuple[str, dict[str, Any]]:
    """``vision_extract.options.min_score=0.6`` -> ``("vision_extract", {"options": {"min_score": 0.6}})``."""
    key, sep, raw = text.partition("=")
    parts = [p for p in key.strip().split(".")]
    if not sep or len(parts) < 2 or not all(parts):
        raise ConfigError(f"-c {text!r}: expected STAGE.key=value, e.g. vision_extract.engine=tesseract")
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError as exc:
        raise ConfigError(f"-c {text!r}: the value is not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    nested: dict[str, Any] = {parts[-1]: value}
    for part in reversed(parts[1:-1]):
        nested = {part: nested}
    return parts[0], nested


def add_settings(target: dict[str, dict[str, Any]], items: list[str]) -> dict[str, dict[str, Any]]:
    for item in items:
        stage, setting = parse_setting(item)
        merge(target.setdefault(stage, {}), setting)
    return target


def resolve(config: PipelineConfig, profile: str | None, settings: RunSettings) -> PipelineConfig:
    """The configuration a run uses: the profile, then ``-c`` settings, then the shortcuts."""
    if profile:
        config = config.with_profile(profile)
    if settings.stages:
        config = config.with_overrides(settings.stages, source=f"{config.source} (-c)")
    shortcuts = settings.shortcuts
    if not shortcuts:
        return config
    data = config.model_dump(by_alias=True, exclude_none=True)
    for index, entry in enumerate(data["stages"]):
        if "engine" in entry:
            where = f"{config.source}: stages.{index}.{entry['stage']}"
            stage_cls = load("stages", entry["stage"], where)
            _apply(entry, shortcuts.get(stage_cls.shortcut_for(entry) or ""), shortcuts, where)
    classify = data.get("classify")
    if classify:
        model = shortcuts.get("text_model" if classify.get("reader") else "vision_model")
        _apply(classify, model, shortcuts, f"{config.source}: classify")
    resolved = parse_config(data, source=config.source)
    resolved._path = config.path
    return resolved


def _apply(entry: dict[str, Any], model: str | None, shortcuts: dict[str, Any], where: str) -> None:
    cls = engine_class(entry["engine"], where)
    if model and cls.model_use != "none":
        entry["model"] = model
    options = cls.apply_shortcuts(entry.get("options") or {}, shortcuts)
    if options:
        entry["options"] = options
