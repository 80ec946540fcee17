"""Service figures: requests per second for /v1/extract, the server's memory under concurrent uploads,
and what reviewing a flagged document costs a person on the review page.

    python benchmarks/serve.py [--requests 24] [--service 0.5] [--slots 4] [--review 20]

Writes benchmarks/serve.md. A real ``scan2data serve`` process is measured over HTTP. The model server is
the test stand-in (``tests/ollama_standin.py``: not a model) made to behave like one with K slots and S
seconds a call. The review figures drive the review page in headless Chromium with the keyboard (as the
browser test does) over the flagged documents of a local-engine run on SROIE dev receipts, typing each
receipt's labelled total. Everything is measured in one run on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import documents, slotted  # noqa: E402

from ollama_standin import StandinOllama  # noqa: E402
from serve_process import ServeProcess  # noqa: E402

SROIE = ROOT.parent / "shared" / "datasets" / "sroie-dev"
SAMPLES = sorted((ROOT / "samples" / "receipts").glob("*.png"))


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fire(url: str, files: list[Path], concurrency: int) -> tuple[float, int]:
    """Upload every file to /v1/extract/receipt with ``concurrency`` clients; (seconds, answers 200)."""
    def one(path: Path) -> int:
        with httpx.Client(timeout=600) as client:
            return client.post(f"{url}/v1/extract/receipt", files={"file": (path.name, path.read_bytes())}).status_code

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        codes = list(pool.map(one, files))
    return time.perf_counter() - started, sum(code == 200 for code in codes)


def extract_figures(args: argparse.Namespace, work: Path) -> list[str]:
    rows = ["| server | engine | clients | requests | seconds | requests/s | ideal | what limits it |",
            "|---|---|---:|---:|---:|---:|---:|---|"]
    local_files = [SAMPLES[i % len(SAMPLES)] for i in range(args.local_requests)]
    with ServeProcess("--engine", "local") as url:
        fire(url, local_files[:1], 1)  # warm: OCR models loaded
        for clients in (1, 2, 4):
            seconds, ok = fire(url, local_files, clients)
            rows.append(f"| scan2data serve | local (RapidOCR + rules) | {clients} | {ok}/{len(local_files)} | "
                        f"{seconds:.1f} | {ok / seconds:.2f} | — | the 2 CPU cores (OCR) |")
    k, s = args.slots, args.service
    model_files = documents(work, args.requests)
    with StandinOllama(respond=slotted(k, s)) as model, ServeProcess("--ollama-url", model.url) as url:
        fire(url, model_files[:1], 1)
        ideal = k / (2 * s)  # two model calls a receipt
        for clients in (1, 4, 8):
            seconds, ok = fire(url, model_files, clients)
            rows.append(f"| scan2data serve | ollama → stand-in (K={k}, S={s} s) | {clients} | {ok}/{len(model_files)} | "
                        f"{seconds:.1f} | {ok / seconds:.2f} | {ideal:.2f} | model slots: {ok / seconds / ideal:.0%} of K/2S |")
    return rows


def memory_figures(args: argparse.Namespace, work: Path) -> list[str]:
    from PIL import Image, ImageDraw

    big = []
    for i in range(args.concurrent):
        image = Image.new("RGB", (3000, 4000), "white")
        ImageDraw.Draw(image).text((100, 100), f"SHOP {i}\nTOTAL 10.00", fill="black")
        path = work / f"big{i:02d}.jpg"
        image.save(path, quality=95)
        big.append(path)
    rows = ["| uploads at once | each | server RSS idle (MB) | peak RSS (MB) | answers 200 | seconds |",
            "|---:|---|---:|---:|---:|---:|"]
    with StandinOllama(respond=slotted(args.slots, args.service)) as model:
        service = ServeProcess("--ollama-url", model.url)
        with service as url:
            assert service.process is not None
            server = service.process.pid
            fire(url, big[:1], 1)
            idle = rss_mb(server)
            seconds, ok = fire(url, big, len(big))
            peak = peak_rss_mb(server)
    size = sum(p.stat().st_size for p in big) / len(big) / 1e6
    rows.append(f"| {len(big)} | 12 MP JPEG, {size:.1f} MB | {idle:.0f} | {peak:.0f} | {ok}/{len(big)} | {seconds:.1f} |")
    return rows


def review_figures(args: argparse.Namespace, work: Path) -> list[str]:
    from playwright.sync_api import sync_playwright

    from scan2data import load_pipeline

    os.environ["SCAN2DATA_HOME"] = str(work / "review-home")
    receipts = sorted(SROIE.glob("*.jpg"))[: args.review]
    run = load_pipeline("receipt", engine="local").run(receipts)
    flagged = [d for d in run.documents if d.status != "ok"]
    if not flagged:
        return [f"(none of the {len(receipts)} receipts was flagged)"]
    labels = {p.name: json.loads(p.with_suffix(".json").read_text())["total"] for p in receipts}
    keys = loads = 0
    load_seconds: list[float] = []
    started = time.perf_counter()
    with ServeProcess() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()

        def navigate(key: str) -> None:
            nonlocal keys, loads
            before = time.perf_counter()
            with page.expect_navigation():
                page.keyboard.press(key)
            keys, loads = keys + 1, loads + 1
            page.wait_for_load_state("load")
            load_seconds.append(time.perf_counter() - before)

        page.goto(f"{url}/review/{run.run_id}")
        loads += 1
        page.wait_for_function("document.activeElement && document.activeElement.id === 'start'")  # autofocus
        navigate("Enter")  # the worst document
        for _ in flagged:
            page.wait_for_function("document.activeElement && document.activeElement.id.startsWith('f-')")
            name = page.title().split(" ")[1]
            while page.evaluate("document.activeElement.id") != "f-total":
                page.keyboard.press("Tab")
                keys += 1
            for char in str(labels[name]):
                page.keyboard.press(char)
                keys += 1
            navigate("Enter")  # save: on to the next flagged document
        browser.close()
    elapsed = time.perf_counter() - started
    n = len(flagged)
    return ["| receipts | flagged | keystrokes / flagged doc | page loads / flagged doc | median page load (s) | "
            "machine seconds / flagged doc |", "|---:|---:|---:|---:|---:|---:|",
            f"| {len(receipts)} | {n} | {keys / n:.1f} | {loads / n:.1f} | "
            f"{sorted(load_seconds)[len(load_seconds) // 2]:.2f} | {elapsed / n:.2f} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=24, help="uploads to the stand-in-backed server")
    parser.add_argument("--local-requests", type=int, default=12, help="uploads to the local-engine server")
    parser.add_argument("--service", type=float, default=0.5, help="seconds a model call takes (S)")
    parser.add_argument("--slots", type=int, default=4, help="parallel slots of the model server (K)")
    parser.add_argument("--concurrent", type=int, default=20, help="uploads at once for the memory figure")
    parser.add_argument("--review", type=int, default=20, help="SROIE receipts to run and review")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "serve.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["SCAN2DATA_HOME"] = str(work / "home")
        extract = extract_figures(args, work)
        memory = memory_figures(args, work)
        review = review_figures(args, work) if SROIE.is_dir() and args.review else ["(SROIE dev receipts not found: skipped)"]
    text = "\n".join([
        "# Service figures", "",
        f"`python benchmarks/serve.py` on {platform.machine()}, {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d')}. The model server is the test stand-in (not a model).", "",
        "## POST /v1/extract/receipt", "", *extract, "",
        "## Memory under concurrent uploads", "", *memory, "",
        "## Reviewing a flagged receipt (headless Chromium, keyboard only)", "",
        "Each flagged document: Tab to the total, type the labelled total, Enter (save and go to the next).",
        "", *review, ""])
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
