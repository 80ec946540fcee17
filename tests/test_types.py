import datetime as dt
from decimal import Decimal

import pytest

from scan2data.types import DOCUMENT_DATE_ORDER, document_date_order, parse_amount, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RM 1,234.50", Decimal("1234.50")),
        ("9.00", Decimal("9.00")),
        ("9", Decimal("9")),
        ("1.234,50", Decimal("1234.50")),
        ("(3.20)", Decimal("-3.20")),
        ("3.20-", Decimal("-3.20")),
        ("$ 12.5", Decimal("12.5")),
        ("EUR -1.12", Decimal("-1.12")),  # a credit note's sign after the currency
        ("RM-5.00", Decimal("-5.00")),
        ("TOTAL-9.00", Decimal("9.00")),  # a dash glued to a word is no sign
        (7.1, Decimal("7.1")),
    ],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


def test_parse_amount_empty_and_garbage():
    assert parse_amount("") is None
    assert parse_amount(None) is None
    with pytest.raises(ValueError):
        parse_amount("total")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("25/12/2018", dt.date(2018, 12, 25)),
        ("25-12-18", dt.date(2018, 12, 25)),
        ("03 MAR 2018", dt.date(2018, 3, 3)),
        ("03-Mar-2018", dt.date(2018, 3, 3)),
        ("Mar 3, 2018", dt.date(2018, 3, 3)),
        ("2018-12-25", dt.date(2018, 12, 25)),
        ("20180304", dt.date(2018, 3, 4)),
        ("DATE: 01/02/2019 10:22", dt.date(2019, 2, 1)),
        ("12/25/2018", dt.date(2018, 12, 25)),  # impossible day-first: swapped
    ],
)
def test_parse_date_day_first(text, expected):
    assert parse_date(text, order="DMY") == expected


def test_parse_date_month_first():
    assert parse_date("01/02/2019", order="MDY") == dt.date(2019, 1, 2)


def test_a_documents_date_order_comes_from_its_own_dates_then_its_currency(monkeypatch):
    monkeypatch.delenv("SCAN2DATA_DATE_ORDER", raising=False)
    assert document_date_order(["Date 03/12/2025", "Due 19/12/2025"], "USD") == "DMY"  # 19 fits day first only
    assert document_date_order(["Date 03/12/2025", "Due 04/19/2025"], "EUR") == "MDY"
    assert document_date_order(["Date 03/12/2025"], "USD") == "MDY"  # a US dollar document
    assert document_date_order(["Date 03/12/2025"], "EUR") is None  # the default order holds
    assert document_date_order(["Ref 12.345.678.90"], "USD") == "MDY"  # not a date: no evidence either way
    monkeypatch.setenv("SCAN2DATA_DATE_ORDER", "DMY")
    assert document_date_order(["Date 03/12/2025"], "USD") is None  # the run's own setting outranks the guess
    token = DOCUMENT_DATE_ORDER.set("MDY")
    try:
        assert parse_date("03/12/2025") == dt.date(2025, 3, 12)  # a reader's settled order is used
    finally:
        DOCUMENT_DATE_ORDER.reset(token)
    assert parse_date("03/12/2025") == dt.date(2025, 12, 3)


def test_parse_date_rejects_non_dates():
    with pytest.raises(ValueError):
        parse_date("TOTAL 12.00")


def test_amounts_and_dates_refuse_lists_and_objects():
    import pytest

    from scan2data.types import parse_amount, parse_date

    for bad in ([1], {"value": 2}, (3,), ["2018-12-25"]):
        with pytest.raises(ValueError):
            parse_amount(bad)
        with pytest.raises((ValueError, TypeError)):
            parse_date(bad)
