"""E-invoices read exactly: the XML a Factur-X / ZUGFeRD / XRechnung PDF carries, or an e-invoice file on its
own — an XRechnung / Peppol UBL or a CII (German businesses receive those as plain ``.xml`` since 2025), an
Italian FatturaPA, also signed (``.xml.p7m``, see ``signed.py``): the file *is* the invoice, with no page.

Where each field lives is data (``data/einvoice.yaml``); the XML is parsed with defusedxml (no
entity expansion, no external references: the file is hostile input like any other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from .datafiles import data_file
from .document import display_path
from .errors import InputError
from .pdf import embedded_files, is_pdf
from .signed import content_start, signed_content

MAX_XML_BYTES = 50_000_000  # a real e-invoice is kilobytes; a bigger one is refused, never parsed
HEAD_BYTES = 65536  # how much of a file tells whether it is an e-invoice (licence comments come first: 6 KB)
# a signed envelope (CAdES .p7m): DER, or base64 with or without PEM lines
SIGNED_STARTS = (b"\x30", b"MI", b"-----BEGIN")
# the first element of an XML file: after its declaration, comments and doctype (<?...?>, <!...>)
FIRST_ELEMENT = re.compile(r"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")


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


def is_einvoice_file(head: bytes) -> bool:
    """Whether a file's first bytes (64 KB: licence comments come first) open an XML e-invoice, or a signed
    envelope of one (``.xml.p7m``): its first element is one of the roots ``data/einvoice.yaml`` knows
    (``Invoice``, ``CrossIndustryInvoice``, ``FatturaElettronica``…), whatever the file's name."""
    if head.startswith(SIGNED_STARTS):
        head = content_start(head)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore")
    if not text.lstrip().startswith("<"):
        return False
    first = FIRST_ELEMENT.search(re.sub(r"<!--.*?-->", "", text, flags=re.S))
    return first is not None and first.group(1) in data_file("einvoice.yaml")["roots"]


def read_einvoice_file(path: Path) -> Element:
    """The root element of an e-invoice XML file; ``InputError`` naming the file when it is too big, not
    well-formed, or refused (entity declarations: a possible XML bomb)."""
    shown = display_path(path)
    if path.stat().st_size > MAX_XML_BYTES:
        raise InputError(f"{shown}: {path.stat().st_size:,} bytes is too big for an e-invoice XML "
                         f"(over {MAX_XML_BYTES:,}) — is it one?", path=path)
    data = path.read_bytes()
    if data.startswith(SIGNED_STARTS):
        content = signed_content(data)
        if content is None:
            raise InputError(f"{shown}: a signed file whose content cannot be read (damaged, or a signature "
                             "without its invoice) — ask its sender for the XML itself", path=path)
        data = content
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise InputError(f"{shown}: not well-formed XML ({exc}) — the e-invoice is damaged; ask its sender "
                         "for a new copy", path=path) from exc
    except Exception as exc:  # defusedxml's refusals (entities, external references) and the like
        raise InputError(f"{shown}: XML refused ({type(exc).__name__}) — an e-invoice never declares entities "
                         "or refers to other files (a possible XML bomb)", path=path) from exc
    if local(root.tag) not in data_file("einvoice.yaml")["roots"]:
        raise InputError(f"{shown}: XML whose root element is {local(root.tag)!r}, not an e-invoice's", path=path)
    return root


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


@dataclass
class EInvoice:
    """What an e-invoice file states: where it came from (attachment or file name), its values, and how
    many invoices the file holds (only the first is read)."""

    name: str
    values: dict[str, Any]
    invoices: int = 1


def read_invoice(root: Element, fields: set[str]) -> dict[str, Any]:
    """Schema field -> value as the XML states it (text; amounts and dates parse later)."""
    spec = data_file("einvoice.yaml")
    values: dict[str, Any] = {}
    for name, paths in spec["fields"].items():
        if name in fields:
            value = first_text(root, paths)
            if value is not None:
                values[name] = value
    for name, paths in (spec.get("summed") or {}).items():
        if name in fields and name not in values and (summaries := [e for path in paths for e in _matches(root, path)]):
            try:
                values[name] = str(sum(Decimal((summary.text or "").strip()) for summary in summaries))
            except InvalidOperation:
                continue  # a summary that is not a plain number: left out, never guessed
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


def embedded_invoice(path: Path, fields: set[str]) -> EInvoice | None:
    """The e-invoice embedded in a PDF, named by its attachment; None when it carries none."""
    found = find_xml(embedded_files(path)) if is_pdf(path) else None
    return None if found is None else _einvoice(*found, fields)


def einvoice_file(path: Path, fields: set[str]) -> EInvoice:
    """An e-invoice XML file itself (or its signed envelope), named by its file name; ``InputError`` as
    :func:`read_einvoice_file`."""
    return _einvoice(path.name, read_einvoice_file(path), fields)


def _einvoice(name: str, root: Element, fields: set[str]) -> EInvoice:
    """A file holding several invoices (``invoices`` in the data file) is read for its first: the others are
    cut off before reading, and counted."""
    bodies = [child for child in root if local(child.tag) in data_file("einvoice.yaml").get("invoices", [])]
    for other in bodies[1:]:
        root.remove(other)
    return EInvoice(name, read_invoice(root, fields), max(len(bodies), 1))
