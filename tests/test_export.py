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
