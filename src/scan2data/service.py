"""``scan2data serve``: the pipelines over HTTP (FastAPI), a thin layer over the Python API.

    GET  /healthz                     the service answers
    GET  /v1/pipelines                the document types it can extract
    POST /v1/extract/{pipeline}       multipart upload (field ``file``) -> the document's JSON record
    POST /v1/jobs/{pipeline}          several uploads (field ``files``), or ``folder`` inside --root -> job id
    GET  /v1/jobs/{id}                state and progress
    GET  /v1/jobs/{id}/export.{fmt}   the job's results as xlsx, csv (documents table) or jsonl

A job is a run of the run store: its uploads wait under ``SCAN2DATA_HOME/jobs/ID`` until it finishes,
and a job a restart interrupted is started again when the service comes back (finished documents come
from the cache, so nothing is read twice).

Every error has one JSON shape: ``{"error": {"kind": "input_error", "message": "..."}}``. Uploads are
limited in size (413) and recognised by their content, not their name or content type (415); they are
kept in a temporary folder only while they are processed. A token (``Authorization: Bearer ...``) can
be required, and must be, to listen on anything but this machine. Logs never hold document content.
"""

# No `from __future__ import annotations` here: FastAPI reads the endpoint annotations at runtime, and
# its types are imported inside create_app (FastAPI is an optional extra).
import contextlib
import os
import shutil
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any, AsyncIterator

from . import review, templates
from ._version import __version__
from .catalog import load_pipeline_config
from .document import safe_text
from .errors import ConfigError, EngineError, InputError, PipelineNotFound, Scan2DataError, UsageError
from .exporters import export
from .housekeeping import debug_log
from .pipeline import load_pipeline
from .runner import Pipeline
from .stages.load import sniff_suffix
from .store import RunStore
from .workspace import Workspace, home_dir

STATUS_BY_KIND = {"input_error": 422, "not_routed": 422, "extraction_error": 422, "engine_unavailable": 503,
                  "engine_timeout": 504, "model_not_found": 503, "model_capability_error": 503,
                  "engine_response_error": 502}


