"""The plugin shape: entry points for every kind, typed options that reject typos, the YAML chain,
one override syntax, portable document types — and the docs' example plugin, installed for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from PIL import Image

from scan2data import ConfigError, load_pipeline
from scan2data.engines import create_engine

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "scan2data.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


def test_builtins_are_entry_points():
    engines = {e.name for e in entry_points(group="scan2data.engines")}
    assert {"ollama", "rapidocr", "tesseract", "rules", "sidecar", "llamacpp", "hybrid"} <= engines
    assert {"load", "resize", "vision_extract", "text_structure", "validate", "export"} <= {
        e.name for e in entry_points(group="scan2data.stages")}
    assert {"required", "items_sum", "parts_sum", "not_future"} <= {e.name for e in entry_points(group="scan2data.rules")}
    assert {"xlsx", "csv", "jsonl"} <= {e.name for e in entry_points(group="scan2data.exporters")}


def test_plugins_command_names_the_package():
    out = cli("plugins")
    assert out.returncode == 0
    assert any(line.split()[:3] == ["engines", "rapidocr", "scan2data"] for line in out.stdout.splitlines())


def test_engine_option_typo_suggests_the_nearest():
    with pytest.raises(ConfigError, match=r"options\.min_scor: unknown option — did you mean min_score\?"):
        create_engine("rapidocr", options={"min_scor": 0.3})
    with pytest.raises(ConfigError, match="unknown engine 'rapidoc' — did you mean rapidocr"):
        create_engine("rapidoc")


def make_workspace(tmp_path: Path, extra_stage: str = "", local: str = "") -> Path:
    ws = tmp_path / "ws"
    (ws / "pipelines").mkdir(parents=True)
    (ws / "schemas").mkdir()
    (ws / "prompts").mkdir()
    (ws / "schemas" / "slip.py").write_text(
        "from typing import Optional\nfrom pydantic import BaseModel\nfrom scan2data.types import Amount\n"
        "class Slip(BaseModel):\n    slip_ref: Optional[str] = None\n    total: Amount = None\n")
    (ws / "prompts" / "slip.j2").write_text("Read page {{ page }}")
    (ws / "pipelines" / "slip.yaml").write_text(
        "name: slip\nschema: slip:Slip\nstages:\n"
        "  - {stage: vision_extract, engine: sidecar, prompt: slip.j2}\n"
        f"{extra_stage}"
        "  - stage: text_structure\n    engine: rules\n"
        "    options: {fields: {slip_ref: {extractor: labelled, anchors: [SLIP REF]}}}\n"
        "  - stage: validate\n    rules: [{rule: required, fields: [total]}]\n"
        f"{local}")
    return ws


def slip_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (10, 10), "white").save(folder / "s.png")
    (folder / "s.txt").write_text("ACME\nSLIP REF: Q-17\nTOTAL 12.00\n")
    return folder / "s.png"


@pytest.mark.parametrize("typo, expected", [
    ("  - {stage: resize, max_sid: 800}\n", "stages.1.resize.max_sid: unknown option — did you mean max_side?"),
    ("  - {stage: resise}\n", "unknown stage 'resise' — did you mean resize?"),
    ("  - {stage: vision_extract, id: again, engine: sidecar, options: {sufixes: [.txt]}}\n",
     "stages.1.again.options.sufixes: unknown option — did you mean suffixes?"),
])
def test_check_and_run_exit_2_on_any_typo(tmp_path, typo, expected):
    ws = make_workspace(tmp_path, extra_stage=typo)
    path = ws / "pipelines" / "slip.yaml"
    for args in (("check", path), ("run", path, slip_file(tmp_path / "in"), "-o", tmp_path / "o.csv")):
        out = cli(*args)
        assert out.returncode == 2, out.stderr
        assert expected in out.stderr and str(path) in out.stderr
        assert "Traceback" not in out.stderr
    assert not (tmp_path / "o.csv").exists()


def test_check_catches_what_run_would_refuse(tmp_path):
    cases = {
        "extractor: labelled": ("extractor: labeled", "unknown extractor 'labeled' — did you mean labelled?"),
        "fields: [total]": ("fields: [totl]", "the schema has no field 'totl' — did you mean total?"),
        "anchors: [SLIP REF]": ("anchor: [SLIP REF]", "has no option 'anchor' — did you mean anchors?"),
        "fields: {slip_ref:": ("fields: {slip_rf:", "schema Slip has no field 'slip_rf'"),
        "engine: sidecar,": ("engine: ollama,", "the ollama engine needs a model"),
    }
    for good, (bad, message) in cases.items():
        ws = make_workspace(tmp_path / bad.replace(" ", "_").replace(":", ""))
        path = ws / "pipelines" / "slip.yaml"
        path.write_text(path.read_text().replace(good, bad))
        out = cli("check", path)
        assert out.returncode == 2 and message in out.stderr, (bad, out.stderr)


def test_yaml_outside_the_current_directory_runs_with_its_own_schema_and_prompts(tmp_path):
    ws = make_workspace(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = cli("run", ws / "pipelines" / "slip.yaml", slip_file(tmp_path / "in"), "-o", tmp_path / "o.jsonl",
              cwd=elsewhere)
    assert out.returncode == 0, out.stderr
    record = json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])
    assert record["data"] == {"slip_ref": "Q-17", "total": 12.0}


def test_scan2data_path_adds_workspaces(tmp_path):
    ws = make_workspace(tmp_path)
    env = {**os.environ, "SCAN2DATA_PATH": str(ws)}
    assert cli("check", "slip", env=env, cwd=tmp_path).returncode == 0
    listed = cli("pipelines", env=env, cwd=tmp_path).stdout
    assert "slip" in listed and "receipt" in listed
    assert cli("check", "slip", cwd=tmp_path).returncode == 2  # not on the path without it


def test_new_refuses_to_shadow_a_builtin(tmp_path):
    out = cli("new", "receipt", cwd=tmp_path)
    assert out.returncode == 2 and "built-in" in out.stderr
    assert not (tmp_path / "pipelines").exists()
    assert cli("new", "receipt", "--force", cwd=tmp_path).returncode == 0


def test_check_warns_about_fields_no_engine_can_fill(tmp_path):
    ws = make_workspace(tmp_path)
    schema = ws / "schemas" / "slip.py"
    schema.write_text(schema.read_text() + "    buyer_vat_id: Optional[str] = None\n")
    out = cli("check", ws / "pipelines" / "slip.yaml")
    assert out.returncode == 0
    warnings = [line for line in out.stdout.splitlines() if line.startswith("warn")]
    assert len(warnings) == 1 and "buyer_vat_id" in warnings[0] and "slip_ref" not in warnings[0]


def test_run_accepts_the_same_c_settings_as_eval(tmp_path):
    ws = make_workspace(tmp_path)
    pipeline = ws / "pipelines" / "slip.yaml"
    out = cli("run", pipeline, slip_file(tmp_path / "in"), "-o", tmp_path / "o.jsonl",
              "-c", "text_structure.options.fields.slip_ref.anchors=[NOPE]")
    assert out.returncode == 0, out.stderr
    assert json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])["data"]["slip_ref"] is None
    shown = cli("show", pipeline, "-c", "vision_extract.options.suffixes=[.ocr.txt]")
    assert shown.returncode == 0 and "- .ocr.txt" in shown.stdout and "-c vision_extract" in shown.stdout
    bad = cli("run", pipeline, tmp_path / "in", "-o", tmp_path / "o.jsonl", "-c", "text_structure.optons.x=1")
    assert bad.returncode == 2 and "did you mean options?" in bad.stderr


def test_ollama_url_reaches_the_model_inside_hybrid_and_the_classifier():
    url = "http://127.0.0.1:9"
    receipt = load_pipeline("receipt", engine="hybrid", ollama_url=url, stage_overrides={
        "text_structure": {"options": {"model_engine": "ollama", "model_options": {}}}})
    assert receipt.stage("text_structure").options["model_options"]["url"] == url
    auto = load_pipeline("auto", engine="ollama", ollama_url=url, vision_model="llava:7b")
    assert auto.config.classify.options["url"] == url and auto.config.classify.model == "llava:7b"
    assert auto.route("receipt").stage("vision_extract").options["url"] == url
    assert auto.route("receipt").stage("vision_extract").model == "llava:7b"


def test_export_is_a_stage_with_several_outputs(tmp_path):
    ws = make_workspace(tmp_path, local="  - stage: export\n    outputs: [{path: " + str(tmp_path / "a.csv") +
                      "}, {path: " + str(tmp_path / "b.data"), )
    path = ws / "pipelines" / "slip.yaml"
    path.write_text(path.read_text() + ", format: jsonl}]\n")
    result = load_pipeline(path).run([slip_file(tmp_path / "in")], outputs=[tmp_path / "c.xlsx"])
    assert {"a.csv", "b.data", "c.xlsx"} <= {p.name for p in result.written}
    assert (tmp_path / "c.xlsx").is_file() and (tmp_path / "a_errors.csv").is_file()
    assert json.loads((tmp_path / "b.data").read_text().splitlines()[0])["data"]["slip_ref"] == "Q-17"


@pytest.fixture(scope="module")
def example_plugin(tmp_path_factory) -> Path:
    """The docs' example plugin, pip-installed into a folder that the test processes put on their path."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(ROOT / "docs" / "plugin-example")], check=True, timeout=300)
    return target


