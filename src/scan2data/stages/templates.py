"""Templates: read a document by its issuer's template first, when a person's correction has taught one
(see ``scan2data.templates``). Put it after ``text_structure`` and before ``validate``::

    - stage: templates
      issuer_fields: [merchant_name, address]   # the issuer's own values; the first names the issuer

A value the template finds replaces the engine's (a person taught it) with the template's own
confidence, raised when the engine read the same; the engine's value is kept in the evidence. Fields
the template cannot find keep the engine's value. Without templates the stage changes nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from .. import templates
from ..document import Document, FieldEvidence
from ..fingerprint import digest
from ..metrics import field_kinds, normalised_match
from . import StageBase, StageOptions


class TemplatesOptions(StageOptions):
    enabled: bool = Field(True, description="use issuer templates learned from corrections")
    issuer_fields: list[str] = Field(default_factory=list,
                                     description="the issuer's own fields, learned as values; the first names it")
    folder: str | None = Field(None, description="template folder (default: the workspace's templates/, "
                                                 "else SCAN2DATA_HOME/templates)")
    confidence: float = Field(0.85, ge=0, le=1, description="confidence of a value read by a template")


class TemplatesStage(StageBase):
    name = "templates"
    Options = TemplatesOptions

    def __init__(self, options: Any, context: Any, where: str):
        super().__init__(options, context, where)
        self._loaded: tuple[tuple[Any, ...], list[tuple[Path, templates.Template]]] = ((), [])

    def needs_images(self) -> bool:
        return False

    def check(self) -> list[str]:
        from ..errors import ConfigError
        from ..plugins import suggestion

        fields = set(self.context.schema.model_fields)
        for name in self.options.issuer_fields:
            if name not in fields:
                raise ConfigError(f"{self.located}.issuer_fields: the schema has no field {name!r}"
                                  f"{suggestion(name, fields)}")
        found = self.templates()
        return [f"{self.where}: {len(found)} issuer template(s)"]

    def _folders(self) -> list[Path]:
        return templates.folders(self.context.workspace, self.options.folder)

    def _files(self, folders: list[Path]) -> list[Path]:
        return [path for folder in folders for path in sorted((folder / self.context.pipeline).glob("*.yaml"))]

    def templates(self) -> list[tuple[Path, templates.Template]]:
        """The pipeline's templates, read again only when a file changed (a server learns as it runs)."""
        folders = self._folders()
        signature = tuple((str(p), (st := p.stat()).st_mtime_ns, st.st_size) for p in self._files(folders))
        if signature != self._loaded[0]:
            self._loaded = (signature, templates.load_templates(folders, self.context.pipeline))
        return self._loaded[1]

    def fingerprint(self) -> str:
        """Includes the templates' text: a new or edited template changes what a re-run produces."""
        sha = hashlib.sha256()
        if self.options.enabled:
            for path in self._files(self._folders()):
                sha.update(path.read_bytes())
        return digest(super().fingerprint(), sha.hexdigest())

    def process(self, document: Document) -> Document:
        if not self.options.enabled:
            return document
        known = self.templates()
        lines = document.lines
        if not known or not lines:
            return document
        keys = templates.line_keys(lines)
        score, path, template = max(((templates.matches(t, keys), p, t) for p, t in known), key=lambda x: x[0])
        if score <= 0:
            return document
        schema = self.context.schema
        kinds = field_kinds(schema)
        places = document.places()
        where = {line.text: (page, *box) for line, (page, box) in zip(lines, places) if box is not None}
        for name, rule in template.fields.items():
            if name not in schema.model_fields:
                continue
            kind = kinds.get(name, "text")
            got = templates.read_field(lines, kind, rule)
            if got is None:
                continue
            value, line = got
            try:
                data = schema.model_validate({**document.data, name: value}).model_dump(mode="json")
            except ValidationError:
                continue
            before = document.data.get(name)
            previous = document.evidence.get(name) or FieldEvidence()
            agrees = before not in (None, "") and normalised_match(data[name], before, kind)
            evidence = FieldEvidence(
                confidence=max(self.options.confidence, previous.confidence or 0) if agrees else self.options.confidence,
                lines=[line] if line else previous.lines, raw=str(value),
                sources=[f"template {path.stem}", "the engine read the same" if agrees
                         else f"the engine read {before!r}" if before not in (None, "") else "the engine found none"],
                boxes=[where[line]] if line in where else previous.boxes)
            document.data[name] = data[name]
            document.evidence[name] = evidence
        document.record = schema.model_validate(document.data)
        document.data = document.record.model_dump(mode="json")
        document.template = path.stem
        return document
