"""``scan2data`` command line: a thin layer over the Python API. Errors print as one line.

Exit codes: 0 every document succeeded; 1 some failed (the rest are still exported) or a run-level
error; 2 usage errors (bad arguments, unknown pipeline, invalid pipeline files or options).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

import yaml

from ._version import __version__
from .catalog import load_pipeline_config
from .document import TextLine, display_path, safe_text
from .errors import ConfigError, Scan2DataError, UsageError
from .housekeeping import debug_log
from .overrides import add_settings
from .pipeline import load_pipeline
from .results import RunResult
from .runner import WARNING, RunInterrupted
from .scaffold import scaffold
from .workspace import Workspace

log = logging.getLogger("scan2data")


def _workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", "-w", type=Path, default=None,
                        help="directory with your own pipelines/ schemas/ prompts/ (default: the current "
                             "directory when it has a pipelines/ folder; SCAN2DATA_PATH adds more)")


def _pipeline_args(parser: argparse.ArgumentParser) -> None:
    """The one override syntax of run, check and show (eval takes the same keys per configuration)."""
    parser.add_argument("--engine", help="engine profile from the pipeline, e.g. local or ollama")
    parser.add_argument("-c", "--set", dest="settings", action="append", default=[], metavar="STAGE.KEY=VALUE",
                        help="change one stage setting for this run, e.g. vision_extract.engine=tesseract or "
                             "text_structure.options.case=upper (repeatable; values are YAML)")
    parser.add_argument("--vision-model", help="vision model wherever pages are read by a model (e.g. qwen2.5vl:7b)")
    parser.add_argument("--text-model", help="text model wherever text is structured by a model (e.g. llama3.2:3b)")
    parser.add_argument("--ollama-url", action="append", metavar="URL",
                        help="Ollama server URL for every Ollama engine (default: $OLLAMA_HOST or "
                             "http://127.0.0.1:11434); repeat it to spread the work over several servers")
    parser.add_argument("--allow-remote", action="store_true", default=None,
                        help="allow model servers on other machines (page images and text leave this one)")
    _workspace_arg(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scan2data",
        description="Turn scanned documents into validated structured data, on your own machine.",
    )
    parser.add_argument("--version", action="version", version=f"scan2data {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run a pipeline over files and folders",
                         description="Run PIPELINE over images and PDFs and export the records.")
    run.add_argument("pipeline", help="pipeline name (see `scan2data pipelines`), 'auto', or a YAML path")
    run.add_argument("inputs", nargs="+", type=Path, help="files or folders (searched recursively)")
    run.add_argument("-o", "--output", type=Path, required=True, help="output file: .xlsx, .csv or .jsonl")
    run.add_argument("--concurrency", "-j", type=int, default=None,
                     help="documents processed at once (default: a model server's slots plus this machine's "
                          "cores; the cores for the local engine; with Ray, one per cluster CPU)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--fresh", action="store_true",
                     help="ignore results cached by earlier runs (by default an unchanged file is not read again)")
    run.add_argument("--two-phase", action="store_true",
                     help="read every page first, then structure every document: one model loaded at a time")
    run.add_argument("--executor", choices=["threads", "ray"], default="threads",
                     help="where documents are processed: this machine's threads, or a Ray cluster "
                          "(`pip install 'scan2data[ray]'`; one worker per CPU, or -j workers)")
    run.add_argument("--ray-address", metavar="ADDR", help="Ray cluster to use (default: start a local instance)")
    run.add_argument("--max-failures", type=int, default=5, metavar="N",
                     help="stop calling the engine after N documents in a row fail in it (default 5; 0: never)")
    _pipeline_args(run)

    ev = sub.add_parser("eval", help="score pipeline configurations against labelled documents",
                        description="Run each --config over DATASET_DIR (documents with same-stem .json "
                                    "labels) and report per-field accuracy, F1, latency and review-flag quality.")
    ev.add_argument("pipeline")
    ev.add_argument("dataset", type=Path, help="folder of documents, each with a same-stem .json of expected fields")
    ev.add_argument("--config", "-c", action="append", default=[], metavar="NAME=KEY=VALUE,...",
                    help="a configuration to compare: keys are engine, vision_model, text_model, ollama_url or "
                         "STAGE.key as in `run -c`, e.g. tess=engine=local,vision_extract.engine=tesseract (repeatable)")
    ev.add_argument("--mapping", type=Path, help="YAML file of dataset_key: schema_field")
    ev.add_argument("--map", action="append", default=[], metavar="KEY=FIELD", help="one mapping pair (repeatable)")
    ev.add_argument("--limit", type=int, help="only the first N documents (sorted by name)")
    ev.add_argument("--learn", action="store_true",
                    help="also measure issuer templates: correct each issuer's first document (its labels), "
                         "score its later documents before and after")
    ev.add_argument("-o", "--output", type=Path, help="write a self-contained HTML report")
    ev.add_argument("--json", type=Path, help="write every figure and per-document result as JSON")
    ev.add_argument("--no-progress", action="store_true")
    _workspace_arg(ev)

    pipelines = sub.add_parser("pipelines", help="list the document types available")
    _workspace_arg(pipelines)

    check = sub.add_parser("check", help="check everything `run` would use, for every profile (no model is loaded)")
    check.add_argument("pipeline", help="pipeline name or YAML path")
    _pipeline_args(check)

    show = sub.add_parser("show", help="print the pipeline as a run would use it (profile and overrides applied)")
    show.add_argument("pipeline", help="pipeline name or YAML path")
    _pipeline_args(show)

    text = sub.add_parser("text", help="print what the reader read from a file: lines, confidence, position",
                          description="Run the pipeline's stages up to the one that reads the pages, and print "
                                      "each line with its confidence and box — what anchors and rules work on.")
    text.add_argument("file", type=Path)
    text.add_argument("--pipeline", "-p", default="receipt", help="pipeline whose reader to use (default receipt)")
    _pipeline_args(text)

    serve = sub.add_parser("serve", help="extract over HTTP (needs `pip install 'scan2data[serve]'`)",
                           description="Serve the pipelines over HTTP: POST /v1/extract/PIPELINE with a file.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--token", help="require `Authorization: Bearer TOKEN` (default: $SCAN2DATA_TOKEN); "
                                       "needed to listen on anything but 127.0.0.1")
    serve.add_argument("--max-upload-mb", type=float, default=50.0)
    serve.add_argument("--max-pages", type=int, default=200)
    serve.add_argument("--keep-uploads", action="store_true",
                       help="keep a job's uploads after it ends (so the review page shows their pages)")
    serve.add_argument("--max-concurrent", type=int, default=8,
                       help="uploads processed at once; more wait on disk (bounds memory; default 8)")
    serve.add_argument("--root", action="append", type=Path, default=[], metavar="DIR",
                       help="a folder whose documents jobs may read by path (repeatable; none by default)")
    _pipeline_args(serve)

    rev = sub.add_parser("review", help="correct a run's flagged documents in the browser",
                         description="Serve the review page of a stored run on this machine and open it.")
    rev.add_argument("run", help="run number (see `scan2data runs`) or latest")
    rev.add_argument("--port", type=int, default=8000)
    rev.add_argument("--no-browser", action="store_true", help="print the address, do not open a browser")
    _workspace_arg(rev)

    sub.add_parser("plugins", help="list installed engines, stages, validation rules and exporters")

    runs = sub.add_parser("runs", help="list earlier runs from the run store")
    runs.add_argument("--limit", type=int, default=20)

    export = sub.add_parser("export", help="export an earlier run again, to any format",
                            description="Write the results of a stored run (see `scan2data runs`) to a file.")
    export.add_argument("run", help="run number, or latest")
    export.add_argument("-o", "--output", type=Path, required=True, help="output file: .xlsx, .csv or .jsonl")

    new = sub.add_parser("new", help="scaffold a new document type in the workspace")
    new.add_argument("name", help="document type name, e.g. purchase_order")
    new.add_argument("--force", action="store_true", help="overwrite existing files, or override a built-in type")
    _workspace_arg(new)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(format="scan2data: %(message)s", level=logging.WARNING)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        _say(f"error: {exc}")
        return 2
    except Scan2DataError as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `scan2data text x.pdf | head`: the reader stopped listening
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback in the debug log
        log_path = debug_log(exc, f"scan2data {args.command}")
        _say(f"error: unexpected {type(exc).__name__}: {exc} — please report it; details in {log_path}")
        return 1


def _say(message: str) -> None:
    """One line on stderr, whatever bytes a file name held."""
    print(safe_text(message), file=sys.stderr)


def _load(args: argparse.Namespace) -> Any:
    return load_pipeline(
        args.pipeline,
        workspace=args.workspace,
        engine=args.engine,
        vision_model=args.vision_model,
        text_model=args.text_model,
        ollama_url=(args.ollama_url[0] if len(args.ollama_url) == 1 else args.ollama_url) if args.ollama_url else None,
        stage_overrides=add_settings({}, args.settings),
        allow_remote=args.allow_remote,
    )


def cmd_run(args: argparse.Namespace) -> int:
    from .exporters import exporter_for

    exporter_for(args.output)  # an unknown output type is a usage error before anything runs
    if args.concurrency is not None and args.concurrency < 1:
        raise ConfigError("--concurrency must be at least 1")
    pipeline = _load(args)
    show_bar = not args.no_progress and sys.stderr.isatty()
    try:
        result = pipeline.run(args.inputs, outputs=[args.output], concurrency=args.concurrency, progress=show_bar,
                              fresh=args.fresh, max_consecutive_failures=args.max_failures,
                              two_phase=args.two_phase, executor=args.executor, ray_address=args.ray_address)
    except RunInterrupted as stop:
        _report(stop.result)
        _say("interrupted — the documents finished so far are exported, marked partial; run the same command "
             "again to finish (finished documents are not read again)")
        return 130
    _report(result)
    return result.exit_code


def _report(result: RunResult) -> None:
    for notice in result.notices:
        _say(f"notice: {notice}")
    for error in result.errors:
        prefix = "failed" if error.is_failure else ("duplicate" if error.kind == "duplicate" else "skipped")
        shown = display_path(error.path)
        _say(f"{prefix}: {error.message if error.message.startswith(shown) else f'{shown}: {error.message}'}")
    _say(result.summary() + (f" — run {result.run_id}" if result.run_id else ""))
    if result.written:
        _say("wrote " + ", ".join(display_path(p) for p in result.written))


def cmd_pipelines(args: argparse.Namespace) -> int:
    workspace = Workspace(args.workspace)
    for name, path in workspace.pipeline_files().items():
        try:
            description = load_pipeline_config(name, workspace).description
        except ConfigError as exc:
            description = f"(invalid: {exc})"
        origin = "built-in" if workspace.is_builtin(path) else str(path.parent.parent)
        print(f"{name:<16} {description}  [{origin}]")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    pipeline = _load(args)
    for line in pipeline.check():
        print(f"warn {line.removeprefix(WARNING)}" if line.startswith(WARNING) else f"ok   {line}")
    print(f"{pipeline.name}: ready")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    pipeline = _load(args)
    pipeline.check()
    data = pipeline.config.model_dump(by_alias=True, exclude_none=True, exclude_defaults=True)
    data.pop("profiles", None)
    how = [f"profile {pipeline.profile}"] if pipeline.profile else []
    how += [f"-c {s}" for s in args.settings]
    print(f"# {pipeline.base_config.source}" + (f" ({', '.join(how)})" if how else ""))
    print(yaml.safe_dump(data, sort_keys=False, allow_unicode=True).rstrip())
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    args.pipeline, file = args.pipeline, args.file
    document = _load(args).read(file)
    if not document.pages:
        print(f"--- no pages: {safe_text(Path(file).name)} is an e-invoice XML, read by the einvoice stage itself")
    for page in document.pages:
        transcript = page.transcript
        engine = transcript.engine if transcript else "-"
        print(f"--- page {page.number} ({engine})")
        lines = transcript.lines if transcript and transcript.lines else \
            [TextLine(t) for t in (transcript.text.splitlines() if transcript else [])]
        for number, line in enumerate(lines, start=1):
            confidence = f"{line.confidence:.2f}" if line.confidence is not None else "  - "
            box = "({:.0f},{:.0f},{:.0f},{:.0f})".format(*line.box) if line.box else ""
            print(f"{number:>4}  {confidence}  {box:<22} {safe_text(line.text)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .service import serve

    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UsageError("serving needs FastAPI and uvicorn — `pip install 'scan2data[serve]'` "
                         "(from a clone: `pip install '.[serve]'`)") from exc
    url = args.ollama_url[0] if args.ollama_url and len(args.ollama_url) == 1 else args.ollama_url
    shortcuts = {k: v for k, v in {"vision_model": args.vision_model, "text_model": args.text_model,
                                   "ollama_url": url, "allow_remote": args.allow_remote}.items() if v}
    serve(host=args.host, port=args.port, token=args.token, workspace=args.workspace, engine=args.engine,
          stage_overrides=add_settings({}, args.settings), max_upload_mb=args.max_upload_mb,
          max_pages=args.max_pages, max_concurrent=args.max_concurrent, keep_uploads=args.keep_uploads,
          roots=args.root, **shortcuts)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .store import RunStore

    run = RunStore().run(args.run).id
    url = f"http://127.0.0.1:{args.port}/review/{run}"
    _say(f"review page: {url} (Ctrl-C to stop)")
    if not args.no_browser:
        import webbrowser

        threading.Timer(1.5, webbrowser.open, args=(url,)).start()
    from .service import serve

    serve(host="127.0.0.1", port=args.port, workspace=args.workspace)
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    from .plugins import installed

    rows = installed()
    for row in rows:
        print(f"{row.kind:<10} {row.name:<16} {row.package} {row.version}  ({row.target})")
    if not rows:
        print("no plugins found — reinstall scan2data", file=sys.stderr)
        return 1
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from .store import RunStore

    rows = RunStore().runs(args.limit)
    if not rows:
        print("no runs yet")
    for row in rows:
        counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in row.counts.items() if v) or "-"
        print(f"{row.id:>5}  {row.started}  {row.pipeline:<10} {row.state:<11} {counts}  -> "
              f"{', '.join(row.outputs) or '(no output)'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .exporters import export
    from .store import RunStore

    result = RunStore().load_result(args.run)
    written = export(result, args.output)
    _say(f"run {result.run_id}: {result.summary()}")
    _say("wrote " + ", ".join(display_path(p) for p in written))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    created = scaffold(args.name, Workspace(args.workspace), force=args.force)
    for path in created:
        print(f"created {path}")
    print(f"next: edit the schema and prompts, then `scan2data check {args.name}`")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from .evaluate import EvalConfig, evaluate, load_mapping
    from .report import html_report, terminal_table

    configs = [EvalConfig.parse(text) for text in args.config] or None
    report = evaluate(args.pipeline, args.dataset, configs, mapping=load_mapping(args.mapping, args.map),
                      limit=args.limit, workspace=args.workspace, learn=args.learn,
                      progress=not args.no_progress and sys.stderr.isatty())
    for name, notices in report.notices.items():
        for notice in notices:
            print(f"notice ({name}): {notice}", file=sys.stderr)
    print(terminal_table(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.to_json(), indent=1, default=str), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(html_report(report), encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


COMMANDS = {"run": cmd_run, "eval": cmd_eval, "pipelines": cmd_pipelines, "check": cmd_check, "show": cmd_show,
            "plugins": cmd_plugins, "review": cmd_review, "serve": cmd_serve, "text": cmd_text, "runs": cmd_runs, "export": cmd_export, "new": cmd_new}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
