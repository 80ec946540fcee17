"""Shared fixtures: real files made on the fly, a stand-in Ollama server, isolated user state."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ollama_standin import ChatRequest, Reply, StandinOllama

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie-dev"

RECEIPT_TEXT = """KEDAI MAJU SDN BHD
12 JALAN BESAR, 50000 KUALA LUMPUR
TEL 03-1234 5678
DATE: 25/12/2018 TIME 13:05
NASI LEMAK 2 x 4.50 9.00
TEH TARIK 1 x 2.50 2.50
SUBTOTAL 11.50
TOTAL 11.50
CASH 20.00"""

RECEIPT_JSON = {
    "merchant_name": "KEDAI MAJU SDN BHD",
    "merchant_address": "12 JALAN BESAR, 50000 KUALA LUMPUR",
    "merchant_phone": "03-1234 5678",
    "date": "2018-12-25",
    "time": "13:05",
    "currency": "MYR",
    "items": [
        {"description": "NASI LEMAK", "quantity": 2, "unit_price": 4.5, "amount": 9.0},
        {"description": "TEH TARIK", "quantity": 1, "unit_price": 2.5, "amount": 2.5},
    ],
    "subtotal": 11.5,
    "tax": None,
    "tip": None,
    "total": 11.5,
    "payment_method": "cash",
}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """User state goes to a temp dir; the developer's own SCAN2DATA_* settings (date order, extra
    workspaces...) and Ollama address never leak into a test."""
    for name in list(os.environ):
        if name.startswith("SCAN2DATA_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SCAN2DATA_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("OLLAMA_HOST", raising=False)


def font(size: int = 28):
    for candidate in ("DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"):
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def render_text(text: str, width: int = 900, size: int = 28) -> Image.Image:
    """A white page with black text: a stand-in scan with known content."""
    lines = text.splitlines()
    height = 60 + len(lines) * int(size * 1.6)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((30, 30 + i * int(size * 1.6)), line, fill="black", font=font(size))
    return image


@pytest.fixture
def receipt_image(tmp_path) -> Path:
    path = tmp_path / "receipt.png"
    render_text(RECEIPT_TEXT).save(path)
    return path


def receipt_responder(structured: dict | None = None):
    """Answers vision calls with the receipt text and structure calls with the receipt JSON."""
    payload = json.dumps(structured or RECEIPT_JSON)

    def respond(request: ChatRequest) -> Reply:
        return Reply(content=payload if request.is_structure else RECEIPT_TEXT)

    return respond


@pytest.fixture
def ollama_server():
    with StandinOllama(respond=receipt_responder()) as server:
        yield server
