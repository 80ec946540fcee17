"""``load_pipeline("receipt")``: find a pipeline by name or YAML path and build it — a ``Pipeline``
(``runner``), or a ``RoutingPipeline`` (``routing``) for YAML with a ``classify:`` section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .catalog import locate_pipeline
from .routing import RoutingPipeline
from .runner import Pipeline
from .workspace import Workspace


def load_pipeline(
    name_or_path: str | Path, *, workspace: Path | str | Workspace | None = None, **overrides: Any
) -> Pipeline:
    """Load a pipeline by name (``receipt``) or YAML path. Overrides: engine (a profile), vision_model,
    text_model, ollama_url, stage_overrides (``{"vision_extract": {"engine": "tesseract"}}``)."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    config, ws = locate_pipeline(name_or_path, ws)
    cls = RoutingPipeline if config.classify is not None else Pipeline
    return cls(config, ws, **overrides)


__all__ = ["Pipeline", "RoutingPipeline", "load_pipeline"]
