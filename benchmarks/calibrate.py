"""Calibrate what an engine's confidence means, and measure the review flag honestly: issuer-grouped
cross-validation (no receipt is scored by a calibration fitted on its own merchant's receipts).

    python benchmarks/calibrate.py receipt ../shared/datasets/sroie-dev --mapping benchmarks/sroie-mapping.yaml \\
        --config engine=local --issuer merchant_name --target 0.35 -o benchmarks/calibration-receipt.md

For each field, the share of values found right per confidence step is fitted on the other folds'
documents; a document is flagged when a rule flags it or when its calibrated values are all right less
often than a threshold chosen on those folds to flag at most ``--target`` of the documents. The table
fitted on every document is printed as the ``validate:`` settings to put in the pipeline's profile.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from scan2data import metrics  # noqa: E402
from scan2data.evaluate import EvalConfig, evaluate, load_mapping  # noqa: E402
from scan2data.stages.validate import calibrated  # noqa: E402

EDGES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0]
FOLDS = 5


def fit(rows: list[dict[str, Any]], fields: list[str]) -> dict[str, list[tuple[float, float]]]:
    """field -> [(edge, share right)], Laplace-smoothed; steps without values get the next lower step's."""
    table = {}
    for name in fields:
        steps, last = [], 0.5
        for low, high in zip([-1.0, *EDGES], EDGES):
            seen = [r["fields"][name] for r in rows if name in r["fields"] and r["fields"][name]["confidence"] is not None
                    and not metrics._blank(r["fields"][name]["got"]) and low < r["fields"][name]["confidence"] <= high]
            if seen:
                last = (sum(f["normalised"] for f in seen) + 1) / (len(seen) + 2)
            steps.append((high, round(last, 3)))
        table[name] = steps
    return table


def chance(row: dict[str, Any], table: dict[str, list[tuple[float, float]]]) -> float:
    p = 1.0
    for name, steps in table.items():
        field = row["fields"].get(name)
        if field is None or field["confidence"] is None or metrics._blank(field["got"]):
            continue
        p *= calibrated(steps, field["confidence"])
    return p


def threshold(rows: list[dict[str, Any]], table: dict[str, list[tuple[float, float]]], target: float) -> float:
    """The highest threshold that flags at most ``target`` of ``rows`` (with the rules' own flags)."""
    best = 0.0
    for candidate in sorted({round(chance(r, table), 4) for r in rows} | {0.0}):
        flagged = sum(r["rule_flag"] or chance(r, table) < candidate for r in rows)
        if flagged <= target * len(rows):
            best = max(best, candidate)
    return best


def flag_figures(rows: list[dict[str, Any]], flagged: list[bool]) -> dict[str, float]:
    wrong = [not r["all_right"] for r in rows]
    caught = sum(f and w for f, w in zip(flagged, wrong))
    return {"recall": caught / max(1, sum(wrong)), "precision": caught / max(1, sum(flagged)),
            "flagged": sum(flagged) / max(1, len(rows)), "wrong": sum(wrong) / max(1, len(rows))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pipeline")
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--mapping", type=Path)
    parser.add_argument("--config", default="engine=local", help="as eval -c, without the name")
    parser.add_argument("--issuer", required=True, help="the field that names the issuer (groups the folds)")
    parser.add_argument("--target", type=float, default=0.35, help="largest share of documents to flag")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    config = EvalConfig.parse(f"raw={args.config},validate.calibration={{}},validate.review_below=null")
    report = evaluate(args.pipeline, args.dataset, [config], mapping=load_mapping(args.mapping, None))
    fields = list(report.fields)
    rows = []
    for score in report.documents["raw"]:
        reasons = [r for r in score.reasons if "may be wrong" not in r]
        issuer = metrics.normalise_text(score.fields.get(args.issuer, {}).get("expected"))
        rows.append({"fields": score.fields, "all_right": score.all_right, "rule_flag": bool(reasons or score.error),
                     "fold": int(hashlib.sha256(issuer.encode()).hexdigest(), 16) % FOLDS})
    flagged_cv = [False] * len(rows)
    for fold in range(FOLDS):
        train = [r for r in rows if r["fold"] != fold]
        table = fit(train, fields)
        cut = threshold(train, table, args.target)
        for i, row in enumerate(rows):
            if row["fold"] == fold:
                flagged_cv[i] = row["rule_flag"] or chance(row, table) < cut
    rules_only = flag_figures(rows, [r["rule_flag"] for r in rows])
    grouped = flag_figures(rows, flagged_cv)
    table = fit(rows, fields)
    cut = threshold(rows, table, args.target)
    fitted_all = flag_figures(rows, [r["rule_flag"] or chance(r, table) < cut for r in rows])
    snippet = yaml.safe_dump({"validate": {"calibration": {k: [list(step) for step in v] for k, v in table.items()},
                                           "review_below": round(cut, 4)}}, sort_keys=False, default_flow_style=None)
    lines = [f"# Review flag calibration: {args.pipeline} on {args.dataset.name} ({len(rows)} documents)", "",
             f"`python benchmarks/calibrate.py {args.pipeline} DATASET --config {args.config} --issuer {args.issuer} "
             f"--target {args.target}`. {FOLDS} folds grouped by {args.issuer}: each document is flagged by a "
             "calibration fitted on other issuers' documents.", "",
             "| flag | wrong documents caught (recall) | precision | documents flagged |", "|---|---:|---:|---:|"]
    for label, figures in (("the rules' checks alone", rules_only),
                           (f"rules + calibrated chance, issuer-grouped CV (≤ {args.target:.0%} flagged)", grouped),
                           ("rules + calibrated chance, fitted and scored on all (optimistic)", fitted_all)):
        lines.append(f"| {label} | {figures['recall']:.0%} | {figures['precision']:.0%} | {figures['flagged']:.0%} |")
    lines += ["", f"Documents with a wrong field: {rules_only['wrong']:.0%}.", "",
              "Fitted on all documents (paste into the profile's stage settings):", "", "```yaml", snippet.strip(),
              "```", ""]
    text = "\n".join(lines)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
