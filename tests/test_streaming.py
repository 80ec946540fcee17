"""Big batches: documents stream from the folder through a bounded window, a recorded run keeps its
documents in the run store instead of memory, and pages travel to model servers cheaply."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from conftest import RECEIPT_TEXT, render_text
from scan2data import load_pipeline
from scan2data.runner import bounded
from scan2data.stages.load import Skipped, walk_inputs
from scan2data.store import StoredDocuments
from test_ollama_pipeline import copies


def test_the_window_takes_paths_only_as_room_frees():
    """A generator of paths is read no further than ``window`` ahead of the finished work."""
    gate = threading.Event()
    pulled, finished = [], []

    def paths():
        for i in range(100):
            pulled.append(i)
            yield i

    def work(i: int) -> None:
        gate.wait(5)
        finished.append(i)

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = bounded(pool, work, paths(), window=4)
        reader = threading.Thread(target=lambda: [f.result() for f in futures])
        reader.start()
        try:
            threading.Event().wait(0.3)
            assert len(pulled) == 4 and finished == []  # nothing finished: four taken and submitted, no more
        finally:
            gate.set()
            reader.join(10)
    assert sorted(finished) == list(range(100))


def test_walk_inputs_finds_the_first_document_before_reading_the_rest(tmp_path):
    first = tmp_path / "a"
    first.mkdir()
    render_text("SHOP").save(first / "one.png")
    (first / "z-notes.txt").write_text("not a document")
    found = walk_inputs([first, tmp_path / "missing"])
    assert next(found) == first / "one.png"  # the missing second input is not looked at yet
    rest = list(found)
    assert isinstance(rest[0], Skipped) and rest[0].path.name == "z-notes.txt"
    assert rest[1][0] == tmp_path / "missing" and "no such file" in str(rest[1][1])


def test_a_recorded_run_reads_its_documents_back_from_the_store(ollama_server, receipt_image, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    copies(receipt_image, folder, 5)
    (folder / "broken.png").write_bytes(b"\x89PNG not really")
    pipeline = load_pipeline("receipt", ollama_url=ollama_server.url)
    recorded = pipeline.run([folder], outputs=[tmp_path / "recorded.csv"], concurrency=3)
    kept = pipeline.run([folder], outputs=[tmp_path / "kept.csv"], concurrency=3, record=False)

    assert isinstance(recorded.documents, StoredDocuments) and isinstance(kept.documents, list)
    assert [d.document_id for d in recorded.documents] == ["D0002", "D0003", "D0004", "D0005", "D0006"]
    assert [d.data for d in recorded.documents] == [d.data for d in kept.documents]
    assert recorded.documents[-1].source.name == "r4.png" and len(recorded.documents[1:3]) == 2
    assert [e.path.name for e in recorded.errors] == ["broken.png"]
    # the export streamed from the store is the export of the documents held in memory
    assert (tmp_path / "recorded.csv").read_text() == (tmp_path / "kept.csv").read_text()
    rows = (tmp_path / "recorded.csv").read_text().splitlines()
    assert len(rows) == 6 and rows[0].startswith("document_id,source_file")
    assert "0 need review" in recorded.summary() and recorded.need_review == 0


def test_photos_travel_as_jpeg_and_other_pages_as_png(ollama_server, tmp_path):
    photo, scan = tmp_path / "photo.jpg", tmp_path / "scan.png"
    render_text(RECEIPT_TEXT).save(photo, quality=95)
    render_text(RECEIPT_TEXT + "\n").save(scan)
    load_pipeline("receipt", ollama_url=ollama_server.url).run([photo, scan], concurrency=1, record=False)
    sent = [c.image_formats for c in ollama_server.chats if c.images]
    assert sent == [["JPEG"], ["PNG"]]

    ollama_server.chats.clear()
    load_pipeline("receipt", ollama_url=ollama_server.url, stage_overrides={"vision_extract": {"options": {"image_format": "png"}}}
                  ).run([photo], record=False)
    assert [c.image_formats for c in ollama_server.chats if c.images] == [["PNG"]]


def test_a_page_with_no_exif_turn_is_not_copied_but_a_turned_one_is_turned(tmp_path):
    from scan2data.stages.load import upright

    plain = Image.new("RGB", (30, 10))
    assert upright(plain) is plain
    turned_path = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    plain.save(turned_path, exif=exif)
    with Image.open(turned_path) as turned:
        assert upright(turned).size == (10, 30)


def test_ocr_threads_follow_the_cores_this_process_may_use():
    """onnxruntime left alone starts a thread per core of the machine, whatever the affinity: on a
    process allowed one core the OCR must be told one thread (else "1 core" used them all)."""
    import subprocess
    import sys

    script = ("import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))});"
              "from scan2data.engines.rapidocr import RapidOCREngine;"
              "e = RapidOCREngine(); e.tune(1); one = e.threads; e.tune(2); print(one, e.threads, e.sessions)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["1", "1", "2"], done.stderr


def test_a_grey_page_travels_as_one_grey_channel_and_a_colour_one_in_colour(ollama_server, tmp_path):
    grey, colour = tmp_path / "grey.png", tmp_path / "colour.png"
    render_text(RECEIPT_TEXT).convert("RGB").save(grey)  # saved as RGB, but every pixel is grey
    tinted = render_text(RECEIPT_TEXT + "\n").convert("RGB")
    tinted.putpixel((5, 5), (200, 30, 30))  # one red pixel makes it a colour page
    tinted.save(colour)
    load_pipeline("receipt", ollama_url=ollama_server.url).run([grey, colour], concurrency=1, record=False)
    sent = [c.images[0] for c in ollama_server.chats if c.images]
    assert [image.mode for image in sent] == ["L", "RGB"]
    assert sent[0].size == sent[1].size
