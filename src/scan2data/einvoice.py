"""Embedded e-invoices: the XML a Factur-X / ZUGFeRD / XRechnung PDF carries, read exactly.

Where each field lives is data (``data/einvoice.yaml``); the XML is parsed with defusedxml (no
entity expansion, no external references: the file is hostile input like any other).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from .datafiles import data_file
from .pdf import embedded_files, is_pdf


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def find_xml(files: dict[str, bytes]) -> tuple[str, Element] | None:
    """The first attachment that parses as a known e-invoice (by its root element)."""
    roots = set(data_file("einvoice.yaml")["roots"])
    for name, content in sorted(files.items(), key=lambda item: not item[0].lower().endswith(".xml")):
        try:
            root = ElementTree.fromstring(content)
        except Exception:  # not XML, or XML that tries entity tricks (defusedxml refuses those)
            continue
        if local(root.tag) in roots:
            return name, root
    return None


def _matches(root: Element, path: str) -> list[Element]:
    """Elements whose local-name path ends with ``path`` (``/a/b``: from the root's children)."""
    anchored = path.startswith("/")
    parts = path.strip("/").split("/")
    found: list[Element] = []

    def walk(element: Element, trail: list[str]) -> None:
        for child in element:
            here = trail + [local(child.tag)]
            tail = here if anchored else here[-len(parts):]
            if tail == parts:
                found.append(child)
            if not anchored or len(here) < len(parts):
                walk(child, here)

    walk(root, [])
    return found


def first_text(root: Element, paths: list[str]) -> str | None:
    for path in paths:
        for element in _matches(root, path):
            text = (element.text or "").strip()
            if text:
                return " ".join(text.split())
    return None


def read_invoice(root: Element, fields: set[str]) -> dict[str, Any]:
    """Schema field -> value as the XML states it (text; amounts and dates parse later)."""
    spec = data_file("einvoice.yaml")
    values: dict[str, Any] = {}
    for name, paths in spec["fields"].items():
        if name in fields:
            value = first_text(root, paths)
            if value is not None:
                values[name] = value
    for name, joined in (spec.get("joined") or {}).items():
        if name in fields and name not in values:
            container = next((e for path in joined["within"] for e in _matches(root, path)), None)
            parts = [" ".join(found) for part in joined["parts"] if container is not None
                     and (found := [text for element in ([part] if isinstance(part, str) else part)
                                    if (text := first_text(container, [element])) is not None])]
            if parts:
                values[name] = ", ".join(parts)
    items = spec.get("items")
    if items and "items" in fields:
        lines = [e for tag in items["line"] for e in _matches(root, tag)]
        rows = []
        for line in lines:
            row = {name: first_text(line, paths) for name, paths in items["fields"].items()}
            rows.append({k: v for k, v in row.items() if v is not None})
        if rows:
            values["items"] = rows
    return values


def embedded_invoice(path: Path, fields: set[str]) -> tuple[str, dict[str, Any]] | None:
    """(attachment name, values) of the e-invoice embedded in a PDF, or None."""
    if not is_pdf(path):
        return None
    found = find_xml(embedded_files(path))
    if found is None:
        return None
    name, root = found
    return name, read_invoice(root, fields)