def test_docs_example_plugin_works_with_no_change_to_scan2data(example_plugin, tmp_path, receipt_image):
    env = {**os.environ, "PYTHONPATH": str(example_plugin)}
    listed = cli("plugins", env=env).stdout
    assert "threshold_ocr    scan2data-threshold-ocr 0.1.0" in listed
    out = cli("run", "receipt", receipt_image, "-o", tmp_path / "r.jsonl", "--engine", "local",
              "-c", "vision_extract.engine=threshold_ocr", "-c", "vision_extract.options.threshold=150", env=env)
    assert out.returncode == 0, out.stderr
    record = json.loads((tmp_path / "r.jsonl").read_text().splitlines()[0])
    assert record["data"]["total"] == 11.5 and record["data"]["merchant_name"] == "KEDAI MAJU SDN BHD"
    typo = cli("check", "receipt", "--engine", "local", "-c", "vision_extract.engine=threshold_ocr",
               "-c", "vision_extract.options.treshold=150", env=env)
    assert typo.returncode == 2 and "did you mean threshold?" in typo.stderr
    own_test = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               str(ROOT / "docs" / "plugin-example" / "tests")], env=env, capture_output=True,
                              text=True, timeout=300)
    assert own_test.returncode == 0 and "1 passed" in own_test.stdout


