"""``scan2data eval``: run configurations of a pipeline over labelled documents and score them.

A dataset is a folder of documents, each with a same-stem ``.json`` of expected values. A mapping
(dataset key -> schema field) lets a public dataset be used as it is: SROIE's ``company`` is the
receipt schema's ``merchant_name``. Every configuration runs on the same documents, in sorted order,
so the same inputs give the same numbers.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import metrics
from .errors import ConfigError
from .metrics import field_kinds
from .overrides import add_settings
from .pipeline import load_pipeline
from .stages.load import DOCUMENT_SUFFIXES, XML_SUFFIXES
from .workspace import Workspace

PIPELINE_KEYS = {"engine", "vision_model", "text_model", "ollama_url"}


@dataclass
class EvalConfig:
    """One configuration to compare: pipeline overrides (engine profile, models, stage settings)."""

    name: str
    overrides: dict[str, Any] = field(default_factory=dict)
    stage_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> "EvalConfig":
        """``NAME=key=value,key=value``; keys are engine, vision_model, text_model, ollama_url or
        ``STAGE.key`` as in ``run -c`` (e.g. ``vision_extract.engine=tesseract``)."""
        name, sep, rest = text.partition("=")
        if not name or not sep:
            raise ConfigError(f"--config {text!r}: expected NAME=key=value[,key=value...]")
        config = cls(name=name)
        for item in filter(None, (part.strip() for part in _split_top_level(rest))):
            key, sep, raw = item.partition("=")
            if not sep:
                raise ConfigError(f"--config {text!r}: {item!r} is not key=value")
            if key in PIPELINE_KEYS:
                config.overrides[key] = yaml.safe_load(raw) if raw else None
            elif "." in key:
                add_settings(config.stage_overrides, [item])
            else:
                raise ConfigError(f"--config {text!r}: unknown key {key!r} — use engine, vision_model, text_model, "
                                  "ollama_url or STAGE.key")
        return config


def _split_top_level(text: str) -> list[str]:
    """Split on commas outside ``{}``/``[]``, so values can be YAML maps: ``rules={case: upper, x: 1}``."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += char in "{["
        depth -= char in "}]"
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


@dataclass
class LabelledDocument:
    path: Path
    expected: dict[str, Any]  # schema field -> expected value


def load_mapping(path: Path | None, pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if path:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected 'dataset_key: schema_field' lines")
        mapping.update({str(k): str(v) for k, v in data.items()})
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep:
            raise ConfigError(f"--map {pair!r}: expected DATASET_KEY=SCHEMA_FIELD")
        mapping[key] = value
    return mapping


def load_dataset(directory: Path, schema_fields: list[str], mapping: dict[str, str]) -> list[LabelledDocument]:
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigError(f"{directory}: dataset folder not found")
    documents = []
    for path in sorted(p for p in directory.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES | XML_SUFFIXES):
        label = path.with_suffix(".json")
        if not label.is_file():
            continue
        raw = json.loads(label.read_text(encoding="utf-8"))
        expected = {}
        for key, value in raw.items():
            target = mapping.get(key, key)
            if target in schema_fields:
                expected[target] = value
        if expected:
            documents.append(LabelledDocument(path, expected))
    if not documents:
        raise ConfigError(f"{directory}: no documents with a same-stem .json of expected fields "
                          f"(and a mapping onto the schema's fields: {', '.join(schema_fields)})")
    return documents


@dataclass
class DocumentScore:
    source: str
    config: str
    status: str
    seconds: float | None
    error: str | None = None
    reasons: list[str] = field(default_factory=list)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def correct(self) -> int:
        return sum(f["normalised"] for f in self.fields.values())

    @property
    def all_right(self) -> bool:
        return all(f["normalised"] for f in self.fields.values())


def score_document(labelled: LabelledDocument, document, error, kinds: dict[str, str], config: str,
                   date_order: str) -> DocumentScore:
    score = DocumentScore(source=str(labelled.path), config=config,
                          status=document.status if document else "failed",
                          seconds=round(document.seconds, 4) if document else None,
                          error=error, reasons=list(document.reasons) if document else [])
    for name, expected in labelled.expected.items():
        got = document.data.get(name) if document else None
        evidence = document.evidence.get(name) if document else None
        printed = evidence.raw if evidence and evidence.raw is not None else got
        kind = kinds.get(name, "text")
        score.fields[name] = {
            "expected": expected,
            "got": got,
            "printed": printed,
            "strict": metrics.strict_match(expected, printed),
            "normalised": metrics.normalised_match(expected, got, kind, date_order),
            "similarity": round(metrics.similarity(expected, printed), 4) if kind == "text" else None,
            "confidence": evidence.confidence if evidence else None,
            "flagged": bool(document and any(name in reason for reason in document.reasons)),
        }
    return score


def summarise(scores: list[DocumentScore], fields: list[str], kinds: dict[str, str]) -> dict[str, Any]:
    n = len(scores)
    per_field = {}
    totals = {"strict": [0, 0, 0], "normalised": [0, 0, 0]}  # tp, predicted, expected
    for name in fields:
        rows = [s.fields[name] for s in scores if name in s.fields]
        predicted = sum(not metrics._blank(r["got"]) for r in rows)
        expected = sum(not metrics._blank(r["expected"]) for r in rows)
        entry: dict[str, Any] = {"documents": len(rows), "kind": kinds.get(name, "text")}
        for mode in ("strict", "normalised"):
            tp = sum(r[mode] and not metrics._blank(r["expected"]) for r in rows)
            entry[mode] = sum(r[mode] for r in rows) / len(rows) if rows else 0.0
            entry[f"{mode}_f1"] = metrics.prf(tp, predicted, expected)["f1"]
            for i, value in enumerate((tp, predicted, expected)):
                totals[mode][i] += value
        sims = [r["similarity"] for r in rows if r["similarity"] is not None]
        entry["similarity"] = sum(sims) / len(sims) if sims else None
        per_field[name] = entry
    seconds = sorted(s.seconds for s in scores if s.seconds is not None)
    flagged = [s for s in scores if s.status in ("needs_review", "failed")]
    wrong = [s for s in scores if not s.all_right]
    flagged_and_wrong = [s for s in flagged if not s.all_right]
    return {
        "documents": n,
        "failed": sum(s.status == "failed" for s in scores),
        "fields": per_field,
        "micro": {mode: metrics.prf(*totals[mode]) for mode in totals},
        "all_fields_right": sum(s.all_right for s in scores) / n if n else 0.0,
        "latency": {
            "median_s": statistics.median(seconds) if seconds else None,
            "p90_s": seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))] if seconds else None,
            "documents_per_minute": 60 * len(seconds) / sum(seconds) if seconds and sum(seconds) else None,
        },
        "review": {
            "flagged": len(flagged),
            "wrong": len(wrong),
            "precision": len(flagged_and_wrong) / len(flagged) if flagged else None,
            "recall": len(flagged_and_wrong) / len(wrong) if wrong else None,
            "flagged_share": len(flagged) / n if n else None,
        },
        "reliability": reliability(scores),
    }


