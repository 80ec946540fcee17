from PIL import Image, ImageDraw, ImageFont

from scan2data.document import Page
from scan2data.engines import create_engine


def test_reads_faded_text(tmp_path):
    image = Image.new("RGB", (700, 120), (235, 235, 235))
    try:
        font = ImageFont.truetype("DejaVuSansMono.ttf", 40)
    except OSError:
        font = ImageFont.load_default(size=40)
    ImageDraw.Draw(image).text((20, 30), "TOTAL 12.50", fill=(120, 120, 120), font=font)
    engine = create_engine("threshold_ocr", options={"threshold": 200})
    engine.preflight(read=True)
    transcript = engine.read(Page(source=tmp_path / "x.png", number=1, image=image), "")
    assert "TOTAL 12.50" in transcript.text
