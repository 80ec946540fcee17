"""The HTTP service: the API through FastAPI's test client, and once as a real server process on a socket."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from scan2data.service import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(engine="local"))


def test_health_and_pipelines(client):
    assert client.get("/healthz").json()["status"] == "ok"
    names = {row["name"] for row in client.get("/v1/pipelines").json()}
    assert {"receipt", "invoice", "auto"} <= names


def test_extract_a_receipt(client, receipt_image):
    with receipt_image.open("rb") as handle:
        answer = client.post("/v1/extract/receipt", files={"file": ("till slip.png", handle, "application/pdf")})
    assert answer.status_code == 200, answer.text
    record = answer.json()
    assert record["source_file"] == "till slip.png" and record["data"]["total"] == 11.5
    assert record["status"] in ("ok", "needs_review") and "total" in record["evidence"]


def test_errors_have_one_shape(client, receipt_image):
    unknown = client.post("/v1/extract/recipe", files={"file": ("a.png", receipt_image.read_bytes())})
    assert unknown.status_code == 404 and unknown.json()["error"]["kind"] == "pipeline_not_found"
    text = client.post("/v1/extract/receipt", files={"file": ("notes.pdf", b"just some text", "application/pdf")})
    assert text.status_code == 415 and "recognised by content" in text.json()["error"]["message"]
    broken = client.post("/v1/extract/receipt", files={"file": ("r.png", b"\x89PNG\r\n\x1a\nbroken")})
    assert broken.status_code == 422 and broken.json()["error"]["kind"] == "input_error"
    assert "r.png" in broken.json()["error"]["message"] and "/tmp" not in broken.json()["error"]["message"]
    missing = client.post("/v1/extract/receipt")
    assert missing.status_code == 422 and missing.json()["error"]["kind"] == "invalid_request"


def test_an_einvoice_xml_over_http_and_in_review(tmp_path, client):
    from scan2data import load_pipeline
    from test_invoices import UBL

    xml = UBL.format(comment="").encode()
    answer = client.post("/v1/extract/invoice", files={"file": ("rechnung.xml", xml, "application/xml")})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["data"]["total"], answer.json()["pages"]) == (476.0, 0)
    (tmp_path / "rechnung.xml").write_bytes(xml)
    run = load_pipeline("invoice", engine="local").run([tmp_path / "rechnung.xml"]).run_id
    page = TestClient(create_app()).get(f"/review/{run}/0")
    assert page.status_code == 200 and "no page to show" in page.text and "page.png" not in page.text


def test_upload_limit_and_token(receipt_image):
    small = TestClient(create_app(engine="local", max_upload_mb=0.001, token="s3cret"))
    files = {"file": ("r.png", receipt_image.read_bytes())}
    assert small.post("/v1/extract/receipt", files=files).status_code == 401
    too_big = small.post("/v1/extract/receipt", files=files, headers={"Authorization": "Bearer s3cret"})
    assert too_big.status_code == 413 and too_big.json()["error"]["kind"] == "too_large"
    assert small.get("/healthz").status_code == 200  # health needs no token


def test_real_server_process(receipt_image):
    from serve_process import ServeProcess

    with ServeProcess("--engine", "local") as url:
        answer = httpx.post(f"{url}/v1/extract/receipt", timeout=120,
                            files={"file": ("r.png", receipt_image.read_bytes())})
        assert answer.status_code == 200 and answer.json()["data"]["merchant_name"] == "KEDAI MAJU SDN BHD"


def test_listening_beyond_this_machine_needs_a_token():
    done = subprocess.run([sys.executable, "-m", "scan2data.cli", "serve", "--host", "0.0.0.0", "--port", "1"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "set a token" in done.stderr


def wait_for(client, job_id, headers=None, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        state = client.get(f"/v1/jobs/{job_id}", headers=headers).json()
        if state["state"] in ("finished", "failed"):
            return state
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish: {state}")


def test_jobs_of_uploads_and_of_a_folder_inside_the_roots(tmp_path, receipt_image):
    import json

    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "a.png").write_bytes(receipt_image.read_bytes())
    (shop / "b.png").write_bytes(receipt_image.read_bytes() + b"\0")
    client = TestClient(create_app(engine="local", roots=[tmp_path]))
    files = [("files", ("one.png", receipt_image.read_bytes())), ("files", ("two.png", receipt_image.read_bytes() + b"1"))]
    job = client.post("/v1/jobs/receipt", files=files).json()["job"]
    state = wait_for(client, job)
    assert state["state"] == "finished" and state["done"] == 2 and "folder" not in state
    lines = client.get(f"/v1/jobs/{job}/export.jsonl").text.splitlines()
    assert [json.loads(line)["data"]["total"] for line in lines] == [11.5, 11.5]
    assert client.get(f"/v1/jobs/{job}/export.xlsx").content[:2] == b"PK"
    from scan2data.workspace import home_dir

    assert not (home_dir() / "jobs" / job).exists()  # uploads are kept only while the job needs them
    by_folder = client.post("/v1/jobs/receipt", data={"folder": str(shop)}).json()["job"]
    assert wait_for(client, by_folder)["state"] == "finished" and (shop / "a.png").exists()  # the user's folder stays
    keeping = TestClient(create_app(engine="local", keep_uploads=True))
    kept = keeping.post("/v1/jobs/receipt", files=files[:1]).json()["job"]
    assert wait_for(keeping, kept)["state"] == "finished" and (home_dir() / "jobs" / kept).is_dir()
    outside = client.post("/v1/jobs/receipt", data={"folder": str(tmp_path / ".." / "..")})
    assert outside.status_code == 403 and outside.json()["error"]["kind"] == "outside_roots"
    assert client.get("/v1/jobs/nope").status_code == 404


def test_a_job_interrupted_by_a_restart_is_started_again(tmp_path, receipt_image):
    from scan2data.store import RunStore
    from scan2data.workspace import home_dir

    folder = home_dir() / "jobs" / "restarted"
    folder.mkdir(parents=True)
    (folder / "00000.png").write_bytes(receipt_image.read_bytes())
    RunStore().add_job("restarted", "receipt", str(folder), 1)  # as a server that died left it
    with TestClient(create_app(engine="local")) as client:  # startup resumes unfinished jobs
        assert wait_for(client, "restarted")["state"] == "finished"


HOSTILE_RECEIPT = {"merchant_name": "<script>alert('x')</script> SHOP", "date": "2018-12-25", "total": 99.0,
                   "subtotal": 11.5, "tax": 0.0, "currency": "MYR", "items": [{"description": "A", "amount": 11.5}]}


def test_review_page_corrects_a_flagged_document_and_exports_carry_it(tmp_path, receipt_image):
    import openpyxl

    from conftest import receipt_responder
    from ollama_standin import StandinOllama
    from scan2data import load_pipeline
    from scan2data.store import RunStore

    other = tmp_path / "other.png"
    other.write_bytes(receipt_image.read_bytes() + b"\0")
    with StandinOllama(respond=receipt_responder(HOSTILE_RECEIPT)) as server:
        run = load_pipeline("receipt", ollama_url=server.url).run([receipt_image, other]).run_id
    client = TestClient(create_app())
    listing = client.get(f"/review/{run}")
    assert listing.status_code == 200 and "needs_review" in listing.text
    page = client.get(f"/review/{run}/0")
    assert "&lt;script&gt;alert(" in page.text and "<script>alert" not in page.text  # shown, never run
    assert 'accesskey="s"' in page.text and "autofocus" in page.text
    assert client.get(f"/review/{run}/0/page.png").content[:4] == b"\x89PNG"

    bad = client.post(f"/review/{run}/0", data={"field:total": "eleven", "who": "ana", "action": "save"})
    assert bad.status_code == 422 and "Not saved: total" in bad.text
    assert RunStore().corrections(run) == {}

    saved = client.post(f"/review/{run}/0", data={"field:total": "11.50", "field:merchant_name": "KEDAI MAJU",
                                                  "who": "ana", "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == f"/review/{run}/1"  # the next flagged one
    result = RunStore().load_result(str(run))
    first = result.documents[0]
    assert first.data["total"] == 11.5 and first.data["merchant_name"] == "KEDAI MAJU"
    assert first.corrected == ["merchant_name", "total"] and first.reviewed_by.startswith("ana at ")
    out = tmp_path / "fixed.xlsx"
    result.export(out)
    sheet = openpyxl.load_workbook(out)["documents"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]]))
    assert row["total"] == 11.5 and row["corrected_fields"] == "merchant_name; total"


def test_review_command_names_a_missing_run():
    done = subprocess.run([sys.executable, "-m", "scan2data.cli", "review", "42", "--no-browser"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no run 42" in done.stderr


def test_review_image_marks_where_each_value_was_read(tmp_path, receipt_image):
    import io

    from PIL import Image

    from scan2data import load_pipeline

    result = load_pipeline("receipt", engine="local").run([receipt_image])
    (document,) = result.documents
    page, left, top, right, bottom = document.evidence["total"].boxes[0]
    assert page == 1 and 0 <= left < right <= 1 and 0 <= top < bottom <= 1
    png = TestClient(create_app()).get(f"/review/{result.run_id}/0/page.png").content
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    middle = int((top + bottom) / 2 * height)
    near = [image.getpixel((x, middle)) for x in range(max(0, int(left * width) - 5), int(left * width) + 2)]
    assert any(g > 100 and r < 100 and b < 100 for r, g, b in near)  # a green frame: the total was not flagged


def test_review_page_edits_line_items(tmp_path, receipt_image):
    from conftest import receipt_responder
    from ollama_standin import StandinOllama
    from scan2data import load_pipeline
    from scan2data.store import RunStore

    with StandinOllama(respond=receipt_responder(HOSTILE_RECEIPT)) as server:
        run = load_pipeline("receipt", ollama_url=server.url).run([receipt_image]).run_id
    client = TestClient(create_app())
    page = client.get(f"/review/{run}/0").text
    assert 'name="list:items:0:amount"' in page and 'value="11.5"' in page
    assert 'name="list:items:1:description"' in page  # an empty row to add one
    bad = client.post(f"/review/{run}/0", data={"list:items:0:description": "A", "list:items:0:amount": "x",
                                                "who": "ana", "action": "save"})
    assert bad.status_code == 422 and "items.0.amount" in bad.text and 'value="x"' in bad.text
    form = {"list:items:0:description": "NASI LEMAK", "list:items:0:amount": "9.00",
            "list:items:1:description": "TEH TARIK", "list:items:1:amount": "2.50",
            "list:items:2:description": "", "list:items:2:amount": "", "who": "ana", "action": "save"}
    assert client.post(f"/review/{run}/0", data=form, follow_redirects=False).status_code == 303
    document = RunStore().load_result(str(run)).documents[0]
    assert [(i["description"], i["amount"]) for i in document.data["items"]] == [("NASI LEMAK", 9.0), ("TEH TARIK", 2.5)]
    assert document.corrected == ["items"]


def test_uploads_beyond_max_concurrent_wait_their_turn(receipt_image):
    import json
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from conftest import RECEIPT_JSON
    from ollama_standin import Reply, StandinOllama
    from serve_process import ServeProcess

    active, most = [0], [0]
    lock = threading.Lock()

    def respond(request):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.3)
        with lock:
            active[0] -= 1
        return Reply(content=json.dumps(RECEIPT_JSON) if request.is_structure else "KEDAI MAJU SDN BHD")

    with StandinOllama(respond=respond) as model, ServeProcess("--ollama-url", model.url, "--max-concurrent", "1") as url:
        def upload(i: int) -> int:
            files = {"file": (f"r{i}.png", receipt_image.read_bytes())}
            return httpx.post(f"{url}/v1/extract/receipt", files=files, timeout=120).status_code

        with ThreadPoolExecutor(3) as pool:
            assert list(pool.map(upload, range(3))) == [200, 200, 200]
    assert most[0] == 1  # one document at a time reached the model


def test_review_page_shows_every_page_of_a_document(tmp_path, receipt_image):
    from PIL import Image

    from scan2data import load_pipeline

    first = Image.open(receipt_image).convert("RGB")
    second = Image.new("RGB", first.size, "white")
    scan = tmp_path / "two pages.tif"
    first.save(scan, save_all=True, append_images=[second])
    run = load_pipeline("receipt", engine="local").run([scan]).run_id
    client = TestClient(create_app())
    page = client.get(f"/review/{run}/0").text
    assert 'alt="page 1 of two pages.tif"' in page and 'alt="page 2 of two pages.tif"' in page
    assert client.get(f"/review/{run}/0/page.png?n=2").content[:4] == b"\x89PNG"
    missing = client.get(f"/review/{run}/0/page.png?n=3")
    assert missing.status_code == 404 and missing.json()["error"]["kind"] == "no_such_page"
