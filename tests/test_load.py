"""The load and resize stages on real files made here: PDF, EXIF-rotated JPEG, TIFF, GIF, WebP, BMP."""

from pathlib import Path

import pytest
from PIL import Image

from conftest import render_text
from scan2data import InputError
from scan2data.stages.load import LoadOptions, discover, load_document
from scan2data.stages.resize import ResizeOptions, resize_image


def make_pdf(path: Path, pages: int = 3) -> Path:
    images = [render_text(f"PAGE {i}", width=600) for i in range(1, pages + 1)]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=72)
    return path


def test_multipage_pdf_all_pages_and_range(tmp_path):
    pdf = make_pdf(tmp_path / "three.pdf")
    doc = load_document(pdf, LoadOptions(dpi=72))
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.pages[0].pixels().size[0] == pytest.approx(600, abs=2)
    doc = load_document(pdf, LoadOptions(dpi=144, first_page=2, last_page=3))
    assert len(doc.pages) == 2
    assert doc.pages[0].pixels().size[0] == pytest.approx(1200, abs=4)


def test_exif_orientation_is_applied(tmp_path):
    image = Image.new("RGB", (400, 200), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    path = tmp_path / "rotated.jpg"
    image.save(path, exif=exif)
    doc = load_document(path, LoadOptions())
    assert doc.pages[0].pixels().size == (200, 400)


def test_tiff_all_pages_gif_first_frame(tmp_path):
    frames = [Image.new("RGB", (100, 80), c) for c in ("red", "green", "blue")]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:])
    assert len(load_document(tmp_path / "scan.tiff", LoadOptions()).pages) == 3
    assert len(load_document(tmp_path / "anim.gif", LoadOptions()).pages) == 1


@pytest.mark.parametrize("suffix", [".webp", ".bmp", ".png"])
def test_other_image_formats(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    Image.new("RGB", (50, 40), "white").save(path)
    doc = load_document(path, LoadOptions())
    assert doc.pages[0].pixels().size == (50, 40)


def test_big_jpeg_decoded_in_draft_mode(tmp_path):
    path = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), "white").save(path)
    doc = load_document(path, LoadOptions(), target_side=1000)
    # draft mode decodes at 1/2 scale: still above the target, never below it
    assert doc.pages[0].pixels().size == (2000, 1500)


def test_bad_inputs_name_the_file(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    notpdf = tmp_path / "fake.pdf"
    notpdf.write_text("hello")
    for path, words in [(empty, "empty"), (corrupt, "cannot read it as an image or PDF"), (notpdf, "not a readable PDF")]:
        with pytest.raises(InputError) as info:
            load_document(path, LoadOptions())
        assert str(path) in str(info.value) and words in str(info.value)
        assert "\n" not in str(info.value)


def test_encrypted_pdf(tmp_path):
    import pypdf  # dev dependency: makes the encrypted file
    plain = make_pdf(tmp_path / "plain.pdf", pages=1)
    writer = pypdf.PdfWriter(clone_from=plain)
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="encrypted"):
        load_document(locked, LoadOptions())


def test_huge_image_refused(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("L", (3000, 3000)).save(path)
    with pytest.raises(InputError, match="pixel limit"):
        load_document(path, LoadOptions(max_pixels=1_000_000))


def test_discover_recurses_and_reports_non_documents(tmp_path):
    (tmp_path / "sub").mkdir()
    Image.new("RGB", (10, 10)).save(tmp_path / "sub" / "b.png")
    Image.new("RGB", (10, 10)).save(tmp_path / "a.jpg")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".hidden.png").write_text("x")
    docs, skipped, errors = discover([tmp_path, tmp_path / "missing.png", tmp_path / "notes.txt"])
    assert docs == [tmp_path / "a.jpg", tmp_path / "sub" / "b.png"]
    assert [s.path.name for s in skipped] == [".hidden.png", "notes.txt"]  # reported, not silently dropped
    assert "hidden file" in skipped[0].reason and "not an image or PDF" in skipped[1].reason
    assert {p.name for p, _ in errors} == {"missing.png", "notes.txt"}


def test_resize_caps_long_side_keeps_aspect_never_upscales():
    opts = ResizeOptions(max_side=1000)
    assert resize_image(Image.new("RGB", (3000, 1500)), opts).size == (1000, 500)
    assert resize_image(Image.new("RGB", (400, 800)), opts).size == (400, 800)
    assert resize_image(Image.new("RGB", (400, 800)), ResizeOptions(max_side=1000, upscale=True)).size == (500, 1000)