CONFIDENCE_BUCKETS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]


def reliability(scores: list[DocumentScore]) -> list[dict[str, Any]]:
    """Per confidence bucket, how many extracted values were right: a confidence that means
    something rises with accuracy (values with no confidence are counted apart)."""
    extracted = [f for s in scores for f in s.fields.values() if not metrics._blank(f["got"])]
    groups = [(f"{low:.1f}-{min(high, 1.0):.1f}", [f for f in extracted if f.get("confidence") is not None
                                                  and low <= f["confidence"] < high])
              for low, high in CONFIDENCE_BUCKETS]
    groups.append(("none", [f for f in extracted if f.get("confidence") is None]))
    return [{"confidence": label, "values": len(values),
             "accuracy": sum(f["normalised"] for f in values) / len(values) if values else None}
            for label, values in groups]


@dataclass
class EvalReport:
    pipeline: str
    dataset: str
    fields: list[str]
    configs: list[EvalConfig]
    summaries: dict[str, dict[str, Any]]
    documents: dict[str, list[DocumentScore]]
    notices: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "dataset": self.dataset,
            "fields": self.fields,
            "configs": [asdict(c) for c in self.configs],
            "summaries": self.summaries,
            "notices": self.notices,
            "documents": {name: [asdict(d) for d in docs] for name, docs in self.documents.items()},
        }


