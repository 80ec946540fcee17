"""Where documents are processed: in this process's threads (the default), or on a Ray cluster.

    scan2data run receipt scans/ -o out.xlsx --executor ray [--ray-address ray://head:10001]

With Ray, every worker holds one pipeline built from the same configuration (its engines loaded once)
and documents are sent to whichever worker is free — the file's bytes travel, so workers need no
shared disk. Results come back to this process, which keeps the run store, the cache and the exports
exactly as a local run does. Needs ``pip install 'scan2data[ray]'``.
"""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
from pathlib import Path
from typing import Any

from . import errors
from .document import Document, display_path
from .errors import EngineUnavailable, Scan2DataError, UsageError


def _rebuild(spec: dict[str, Any]) -> Any:
    """A pipeline from what ``Pipeline.spec()`` gave (on a Ray worker)."""
    from .routing import RoutingPipeline
    from .runner import Pipeline

    cls = RoutingPipeline if spec["config"].classify is not None else Pipeline
    return cls(spec["config"], spec["workspace"], **spec["settings"])


class PipelineWorker:
    """One Ray actor: a pipeline ready to process files it is sent as bytes."""

    def __init__(self, spec: dict[str, Any]):
        self.pipeline = _rebuild(spec)
        self.pipeline.prepare()

    def process(self, name: str, data: bytes, content_hash: str | None) -> tuple[str, Any, str]:
        """("ok", record, "") or ("error", error class name, message)."""
        folder = Path(tempfile.mkdtemp(prefix="scan2data-ray-"))
        path = folder / (Path(name).name or "document")
        try:
            path.write_bytes(data)
            document = self.pipeline.run_file(path, content_hash, None)
            return "ok", document.to_record(), ""
        except Scan2DataError as exc:
            return "error", type(exc).__name__, str(exc).replace(str(path), name)
        except Exception as exc:  # an engine's own exception: reported as the thread executor does
            return "error", "unexpected", f"{name}: {type(exc).__name__}: {exc}"
        finally:
            shutil.rmtree(folder, ignore_errors=True)


class RayExecutor:
    """Sends each document to a free Ray worker and waits for its record (called from the run's threads,
    one per worker)."""

    def __init__(self, pipeline: Any, address: str | None = None, workers: int | None = None):
        try:
            import ray
        except ImportError as exc:
            raise EngineUnavailable("--executor ray needs Ray — run `pip install 'scan2data[ray]'` "
                                    "(from a clone: pip install '.[ray]')") from exc
        self.ray = ray
        if not ray.is_initialized():
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                         configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = address or "a new local instance"
                raise EngineUnavailable(f"cannot start or reach Ray at {where}: {exc} — check --ray-address "
                                        "(`ray status` on the head node)") from exc
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, workers or cpus)
        actor = ray.remote(num_cpus=1)(PipelineWorker)
        self.actors: queue.Queue[Any] = queue.Queue()
        for _ in range(self.workers):
            self.actors.put(actor.remote(pipeline.spec()))

    def process(self, path: Path, content_hash: str | None) -> Document:
        """The document from a worker, or the Scan2DataError it met (same kind as a local run's)."""
        data = path.read_bytes()
        actor = self.actors.get()
        try:
            status, payload, message = self.ray.get(actor.process.remote(display_path(path), data, content_hash))
        except self.ray.exceptions.RayError as exc:  # the worker died (out of memory, node lost)
            raise EngineUnavailable(f"{display_path(path)}: the Ray worker failed: {type(exc).__name__} — "
                                    "run the same command again to finish the batch") from exc
        finally:
            self.actors.put(actor)
        if status == "ok":
            return Document.from_record(payload, path)
        cls = getattr(errors, payload, None)
        if isinstance(cls, type) and issubclass(cls, Scan2DataError):
            raise cls(message, path=path)
        raise RemoteUnexpected(message, path=path)

    def close(self) -> None:
        while not self.actors.empty():
            self.ray.kill(self.actors.get())


class RemoteUnexpected(Scan2DataError):
    """A worker met an exception that is not one of scan2data's (its message says which)."""


def executor_for(name: str, pipeline: Any, address: str | None, workers: int | None) -> RayExecutor | None:
    if name == "threads":
        return None
    if name == "ray":
        return RayExecutor(pipeline, address, workers)
    raise UsageError(f"--executor {name}: unknown — use threads or ray")
