"""Regenerate benchmarks/invoices.md: the invoice pipeline's paths on the invoice dev set, each alone.

    python benchmarks/invoices.py                  # ../shared/datasets/invoice-dev (28 PDFs)
    python benchmarks/invoices.py --skip-ocr       # without the (slow) OCR-only configuration

Configurations (all with the rules structurer, no model):
  text      the PDF's own text layer (pypdfium2), OCR only for pages without one; no e-invoice XML
  text+xml  the same, plus the embedded Factur-X / ZUGFeRD XML, cross-checked with the page
  ocr       every page rendered at 200 dpi and read by RapidOCR; no XML (what scans get)
  xml-file  the embedded XML saved as a file of its own and read alone (an XRechnung received by e-mail)
The labels of 26 of the 28 files come from the same embedded XML, so ``text+xml`` scoring ~100 % says
that XML is read correctly, not that the rules are good: ``text`` and ``ocr`` measure the rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import subprocess
import tempfile
from pathlib import Path

from scan2data.einvoice import find_xml
from scan2data.evaluate import EvalConfig, evaluate
from scan2data.pdf import embedded_files
from scan2data.report import terminal_table

HERE = Path(__file__).resolve().parent
CONFIGS = {
    "text": "engine=local,einvoice.enabled=false",
    "text+xml": "engine=local",
    "ocr": "engine=local,vision_extract.engine=rapidocr,einvoice.enabled=false",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=HERE.parents[1] / "shared" / "datasets" / "invoice-dev")
    parser.add_argument("--skip-ocr", action="store_true")
    args = parser.parse_args()
    chosen = {k: v for k, v in CONFIGS.items() if not (args.skip_ocr and k == "ocr")}
    report = evaluate("invoice", args.dataset, [EvalConfig.parse(f"{n}={s}") for n, s in chosen.items()])
    pages = {}
    for path in sorted(args.dataset.glob("*.pdf")):
        import pypdfium2

        pages[path.name] = len(pypdfium2.PdfDocument(str(path)))
    total_pages = sum(pages.values())
    per_page = {name: report.summaries[name]["latency"]["median_s"] for name in chosen}
    seconds = {name: sum(d.seconds or 0 for d in report.documents[name]) / max(total_pages, 1) for name in chosen}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HERE).stdout.strip()
    text = [f"# Invoices: current figures\n\nRegenerate with `python benchmarks/invoices.py` (dataset "
            f"`{args.dataset.name}`: {len(pages)} PDFs, {total_pages} pages; {dt.date.today().isoformat()}, commit "
            f"{commit or 'uncommitted'}, {platform.machine()}, Python {platform.python_version()}, 2 cores).\n",
            __doc__.split("\n\n", 2)[2].strip() + "\n",
            "```\n" + " ".join(["scan2data eval invoice DATASET"] + [f"-c {n}={s}" for n, s in chosen.items()]) + "\n```\n",
            "```\n" + terminal_table(report) + "\n```\n",
            "Seconds per page (all documents' wall time / pages): "
            + ", ".join(f"{name} {value:.2f}" for name, value in seconds.items())
            + "; median seconds per document: " + ", ".join(f"{n} {v:.2f}" for n, v in per_page.items() if v) + ".\n",
            *xml_files(args.dataset)]
    (HERE / "invoices.md").write_text("\n".join(text), encoding="utf-8")
    (HERE / "invoices.json").write_text(json.dumps(report.to_json()["summaries"], indent=1, default=str),
                                        encoding="utf-8")
    print("\n".join(text))



def xml_files(dataset: Path) -> list[str]:
    """The e-invoice XML each PDF carries, saved with the PDF's label and read as a file of its own."""
    with tempfile.TemporaryDirectory() as folder:
        count = 0
        for path in sorted(dataset.glob("*.pdf")):
            files = embedded_files(path)
            found = find_xml(files)
            if found is not None and path.with_suffix(".json").is_file():
                (Path(folder) / f"{path.stem}.xml").write_bytes(files[found[0]])
                (Path(folder) / f"{path.stem}.json").write_bytes(path.with_suffix(".json").read_bytes())
                count += 1
        report = evaluate("invoice", Path(folder), [EvalConfig.parse("xml-file=engine=local")])
        table = terminal_table(report).replace(folder, f"the XML of {dataset.name}")
    return [f"## The XML alone\n\nThe {count} XML files the PDFs carry, each saved on its own with its PDF's "
            "label and read as an e-invoice file (no page):\n",
            "```\n" + table + "\n```\n"]


if __name__ == "__main__":
    main()
