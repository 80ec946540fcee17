"""The receipt pipeline through the real ``ollama`` client over real HTTP, against the stand-in server
in ``ollama_standin.py`` (a test double that answers from a script, not a model)."""

import json

import pytest

from conftest import RECEIPT_JSON, RECEIPT_TEXT, receipt_responder
from ollama_standin import Reply, StandinOllama
from scan2data import (
    EngineUnavailable,
    ModelCapabilityError,
    ModelNotFound,
    load_pipeline,
)


def test_receipt_run_sends_resized_pages_rendered_prompts_and_schema(ollama_server, tmp_path):
    from conftest import render_text

    big = tmp_path / "big.png"
    render_text(RECEIPT_TEXT, width=2600, size=60).save(big)
    result = load_pipeline("receipt", ollama_url=ollama_server.url).run([big])

    assert result.errors == []
    doc = result.documents[0]
    assert doc.status == "ok", doc.reasons
    assert doc.data["merchant_name"] == "KEDAI MAJU SDN BHD"
    assert doc.data["total"] == 11.5
    assert doc.data["date"] == "2018-12-25"

    vision, structure = ollama_server.chats
    # page shrunk to the pipeline's 1280 px cap, sent as PNG
    assert max(vision.images[0].size) == 1280
    assert vision.image_formats == ["PNG"]
    assert "page 1 of 1" in vision.prompt and "{{" not in vision.prompt
    assert vision.body["options"]["temperature"] == 0
    assert vision.body["keep_alive"] == "10m"
    # the transcript and the field list reach the structurer; the JSON schema goes in `format`
    assert RECEIPT_TEXT in structure.prompt
    assert "- merchant_name" in structure.prompt
    assert set(structure.schema["properties"]) >= {"merchant_name", "total", "items"}
    assert "images" not in structure.body["messages"][0]
    assert "/api/show" in ollama_server.paths


def test_invalid_json_is_retried_with_the_errors(tmp_path, receipt_image):
    script = [
        Reply(content=RECEIPT_TEXT),
        Reply(content='{"merchant_name": "KEDAI", "total": '),  # truncated JSON
        Reply(content=json.dumps({**RECEIPT_JSON, "total": "eleven"})),  # not an amount
        Reply(content=json.dumps(RECEIPT_JSON)),
    ]
    with StandinOllama(script=script) as server:
        result = load_pipeline("receipt", ollama_url=server.url).run([receipt_image])
    assert result.errors == []
    assert result.documents[0].data["total"] == 11.5
    last = server.chats[-1].body["messages"]
    assert len(last) == 5  # prompt, bad answer, feedback, bad answer, feedback
    assert "does not match the schema" in last[-1]["content"]
    assert "total" in last[-1]["content"]


def test_gives_up_after_retries_and_batch_goes_on(tmp_path, receipt_image):
    second = tmp_path / "second.png"
    second.write_bytes(receipt_image.read_bytes() + b"\0")  # the same page, other bytes: not a duplicate

    def respond(request):
        if not request.is_structure:
            return Reply(content=RECEIPT_TEXT)
        first_image = "receipt" in request.prompt or True
        return Reply(content="not json at all") if len(server.chats) <= 4 and first_image else Reply(
            content=json.dumps(RECEIPT_JSON))

    with StandinOllama(respond=respond) as server:
        result = load_pipeline("receipt", ollama_url=server.url).run([receipt_image, second])
    assert len(result.documents) == 1 and result.documents[0].source == second
    (error,) = result.errors
    assert error.kind == "extraction_error" and str(receipt_image) in error.message
    assert "3 attempt(s)" in error.message
    assert result.exit_code == 1


def test_server_not_running_says_how_to_start_it(receipt_image):
    pipeline = load_pipeline("receipt", engine="ollama", ollama_url="http://127.0.0.1:9")
    with pytest.raises(EngineUnavailable, match="ollama serve"):
        pipeline.run([receipt_image])


def test_model_not_pulled_says_how_to_pull(ollama_server, receipt_image):
    pipeline = load_pipeline("receipt", ollama_url=ollama_server.url, vision_model="qwen2.5vl:7b")
    with pytest.raises(ModelNotFound, match=r"ollama pull qwen2.5vl:7b"):
        pipeline.run([receipt_image])


def test_text_only_model_refused_for_vision(ollama_server, receipt_image):
    pipeline = load_pipeline("receipt", ollama_url=ollama_server.url, vision_model="llama3.2:3b")
    with pytest.raises(ModelCapabilityError, match="cannot read images"):
        pipeline.run([receipt_image])


def test_separate_text_model(ollama_server, receipt_image):
    load_pipeline("receipt", ollama_url=ollama_server.url, text_model="llama3.2:3b").run([receipt_image])
    assert [c.model for c in ollama_server.chats] == ["gemma3:4b", "llama3.2:3b"]


def test_server_errors_are_retried(receipt_image):
    script = [Reply(status=503, error="busy"), Reply(status=500, error="oops"), Reply(content=RECEIPT_TEXT),
              Reply(content=json.dumps(RECEIPT_JSON))]
    with StandinOllama(script=script) as server:
        pipeline = load_pipeline("receipt", ollama_url=server.url)
        pipeline.stage("vision_extract").options["retry_backoff"] = 0.01
        result = pipeline.run([receipt_image])
    assert result.errors == [] and len(server.chats) == 4