def evaluate(
    pipeline: str,
    dataset: Path | str,
    configs: list[EvalConfig] | None = None,
    *,
    mapping: dict[str, str] | None = None,
    limit: int | None = None,
    workspace: Path | str | None = None,
    progress: bool = False,
    learn: bool = False,
) -> EvalReport:
    """Run every configuration over the labelled documents and score each field.

    ``learn`` also measures issuer templates: for every issuer with several documents, the first one is
    corrected (its labels taken as a person's correction) and teaches a template; the issuer's later
    documents are run again with the templates, and scored before and after (``summary["learning"]``)."""
    configs = configs or [EvalConfig("default")]
    names = [c.name for c in configs]
    if len(set(names)) != len(names):
        raise ConfigError(f"configuration names must differ: {names}")
    ws = Workspace(workspace)
    first = load_pipeline(pipeline, workspace=ws, **configs[0].overrides,
                          stage_overrides=configs[0].stage_overrides)
    schema = first.schema
    kinds = field_kinds(schema)
    labelled = load_dataset(Path(dataset), list(schema.model_fields), mapping or {})
    if limit:
        labelled = labelled[:limit]
    fields = [f for f in schema.model_fields if any(f in d.expected for d in labelled)]
    from .types import date_order

    summaries, documents, notices = {}, {}, {}
    for config in configs:
        runner = load_pipeline(pipeline, workspace=ws, **config.overrides, stage_overrides=config.stage_overrides)
        result = runner.run([d.path for d in labelled], progress=progress, record=False)  # measured, never cached
        by_source = {d.source: d for d in result.documents}
        errors = {e.path: e.message for e in result.errors}
        scores = [score_document(d, by_source.get(d.path), errors.get(d.path), kinds, config.name, date_order())
                  for d in labelled]
        documents[config.name] = scores
        summaries[config.name] = summarise(scores, fields, kinds)
        notices[config.name] = result.notices
        if learn:
            summaries[config.name]["learning"] = _learning(runner, ws, config, labelled, result, scores, fields,
                                                           kinds)
    return EvalReport(pipeline=pipeline, dataset=str(dataset), fields=fields, configs=configs,
                      summaries=summaries, documents=documents, notices=notices)


def _learning(runner: Any, ws: Workspace, config: EvalConfig, labelled: list[LabelledDocument], result: Any,
              before: list[DocumentScore], fields: list[str], kinds: dict[str, str]) -> dict[str, Any]:
    """Correct each issuer's first document (its labels), learn its template, score its later ones again."""
    import shutil
    import tempfile

    from . import templates
    from .types import date_order

    pipeline = runner.name
    stage = runner.stage("templates")
    if stage is None or not stage.issuer_fields:
        raise ConfigError(f"eval --learn: pipeline {pipeline} has no templates stage with issuer_fields")
    issuer = stage.issuer_fields[0]
    groups: dict[str, list[int]] = {}
    for index, item in enumerate(labelled):
        key = metrics.normalise_text(item.expected.get(issuer))
        if key:
            groups.setdefault(key, []).append(index)
    by_source = {d.source: d for d in result.documents}
    folder = Path(tempfile.mkdtemp(prefix="scan2data-eval-templates-"))
    later: list[int] = []
    try:
        learned = 0
        for members in groups.values():
            if len(members) < 2:
                continue
            first = labelled[members[0]]
            document = by_source.get(first.path)
            if document is None:
                continue
            values = {**document.data, **first.expected}
            template = templates.learn(document.lines, values, runner.schema, pipeline, list(stage.issuer_fields),
                                       {"document": first.path.name}, templates.engine_reading(document))
            if template is None:
                continue
            templates.save_template(template, folder)
            learned += 1
            later += members[1:]
        if not later:
            return {"issuers": 0, "later_documents": 0}
        overrides = {**config.stage_overrides, "templates": {**config.stage_overrides.get("templates", {}),
                                                            "folder": str(folder)}}
        again = load_pipeline(pipeline, workspace=ws, **config.overrides, stage_overrides=overrides)
        rerun = again.run([labelled[i].path for i in later], record=False)
        found = {d.source: d for d in rerun.documents}
        errors = {e.path: e.message for e in rerun.errors}
        after = [score_document(labelled[i], found.get(labelled[i].path), errors.get(labelled[i].path), kinds,
                                config.name, date_order()) for i in later]
        used = sum(bool(d.template) for d in rerun.documents)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    changed = [{"source": labelled[i].path.name, "field": name, "expected": score.fields[name]["expected"],
                "before": before[i].fields[name]["got"], "after": score.fields[name]["got"]}
               for i, score in zip(later, after) for name in fields
               if name in score.fields and score.fields[name]["normalised"] != before[i].fields[name]["normalised"]]
    earlier = summarise([before[i] for i in later], fields, kinds)
    now = summarise(after, fields, kinds)
    return {
        "issuers": learned, "later_documents": len(later), "read_by_template": used, "changed": changed,
        "before": {"fields": {n: earlier["fields"][n]["normalised"] for n in fields},
                   "all_fields_right": earlier["all_fields_right"], "review": earlier["review"]},
        "after": {"fields": {n: now["fields"][n]["normalised"] for n in fields},
                  "all_fields_right": now["all_fields_right"], "review": now["review"]},
    }
