"""Nothing lost, nothing clobbered: the run store, the cache, atomic exports, locks, provenance."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RECEIPT_TEXT, receipt_responder
from ollama_standin import StandinOllama
from scan2data import load_pipeline


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "scan2data.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300)


def receipts(image: Path, folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"r{i}.png" for i in range(count)]
    for i, path in enumerate(paths):
        path.write_bytes(image.read_bytes() + b"\0" * i)  # same page, other bytes
    return paths


def test_unchanged_folder_rerun_makes_no_model_call_and_writes_the_same_export(ollama_server, receipt_image,
                                                                                 tmp_path):
    paths = receipts(receipt_image, tmp_path / "in", 3)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    load_pipeline("receipt", ollama_url=ollama_server.url).run([tmp_path / "in"], outputs=[first])
    calls = len(ollama_server.chats)
    assert calls == 6
    again = load_pipeline("receipt", ollama_url=ollama_server.url).run([tmp_path / "in"], outputs=[second])
    assert len(ollama_server.chats) == calls  # zero model calls
    assert again.cached == 3 and [d.source for d in again.documents] == paths
    assert first.read_text() == second.read_text()
    fresh = load_pipeline("receipt", ollama_url=ollama_server.url).run([tmp_path / "in"], fresh=True)
    assert fresh.cached == 0 and len(ollama_server.chats) == calls + 6


def test_changing_the_structuring_prompt_rereads_nothing(ollama_server, receipt_image, tmp_path):
    receipts(receipt_image, tmp_path / "in", 2)
    load_pipeline("receipt", ollama_url=ollama_server.url).run([tmp_path / "in"])
    workspace = tmp_path / "ws"
    (workspace / "pipelines").mkdir(parents=True)
    (workspace / "prompts").mkdir()
    (workspace / "prompts" / "receipt_structure.j2").write_text("Fill the receipt JSON from:\n{{ text }}")
    before = len(ollama_server.chats)
    result = load_pipeline("receipt", workspace=workspace, ollama_url=ollama_server.url).run([tmp_path / "in"])
    new_calls = ollama_server.chats[before:]
    assert len(result.documents) == 2 and result.cached == 0
    assert [c.is_structure for c in new_calls] == [True, True]  # the transcripts came from the store
    assert RECEIPT_TEXT in new_calls[0].prompt and new_calls[0].prompt.startswith("Fill the receipt JSON")


def test_same_content_twice_is_processed_once(ollama_server, receipt_image, tmp_path):
    copy = tmp_path / "copy of receipt.png"
    copy.write_bytes(receipt_image.read_bytes())
    result = load_pipeline("receipt", ollama_url=ollama_server.url).run([receipt_image, copy])
    assert len(result.documents) == 1 and len(ollama_server.chats) == 2
    (duplicate,) = result.errors
    assert duplicate.kind == "duplicate" and "processed once, as D0001" in duplicate.message
    assert result.exit_code == 0


def test_stale_side_files_never_survive_a_later_run(tmp_path, receipt_image):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.png").write_bytes(receipt_image.read_bytes())
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xffgarbage")
    out = tmp_path / "out.csv"
    assert cli("run", "receipt", folder, "-o", out, "--engine", "local").returncode == 1
    assert len((tmp_path / "out_errors.csv").read_text().splitlines()) == 2
    (folder / "broken.jpg").unlink()
    assert cli("run", "receipt", folder, "-o", out, "--engine", "local").returncode == 0
    assert (tmp_path / "out_errors.csv").read_text().splitlines() == ["source_file,error_kind,error"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_a_failed_write_keeps_the_previous_export(tmp_path, receipt_image, monkeypatch):
    """An exporter that fails half-way (as on a full disk): the earlier file stays, no temp file is left."""
    site = tmp_path / "site"
    (site / "full_disk-0.1.dist-info").mkdir(parents=True)
    (site / "full_disk-0.1.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: full-disk\nVersion: 0.1\n")
    (site / "full_disk-0.1.dist-info" / "entry_points.txt").write_text("[scan2data.exporters]\nfull = full_disk:Full\n")
    (site / "full_disk.py").write_text(
        "import errno\nfrom scan2data.exporters import ExporterBase\n"
        "class Full(ExporterBase):\n    name = 'full'\n    suffixes = ('.full',)\n"
        "    def write(self, result, path):\n        path.write_text('half a fi')\n"
        "        raise OSError(errno.ENOSPC, 'No space left on device')\n")
    monkeypatch.syspath_prepend(str(site))
    out = tmp_path / "results.full"
    out.write_text("the good file from yesterday")
    from scan2data import ExportError

    result = load_pipeline("receipt", engine="local").run([receipt_image], record=False)
    with pytest.raises(ExportError, match="No space left on device — nothing was replaced"):
        result.export(out)
    assert out.read_text() == "the good file from yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["receipt.png", "results.full", "site"]


def test_a_second_run_on_the_same_output_is_refused(tmp_path, receipt_image):
    from scan2data.housekeeping import output_locks

    out = tmp_path / "out.xlsx"
    with output_locks([out]):
        busy = cli("run", "receipt", receipt_image, "-o", out, "--engine", "local")
    assert busy.returncode == 2
    assert f"pid {os.getpid()}" in busy.stderr and "is writing this output right now" in busy.stderr
    assert not out.exists()


def test_output_path_is_checked_before_the_batch(tmp_path, receipt_image):
    (tmp_path / "a-file").write_text("x")
    started = time.perf_counter()
    done = cli("run", "receipt", receipt_image, "-o", tmp_path / "a-file" / "out.xlsx", "--engine", "local")
    assert done.returncode == 2 and "cannot write there" in done.stderr and "nothing was processed" in done.stderr
    assert time.perf_counter() - started < 60


def test_runs_lists_and_export_writes_any_run_again(tmp_path, receipt_image):
    out = tmp_path / "out.jsonl"
    assert cli("run", "receipt", receipt_image, "-o", out, "--engine", "local").returncode == 0
    listed = cli("runs")
    assert listed.returncode == 0
    line = listed.stdout.splitlines()[0].split()
    assert line[0] == "1" and "receipt" in line and "finished" in line and str(out) in listed.stdout
    again = tmp_path / "again.jsonl"
    done = cli("export", "latest", "-o", again)
    assert done.returncode == 0, done.stderr
    assert again.read_text() == out.read_text()
    assert cli("export", "99", "-o", again).returncode == 2


def test_provenance_records_the_fallback_profile(tmp_path, receipt_image):
    env = {**os.environ, "OLLAMA_HOST": "http://127.0.0.1:9"}  # nothing listens there
    out = tmp_path / "out.csv"
    done = cli("run", "receipt", receipt_image, "-o", out, env=env)
    assert done.returncode == 0, done.stderr
    run = json.loads((tmp_path / "out_run.json").read_text())
    assert run["profile"] == "local" and any("Ollama is not running" in n for n in run["notices"])
    assert {e["engine"] for e in run["engines"]} == {"pdftext", "rules"}  # text layer, else OCR
    assert run["complete"] is True and run["counts"]["documents"] == 1


def test_kill_9_then_the_same_command_loses_and_duplicates_nothing(receipt_image, tmp_path):
    paths = receipts(receipt_image, tmp_path / "in", 8)
    respond = receipt_responder()

    def slow(request):
        time.sleep(0.15)
        return respond(request)

    out = tmp_path / "out.jsonl"
    with StandinOllama(respond=slow) as server:
        args = [sys.executable, "-m", "scan2data.cli", "run", "receipt", str(tmp_path / "in"), "-o", str(out),
                "--ollama-url", server.url, "--engine", "ollama"]
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while len(server.chats) < 7 and time.time() < deadline:  # a few documents in
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        first_calls = len(server.chats)
        assert not out.exists()  # killed before the export
        done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["source_file"] for r in records) == sorted(str(p) for p in paths)  # none lost, none twice
    assert len(server.chats) - first_calls < 2 * len(paths)  # finished documents were not read again
    assert "interrupted" in cli("runs").stdout


def test_two_phase_reads_every_page_before_structuring_any(ollama_server, receipt_image, tmp_path):
    receipts(receipt_image, tmp_path / "in", 3)
    result = load_pipeline("receipt", ollama_url=ollama_server.url).run([tmp_path / "in"], two_phase=True)
    assert len(result.documents) == 3 and result.errors == []
    kinds = [c.is_structure for c in ollama_server.chats]
    assert kinds == [False, False, False, True, True, True]  # one model at a time
