"""The openai engine (vLLM, llama-server, LM Studio...) over real HTTP against tests/openai_standin.py."""

from __future__ import annotations

import base64
import io
import json

import pytest
from PIL import Image

from conftest import RECEIPT_JSON, RECEIPT_TEXT
from openai_standin import StandinOpenAI
from scan2data import ConfigError, EngineUnavailable, ModelNotFound, load_pipeline


def openai_pipeline(url: str, model: str = "qwen2.5-vl", **options):
    engine = {"engine": "openai", "model": model, "options": {"url": url, "retry_backoff": 0.01, **options}}
    return load_pipeline("receipt", engine="ollama", stage_overrides={
        "vision_extract": {**engine, "prompt": "receipt_vision.j2"},
        "text_structure": {**engine, "prompt": "receipt_structure.j2"}})


def answer(body):
    if body.get("response_format"):
        return 200, json.dumps(RECEIPT_JSON)
    return 200, RECEIPT_TEXT


def test_reads_and_structures_through_the_openai_api(receipt_image):
    with StandinOpenAI(respond=answer) as server:
        result = openai_pipeline(server.url).run([receipt_image], record=False)
    (document,) = result.documents
    assert document.data["merchant_name"] == "KEDAI MAJU SDN BHD" and document.data["total"] == 11.5
    vision, structure = server.requests
    image_part = vision["messages"][0]["content"][1]
    assert image_part["type"] == "image_url" and image_part["image_url"]["url"].startswith("data:image/png;base64,")
    png = base64.b64decode(image_part["image_url"]["url"].split(",", 1)[1])
    assert max(Image.open(io.BytesIO(png)).size) <= 1280
    schema = structure["response_format"]["json_schema"]["schema"]
    assert structure["response_format"]["type"] == "json_schema" and "merchant_name" in schema["properties"]
    assert RECEIPT_TEXT in structure["messages"][0]["content"] and structure["temperature"] == 0


def test_busy_server_is_retried_and_model_not_served_is_named(receipt_image):
    calls = []

    def busy_twice(body):
        calls.append(1)
        return (429, "busy") if len(calls) <= 2 else answer(body)

    with StandinOpenAI(respond=busy_twice) as server:
        result = openai_pipeline(server.url).run([receipt_image], record=False)
        assert result.errors == [] and len(server.requests) == 4
        with pytest.raises(ModelNotFound, match="not served .* it serves: qwen2.5-vl"):
            openai_pipeline(server.url, model="llava").run([receipt_image], record=False)


def test_no_server_says_how_to_start_one(receipt_image):
    with pytest.raises(EngineUnavailable, match="vllm serve"):
        openai_pipeline("http://127.0.0.1:9/v1").run([receipt_image], record=False)


def test_remote_server_needs_permission():
    with pytest.raises(ConfigError, match="not on this machine"):
        openai_pipeline("http://10.9.8.7:8000/v1").check()
    openai_pipeline("http://10.9.8.7:8000/v1", allow_remote=True).check()
