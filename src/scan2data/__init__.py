"""scan2data: scanned documents in, validated structured data out — on your own machine.

    import scan2data
    result = scan2data.load_pipeline("receipt").run(["scans/"])
    result.to_excel("receipts.xlsx")
"""

from ._version import __version__
from .document import Document, Page, TextLine, Transcript
from .errors import (
    ConfigError,
    EngineError,
    EngineTimeout,
    EngineUnavailable,
    ExportError,
    ExtractionError,
    InputError,
    ModelCapabilityError,
    ModelNotFound,
    PipelineNotFound,
    Scan2DataError,
)
from .pipeline import Pipeline, load_pipeline
from .results import FileError, RunResult
from .workspace import Workspace


def list_pipelines(workspace=None) -> list[str]:
    """Names of the document types available in ``workspace`` (default: current directory) and built in."""
    return list(Workspace(workspace).pipeline_files())


__all__ = [
    "ConfigError", "Document", "EngineError", "EngineTimeout", "EngineUnavailable", "ExportError",
    "ExtractionError", "FileError", "InputError", "ModelCapabilityError", "ModelNotFound", "Page",
    "Pipeline", "PipelineNotFound", "RunResult", "Scan2DataError", "TextLine", "Transcript", "Workspace",
    "list_pipelines", "load_pipeline", "__version__",
]
