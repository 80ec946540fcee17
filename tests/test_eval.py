"""Metrics on hand-made tricky cases, and one end-to-end `scan2data eval` with the real local engine."""

import json
import subprocess
import sys

import pytest

from conftest import render_text
from scan2data import ConfigError
from scan2data.evaluate import EvalConfig, evaluate
from scan2data.metrics import normalised_match, prf, similarity, strict_match


@pytest.mark.parametrize("expected, got, kind, same", [
    ("9.00", "9", "amount", True),
    ("9.00", 9.0, "amount", True),
    ("RM 1,234.50", "1234.5", "amount", True),
    ("9.00", "9.01", "amount", False),
    ("25/12/2018", "2018-12-25", "date", True),
    ("03 MAR 2018", "2018-03-03", "date", True),
    ("01/02/2019", "2019-01-02", "date", False),  # day first: 1 February
    ("SHOP SDN BHD.", "shop sdn bhd", "text", True),
    ("NO 8, JALAN 7/118B,", "NO 8 JALAN 7/118B", "text", True),
    ("SHOP A", "SHOP B", "text", False),
    ("", None, "text", True),
    ("X", None, "text", False),
])
def test_normalised_match(expected, got, kind, same):
    assert normalised_match(expected, got, kind) is same


def test_strict_match_is_exact():
    assert strict_match("9.00", "9.00")
    assert not strict_match("9.00", "9")
    assert not strict_match("SHOP.", "SHOP")
    assert strict_match("25/12/2018", " 25/12/2018 ")


def test_similarity_and_prf():
    assert similarity("ABC", "abc") == 1.0
    assert 0.5 < similarity("KAWASAN PERINDUSTRIAN", "KAWASAN PERINOUSTRIAN") < 1.0
    assert prf(8, 10, 16) == {"precision": 0.8, "recall": 0.5, "f1": pytest.approx(0.6153846)}
    assert prf(0, 0, 5)["f1"] == 0.0


def test_config_parsing():
    config = EvalConfig.parse("tess=engine=local,vision_extract.engine=tesseract,resize.max_side=1600,"
                              "vision_extract.options.psm=4")
    assert config.overrides == {"engine": "local"}
    assert config.stage_overrides == {"vision_extract": {"engine": "tesseract", "options": {"psm": 4}},
                                      "resize": {"max_side": 1600}}
    nested = EvalConfig.parse("h=text_structure.options.rules={case: upper, fold_accents: true},engine=local")
    assert nested.stage_overrides == {"text_structure": {"options": {"rules": {"case": "upper", "fold_accents": True}}}}
    assert nested.overrides == {"engine": "local"}
    with pytest.raises(ConfigError, match="unknown key"):
        EvalConfig.parse("x=colour=blue")


RECEIPTS = {
    "a": ("ALPHA STORE SDN BHD\nNO 1, JALAN SATU,\n40000 SHAH ALAM.\nDATE: 01/03/2018\nTOTAL 12.50",
          {"company": "ALPHA STORE SDN BHD", "date": "01/03/2018", "total": "12.50"}),
    "b": ("BETA MART\nLOT 2, JALAN DUA,\n50000 KUALA LUMPUR.\nDATE: 15-04-2019\nNETT TOTAL 7.00",
          {"company": "BETA MART", "date": "15-04-2019", "total": "7.00"}),
    "c": ("GAMMA CAFE\nDATE: 20/05/2020\nTOTAL 3.30",
          {"company": "GAMMA CAFE", "date": "20/05/2020", "total": "9.99"}),  # label deliberately wrong
}


def test_eval_end_to_end(tmp_path):
    data = tmp_path / "labelled"
    data.mkdir()
    for stem, (text, label) in RECEIPTS.items():
        render_text(text, size=30).save(data / f"{stem}.png")
        (data / f"{stem}.json").write_text(json.dumps(label))
    (tmp_path / "map.yaml").write_text("company: merchant_name\n")
    out = subprocess.run(
        [sys.executable, "-m", "scan2data.cli", "eval", "receipt", data, "--mapping", tmp_path / "map.yaml",
         "-c", "ocr=engine=local", "-c", "tess=engine=local,vision_extract.engine=tesseract",
         "--json", tmp_path / "r.json", "-o", tmp_path / "r.html"],
        capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "merchant_name" in out.stdout and "ocr" in out.stdout and "tess" in out.stdout
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["fields"] == ["merchant_name", "date", "total"]
    for name in ("ocr", "tess"):
        summary = report["summaries"][name]
        assert summary["documents"] == 3
        assert summary["fields"]["total"]["normalised"] == pytest.approx(2 / 3)  # c's label is wrong
        assert summary["fields"]["date"]["normalised"] == 1.0
        assert summary["fields"]["date"]["strict"] == 1.0  # the date as printed is kept for strict scoring
        assert summary["all_fields_right"] == pytest.approx(2 / 3)
        worst = [d for d in report["documents"][name] if d["source"].endswith("c.png")][0]
        assert worst["fields"]["total"] == {**worst["fields"]["total"], "expected": "9.99", "got": 3.3,
                                            "normalised": False}
    page = (tmp_path / "r.html").read_text()
    assert page.count("<svg") == 3 and "data:image/jpeg;base64" in page
    assert 'src="http' not in page and 'href="http' not in page and "<script" not in page  # viewable offline


def test_eval_is_deterministic(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    text, label = RECEIPTS["a"]
    render_text(text, size=30).save(data / "a.png")
    (data / "a.json").write_text(json.dumps(label))
    runs = [evaluate("receipt", data, [EvalConfig("x", {"engine": "local"})], mapping={"company": "merchant_name"})
            for _ in range(2)]
    strip = [{k: v for k, v in r.summaries["x"].items() if k != "latency"} for r in runs]
    assert strip[0] == strip[1]


def test_eval_needs_labels(tmp_path):
    with pytest.raises(ConfigError, match="same-stem .json"):
        evaluate("receipt", tmp_path)


def test_eval_reports_flagged_share_and_a_reliability_table(tmp_path):
    """Confidence buckets count the values extracted in them and how many were right."""
    from scan2data.evaluate import DocumentScore, reliability, summarise

    def field(got, expected, confidence):
        return {"got": got, "expected": expected, "normalised": got == expected, "strict": got == expected,
                "similarity": None, "confidence": confidence, "flagged": False, "printed": got}

    scores = [DocumentScore("a", "c", "ok", 1.0, fields={"x": field("1", "1", 0.95), "y": field("2", "3", 0.4)}),
              DocumentScore("b", "c", "needs_review", 1.0, fields={"x": field("1", "1", 0.95),
                                                                   "y": field(None, "3", None)})]
    table = {row["confidence"]: (row["values"], row["accuracy"]) for row in reliability(scores)}
    assert table["0.9-1.0"] == (2, 1.0) and table["0.0-0.5"] == (1, 0.0) and table["none"] == (0, None)
    summary = summarise(scores, ["x", "y"], {"x": "text", "y": "text"})
    assert summary["review"]["flagged_share"] == 0.5 and summary["review"]["recall"] == 0.5
