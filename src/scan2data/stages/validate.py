"""Validate: run the pipeline's validation rules (plugins of ``scan2data.rules``) and flag the
document for review with each reason; values an engine was unsure of are flagged too. Nothing is dropped."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..document import Document, FieldEvidence
from ..errors import ConfigError
from ..fingerprint import code_version, digest
from ..plugins import load, suggestion, validate_options
from ..validation import RuleBase, is_empty
from . import StageBase, StageOptions

CORROBORATED = 0.9  # the confidence of a value a passed sum check confirms


def calibrated(steps: list[tuple[float, float]], confidence: float) -> float:
    """The share found right of the values read at ``confidence``: the first step it does not exceed."""
    return next((share for upto, share in steps if confidence <= upto), steps[-1][1])


class RuleEntry(BaseModel):
    """``{rule: NAME, ...options}``: the options are checked by the rule's own ``Options``."""

    model_config = ConfigDict(extra="allow")
    rule: str


class ValidateOptions(StageOptions):
    rules: list[RuleEntry] = Field(default_factory=list)
    low_confidence: float = Field(0.5, ge=0, le=1, description="flag values an engine is less sure of")
    calibration: dict[str, list[tuple[float, float]]] = Field(
        default_factory=dict, description="field -> [[confidence up to, share right], ...], measured on labelled "
                                          "documents (benchmarks/calibrate.py): what an engine's confidence means")
    review_below: float | None = Field(None, ge=0, le=1, description="flag a document whose calibrated values are "
                                                                     "all right less often than this")


class ValidateStage(StageBase):
    name = "validate"
    Options = ValidateOptions

    def __init__(self, options: Any, context: Any, where: str):
        super().__init__(options, context, where)
        self.rules: list[RuleBase] = []
        for index, entry in enumerate(options.rules):
            where_rule = f"{context.source}: {where}.rules.{index}"
            cls = load("rules", entry.rule, where_rule)
            self.rules.append(cls(validate_options(cls.Options, entry.model_extra or {}, where_rule)))

    def check(self) -> list[str]:
        fields = set(self.context.schema.model_fields)
        for index, rule in enumerate(self.rules):
            for name in rule.fields():
                if name not in fields:
                    raise ConfigError(
                        f"{self.context.source}: {self.where}.rules.{index} ({rule.name}): the schema has no field "
                        f"{name!r}{suggestion(name, fields)}")
        return [f"{self.where}: {len(self.rules)} validation rule(s) known, their fields exist"]

    def needs_images(self) -> bool:
        return False

    def fingerprint(self) -> str:
        return digest(super().fingerprint(), [code_version(type(rule)) for rule in self.rules])

    def _calibrate(self, document: Document) -> None:
        """Replace each calibrated field's confidence by the share of such values found right, and flag
        the document when all of them together are likely to hold a mistake."""
        table = self.options.calibration
        if not table:
            return
        chance = 1.0
        weakest: tuple[float, str] | None = None
        for name, steps in table.items():
            evidence = document.evidence.get(name)
            if evidence is None or evidence.confidence is None or is_empty(document.data.get(name)):
                continue
            right = calibrated(steps, evidence.confidence)
            evidence.sources.append(f"calibrated: {evidence.confidence:.2f} → {right:.2f}")
            evidence.confidence = right
            chance *= right
            if weakest is None or right < weakest[0]:
                weakest = (right, name)
        if self.options.review_below is not None and weakest is not None and chance < self.options.review_below:
            document.flag(f"{weakest[1]} may be wrong: values read like it are right {weakest[0]:.0%} of the time")

    def process(self, document: Document) -> Document:
        for rule in self.rules:
            fields = [f for f in rule.fields() if f in document.data]
            if fields and all((document.evidence.get(f) or FieldEvidence()).verified for f in fields):
                continue  # every value it reads came from an exact source the page confirms
            reasons = rule.check(document.data)
            for reason in reasons:
                document.flag(reason)
            if not reasons and rule.corroborates and rule.applies(document.data):
                for name in rule.fields():  # values a passed cross-check confirms are surer than their reader said
                    evidence = document.evidence.get(name)
                    if evidence is not None and evidence.confidence is not None and evidence.note is None \
                            and not is_empty(document.data.get(name)):  # an engine's stated doubt stands
                        evidence.confidence = max(evidence.confidence, CORROBORATED)
                        evidence.sources.append(f"checked by {rule.name}")
        self._calibrate(document)
        threshold = self.options.low_confidence
        for name, evidence in document.evidence.items():
            if evidence.confidence is not None and evidence.confidence < threshold \
                    and (not is_empty(document.data.get(name)) or evidence.note):  # (a missing value's why)
                document.flag(evidence.note or f"{name} is uncertain (confidence {evidence.confidence:.2f})")
        return document
