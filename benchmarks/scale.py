"""Scale-out figures: how well a batch keeps model servers busy, and what the framework costs.

    python benchmarks/scale.py [--documents 96] [--service 0.5] [--slots 4] [--many 10000] [--local 12]

Writes benchmarks/scale.md. The model servers are the test stand-in (``tests/ollama_standin.py``: it is
not a model) made to behave like one with K parallel slots and S seconds a call: a call waits for a free
slot, then takes S seconds; each runs in its own process, as a real server would. The local engine's
figures run RapidOCR + rules on SROIE dev receipts (when ../shared is there) pinned to 1 core, then 2.
Everything is measured in one run on this machine, and reported as ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
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

from faults import peak_rss_mb  # noqa: E402

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


def _serve(slots: int, seconds: float, conn) -> None:
    with StandinOllama(respond=slotted(slots, seconds)) as server:
        conn.send(server.url)
        conn.recv()  # until told to stop


@contextlib.contextmanager
def standin_process(slots: int, seconds: float):
    """A stand-in model server in its own process (its work must not share this process's GIL)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(slots, seconds, child), daemon=True)
    process.start()
    try:
        yield parent.recv()
    finally:
        parent.send("stop")
        process.join(5)
        process.kill()


LOCAL_SCRIPT = """
import glob, os, sys, time
from scan2data import load_pipeline
cores, files = int(sys.argv[1]), sorted(glob.glob(sys.argv[2] + "/*.jpg"))[:int(sys.argv[3])]
os.sched_setaffinity(0, set(range(cores)))
pipeline = load_pipeline("receipt", engine="local")
pipeline.prepare()
pipeline.run(files[:1], record=False)  # models loaded
started = time.perf_counter()
result = pipeline.run(files, concurrency=None if sys.argv[4] == "auto" else int(sys.argv[4]), record=False)
print(60 * len(result.documents) / (time.perf_counter() - started))
"""


def local_rate(cores: int, count: int, concurrency: str) -> float:
    """Documents a minute of the local engine on ``cores`` cores (a fresh process pinned to them)."""
    done = subprocess.run([sys.executable, "-c", LOCAL_SCRIPT, str(cores), str(SROIE), str(count), concurrency],
                          capture_output=True, text=True, timeout=3600, env={**os.environ, "OMP_NUM_THREADS": str(cores)})
    return float(done.stdout.strip().splitlines()[-1])


SROIE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie-dev"

CPU_SCRIPT = """
import json, sys, time
from scan2data import load_pipeline
url, files = sys.argv[1], json.loads(sys.argv[2])
pipeline = load_pipeline("receipt", engine="ollama", ollama_url=url)
pipeline.run(files[:1], record=False)  # connections and models checked
started = time.process_time()
pipeline.run(files, concurrency=1, record=False)
whole = (time.process_time() - started) / len(files)
# the same pages decoded, resized and encoded alone, with the pipeline's own functions
from pathlib import Path
from scan2data.imaging import encode_page
from scan2data.stages.load import LoadOptions, load_document
from scan2data.stages.resize import ResizeOptions, resize_image
resize = ResizeOptions(max_side=pipeline.stage("resize").max_side)
started = time.process_time()
for name in files:
    for page in load_document(Path(name), LoadOptions(), resize.max_side).pages:
        page.transform(lambda image: resize_image(image, resize))
        encode_page(page)
print(whole, (time.process_time() - started) / len(files))
"""


def cpu_per_document(files: list[Path]) -> tuple[float, float]:
    """CPU seconds this process spends on a document, the model's answers instant (the stand-in runs
    in another process, so its own CPU is not counted): the framework's whole cost, one at a time."""
    with standin_process(64, 0.0) as url:
        done = subprocess.run([sys.executable, "-c", CPU_SCRIPT, url, json.dumps([str(f) for f in files])],
                              capture_output=True, text=True, timeout=3600)
    whole, image = done.stdout.strip().splitlines()[-1].split()
    return float(whole), float(image)


def peak_memory(folder: Path, url: str, home: Path, output: Path) -> tuple[float, float]:
    """Peak resident memory (MB) and seconds of `scan2data run` over a folder."""
    started = time.perf_counter()
    peak, _ = peak_rss_mb([sys.executable, "-m", "scan2data.cli", "run", "receipt", str(folder), "-o", str(output),
                           "--engine", "ollama", "--ollama-url", url], {**os.environ, "SCAN2DATA_HOME": str(home)})
    return peak, time.perf_counter() - started


def documents(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        image = Image.new("RGB", (1200, 1600), "white")
        ImageDraw.Draw(image).text((40, 40 + i % 50), f"SHOP {i}\nTOTAL 10.00", fill="black")
        path = folder / f"r{i:05d}.png"
        image.save(path)
        paths.append(path)
    return paths


def timed_run(paths: list[Path], urls: list[str], concurrency: int | None, home: Path) -> tuple[float, object]:
    os.environ["SCAN2DATA_HOME"] = str(home)
    pipeline = load_pipeline("receipt", engine="ollama", ollama_url=urls if len(urls) > 1 else urls[0])
    started = time.perf_counter()
    result = pipeline.run(paths, concurrency=concurrency, record=False)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=96)
    parser.add_argument("--service", type=float, default=0.5, help="seconds a model call takes (S)")
    parser.add_argument("--slots", type=int, default=4, help="parallel slots of a server (K)")
    parser.add_argument("--many", type=int, default=10000, help="documents for the memory figure")
    parser.add_argument("--local", type=int, default=12, help="SROIE receipts for the local-engine figures")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "scale.md")
    args = parser.parse_args()
    k, s, n = args.slots, args.service, args.documents
    calls = 2 * n  # one reading and one structuring call a receipt
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = documents(work, n)
        with standin_process(k, s) as one, standin_process(k, s) as two:
            sequential, _ = timed_run(paths[: max(2, n // 8)], [one], 1, work / "h1")
            sequential_rate = 2 * max(2, n // 8) / sequential
            wall, result = timed_run(paths, [one], None, work / "h2")  # the default: K slots + cores
            rate = calls / wall
            wall2, result2 = timed_run(paths, [one, two], None, work / "h3")
            rate2 = calls / wall2
            rows += [
                ("throughput / ideal (K/S), one host, default -j (K + cores)", f"{rate / (k / s):.2f}", "≥ 0.95"),
                ("speed-up over one document at a time", f"{rate / sequential_rate:.1f}x", f"≥ {k}x"),
                ("two hosts / one host (default -j: 2K + cores)", f"{rate2 / rate:.2f}x", "≥ 1.9x"),
            ]
        for label, folder in (("synthetic 1200x1600 PNG pages", work), ("SROIE receipt photos (JPEG)", SROIE)):
            files = sorted(folder.glob("*.png" if folder == work else "*.jpg"))[:40]
            if files:
                whole, image = cpu_per_document(files)
                rows.append((f"framework CPU time per document, one at a time, {label}: share of a 1 s call "
                             "(of which decoding, resizing and encoding the page, timed alone | the rest: requests, "
                             "prompts, checks, records — the two are timed apart, so a few ms of noise)",
                             f"{whole:.1%} ({image:.1%} \\| {whole - image:.1%})", "< 5 %"))
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
        # memory over a big folder, answers instant: a tenth of it, then all of it
        template = documents(work, 1)[0]
        peaks = {}
        with standin_process(64, 0.0) as url:
            for count in (args.many // 10, args.many):
                big = work / f"many{count}"
                big.mkdir()
                for i in range(count):
                    (big / f"m{i:06d}.png").write_bytes(template.read_bytes() + i.to_bytes(4, "big"))
                peaks[count] = peak_memory(big, url, work / f"home-many{count}", work / f"many{count}.xlsx")
        small, large = args.many // 10, args.many
        rows.append((f"peak memory, {small} then {large} documents in a folder, run and exported to .xlsx "
                     "(stand-in answers at once)",
                     f"{peaks[small][0]:.0f} MB, {peaks[large][0]:.0f} MB ({peaks[large][0] / peaks[small][0]:.2f}x) "
                     f"in {peaks[large][1]:.0f} s", "flat, < 300 MB"))
    if SROIE.is_dir() and args.local:
        one_core = local_rate(1, args.local, "1")
        cores = os.cpu_count() or 1
        all_sequential = local_rate(cores, args.local, "1")
        all_default = local_rate(cores, args.local, "auto")
        rows += [(f"local engine (RapidOCR + rules), {args.local} SROIE receipts: documents/min on 1 core",
                  f"{one_core:.1f}", "—"),
                 (f"… on {cores} cores, one document at a time (OCR threads: all cores)", f"{all_sequential:.1f} "
                  f"({all_sequential / one_core:.2f}x)", f"near {cores}x"),
                 (f"… on {cores} cores, default -j ({cores} documents, one OCR session and 1/{cores} of the cores "
                  "each)", f"{all_default:.1f} ({all_default / one_core:.2f}x)", f"near {cores}x")]
    lines = [f"# Scale: keeping model servers busy\n\nRegenerate: `python benchmarks/scale.py --documents {n} "
             f"--service {s} --slots {k} --many {args.many} --local {args.local}` ({platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}). Stand-in servers with K={k} slots and S={s} s a call; "
             f"{n} receipts of 1200x1600 px, two calls each. Failed documents in the throughput runs: {failed}.\n",
             "| measure | this run | goal |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
