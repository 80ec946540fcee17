"""Export: after the batch, write the results to every output — those the YAML lists and those the run
was given (``scan2data run -o FILE``) — each through its exporter plugin."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from ..exporters import export, exporter_for
from . import StageBase, StageOptions

if TYPE_CHECKING:
    from ..results import RunResult


class Output(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="file to write; relative paths are relative to the current folder")
    format: str | None = Field(None, description="exporter name; default: by the file's extension")
    options: dict[str, Any] = Field(default_factory=dict, description="the exporter's own options")


class ExportOptions(StageOptions):
    outputs: list[Output] = Field(default_factory=list)


class ExportStage(StageBase):
    name = "export"
    Options = ExportOptions

    def check(self) -> list[str]:
        for index, output in enumerate(self.options.outputs):
            exporter_for(Path(output.path), output.format, output.options,
                         where=f"{self.context.source}: {self.where}.outputs.{index}")
        return [f"{self.where}: {len(self.options.outputs)} output(s) in the YAML"] if self.options.outputs else []

    def needs_images(self) -> bool:
        return False

    def fingerprint(self) -> str:
        return ""  # writing files changes no extracted value

    def finish(self, result: "RunResult") -> list[Path]:
        written: list[Path] = []
        for output in self.options.outputs:
            written += export(result, Path(output.path), output.format, output.options)
        for path in self.context.outputs:
            written += export(result, path)
        return written
