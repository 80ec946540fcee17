"""The review page in a real browser: headless Chromium (Debian's ``chromium`` package, never a browser
download) driven by Playwright, against a real ``scan2data serve`` process. A person opens the first
flagged document, corrects a value with the keyboard alone, saves, and the export carries it."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)")


def test_correct_a_flagged_receipt_with_the_keyboard(tmp_path, receipt_image):
    import openpyxl

    from conftest import receipt_responder
    from ollama_standin import StandinOllama
    from scan2data import load_pipeline
    from scan2data.store import RunStore
    from serve_process import ServeProcess
    from test_service import HOSTILE_RECEIPT

    with StandinOllama(respond=receipt_responder(HOSTILE_RECEIPT)) as model:  # total 99.00: flagged
        run = load_pipeline("receipt", ollama_url=model.url).run([receipt_image]).run_id
    loads: list[str] = []
    keys = 0
    with ServeProcess() as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        page.on("load", lambda: loads.append(page.url))

        def press(key: str) -> None:
            nonlocal keys
            keys += 1
            page.keyboard.press(key)

        page.goto(f"{url}/review/{run}")
        focused = "document.activeElement && document.activeElement.id === '{}'"
        page.wait_for_function(focused.format("start"))  # autofocus applies after the load event
        with page.expect_navigation():
            press("Enter")  # "Start reviewing": the worst document
        assert page.url.split("?")[0].endswith(f"/review/{run}/0")
        page.wait_for_function(focused.format("f-subtotal"))  # the first value a reason names
        assert "&lt;script&gt;" in page.content() and page.locator("script").count() == 0
        while page.evaluate("document.activeElement.id") != "f-total":
            press("Tab")  # a field reached with Tab has its text selected: typing replaces it
        for char in "11.50":
            press(char)
        with page.expect_navigation():
            press("Enter")  # save: on to the next flagged document, or back to the list
        assert page.url.endswith(f"/review/{run}")
        browser.close()

    assert len(loads) == 3 and keys == 12  # list, document, list again; Enter + 5 Tabs + 5 + Enter
    out = tmp_path / "corrected.xlsx"
    RunStore().load_result(str(run)).export(out)
    sheet = openpyxl.load_workbook(out)["documents"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]]))
    assert row["total"] == 11.5 and row["corrected_fields"] == "total" and row["reviewed_by"].startswith("reviewer")
