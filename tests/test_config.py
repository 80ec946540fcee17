from pathlib import Path

import pytest

from scan2data import ConfigError, PipelineNotFound, load_pipeline
from scan2data.config import load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pipelines" / "thing.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


BASE = """name: thing
schema: receipt:Receipt
stages:
  - stage: vision_extract
    engine: ollama
    model: gemma3:4b
  - stage: text_structure
    engine: ollama
    model: gemma3:4b
"""


def test_valid_pipeline_loads(tmp_path):
    config = load_config(write(tmp_path, BASE))
    assert [s["stage"] for s in config.stages] == ["vision_extract", "text_structure"]
    pipeline = load_pipeline(write(tmp_path, BASE))
    assert [s.name for s in pipeline.stages] == ["load", "vision_extract", "text_structure", "export"]
    assert pipeline.stage("text_structure").retries == 2


def test_error_names_file_key_and_nearest_option(tmp_path):
    path = write(tmp_path, BASE.replace("    model: gemma3:4b\n  - stage: text", "    modle: gemma3:4b\n  - stage: text"))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path)
    message = str(info.value)
    assert str(path) in message
    assert "stages.0.vision_extract.modle: unknown option — did you mean model?" in message


def test_load_must_come_first(tmp_path):
    text = BASE + "  - stage: load\n    dpi: 300\n"
    with pytest.raises(ConfigError, match="load must be the first stage"):
        load_pipeline(write(tmp_path, text))


def test_invalid_yaml_names_line(tmp_path):
    with pytest.raises(ConfigError, match="line 2"):
        load_config(write(tmp_path, "name: x\n  bad: [\n"))


def test_profile_switches_engines():
    pipeline = load_pipeline("receipt", engine="local")
    assert pipeline.stage("vision_extract").engine == "pdftext"  # text layer first, OCR for the rest
    assert pipeline.stage("vision_extract").options == {"fallback": "rapidocr"}
    assert pipeline.stage("vision_extract").model is None
    assert pipeline.stage("text_structure").engine == "rules"
    assert pipeline.stage("resize").max_side == 2000


def test_unknown_profile_lists_known_ones():
    with pytest.raises(ConfigError, match="local"):
        load_pipeline("receipt", engine="cloud")


def test_unknown_pipeline():
    with pytest.raises(PipelineNotFound, match="scan2data new"):
        load_pipeline("no_such_type")


def test_workspace_overrides_builtin_prompt(tmp_path):
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "receipt_vision.j2").write_text("MY OWN PROMPT page {{ page }}")
    pipeline = load_pipeline("receipt", workspace=tmp_path)
    assert pipeline.renderer.render("receipt_vision.j2", page=3, pages=3, source="x") == "MY OWN PROMPT page 3"


def test_check_reports_template_typo(tmp_path):
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "receipt_structure.j2").write_text("{{ txet }}")
    with pytest.raises(ConfigError, match="txet"):
        load_pipeline("receipt", workspace=tmp_path).check()


def test_check_reports_unknown_rule(tmp_path):
    write(tmp_path, BASE.replace("name: thing", "name: thing") + "  - stage: validate\n    rules: [{rule: sums_up}]\n")
    with pytest.raises(ConfigError, match="sums_up"):
        load_pipeline("thing", workspace=tmp_path).check()


def test_rules_fields_declared_in_yaml(tmp_path):
    """A new type's own field gets an extractor from the YAML alone, no framework code."""
    (tmp_path / "pipelines").mkdir()
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "order.py").write_text(
        "from typing import Optional\nfrom pydantic import BaseModel\nfrom scan2data.types import Amount\n"
        "class Order(BaseModel):\n    order_ref: Optional[str] = None\n    total: Amount = None\n")
    (tmp_path / "pipelines" / "order.yaml").write_text(
        "name: order\nschema: order:Order\nstages:\n"
        "  - {stage: vision_extract, engine: sidecar}\n"
        "  - stage: text_structure\n    engine: rules\n"
        "    options: {fields: {order_ref: {extractor: labelled, anchors: [ORDER REF]}}}\n")
    from PIL import Image

    Image.new("RGB", (10, 10), "white").save(tmp_path / "o.png")
    (tmp_path / "o.txt").write_text("ACME\nORDER REF: AB-991\nTOTAL 12.00\n")
    (doc,) = load_pipeline("order", workspace=tmp_path).run([tmp_path / "o.png"]).documents
    assert doc.data == {"order_ref": "AB-991", "total": 12.0}


def test_unknown_extractor_is_a_config_error(tmp_path):
    from scan2data.engines import create_engine

    with pytest.raises(ConfigError, match="unknown extractor 'magic'"):
        create_engine("rules", None, {"fields": {"x": {"extractor": "magic"}}})


def test_prompt_templates_cannot_reach_python_internals(tmp_path):
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "receipt_vision.j2").write_text(
        "{{ cycler.__init__.__globals__.os.popen('echo pwned > " + str(tmp_path / "pwned") + "').read() }}")
    with pytest.raises(ConfigError, match="refused by the sandbox|unsafe|not safely"):
        load_pipeline("receipt", workspace=tmp_path).check()
    assert not (tmp_path / "pwned").exists()


def test_model_hosts_off_this_machine_are_refused_unless_allowed():
    for url in ("http://10.1.2.3:11434", "http://example.com:11434"):
        with pytest.raises(ConfigError, match="not on this machine.*--allow-remote"):
            load_pipeline("receipt", engine="ollama", ollama_url=url).check()
        allowed = load_pipeline("receipt", engine="ollama", ollama_url=url, allow_remote=True)
        assert allowed.stage("vision_extract").options["allow_remote"] is True
        allowed.check()
    for url in ("http://127.0.0.1:11434", "http://localhost:11434", "http://[::1]:11434"):
        load_pipeline("receipt", engine="ollama", ollama_url=url).check()
