"""Hostile and odd inputs: every one ends in exactly one row, with a one-line reason, and the batch
goes on. Runs the real CLI on real files made here."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from conftest import RECEIPT_TEXT, render_text
from scan2data.stages.load import LoadOptions, load_document, to_rgb


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "scan2data.cli", *[os.fsdecode(a) if isinstance(a, bytes) else str(a)
                                                                   for a in args]],
                          capture_output=True, env=env, timeout=300)


def make_pdf(path: Path, pages: int) -> Path:
    images = [render_text(f"PAGE {i}", width=400, size=20) for i in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:])
    return path


def hostile_folder(root: Path, receipt: Image.Image) -> dict[str, str]:
    """A folder of odd inputs; returns file name -> the row kind expected for it."""
    expected = {}
    receipt.save(root / "good.png")
    expected["good.png"] = "document"
    weird = os.fsencode(root) + b"/caf\xe9 receipt.png"  # Latin-1 bytes: not valid UTF-8
    with open(weird, "wb") as handle:
        buffer = io.BytesIO()
        receipt.save(buffer, "PNG")
        handle.write(buffer.getvalue() + b"\0")
    expected["caf\\xe9 receipt.png"] = "document"
    receipt.save(root / "line\nbreak.png")
    (root / "line\nbreak.png").write_bytes((root / "line\nbreak.png").read_bytes() + b"\0\0")
    expected["line\\nbreak.png"] = "document"
    (root / "empty.jpg").write_bytes(b"")
    expected["empty.jpg"] = "input_error"
    (root / "truncated.jpg").write_bytes(_jpeg(receipt)[:3000])
    expected["truncated.jpg"] = "input_error"
    (root / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    expected["garbage.pdf"] = "input_error"
    make_pdf(root / "really-a-pdf.jpg", 1)
    expected["really-a-pdf.jpg"] = "document"
    Image.new("RGB", (200, 5000), "white").save(root / "long.png")
    expected["long.png"] = "input_error"
    cmyk = receipt.convert("CMYK")
    cmyk.save(root / "cmyk.jpg")
    expected["cmyk.jpg"] = "document"
    frames = [receipt.convert("P"), Image.new("P", receipt.size, 1)]
    frames[0].save(root / "animated.gif", save_all=True, append_images=frames[1:])
    expected["animated.gif"] = "document"
    (root / "notes.txt").write_text("not a scan")
    expected["notes.txt"] = "skipped"
    sub = root / "sub"
    sub.mkdir()
    loop = sub / "loop"
    loop.symlink_to(root, target_is_directory=True)
    expected["loop"] = "skipped"
    (root / "dangling.png").symlink_to(root / "nowhere.png")
    expected["dangling.png"] = "input_error"
    return expected


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def test_every_hostile_input_ends_in_exactly_one_row(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    expected = hostile_folder(root, render_text(RECEIPT_TEXT))
    elsewhere = tmp_path / "linked"
    elsewhere.mkdir()
    render_text(RECEIPT_TEXT.replace("11.50", "12.50")).save(elsewhere / "behind-a-link.png")
    (root / "shared").symlink_to(elsewhere, target_is_directory=True)
    expected["behind-a-link.png"] = "document"
    out = tmp_path / "out.xlsx"
    done = cli("run", "receipt", root, "-o", out, "--engine", "local")
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr
    book = openpyxl.load_workbook(out)
    rows = {}
    for sheet, kind_column in (("documents", None), ("errors", "error_kind")):
        header = [c.value for c in book[sheet][1]]
        for values in book[sheet].iter_rows(min_row=2, values_only=True):
            row = dict(zip(header, values))
            name = row["source_file"].rsplit("/", 1)[-1]
            assert name not in rows, f"{name} has two rows"
            rows[name] = "document" if kind_column is None else row[kind_column]
    kinds = {name: ("skipped" if kind == "skipped" else kind) for name, kind in rows.items()}
    assert {k: v for k, v in kinds.items() if k in expected} == expected
    assert set(kinds) - set(expected) == set(), set(kinds) - set(expected)
    documents = {r[1].rsplit("/", 1)[-1]: r for r in book["documents"].iter_rows(min_row=2, values_only=True)}
    header = [c.value for c in book["documents"][1]]
    gif = dict(zip(header, documents["animated.gif"]))
    assert gif["status"] == "needs_review" and "only the first of its 2 frames" in gif["review_reasons"]
    for line in stderr.splitlines():  # one line per problem, each naming its file
        if line.startswith("failed:"):
            assert any(name in line for name, kind in expected.items() if kind == "input_error"), line


def test_pixel_formats_become_8_bit():
    sixteen = Image.new("I;16", (4, 4), 40000)
    assert to_rgb(sixteen).mode == "L" and to_rgb(sixteen).getpixel((0, 0)) == 255
    clear = Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    assert to_rgb(clear).getpixel((0, 0)) == (255, 255, 255)  # transparency is paper, not ink
    palette = Image.new("P", (4, 4), 0)
    palette.info["transparency"] = 0
    assert to_rgb(palette).mode == "RGB"
    assert to_rgb(Image.new("CMYK", (4, 4))).mode == "RGB"


def test_page_limit_and_lazy_pages(tmp_path):
    pdf = make_pdf(tmp_path / "many.pdf", 5)
    with pytest.raises(Exception, match="5 pages, over the limit of 3"):
        load_document(pdf, LoadOptions(max_pages=3))
    loaded = load_document(pdf, LoadOptions(dpi=72))
    assert len(loaded.pages) == 5
    assert [p.image is not None for p in loaded.pages] == [False] * 5  # rendered on demand only
    assert loaded.pages[3].pixels().size[0] > 0 and loaded.pages[3].image is not None
    loaded.pages[3].unload()
    assert loaded.pages[3].image is None


def test_non_utf8_and_newline_names_print_as_one_escaped_line(tmp_path):
    name = os.fsencode(tmp_path) + b"/re\xe7u.png"
    with open(name, "wb") as handle:
        handle.write(b"")
    done = cli("run", "receipt", name, "-o", tmp_path / "o.jsonl", "--engine", "local")
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "re\\xe7u.png: file is empty" in stderr
    record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["source_file"].endswith("re\\xe7u.png") and record["status"] == "failed"


SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").rglob("*.*"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_loader_survives_random_and_mutated_files(tmp_path_factory, data):
    """Random bytes, and real sample files with bytes flipped, cut or inserted: the loader returns pages
    or raises InputError naming the file — never anything else."""
    from scan2data.errors import InputError

    folder = tmp_path_factory.mktemp("fuzz")
    source = data.draw(st.sampled_from(SAMPLES + [None]))
    if source is None:
        content = data.draw(st.binary(min_size=0, max_size=4096))
        suffix = data.draw(st.sampled_from([".png", ".jpg", ".pdf", ".tif", ".gif"]))
    else:
        content = bytearray(source.read_bytes())
        for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
            action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
            at = data.draw(st.integers(min_value=0, max_value=max(0, len(content) - 1)))
            if action == "flip" and content:
                content[at] ^= data.draw(st.integers(min_value=1, max_value=255))
            elif action == "cut":
                del content[at:at + data.draw(st.integers(min_value=1, max_value=4096))]
            else:
                content[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        suffix = source.suffix
    path = folder / f"fuzzed{suffix}"
    path.write_bytes(bytes(content))
    try:
        loaded = load_document(path, LoadOptions(dpi=50, max_pages=3))
        for page in loaded.pages:
            page.pixels()
    except InputError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)


def test_a_pdf_whose_page_cannot_be_loaded_is_one_clear_error(tmp_path):
    """Found by the fuzz test above: pdfium opens the file but not its page."""
    from pdfmaker import text_pdf
    from scan2data.errors import InputError

    path = text_pdf(tmp_path / "ok.pdf", [(50, 50, "TOTAL 1.00")])
    data = path.read_bytes()
    broken = tmp_path / "broken-page.pdf"
    broken.write_bytes(data.replace(b"/Type /Page ", b"/Type /Xage "))
    try:
        load_document(broken, LoadOptions())
    except InputError as exc:
        assert str(broken) in str(exc) and "\n" not in str(exc)
    done = cli("run", "invoice", broken, "-o", tmp_path / "o.jsonl", "--engine", "local")
    assert done.returncode == 1 and "Traceback" not in done.stderr.decode()
    assert json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])["status"] == "failed"