def test_a_plugin_stage_runs_where_the_yaml_lists_it(tmp_path, monkeypatch):
    """A stage from another package (registered by its own entry point) inserted between two built-ins."""
    site = tmp_path / "site"
    (site / "mask_stage-0.1.dist-info").mkdir(parents=True)
    (site / "mask_stage-0.1.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: mask-stage\nVersion: 0.1\n")
    (site / "mask_stage-0.1.dist-info" / "entry_points.txt").write_text(
        "[scan2data.stages]\nmask_digits = mask_stage:MaskDigits\n")
    (site / "mask_stage.py").write_text(
        "import re\n"
        "from scan2data.stages import StageBase, StageOptions\n"
        "class MaskOptions(StageOptions):\n    keep: int = 0\n"
        "class MaskDigits(StageBase):\n"
        "    name = 'mask_digits'\n    Options = MaskOptions\n"
        "    def process(self, document):\n"
        "        for page in document.pages:\n"
        "            for line in page.transcript.lines:\n"
        "                if 'REF' in line.text:\n"
        "                    line.text = re.sub(r'\\d', 'X', line.text)\n"
        "        return document\n")
    monkeypatch.syspath_prepend(str(site))
    ws = make_workspace(tmp_path, extra_stage="  - {stage: mask_digits, keep: 1}\n")
    pipeline = load_pipeline(ws / "pipelines" / "slip.yaml")
    assert [s.name for s in pipeline.stages] == ["load", "vision_extract", "mask_digits", "text_structure",
                                                 "validate", "export"]
    (doc,) = pipeline.run([slip_file(tmp_path / "in")]).documents
    assert doc.data == {"slip_ref": "Q-XX", "total": 12.0}
    with pytest.raises(ConfigError, match=r"mask_digits\.kep: unknown option — did you mean keep\?"):
        bad = make_workspace(tmp_path / "bad", extra_stage="  - {stage: mask_digits, kep: 1}\n")
        load_pipeline(bad / "pipelines" / "slip.yaml")


def test_a_label_option_names_vocabulary_lists_alone_or_joined():
    from pydantic import ValidationError

    from scan2data.engines.rules import FieldSpec

    joined = FieldSpec(extractor="amount", after=["subtotal_anchors", "total_anchors"], anchors=["TOTAL DUE"])
    assert "SUBTOTAL" in joined.model_extra["after"] and "GRAND TOTAL" in joined.model_extra["after"]
    assert joined.model_extra["anchors"] == ["TOTAL DUE"]  # labels stay labels
    with pytest.raises(ValidationError, match="no label list 'subtotal_anchor' .*did you mean subtotal_anchors"):
        FieldSpec(extractor="amount", after=["subtotal_anchor", "total_anchors"])  # a typo is an error, not a label
