"""Framework overhead per document: everything scan2data does except waiting for the model.

    python benchmarks/overhead.py [--documents 20]

Runs the built-in receipt pipeline through the real ``ollama`` client against the test stand-in
server (``tests/ollama_standin.py``: scripted answers, no model), over photo-sized JPEGs (12 MP) and
3-page PDFs made here. Each document's wall time is split into time inside engine calls (HTTP round
trips to the stand-in) and the rest: loading, decoding, resizing, encoding, prompt rendering,
validation. Numbers are from this machine, one run; compare them as ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ollama_standin import ChatRequest, Reply, StandinOllama  # noqa: E402
from scan2data import load_pipeline  # noqa: E402

ANSWER = json.dumps({"merchant_name": "SHOP", "date": "2019-01-02", "total": 10.0,
                     "items": [{"description": "A", "amount": 10.0}]})


def respond(request: ChatRequest) -> Reply:
    return Reply(content=ANSWER if request.is_structure else "SHOP\nTOTAL 10.00")


def make_documents(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        image = Image.new("RGB", (3000, 4000), "white")
        draw = ImageDraw.Draw(image)
        for row in range(0, 4000, 60):
            draw.text((100, row), f"LINE {row} ITEM {i} 12.50", fill="black")
        if i % 2:
            path = folder / f"photo{i}.jpg"
            image.save(path, quality=90)
        else:
            path = folder / f"scan{i}.pdf"
            small = image.resize((1240, 1754))
            small.save(path, save_all=True, append_images=[small, small], resolution=150)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, StandinOllama(respond=respond) as server:
        paths = make_documents(Path(tmp), args.documents)
        result = load_pipeline("receipt", engine="ollama", ollama_url=server.url).run(paths)
    assert not result.errors, result.errors
    rows = {"jpeg 12 MP": [d for d in result.documents if d.source.suffix == ".jpg"],
            "pdf 3 pages": [d for d in result.documents if d.source.suffix == ".pdf"]}
    print(f"{'input':<14}{'docs':>5}{'total s/doc':>13}{'model s/doc':>13}{'overhead s/doc':>16}{'overhead share':>16}")
    for name, docs in rows.items():
        total = statistics.median(d.seconds for d in docs)
        model = statistics.median(d.model_seconds for d in docs)
        overhead = statistics.median(d.seconds - d.model_seconds for d in docs)
        print(f"{name:<14}{len(docs):>5}{total:>13.3f}{model:>13.3f}{overhead:>16.3f}{overhead / total:>15.0%}")
    print("model s = time inside engine calls to the stand-in (no model runs); overhead = the rest")


if __name__ == "__main__":
    main()
