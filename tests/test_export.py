"""Exports read back with openpyxl and pandas, cell by cell."""

import datetime as dt
import json

import openpyxl
import pandas as pd

from scan2data import load_pipeline


def run_two(ollama_server, receipt_image, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0garbage")
    (tmp_path / "notes.txt").write_text("not a scan")
    return load_pipeline("receipt", ollama_url=ollama_server.url).run([receipt_image, broken, tmp_path / "notes.txt"])


def test_excel_has_three_sheets_cell_by_cell(ollama_server, receipt_image, tmp_path):
    result = run_two(ollama_server, receipt_image, tmp_path)
    out = tmp_path / "out" / "receipts.xlsx"
    assert result.to_excel(out) == out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["documents", "line_items", "errors", "run"]
    run = dict(book["run"].iter_rows(min_row=2, values_only=True))
    assert run["pipeline"] == "receipt" and run["complete"] is True and run["scan2data"]
    assert "gemma3:4b" in run["engines"]

    docs = list(book["documents"].iter_rows(values_only=True))
    header = docs[0]
    row = dict(zip(header, docs[1]))
    assert header[:6] == ("document_id", "source_file", "document_type", "pages", "status", "review_reasons")
    assert len(docs) == 2
    assert row["document_id"] == "D0001"
    assert row["source_file"] == str(receipt_image)
    assert row["pages"] == 1 and row["status"] == "ok"
    assert row["merchant_name"] == "KEDAI MAJU SDN BHD"
    assert row["total"] == 11.5 and row["date"] == dt.datetime(2018, 12, 25)  # a real Excel date
    cells = {c.value: c for c in book["documents"][1]}
    column = {name: i for i, name in enumerate(header)}
    total_cell = book["documents"].cell(row=2, column=column["total"] + 1)
    date_cell = book["documents"].cell(row=2, column=column["date"] + 1)
    assert total_cell.number_format == "#,##0.00" and date_cell.number_format == "yyyy-mm-dd"
    assert cells["merchant_name"].data_type == "s"
    assert "items" not in header

    items = list(book["line_items"].iter_rows(values_only=True))
    assert items[0][:3] == ("document_id", "source_file", "line")
    item_rows = [dict(zip(items[0], r)) for r in items[1:]]
    assert [(r["document_id"], r["line"], r["description"], r["amount"]) for r in item_rows] == [
        ("D0001", 1, "NASI LEMAK", 9.0), ("D0001", 2, "TEH TARIK", 2.5)]

    error_rows = list(book["errors"].iter_rows(values_only=True))
    assert error_rows[0] == ("source_file", "error_kind", "error")
    errors = [dict(zip(error_rows[0], r)) for r in error_rows[1:]]
    kinds = {e["source_file"].rsplit("/", 1)[-1]: e["error_kind"] for e in errors}
    assert kinds == {"broken.jpg": "input_error", "notes.txt": "input_error"}
    assert result.exit_code == 1


def test_csv_writes_documents_items_and_errors(ollama_server, receipt_image, tmp_path):
    result = run_two(ollama_server, receipt_image, tmp_path)
    written = result.export(tmp_path / "receipts.csv")
    assert [p.name for p in written] == ["receipts.csv", "receipts_line_items.csv", "receipts_errors.csv",
                                         "receipts_run.json"]
    assert json.loads(written[3].read_text())["pipeline"] == "receipt"
    docs = pd.read_csv(written[0])
    assert docs.loc[0, "merchant_name"] == "KEDAI MAJU SDN BHD" and docs.loc[0, "total"] == 11.5
    items = pd.read_csv(written[1])
    assert list(items["description"]) == ["NASI LEMAK", "TEH TARIK"]
    assert len(pd.read_csv(written[2])) == 2


def test_jsonl_has_full_records(ollama_server, receipt_image, tmp_path):
    result = run_two(ollama_server, receipt_image, tmp_path)
    path = result.to_jsonl(tmp_path / "receipts.jsonl")
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0]["source_file"] == str(receipt_image)
    assert lines[0]["status"] == "ok" and lines[0]["data"]["items"][1]["description"] == "TEH TARIK"
    assert [line["status"] for line in lines[1:]] == ["failed", "failed"]


def test_dataframe_api(ollama_server, receipt_image, tmp_path):
    frame = load_pipeline("receipt", ollama_url=ollama_server.url).run(receipt_image).to_dataframe()
    assert frame.loc[0, "total"] == 11.5 and frame.loc[0, "status"] == "ok"


HOSTILE = {"merchant_name": "=1+1 TRADING", "merchant_address": '=HYPERLINK("http://evil","click")',
           "merchant_phone": "@SUM(A1)", "payment_method": "=cmd|' /C calc'!A0", "time": "\t=2+3",
           "currency": "-2+3", "total": -1.73, "subtotal": -1.73, "date": "2018-12-25",
           "items": [{"description": "+SUM(1,2)", "amount": -1.73}]}


def test_text_that_looks_like_a_formula_never_becomes_one(tmp_path, receipt_image):
    from conftest import receipt_responder
    from ollama_standin import StandinOllama

    with StandinOllama(respond=receipt_responder(HOSTILE)) as server:
        result = load_pipeline("receipt", ollama_url=server.url).run([receipt_image])
    xlsx, csv, jsonl = result.export(tmp_path / "r.xlsx")[0], result.export(tmp_path / "r.csv"), \
        result.export(tmp_path / "r.jsonl")[0]

    sheet = openpyxl.load_workbook(xlsx)["documents"]
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, sheet[2]))
    for name in ("merchant_name", "merchant_address", "merchant_phone", "payment_method", "currency"):
        assert cells[name].data_type == "s" and cells[name].value == HOSTILE[name]  # text, unchanged
        assert cells[name].quotePrefix  # Excel's own "this is text" mark
    assert cells["total"].data_type == "n" and cells["total"].value == -1.73  # a real negative number
    items = openpyxl.load_workbook(xlsx)["line_items"]
    item = dict(zip([c.value for c in items[1]], items[2]))
    assert item["description"].data_type == "s" and item["amount"].value == -1.73

    docs = csv[0].read_text().splitlines()
    assert "'=1+1 TRADING" in docs[1] and "'@SUM(A1)" in docs[1] and "'-2+3" in docs[1]
    assert ",-1.73," in docs[1]  # numbers are not touched
    assert "'+SUM(1,2)" in csv[1].read_text()
    raw = json.loads(jsonl.read_text().splitlines()[0])["data"]
    assert raw["merchant_name"] == "=1+1 TRADING" and raw["total"] == -1.73  # JSONL keeps raw values


def test_excel_limits_lose_nothing(tmp_path, receipt_image):
    from conftest import receipt_responder
    from ollama_standin import StandinOllama

    long_address = "LOT 1 JALAN " + "PANJANG " * 6000  # 48 000 characters: over Excel's 32 767 a cell
    with StandinOllama(respond=receipt_responder({**HOSTILE, "merchant_address": long_address})) as server:
        result = load_pipeline("receipt", ollama_url=server.url).run([receipt_image])
    book = openpyxl.load_workbook(result.export(tmp_path / "r.xlsx")[0])
    header = [c.value for c in book["documents"][1]]
    cell = dict(zip(header, book["documents"][2]))["merchant_address"]
    assert len(cell.value) <= 32_767 and "long_values" in cell.value
    parts = [row for row in book["long_values"].iter_rows(min_row=2, values_only=True)]
    assert "".join(p[4] for p in parts) == long_address
    assert {p[2] for p in parts} == {"merchant_address"}
