import datetime as dt

from scan2data.config import Rule, ValidateStage
from scan2data.document import Document
from scan2data.stages.validate import rule_items_sum, rule_not_future, rule_parts_sum, rule_required, validate_document


def test_items_sum_against_subtotal_or_total():
    data = {"items": [{"amount": 9.0}, {"amount": 2.5}], "subtotal": None, "total": 11.5}
    assert rule_items_sum(data) == []
    data["total"] = 12.0
    assert rule_items_sum(data) == ["items add up to 11.5, not total 12.0"]
    assert rule_items_sum({**data, "subtotal": "11.50"}) == []
    assert rule_items_sum({"items": [], "total": 5}) == []


def test_parts_sum_with_tolerance():
    assert rule_parts_sum({"subtotal": 10, "tax": 0.6, "total": 10.6}) == []
    assert rule_parts_sum({"subtotal": 10, "tax": 0.6, "total": 10.62}, tolerance=0.05) == []
    assert rule_parts_sum({"subtotal": 10, "tax": 0.6, "total": 11}) == ["subtotal 10 + tax 0.6 = 10.6, but total is 11"]
    assert rule_parts_sum({"subtotal": None, "tax": 0.6, "total": 11}) == []


def test_required_and_not_future():
    assert rule_required({"total": None, "date": "", "merchant_name": "A"}, ["merchant_name", "total", "date"]) == [
        "total is missing", "date is missing"]
    today = dt.date(2024, 5, 1)
    assert rule_not_future({"date": "2024-05-01"}, today=today) == []
    assert rule_not_future({"date": "2024-05-02"}, today=today) == ["date 2024-05-02 is in the future"]
    assert rule_not_future({"date": "someday"}, today=today) == ["date 'someday' is not a date"]


def test_rules_flag_without_dropping_data():
    doc = Document(source=None, data={"total": None, "merchant_name": "SHOP"})
    validate_document(doc, ValidateStage(rules=[Rule(rule="required", fields=["total"])]))
    assert doc.status == "needs_review" and doc.reasons == ["total is missing"]
    assert doc.data == {"total": None, "merchant_name": "SHOP"}
