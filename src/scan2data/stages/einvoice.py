"""E-invoice: a PDF that carries its own machine-readable invoice (Factur-X / ZUGFeRD / XRechnung XML)
states its values exactly. This stage reads them, prefers them to what was read off the page, and
cross-checks each against the visible page: a value the page does not show is flagged for review
(the XML and what a person sees must not disagree). Put it after ``text_structure``. An e-invoice XML
file on its own (XRechnung, UBL) has no page: its values are read the same way, with nothing to check
them against.

    - stage: einvoice
      enabled: true          # false: measure the page reading alone (`eval -c einvoice.enabled=false`)

Values it confirms are marked ``verified``: the validation rules' plausibility checks (sums) skip a rule
whose fields are all verified — an e-invoice's arithmetic is the standard's to check, and document-level
charges make "items add up to the subtotal" untrue without anything being misread.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError

from ..crosscheck import shown_on_page
from ..document import Document, FieldEvidence
from ..einvoice import einvoice_file, embedded_invoice
from ..metrics import field_kinds, normalised_match
from . import StageBase, StageOptions


class EInvoiceOptions(StageOptions):
    enabled: bool = Field(True, description="read embedded e-invoice XML")
    cross_check: list[str] = Field(
        ["vendor_name", "invoice_number", "invoice_date", "due_date", "currency", "subtotal", "tax", "total",
         "amount_due"], description="fields whose XML value must be visible on the page (else: review)")


class EInvoiceStage(StageBase):
    name = "einvoice"
    Options = EInvoiceOptions

    def needs_images(self) -> bool:
        return False

    def reads_files(self) -> bool:
        return bool(self.options.enabled)

    def process(self, document: Document) -> Document:
        if not self.options.enabled:
            return document
        schema = self.context.schema
        fields = set(schema.model_fields)
        # (no pages: the document is an e-invoice file, which load has checked; else a PDF may carry one)
        found = embedded_invoice(document.source, fields) if document.pages else einvoice_file(document.source, fields)
        if found is None:
            return document
        attachment, values = found.name, found.values
        if found.invoices > 1:
            document.flag(f"the file holds {found.invoices} invoices: only the first was read — split it into "
                          "one file per invoice to read the others")
        merged = dict(document.data)
        kept: dict[str, Any] = {}
        for name, value in values.items():  # field by field: one odd XML value must not cost the others
            trial = {**merged, name: value}
            try:
                schema.model_validate(trial)
            except ValidationError:
                continue
            merged[name] = value
            kept[name] = value
        record = schema.model_validate(merged)
        data = record.model_dump(mode="json")
        kinds = field_kinds(schema)
        page = document.text
        for name in kept:
            if name == "items":
                document.evidence[name] = FieldEvidence(confidence=0.99, sources=[f"e-invoice {attachment}"],
                                                        verified=True)
                continue
            kind = kinds.get(name, "text")
            before = document.data.get(name)
            sources = [f"e-invoice {attachment}"]
            if before not in (None, "", []):
                sources.append("page reading agrees" if normalised_match(data[name], before, kind)
                               else f"page reading said {before!r}")
            evidence = FieldEvidence(confidence=0.99, sources=sources, raw=str(kept[name]), verified=True,
                                     lines=(document.evidence.get(name) or FieldEvidence()).lines)
            if name in self.options.cross_check and page.strip() and not shown_on_page(kind, data[name], page):
                evidence.confidence, evidence.verified = 0.4, False
                evidence.note = f"{name}: the embedded e-invoice says {data[name]!r}, which the page does not show"
            document.evidence[name] = evidence
        document.data, document.record = data, record
        return document
