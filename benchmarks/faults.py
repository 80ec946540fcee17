"""Nothing lost, nothing clobbered: hostile inputs, model faults, kill -9, and memory on long PDFs.

    python benchmarks/faults.py [--kills 20] [--pages 300]

Writes benchmarks/faults.md. Every figure comes from running the real CLI (``python -m scan2data.cli``)
in a subprocess, with a fresh SCAN2DATA_HOME each time; the model server is the test stand-in
(``tests/ollama_standin.py``: scripted answers over real HTTP, not a model). Numbers are from this
machine, one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ollama_standin import ChatRequest, Reply, StandinOllama  # noqa: E402

RECEIPT = "KEDAI MAJU SDN BHD\nDATE: 25/12/2018\nNASI LEMAK 9.00\nTOTAL 9.00\nCASH 10.00"
ANSWER = json.dumps({"merchant_name": "KEDAI MAJU SDN BHD", "date": "2018-12-25", "total": 9.0})


def page(text: str, width: int = 600) -> Image.Image:
    try:
        font = ImageFont.truetype("DejaVuSansMono.ttf", 22)
    except OSError:
        font = ImageFont.load_default(size=22)
    lines = text.splitlines()
    image = Image.new("RGB", (width, 40 + 34 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 34 * i), line, fill="black", font=font)
    return image


def good(request: ChatRequest) -> Reply:
    return Reply(content=ANSWER if request.is_structure else RECEIPT)


def cli(args: list[str], home: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "SCAN2DATA_HOME": str(home)}
    env.pop("OLLAMA_HOST", None)
    return subprocess.run([sys.executable, "-m", "scan2data.cli", *args], capture_output=True, timeout=timeout,
                          env=env)


def rows_of(jsonl: Path) -> list[dict]:
    return [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()] if jsonl.exists() else []


# -- 1. hostile inputs ---------------------------------------------------------------------------
def hostile_inputs(work: Path) -> list[str]:
    folder = work / "hostile"
    folder.mkdir()
    receipt = page(RECEIPT)
    cases: list[tuple[str, str]] = []

    def add(name: str, what: str, write) -> None:
        write(folder / name)
        cases.append((name, what))

    add("good.png", "a good receipt", lambda p: receipt.save(p))
    weird = os.fsencode(folder) + b"/caf\xe9.png"
    receipt.save(os.fsdecode(weird), "PNG")
    Path(os.fsdecode(weird)).write_bytes(Path(os.fsdecode(weird)).read_bytes() + b"\0")  # not a duplicate
    cases.append(("caf\\xe9.png", "file name that is not UTF-8"))
    add("new\nline.png", "newline in the file name", lambda p: p.write_bytes((folder / "good.png").read_bytes() + b"1"))
    add("empty.jpg", "zero bytes", lambda p: p.write_bytes(b""))
    add("truncated.jpg", "JPEG cut after 2 kB", lambda p: (receipt.save(folder / "tmp.jpg"), p.write_bytes(
        (folder / "tmp.jpg").read_bytes()[:2000]), (folder / "tmp.jpg").unlink()))
    add("garbage.pdf", "PDF header, random body", lambda p: p.write_bytes(b"%PDF-1.4\n" + os.urandom(4000)))
    add("zero-pages.pdf", "PDF with no page", lambda p: p.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF"))
    add("pdf-named.jpg", "a PDF named .jpg", lambda p: receipt.save(p, "PDF"))
    add("wrong.png", "a JPEG named .png", lambda p: receipt.save(p, "JPEG"))
    add("cmyk.jpg", "CMYK JPEG", lambda p: receipt.convert("CMYK").save(p))
    add("16bit.png", "16-bit greyscale PNG", lambda p: receipt.convert("L").point(lambda v: v * 256, "I").convert(
        "I;16").save(p))
    add("alpha.png", "transparent PNG", lambda p: receipt.convert("RGBA").save(p))
    add("animated.gif", "animated GIF, 3 different frames", lambda p: receipt.convert("P").save(
        p, save_all=True, append_images=[page(RECEIPT.lower()).convert("P"), page(RECEIPT[::-1]).convert("P")]))
    add("bomb.png", "decompression bomb (30000x30000)", lambda p: Image.new("1", (30000, 30000)).save(p))
    add("long.png", "600 x 20000 px receipt", lambda p: Image.new("L", (600, 20000), 255).save(p))
    add("notes.txt", "not a document", lambda p: p.write_text("hello"))
    add("link-loop", "folder link to its own parent", lambda p: p.symlink_to(folder, target_is_directory=True))
    add("dangling.png", "link to a missing file", lambda p: p.symlink_to(folder / "nowhere.png"))
    linked = work / "elsewhere"
    linked.mkdir()
    receipt.save(linked / "behind-link.png", "PNG")
    (linked / "behind-link.png").write_bytes((linked / "behind-link.png").read_bytes() + b"22")
    add("linked-folder", "folder link to a folder with a receipt", lambda p: p.symlink_to(
        linked, target_is_directory=True))
    out = work / "hostile.jsonl"
    with StandinOllama(respond=good) as server:
        done = cli(["run", "receipt", str(folder), "-o", str(out), "--engine", "ollama", "--ollama-url", server.url],
                   work / "home-hostile")
    stderr = done.stderr.decode("utf-8", "replace")
    rows = rows_of(out)
    by_name = {}
    for row in rows:
        by_name.setdefault(row["source_file"].split("/")[-2 if row["source_file"].endswith("/") else -1], []).append(row)
    lines = ["| input | what it is | row | what the user is told |", "| --- | --- | --- | --- |"]
    for name, what in cases:
        shown = name.replace("\n", "\\n")  # as scan2data shows it
        key = "behind-link.png" if name == "linked-folder" else shown
        found = by_name.get(key, [])
        if not found:
            lines.append(f"| `{shown}` | {what} | **none** | |")
            continue
        row = found[0]
        kind = row.get("error_kind") or ("document, " + row["status"])
        told = row.get("error") or "; ".join(row.get("review_reasons") or []) or "extracted"
        told = told.replace(str(folder) + "/", "").replace(str(work) + "/", "").replace("|", "\\|")[:150]
        lines.append(f"| `{shown}` | {what} | {kind}{' (x' + str(len(found)) + ')' if len(found) > 1 else ''} | {told} |")
    counted = len(rows)
    lines.append("")
    lines.append(f"{counted} rows for {len(cases) - 2} inputs plus the receipt behind the folder link and the link "
                 f"loop; exit code {done.returncode}; traceback on the terminal: {'yes' if 'Traceback' in stderr else 'no'}.")
    return lines


# -- 2. model faults -----------------------------------------------------------------------------
FAULTS = {
    "HTTP 429 twice, then OK": [Reply(status=429, error="busy")] * 2,
    "HTTP 500 twice, then OK": [Reply(status=500, error="boom")] * 2,
    "connection dropped twice, then OK": [Reply(drop=True)] * 2,
    "HTTP 503 four times (past the retries)": [Reply(status=503, error="busy")] * 4,
    "HTML page with HTTP 200": [Reply(raw=b"<html><body>502 Bad Gateway</body></html>")],
    "invalid JSON from the model, 3 times": [Reply(content=RECEIPT), Reply(content="{{"), Reply(content="{{"),
                                             Reply(content="{{")],
    "wrong types from the model, 3 times": [Reply(content=RECEIPT)] + [Reply(content='{"total": [1]}')] * 3,
    "a 1 MB string from the model": [Reply(content=RECEIPT), Reply(content=json.dumps({"merchant_name": "A" * 1_000_000,
                                                                                         "total": 9.0}))],
    "server hangs (no byte for 60 s)": [Reply(content="late", delay=60)] * 2,
}


def model_faults(work: Path) -> list[str]:
    lines = ["| fault | outcome | error kind | model calls | seconds |", "| --- | --- | --- | --- | --- |"]
    image = work / "fault.png"
    page(RECEIPT).save(image)
    for name, script in FAULTS.items():
        out = work / "fault.jsonl"
        with StandinOllama(respond=good, script=list(script)) as server:
            started = time.perf_counter()
            cli(["run", "receipt", str(image), "-o", str(out), "--engine", "ollama", "--ollama-url", server.url,
                 "-c", "vision_extract.options={timeout: 2, retry_backoff: 0.2}",
                 "-c", "text_structure.options={timeout: 2, retry_backoff: 0.2}"], work / f"home-{len(lines)}")
            seconds = time.perf_counter() - started
            calls = len(server.chats)
        row = rows_of(out)[0]
        outcome = f"document {row['status']}" if "data" in row else "error row"
        lines.append(f"| {name} | {outcome} | {row.get('error_kind', '')} | {calls} | {seconds:.1f} |")
    dying = work / "dying"
    dying.mkdir()
    for i in range(10):
        page(RECEIPT + f"\nNO {i}").save(dying / f"r{i}.png")
    count = {"n": 0}

    def dies(request: ChatRequest) -> Reply:
        count["n"] += 1
        return good(request) if count["n"] <= 6 else Reply(drop=True)

    out = work / "dying.jsonl"
    home = work / "home-dying"
    with StandinOllama(respond=dies) as server:
        args = ["run", "receipt", str(dying), "-o", str(out), "--engine", "ollama", "--ollama-url", server.url,
                "-c", "vision_extract.options={retry_backoff: 0.05}", "-c", "text_structure.options={retry_backoff: 0.05}"]
        first = cli(args, home)
        first_rows = rows_of(out)
        server.respond = good
        cli(args, home)
        second_rows = rows_of(out)
    kinds: dict[str, int] = {}
    for row in first_rows:
        key = row.get("error_kind") or "document"
        kinds[key] = kinds.get(key, 0) + 1
    lines += ["", f"Server dies after 3 documents of 10: first run exit {first.returncode}, rows "
                  f"{', '.join(f'{v} {k}' for k, v in kinds.items())}; the same command once the server is back: "
                  f"{sum('data' in r for r in second_rows)} documents, {len(second_rows)} rows."]
    return lines


# -- 3. kill -9 ------------------------------------------------------------------------------------
def kill_nine(work: Path, kills: int, documents: int = 12) -> list[str]:
    folder = work / "batch"
    folder.mkdir()
    for i in range(documents):
        page(RECEIPT + f"\nNO {i}").save(folder / f"r{i:02d}.png")

    def slow(request: ChatRequest) -> Reply:
        time.sleep(0.05)
        return good(request)

    rng = random.Random(7)
    lost = duplicated = interrupted_rows = 0
    reread = []
    with StandinOllama(respond=slow) as server:
        def command(out: Path) -> list[str]:
            return ["run", "receipt", str(folder), "-o", str(out), "--engine", "ollama", "--ollama-url", server.url]

        started = time.perf_counter()
        probe = cli(command(work / "probe.jsonl"), work / "home-probe")
        full = time.perf_counter() - started
        assert probe.returncode == 0, probe.stderr
        for attempt in range(kills):
            home = work / f"home-kill-{attempt}"
            out = work / f"kill-{attempt}.jsonl"
            run_args = [sys.executable, "-m", "scan2data.cli", *command(out)]
            env = {**os.environ, "SCAN2DATA_HOME": str(home)}
            before = len(server.chats)
            process = subprocess.Popen(run_args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, full))
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed_calls = len(server.chats) - before
            if out.exists():
                interrupted_rows += 1
            after = len(server.chats)
            subprocess.run(run_args, env=env, capture_output=True, timeout=600)
            rows = rows_of(out)
            names = [r["source_file"] for r in rows]
            lost += documents - len(set(names))
            duplicated += len(names) - len(set(names))
            reread.append((killed_calls, len(server.chats) - after))
    calls_saved = sum(max(0, 2 * documents - again) for _, again in reread)
    return [f"{kills} runs of {documents} receipts killed with SIGKILL at random moments "
            f"(0.3 s to {full:.1f} s, the length of a whole run), each followed by the same command:",
            "",
            "| lost rows | duplicated rows | model calls not repeated (of the killed runs' work) |",
            "| --- | --- | --- |",
            f"| {lost} | {duplicated} | {calls_saved} of {sum(k for k, _ in reread)} |"]


# -- 4. memory on long PDFs ------------------------------------------------------------------------
def peak_rss_mb(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run ``args``; return (peak resident memory in MB, exit code), polling the process's own high-water
    mark (VmHWM), which a new process starts afresh (unlike getrusage's maxrss, inherited across fork)."""
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.05)
    return peak / 1024, process.returncode


