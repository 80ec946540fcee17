"""Issuer templates: learned from a reviewed document, used first on the issuer's next documents."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from conftest import render_text
from scan2data import load_pipeline
from scan2data.document import TextLine
from scan2data.errors import ConfigError
from scan2data.metrics import field_kinds
from scan2data.templates import learn, line_keys, load_templates, matches, read_field, save_template

SHOP = ["GADGET HUT ENTERPRISE", "LOT 5 JALAN MAWAR, 43000 KAJANG", "SLIP# {number}", "DATE: {date}",
        "PRINTED 01/01/2017", "SUB TOTAL  {subtotal}", "NETT TOTAL  {total}", "CASH  50.00"]


def lines(**values: str) -> list[TextLine]:
    return [TextLine(line.format(**values)) for line in SHOP]


def receipt_schema():
    return load_pipeline("receipt").schema


def test_a_template_reads_the_next_document_of_the_same_issuer():
    first = lines(number="A-1001", date="03/04/2019", subtotal="9.90", total="10.60")
    confirmed = {"merchant_name": "GADGET HUT ENTERPRISE", "merchant_address": "LOT 5 JALAN MAWAR, 43000 KAJANG",
                 "receipt_number": "A-1001", "date": "2019-04-03", "total": 10.60}
    template = learn(first, confirmed, receipt_schema(), "receipt", ["merchant_name", "merchant_address"])
    assert template is not None and template.match == ["GADGET HUT ENTERPRISE"]
    assert template.fields["receipt_number"].label == "SLIP" and template.fields["receipt_number"].words == 1
    assert template.fields["total"].label == "NETT TOTAL"
    assert template.fields["date"].label == "DATE" and template.fields["date"].order == "DMY"

    second = lines(number="B-2002", date="28/02/2020", subtotal="20.00", total="21.20")
    kinds = field_kinds(receipt_schema())
    assert matches(template, line_keys(second)) >= 1.0
    read = {name: read_field(second, kinds[name], rule) for name, rule in template.fields.items()}
    assert read["receipt_number"][0] == "B-2002" and str(read["total"][0]) == "21.20"
    assert read["date"][0] == dt.date(2020, 2, 28) and read["merchant_name"][0] == "GADGET HUT ENTERPRISE"

    other_branch = [TextLine(t) for t in ["GADGET HUT ENTERPRISE", "NO 9 JALAN BUNGA, 81200 JOHOR BAHRU"]]
    assert read_field(other_branch, "text", template.fields["merchant_address"]) is None  # not printed: not copied
    assert matches(template, line_keys([TextLine("ANOTHER SHOP SDN BHD")])) == 0.0


def test_an_ambiguous_value_is_learned_where_the_engine_read_it():
    # the total equals the amount before rounding on the first receipt: only the engine's line says which it is
    text = ["TONY SHOP", "TOTAL SALES INCL. GST  39.90", "ROUNDING ADJUSTMENT  0.00", "TOTAL AFTER ROUNDING  39.90"]
    first = [TextLine(t) for t in text]
    values = {"merchant_name": "TONY SHOP", "total": 39.90}
    engine = {"total": (39.90, ["TOTAL AFTER ROUNDING  39.90"])}
    template = learn(first, values, receipt_schema(), "receipt", ["merchant_name"], read_from=engine)
    assert template.fields["total"].label == "TOTAL AFTER ROUNDING"
    without = learn(first, values, receipt_schema(), "receipt", ["merchant_name"],
                    read_from={"total": (12.0, ["TOTAL SALES INCL. GST  39.90"])})  # the engine was wrong: no hint
    assert without.fields["total"].label == "TOTAL SALES INCL. GST"  # the longer label, as a person would check


def test_templates_are_readable_yaml_and_a_broken_one_is_named(tmp_path):
    template = learn(lines(number="A-1", date="03/04/2019", subtotal="9.90", total="10.60"),
                     {"merchant_name": "GADGET HUT ENTERPRISE", "total": 10.60}, receipt_schema(), "receipt",
                     ["merchant_name"])
    path = save_template(template, tmp_path)
    assert path == tmp_path / "receipt" / "gadget-hut-enterprise.yaml"
    assert yaml.safe_load(path.read_text())["fields"]["total"]["label"] == "NETT TOTAL"
    assert [t.issuer for _p, t in load_templates([tmp_path], "receipt")] == ["GADGET HUT ENTERPRISE"]
    path.write_text("issuer: X\npipeline: receipt\nmatch: [X]\nfields: {total: {lable: TOTAL}}\n")
    with pytest.raises(ConfigError, match="gadget-hut-enterprise.yaml: not a valid template"):
        load_templates([tmp_path], "receipt")


def test_a_review_teaches_the_issuer_and_its_next_receipt_is_read_by_it(tmp_path):
    """End to end with real OCR: run, correct in the review page, run the issuer's next receipt."""
    pytest.importorskip("fastapi")
    pytest.importorskip("rapidocr")
    from fastapi.testclient import TestClient

    from scan2data.service import create_app
    from scan2data.workspace import home_dir

    text = "\n".join(SHOP)
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    render_text(text.format(number="A1001", date="03/04/2019", subtotal="9.90", total="10.60")).save(first)
    render_text(text.format(number="B2002", date="28/02/2020", subtotal="20.00", total="21.20")).save(second)
    pipeline = load_pipeline("receipt", engine="local")
    run = pipeline.run([first])
    before = run.documents[0]
    assert before.template is None
    client = TestClient(create_app())
    saved = client.post(f"/review/{run.run_id}/0", data={"field:receipt_number": "A1001", "field:total": "10.60",
                                                         "who": "ana", "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303
    (learned,) = (home_dir() / "templates" / "receipt").glob("*.yaml")
    fields = yaml.safe_load(learned.read_text())["fields"]
    assert fields["receipt_number"]["label"] == "SLIP" and yaml.safe_load(learned.read_text())["learned_from"]["by"] == "ana"

    after = load_pipeline("receipt", engine="local").run([second]).documents[0]
    assert after.template == learned.stem
    assert after.data["receipt_number"] == "B2002" and after.data["total"] == 21.20
    assert after.evidence["receipt_number"].sources[0] == f"template {learned.stem}"


def test_eval_measures_an_issuers_later_documents_after_correcting_its_first(tmp_path):
    import json

    pytest.importorskip("rapidocr")
    from scan2data.evaluate import evaluate

    text = "\n".join(SHOP)
    for name, number, total in (("a", "A1001", "10.60"), ("b", "B2002", "21.20"), ("c", "C3003", "7.35")):
        render_text(text.format(number=number, date="03/04/2019", subtotal="1.00", total=total)).save(tmp_path / f"{name}.png")
        (tmp_path / f"{name}.json").write_text(json.dumps({"merchant_name": "GADGET HUT ENTERPRISE",
                                                           "receipt_number": number, "total": total}))
    from scan2data.evaluate import EvalConfig

    report = evaluate("receipt", tmp_path, [EvalConfig("local", {"engine": "local"})], learn=True)
    learning = report.summaries["local"]["learning"]
    assert learning["issuers"] == 1 and learning["later_documents"] == 2 and learning["read_by_template"] == 2
    assert learning["before"]["fields"]["receipt_number"] < 1.0  # the rules do not know the label SLIP#
    assert learning["after"]["fields"]["receipt_number"] == 1.0
    assert {c["source"] for c in learning["changed"] if c["field"] == "receipt_number"} <= {"b.png", "c.png"}