def create_app(*, workspace: Path | str | None = None, engine: str | None = None,
               stage_overrides: dict[str, dict[str, Any]] | None = None, token: str | None = None,
               max_upload_mb: float = 50.0, max_pages: int = 200, roots: list[Path] | None = None,
               max_concurrent: int = 8, keep_uploads: bool = False, **shortcuts: Any) -> Any:
    """The FastAPI application. ``engine`` picks a profile; ``stage_overrides`` are ``-c`` settings;
    folder jobs may only read inside ``roots``; at most ``max_concurrent`` uploads are processed at
    once (the others wait, saved to disk), so memory stays bounded however many clients send. A job's
    uploads are deleted when it ends unless ``keep_uploads`` (the review page then shows their pages)."""
    from fastapi import FastAPI, Form, Request, UploadFile
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
    from pydantic import ValidationError
    from starlette.background import BackgroundTask
    from starlette.exceptions import HTTPException as StarletteHTTPException

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        for job in store.unfinished_jobs():  # interrupted by a restart: start again (finished parts cached)
            start(job["job"])
        yield

    app = FastAPI(title="scan2data", version=__version__, lifespan=lifespan,
                  description="Scanned documents in, validated structured data out — on this machine.")
    ws = Workspace(workspace)
    pipelines: dict[str, Pipeline] = {}
    lock = threading.Lock()
    limit = int(max_upload_mb * 1024 * 1024)
    working = threading.BoundedSemaphore(max(1, max_concurrent))
    overrides = {**(stage_overrides or {})}
    overrides.setdefault("load", {}).setdefault("max_pages", max_pages)

    def error(status: int, kind: str, message: str) -> JSONResponse:
        return JSONResponse(status_code=status, content={"error": {"kind": kind, "message": safe_text(message)}})

    class Failure(Exception):
        def __init__(self, status: int, kind: str, message: str) -> None:
            super().__init__(message)
            self.status, self.kind = status, kind

    @app.exception_handler(Failure)
    async def _failure(request: Request, exc: Failure) -> JSONResponse:
        return error(exc.status, exc.kind, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", []))
        return error(422, "invalid_request", f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        path = debug_log(exc, f"serve {request.url.path}")
        return error(500, "unexpected_error", f"{type(exc).__name__} — details in {path}")

    @app.middleware("http")
    async def _auth(request: Request, call_next: Any) -> Any:
        if token and request.url.path.startswith(("/v1/", "/review")):
            if request.headers.get("authorization", "") != f"Bearer {token}":
                return error(401, "unauthorized", "this service needs `Authorization: Bearer <token>`")
        return await call_next(request)

    def pipeline(name: str) -> Pipeline:
        with lock:
            if name not in pipelines:
                try:
                    built = load_pipeline(name, workspace=ws, engine=engine, stage_overrides=overrides, **shortcuts)
                    built.prepare()
                except PipelineNotFound as exc:
                    raise Failure(404, exc.kind, str(exc)) from exc
                except ConfigError as exc:
                    raise Failure(500, exc.kind, str(exc)) from exc
                except EngineError as exc:
                    raise Failure(503, exc.kind, str(exc)) from exc
                pipelines[name] = built
            return pipelines[name]

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/pipelines")
    def list_pipelines() -> list[dict[str, str]]:
        rows = []
        for name in ws.pipeline_files():
            try:
                rows.append({"name": name, "description": load_pipeline_config(name, ws).description})
            except ConfigError as exc:
                rows.append({"name": name, "description": f"(invalid: {exc})"})
        return rows

    store = RunStore()
    allowed_roots = [Path(r).resolve() for r in roots or []]

    def save_upload(upload: Any, folder: Path, index: int) -> Path:
        raw = folder / f"upload-{index}"
        size = 0
        with raw.open("wb") as handle:
            while chunk := upload.file.read(1 << 20):
                size += len(chunk)
                if size > limit:
                    raise Failure(413, "too_large", f"{safe_text(upload.filename or 'an upload')}: over the "
                                  f"{max_upload_mb:g} MB upload limit")
                handle.write(chunk)
        suffix = sniff_suffix(raw)
        if suffix is None:
            raise Failure(415, "unsupported_type", f"{safe_text(upload.filename or 'an upload')}: not an image, "
                                                   "PDF or e-invoice XML (recognised by content, not by name)")
        return raw.rename(folder / f"{index:05d}{suffix}")

    def run_job(job_id: str) -> None:
        job = store.job(job_id)
        if job is None:
            return
        store.update_job(job_id, state="running")
        try:
            runner = pipeline(job["pipeline"])
            result = runner.run([Path(job["folder"])],
                                progress=lambda done, total: store.update_job(job_id, done=done, total=total))
            store.update_job(job_id, state="finished", run_id=result.run_id, done=job["total"] or len(result.errors))
        except Exception as exc:  # the job's row says why; the service goes on
            message = str(exc) if isinstance(exc, Scan2DataError) else f"{type(exc).__name__}: {exc}"
            if not isinstance(exc, Scan2DataError):
                debug_log(exc, f"job {job_id}")
            store.update_job(job_id, state="failed", message=safe_text(message))
        finally:
            uploads = Path(job["folder"])
            if not keep_uploads and uploads.parent == home_dir() / "jobs":
                shutil.rmtree(uploads, ignore_errors=True)  # a folder job's folder is the user's: never touched

    def start(job_id: str) -> None:
        threading.Thread(target=run_job, args=(job_id,), daemon=True, name=f"job-{job_id}").start()

    @app.post("/v1/jobs/{name}")
    def create_job(name: str, files: list[UploadFile] | None = None,  # noqa: B008
                   folder: str | None = Form(None)) -> dict[str, Any]:  # noqa: B008
        pipeline(name)  # an unknown pipeline is a 404 now, not a failed job later
        job_id = uuid.uuid4().hex[:16]
        if folder:
            target = Path(folder).resolve()
            if not any(target == root or target.is_relative_to(root) for root in allowed_roots):
                raise Failure(403, "outside_roots", f"{safe_text(folder)}: not inside a folder this service may "
                                                    "read (start it with --root DIR)")
            if not target.is_dir():
                raise Failure(404, "no_such_folder", f"{safe_text(folder)}: no such folder")
            store.add_job(job_id, name, str(target), 0)
        elif files:
            jobs_dir = home_dir() / "jobs" / job_id
            jobs_dir.mkdir(parents=True)
            try:
                for index, upload in enumerate(files):
                    save_upload(upload, jobs_dir, index)
            except Failure:
                shutil.rmtree(jobs_dir, ignore_errors=True)
                raise
            store.add_job(job_id, name, str(jobs_dir), len(files))
        else:
            raise Failure(422, "invalid_request", "send files (field `files`) or a `folder`")
        start(job_id)
        return {"job": job_id, "state": "queued"}

    def job_or_404(job_id: str) -> dict[str, Any]:
        job = store.job(job_id)
        if job is None:
            raise Failure(404, "no_such_job", f"no job {safe_text(job_id)}")
        return job

    @app.get("/v1/jobs/{job_id}")
    def job_state(job_id: str) -> dict[str, Any]:
        job = job_or_404(job_id)
        return {k: v for k, v in job.items() if k != "folder"}

    @app.get("/v1/jobs/{job_id}/export.{fmt}")
    def job_export(job_id: str, fmt: str) -> Any:
        job = job_or_404(job_id)
        if job["state"] != "finished" or job["run"] is None:
            raise Failure(409, "not_finished", f"job {job_id} is {job['state']} — ask again when it is finished")
        if fmt not in ("xlsx", "csv", "jsonl"):
            raise Failure(404, "unknown_format", f"no export .{safe_text(fmt)} — use xlsx, csv or jsonl")
        result = store.load_result(str(job["run"]))
        out = Path(tempfile.mkdtemp(prefix="scan2data-export-")) / f"job-{job_id}.{fmt}"
        export(result, out)
        return FileResponse(out, filename=out.name,
                             background=BackgroundTask(shutil.rmtree, out.parent, ignore_errors=True))

    # -- review page ---------------------------------------------------------------------------
    def stored(run: int) -> Any:
        try:
            return store.load_result(str(run))
        except UsageError as exc:
            raise Failure(404, "no_such_run", str(exc)) from exc

    def html(text: str, status: int = 200) -> Any:
        return HTMLResponse(text, status_code=status)

    def teach(run: int, seq: int, index: int, result: Any, reviewer: Pipeline | None, who: str) -> None:
        """A reviewed document teaches its issuer's template (best effort: a review is saved anyway)."""
        try:
            reviewed = store.load_result(str(run)).documents[index]  # with the corrections just stored
            templates.learn_from_review(store, run, seq, reviewed, reviewer or pipeline_of(result), who)
        except (Scan2DataError, OSError, ValueError) as exc:
            debug_log(exc, f"review run {run} document {index}: no template learned")

    @app.get("/review/{run}")
    def review_listing(run: int) -> Any:
        return html(review.listing(run, stored(run), f"/review/{run}"))

    def stored_document(run: int, index: int) -> Any:
        result = stored(run)
        if not 0 <= index < len(result.documents):
            raise Failure(404, "no_such_document", f"run {run} has no document {index}")
        return result

    def pipeline_of(result: Any) -> Pipeline:
        return load_pipeline(result.pipeline, workspace=ws)  # its stages and schema only: no engine started

    @app.get("/review/{run}/{index}")
    def review_page(run: int, index: int) -> Any:
        result = stored_document(run, index)
        return html(review.page(run, result, index, f"/review/{run}", schema=pipeline_of(result).schema))

    @app.get("/review/{run}/{index}/page.png")
    def review_image(run: int, index: int, n: int = 1) -> Any:
        result = stored_document(run, index)
        try:
            return Response(review.page_image(result.documents[index], n), media_type="image/png")
        except IndexError as exc:
            raise Failure(404, "no_such_page", f"document {index} of run {run} has no page {n}") from exc
        except (InputError, OSError) as exc:
            raise Failure(404, "no_page_image", f"the page image is not available: {exc} (a job's uploads are "
                                                 "deleted when it ends unless the service runs with --keep-uploads)") from exc

    @app.post("/review/{run}/{index}")
    async def review_save(run: int, index: int, request: Request) -> Any:
        result = stored_document(run, index)
        form = {k: str(v) for k, v in (await request.form()).items()}
        who = form.get("who", "").strip() or "reviewer"
        positions = [seq for seq, outcome, _ in store.items(run) if outcome == "document"]
        edits: dict[str, Any] = {}
        reviewer = None  # loaded once, for the schema and then the template
        if form.get("action") != "accept":
            reviewer = pipeline_of(result)
            schema = reviewer.schema
            try:
                edits = review.changes(schema, result.documents[index].data, form)
            except ValidationError as exc:
                first = exc.errors()[0]
                message = f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
                values: dict[str, Any] = {k[len('field:'):]: v for k, v in form.items() if k.startswith("field:")}
                values.update(review.form_lists(form))  # what was typed stays on the page
                return html(review.page(run, result, index, f"/review/{run}", error=message, values=values,
                                        who=who, schema=schema), status=422)
        store.correct(run, positions[index], edits, who)
        teach(run, positions[index], index, result, reviewer, who)
        ranked = review.order(result)
        following = [i for i in ranked[ranked.index(index) + 1:] if result.documents[i].status != "ok"]
        target = f"/review/{run}/{following[0]}" if following else f"/review/{run}"
        return RedirectResponse(target, status_code=303)

    @app.post("/v1/extract/{name}")
    def extract(name: str, file: UploadFile) -> dict[str, Any]:  # noqa: B008  # sync: FastAPI runs it in a worker thread
        runner = pipeline(name)
        folder = Path(tempfile.mkdtemp(prefix="scan2data-upload-"))
        try:
            path = save_upload(file, folder, 0)
            with working:
                result = runner.run([path], record=False)
            if result.documents:
                record = result.documents[0].to_record()
                record["source_file"] = safe_text(file.filename or "upload")
                return record
            failure = result.errors[0]
            message = failure.message.replace(str(path), safe_text(file.filename or "upload"))
            raise Failure(STATUS_BY_KIND.get(failure.kind, 422), failure.kind, message)
        except UsageError as exc:
            raise Failure(422, exc.kind, str(exc)) from exc
        except (InputError, Scan2DataError) as exc:
            raise Failure(STATUS_BY_KIND.get(exc.kind, 422), exc.kind, str(exc)) from exc
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    return app


def serve(host: str = "127.0.0.1", port: int = 8000, token: str | None = None, **options: Any) -> None:
    """Run the service with uvicorn; anything but loopback needs a token."""
    from .engines.transport import is_loopback

    token = token or os.environ.get("SCAN2DATA_TOKEN") or None
    if not is_loopback(f"http://{host}") and not token:
        raise UsageError(f"listening on {host} exposes your documents to the network — set a token "
                         "(--token or SCAN2DATA_TOKEN), or listen on 127.0.0.1")
    import uvicorn

    uvicorn.run(create_app(token=token, **options), host=host, port=port, log_level="warning")