def long_pdf_memory(work: Path, pages_list: list[int]) -> list[str]:
    lines = ["| PDF pages | peak RSS of the scan2data process | seconds | rows | exit |", "| --- | --- | --- | --- | --- |"]
    for pages in pages_list:
        pdf = work / f"long-{pages}.pdf"
        images = [page(RECEIPT + f"\nPAGE {i}") for i in range(pages)]
        images[0].save(pdf, "PDF", save_all=True, append_images=images[1:])
        del images
        out = work / f"long-{pages}.jsonl"
        with StandinOllama(respond=good) as server:
            env = {**os.environ, "SCAN2DATA_HOME": str(work / f"home-pdf-{pages}")}
            started = time.perf_counter()
            peak, code = peak_rss_mb([sys.executable, "-m", "scan2data.cli", "run", "receipt", str(pdf), "-o", str(out),
                                      "--engine", "ollama", "--ollama-url", server.url,
                                      "-c", f"load.max_pages={pages}"], env)
            seconds = time.perf_counter() - started
        lines.append(f"| {pages} | {peak:.0f} MB | {seconds:.0f} | {len(rows_of(out))} | {code} |")
    lines += ["", "Each page is rendered by its own pdftoppm process (not counted above), read by the model, and "
                  "dropped before the next one is decoded."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "faults.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sections = [
            ("Hostile inputs (one folder, `scan2data run receipt FOLDER`)", hostile_inputs(work)),
            ("Model server faults (one receipt; retries 3, idle timeout 2 s)", model_faults(work)),
            ("kill -9, then the same command", kill_nine(work, args.kills)),
            ("Memory on long PDFs (pages decoded one at a time)", long_pdf_memory(work, [30, args.pages])),
        ]
    text = ["# Faults: what happens to hostile files, a faulty model server, kill -9 and long PDFs", "",
            f"Regenerate: `python benchmarks/faults.py --kills {args.kills} --pages {args.pages}` "
            f"({platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}). The model server is the test stand-in, not a model.", ""]
    for title, lines in sections:
        text += [f"## {title}", "", *lines, ""]
    args.output.write_text("\n".join(text), encoding="utf-8")
    print("\n".join(text))


if __name__ == "__main__":
    main()
