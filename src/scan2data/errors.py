"""Every error scan2data raises on purpose, in one tree.

The CLI prints any of these as one line (``str(error)``), so each message says what went wrong
*and what to do about it*. Errors about a single input file carry ``path`` so a batch can record
them against that file and go on with the rest.

    Scan2DataError
    ├── UsageError                the command cannot run as given (CLI exit 2); nothing is written
    │   ├── ConfigError           a pipeline, schema, prompt or option is wrong
    │   │   └── PipelineNotFound  no pipelines/NAME.yaml in the workspace or built-ins
    │   ├── NoInputs              the inputs are missing, or hold no image or PDF
    │   └── OutputBusy            another run is writing the same output file right now
    ├── InputError                one input file cannot be read as a document (corrupt, empty,
    │   │                         encrypted, too large, not an image or PDF)
    │   └── NotRouted             `auto` classified it as a type no pipeline handles (reported,
    │                             not counted as a failure)
    ├── EngineError               a model engine failed
    │   ├── EngineUnavailable     server not running, or an optional package not installed
    │   ├── ModelNotFound         the model is not pulled / the file does not exist
    │   ├── ModelCapabilityError  the model cannot do what the stage needs (e.g. no vision)
    │   ├── EngineTimeout         the engine did not answer in time
    │   └── EngineResponseError   the engine answered with an error or with garbage
    ├── ExtractionError           the answer never validated against the schema, even after retries
    └── ExportError               the output file cannot be written
"""

from __future__ import annotations

from pathlib import Path


class Scan2DataError(Exception):
    """Base of every scan2data error; ``str()`` is a one-line, actionable message."""

    def __init__(self, message: str, *, path: Path | str | None = None):
        # one line, always: a library's multi-line message (poppler's) must not break the row or the terminal
        lines = [line.strip() for line in str(message).splitlines() if line.strip()]
        super().__init__(" / ".join(lines))
        self.path = Path(path) if path is not None else None

    @property
    def kind(self) -> str:
        """Machine-readable error kind, e.g. ``model_not_found``."""
        name = type(self).__name__
        return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


class UsageError(Scan2DataError):
    """The command cannot run as given; checked before any work, so nothing is written."""


class ConfigError(UsageError):
    """A pipeline YAML, schema module or prompt template is wrong."""


class PipelineNotFound(ConfigError):
    """No pipeline of that name in the workspace or among the built-ins."""


class NoInputs(UsageError):
    """No document to process: the inputs do not exist, or hold no image or PDF."""


class OutputBusy(UsageError):
    """Another run holds the lock on the same output file."""


class InputError(Scan2DataError):
    """One input file cannot be turned into a document."""


class NotRouted(InputError):
    """A routing pipeline found no pipeline for this document's category."""


class EngineError(Scan2DataError):
    """A model engine failed."""


class EngineUnavailable(EngineError):
    """The engine cannot be reached or is not installed."""


class ModelNotFound(EngineError):
    """The requested model does not exist locally."""


class ModelCapabilityError(EngineError):
    """The model lacks a capability the stage needs."""


class EngineTimeout(EngineError):
    """The engine did not answer within the timeout."""


class EngineResponseError(EngineError):
    """The engine answered with an error status or an unusable body."""


class ExtractionError(Scan2DataError):
    """Structured output did not validate against the schema after all retries."""


class ExportError(Scan2DataError):
    """Results could not be written."""
