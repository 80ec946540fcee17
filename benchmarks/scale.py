"""Scale-out figures: how well a batch keeps model servers busy, and what the framework costs.

    python benchmarks/scale.py [--documents 24] [--service 0.5] [--slots 4] [--many 1000]

Writes benchmarks/scale.md. The model servers are the test stand-in (``tests/ollama_standin.py``: it is
not a model) made to behave like one with K parallel slots and S seconds a call: a call waits for a free
slot, then takes S seconds. Everything is measured in one run on this machine, and reported as ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ollama_standin import ChatRequest, Reply, StandinOllama  # noqa: E402
from scan2data import load_pipeline  # noqa: E402

ANSWER = json.dumps({"merchant_name": "SHOP", "date": "2019-01-02", "total": 10.0})


def slotted(slots: int, seconds: float):
    """A responder that behaves like a server with ``slots`` parallel slots and ``seconds`` a call."""
    gate = threading.Semaphore(slots)

    def respond(request: ChatRequest) -> Reply:
        with gate:
            time.sleep(seconds)
        return Reply(content=ANSWER if request.is_structure else "SHOP\nTOTAL 10.00")

    return respond


def documents(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        image = Image.new("RGB", (1200, 1600), "white")
        ImageDraw.Draw(image).text((40, 40 + i % 50), f"SHOP {i}\nTOTAL 10.00", fill="black")
        path = folder / f"r{i:05d}.png"
        image.save(path)
        paths.append(path)
    return paths


def timed_run(paths: list[Path], urls: list[str], concurrency: int, home: Path) -> tuple[float, object]:
    os.environ["SCAN2DATA_HOME"] = str(home)
    pipeline = load_pipeline("receipt", engine="ollama", ollama_url=urls if len(urls) > 1 else urls[0])
    started = time.perf_counter()
    result = pipeline.run(paths, concurrency=concurrency, record=False)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=24)
    parser.add_argument("--service", type=float, default=0.5, help="seconds a model call takes (S)")
    parser.add_argument("--slots", type=int, default=4, help="parallel slots of a server (K)")
    parser.add_argument("--many", type=int, default=1000, help="documents for the memory figure")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "scale.md")
    args = parser.parse_args()
    k, s, n = args.slots, args.service, args.documents
    calls = 2 * n  # one reading and one structuring call a receipt
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = documents(work, n)
        with StandinOllama(respond=slotted(k, s)) as one, StandinOllama(respond=slotted(k, s)) as two:
            sequential, _ = timed_run(paths[: max(2, n // 4)], [one.url], 1, work / "h1")
            sequential_rate = 2 * max(2, n // 4) / sequential
            wall, result = timed_run(paths, [one.url], k, work / "h2")
            rate = calls / wall
            wall2, result2 = timed_run(paths, [one.url, two.url], 2 * k, work / "h3")
            rate2 = calls / wall2
            model = sum(d.model_seconds for d in result.documents)  # type: ignore[attr-defined]
            total = sum(d.seconds for d in result.documents)  # type: ignore[attr-defined]
            rows += [
                ("throughput / ideal (K/S), one host, -j K", f"{rate / (k / s):.2f}", "≥ 0.95"),
                ("speed-up over one document at a time", f"{rate / sequential_rate:.1f}x", f"≥ {k}x"),
                ("two hosts / one host (-j 2K)", f"{rate2 / rate:.2f}x", "≥ 1.9x"),
                ("framework time per document (not waiting on the model), share of a 1 s call",
                 f"{max(0.0, total - model) / n / 1.0:.1%}", "< 5 %"),
            ]
            failed = len(result.errors) + len(result2.errors)  # type: ignore[attr-defined]
        # re-run of an unchanged folder with the run store
        home = work / "rerun"
        with StandinOllama(respond=slotted(k, 0.05)) as server:
            env = {**os.environ, "SCAN2DATA_HOME": str(home)}
            command = [sys.executable, "-m", "scan2data.cli", "run", "receipt", str(work), "-o",
                       str(work / "out.jsonl"), "--engine", "ollama", "--ollama-url", server.url, "-j", str(k)]
            subprocess.run(command, env=env, capture_output=True, timeout=1800)
            before, started = len(server.chats), time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, timeout=1800)
            rerun_seconds, rerun_calls = time.perf_counter() - started, len(server.chats) - before
        rows.append((f"re-run of the unchanged folder ({n} receipts): model calls, wall time",
                     f"{rerun_calls} calls, {rerun_seconds:.1f} s", "0 calls"))
        # memory over a big folder, answers instant
        big = work / "many"
        big.mkdir()
        template = documents(work / "many", 1)[0]
        for i in range(1, args.many):
            (big / f"m{i:06d}.png").write_bytes(template.read_bytes() + i.to_bytes(4, "big"))
        with StandinOllama(respond=slotted(64, 0.0)) as server:
            env = {**os.environ, "SCAN2DATA_HOME": str(work / "home-many")}
            process = subprocess.Popen([sys.executable, "-m", "scan2data.cli", "run", "receipt", str(big), "-o",
                                        str(work / "many.jsonl"), "--engine", "ollama", "--ollama-url", server.url,
                                        "-j", "4"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            peak = 0
            started = time.perf_counter()
            while process.poll() is None:
                try:
                    for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            peak = max(peak, int(line.split()[1]))
                except OSError:
                    pass
                time.sleep(0.1)
            many_seconds = time.perf_counter() - started
        rows.append((f"peak memory over a {args.many}-document folder (stand-in answers at once)",
                     f"{peak / 1024:.0f} MB in {many_seconds:.0f} s", "flat, < 300 MB"))
    lines = [f"# Scale: keeping model servers busy\n\nRegenerate: `python benchmarks/scale.py --documents {n} "
             f"--service {s} --slots {k} --many {args.many}` ({platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}). Stand-in servers with K={k} slots and S={s} s a call; "
             f"{n} receipts of 1200x1600 px, two calls each. Failed documents in the throughput runs: {failed}.\n",
             "| measure | this run | goal |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
