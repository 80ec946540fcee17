"""The ``scan2data`` command as a user runs it: a real subprocess, real files, the stand-in server."""

import subprocess
import sys

import openpyxl

from conftest import RECEIPT_TEXT, receipt_responder
from ollama_standin import ChatRequest, Reply, StandinOllama


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "scan2data.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_run_writes_workbook_and_exit_codes(ollama_server, receipt_image, tmp_path):
    out = tmp_path / "r.xlsx"
    ok = cli("run", "receipt", receipt_image, "-o", out, "--ollama-url", ollama_server.url)
    assert ok.returncode == 0, ok.stderr
    assert "1 document(s) extracted, 0 need review, 0 failed" in ok.stderr
    assert openpyxl.load_workbook(out)["documents"]["A2"].value == "D0001"

    bad = tmp_path / "bad.png"
    bad.write_text("nope")
    some_failed = cli("run", "receipt", receipt_image, bad, "-o", out, "--ollama-url", ollama_server.url)
    assert some_failed.returncode == 1
    assert f"failed: {bad}: cannot read it as an image or PDF" in some_failed.stderr
    assert openpyxl.load_workbook(out)["documents"].max_row == 2  # the good one is still exported


def test_usage_errors_exit_2(tmp_path, receipt_image):
    assert cli("run", "receipt", receipt_image).returncode == 2  # no -o
    wrong_type = cli("run", "receipt", receipt_image, "-o", tmp_path / "x.pdf")
    assert wrong_type.returncode == 2 and ".csv, .jsonl, .xlsx" in wrong_type.stderr
    unknown = cli("run", "nope", receipt_image, "-o", tmp_path / "x.csv")
    assert unknown.returncode == 2 and "scan2data new nope" in unknown.stderr


def test_ollama_down_with_explicit_engine_is_one_line(receipt_image, tmp_path):
    done = cli("run", "receipt", receipt_image, "-o", tmp_path / "x.csv", "--engine", "ollama",
               "--ollama-url", "http://127.0.0.1:9")
    assert done.returncode == 1
    assert done.stderr.strip() == ("error: Ollama is not running at http://127.0.0.1:9 — start it with "
                                   "`ollama serve` (or pass --ollama-url / set OLLAMA_HOST)")


def test_pipelines_lists_builtins_and_workspace_types(tmp_path):
    assert cli("new", "purchase_order", cwd=tmp_path).returncode == 0
    listed = cli("pipelines", cwd=tmp_path).stdout
    names = [line.split()[0] for line in listed.splitlines()]
    assert names == ["auto", "invoice", "purchase_order", "receipt"]


def test_new_then_check_then_run_without_framework_edits(tmp_path, receipt_image):
    made = cli("new", "purchase_order", cwd=tmp_path)
    assert made.returncode == 0
    assert (tmp_path / "schemas" / "purchase_order.py").exists()
    assert cli("new", "purchase_order", cwd=tmp_path).returncode == 2  # refuses to overwrite
    checked = cli("check", "purchase_order", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "purchase_order: ready" in checked.stdout

    def respond(request: ChatRequest) -> Reply:
        if request.is_structure:
            return Reply(content='{"issuer": "ACME", "document_number": "PO-7", "date": "2024-03-01", '
                                 '"items": [{"description": "bolts", "quantity": 10, "amount": 5}], "total": 5}')
        return Reply(content="PURCHASE ORDER PO-7")

    with StandinOllama(respond=respond) as server:
        ran = cli("run", "purchase_order", receipt_image, "-o", tmp_path / "po.xlsx", "--ollama-url", server.url,
                  cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    book = openpyxl.load_workbook(tmp_path / "po.xlsx")
    header = [c.value for c in book["documents"][1]]
    row = dict(zip(header, [c.value for c in book["documents"][2]]))
    assert row["document_number"] == "PO-7" and row["document_type"] == "purchase_order"
    assert book["line_items"]["D2"].value == "bolts"
    assert "purchase order" in server.chats[0].prompt


def test_check_fails_on_broken_schema(tmp_path):
    cli("new", "thing", cwd=tmp_path)
    (tmp_path / "schemas" / "thing.py").write_text("from pydantic import BaseModel\nclass Thing(BaseModel):\n  x: int = \n")
    done = cli("check", "thing", cwd=tmp_path)
    assert done.returncode == 2
    assert "thing.py: importing the schema failed: SyntaxError" in done.stderr


def test_auto_routes_each_document(tmp_path, receipt_image):
    invoice = tmp_path / "invoice.png"
    invoice.write_bytes(receipt_image.read_bytes() + b"\0")  # other bytes: not a duplicate of the receipt
    letter = tmp_path / "letter.png"
    letter.write_bytes(receipt_image.read_bytes() + b"\0\0")
    categories = iter(["receipt", "invoice", "other"])
    answer_receipt = receipt_responder()

    def respond(request: ChatRequest) -> Reply:
        if request.schema and set(request.schema["properties"]) == {"category", "confidence"}:
            return Reply(content='{"category": "%s", "confidence": "high"}' % next(categories))
        if request.is_structure and "vendor_name" in request.schema["properties"]:  # the invoice schema
            return Reply(content='{"vendor_name": "ACME", "invoice_number": "INV-1", "total": 40}')
        return answer_receipt(request) if request.is_structure else Reply(content=RECEIPT_TEXT)

    with StandinOllama(respond=respond) as server:
        done = cli("run", "auto", receipt_image, invoice, letter, "-o", tmp_path / "all.xlsx",
                   "--ollama-url", server.url, "-j", "1")  # one at a time: the stand-in answers in call order
    assert done.returncode == 0  # an 'other' document is reported, not a failure
    assert f"skipped: {letter}: classified as 'other'" in done.stderr
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    header = [c.value for c in book["documents"][1]]
    rows = [dict(zip(header, [c.value for c in r])) for r in book["documents"].iter_rows(min_row=2)]
    assert [(r["document_type"], r.get("merchant_name"), r.get("invoice_number")) for r in rows] == [
        ("receipt", "KEDAI MAJU SDN BHD", None), ("invoice", None, "INV-1")]


def test_empty_or_missing_inputs_are_usage_errors_that_write_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "x.csv"
    out.write_text("a good earlier export\n")
    done = cli("run", "receipt", tmp_path / "empty", "-o", out, "--engine", "local")
    assert done.returncode == 2
    assert f"no images or PDFs in {tmp_path / 'empty'}" in done.stderr
    typo = cli("run", "receipt", tmp_path / "emtpy", "-o", out, "--engine", "local")
    assert typo.returncode == 2 and "no such file or folder" in typo.stderr
    assert out.read_text() == "a good earlier export\n"  # never replaced by an empty one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "x.csv"]