def test_persistent_server_error_fails_only_that_document(receipt_image, tmp_path):
    with StandinOllama(respond=lambda r: Reply(status=500, error="model crashed")) as server:
        pipeline = load_pipeline("receipt", ollama_url=server.url)
        pipeline.stage("vision_extract").options.update(retries=1, retry_backoff=0.01)
        result = pipeline.run([receipt_image])
    (error,) = result.errors
    assert error.kind == "engine_response_error"
    assert "HTTP 500" in error.message and "model crashed" in error.message


def test_slow_answer_times_out_and_others_finish(receipt_image, tmp_path):
    fast = tmp_path / "fast.png"
    fast.write_bytes(receipt_image.read_bytes() + b"\0")
    respond_normally = receipt_responder()
    slow_once = []

    def respond(request):
        if len(slow_once) < 2:  # the first call and its one retry hang
            slow_once.append(1)
            return Reply(content=RECEIPT_TEXT, delay=2.0)
        return respond_normally(request)

    with StandinOllama(respond=respond) as server:
        pipeline = load_pipeline("receipt", ollama_url=server.url, stage_overrides={
            "vision_extract": {"options": {"timeout": 0.5, "retry_backoff": 0.01}},
            "text_structure": {"options": {"timeout": 0.5, "retry_backoff": 0.01}}})
        result = pipeline.run([receipt_image, fast])
    assert [d.source.name for d in result.documents] == ["fast.png"]
    assert result.errors[0].kind == "engine_timeout"
    assert "did not answer within 0.5 s" in result.errors[0].message


def test_one_stage_mode_sends_images_with_the_schema(ollama_server, receipt_image, tmp_path):
    (tmp_path / "pipelines").mkdir()
    (tmp_path / "pipelines" / "quick.yaml").write_text(
        "name: quick\nschema: receipt:Receipt\nstages:\n"
        "  - {stage: resize, max_side: 512}\n"
        "  - {stage: text_structure, engine: ollama, model: gemma3:4b, prompt: receipt_structure.j2, send_images: true}\n"
    )
    result = load_pipeline("quick", workspace=tmp_path, ollama_url=ollama_server.url).run([receipt_image])
    assert result.documents[0].data["total"] == 11.5
    (chat,) = ollama_server.chats
    assert chat.schema is not None and max(chat.images[0].size) == 512


def test_business_rules_flag_but_keep_data(receipt_image):
    wrong_total = {**RECEIPT_JSON, "total": 99.0, "date": "2999-01-01"}
    with StandinOllama(respond=receipt_responder(wrong_total)) as server:
        result = load_pipeline("receipt", ollama_url=server.url).run([receipt_image])
    doc = result.documents[0]
    assert doc.status == "needs_review"
    assert doc.data["total"] == 99.0
    reasons = "; ".join(doc.reasons)
    assert "subtotal 11.5 = 11.5, but total is 99" in reasons
    assert "in the future" in reasons
    assert result.exit_code == 0


def copies(image, folder, count):
    """``count`` copies of one receipt under different names, each with a trailing byte more, so the
    run store does not take them for duplicates of one file."""
    paths = [folder / f"r{i}.png" for i in range(count)]
    for i, path in enumerate(paths):
        path.write_bytes(image.read_bytes() + b"\0" * i)
    return paths


def test_concurrency_keeps_input_order(ollama_server, receipt_image, tmp_path):
    paths = copies(receipt_image, tmp_path, 6)
    seen = []
    result = load_pipeline("receipt", ollama_url=ollama_server.url).run(
        paths, concurrency=3, progress=lambda done, total: seen.append((done, total)))
    assert [d.source for d in result.documents] == paths
    assert [d.document_id for d in result.documents] == [f"D{i:04d}" for i in range(1, 7)]
    assert seen[-1] == (6, 6)


def test_interrupted_run_exports_what_finished_and_the_same_command_continues(ollama_server, receipt_image,
                                                                               tmp_path):
    from scan2data.runner import RunInterrupted
    from scan2data.store import RunStore

    paths = copies(receipt_image, tmp_path, 4)
    out = tmp_path / "out.jsonl"

    def stop_after_two(done, total):
        if done == 2:
            raise KeyboardInterrupt

    pipeline = load_pipeline("receipt", ollama_url=ollama_server.url)
    with pytest.raises(RunInterrupted) as info:
        pipeline.run(paths, outputs=[out], progress=stop_after_two)
    partial = info.value.result
    assert partial.partial and [d.source for d in partial.documents] == paths[:2]
    assert "2 document(s) extracted, 0 need review, 0 failed, 2 not processed yet" in partial.summary()
    assert [e.kind for e in partial.errors] == ["not_processed", "not_processed"]  # still one row per input
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["status"] for line in lines] == ["ok", "ok", "failed", "failed"]
    assert json.loads((tmp_path / "out_run.json").read_text())["complete"] is False
    assert len(ollama_server.chats) == 4  # the two documents after the interruption never started
    stored = RunStore().run(str(partial.run_id))
    assert stored.state == "interrupted" and stored.counts["documents"] == 2

    again = load_pipeline("receipt", ollama_url=ollama_server.url).run(paths, outputs=[out])
    assert [d.source for d in again.documents] == paths and again.cached == 2
    assert len(ollama_server.chats) == 8  # only the two unfinished documents were read
    assert json.loads((tmp_path / "out_run.json").read_text())["complete"] is True
