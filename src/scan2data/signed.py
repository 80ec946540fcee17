"""Signed files: the content a CAdES / PKCS#7 envelope carries (an Italian ``.xml.p7m`` invoice is its
FatturaPA XML, signed by its sender).

Only the content is taken out; the signature is not checked (the SdI checked it on delivery, and a person
books the values, not the signature). The envelope is read as BER — definite or indefinite lengths, the
content whole or in chunks — by a few lines here rather than a cryptography dependency. Hostile input as
any other: lengths are checked against the data, nesting is bounded, and anything odd is "no content".
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Union

MAX_DEPTH = 64
Element = tuple[int, Union[bytes, list], int]  # (tag, primitive bytes or constructed children, end)


class _Malformed(ValueError):
    pass


def signed_content(data: bytes) -> bytes | None:
    """The content of a signed envelope (DER/BER, or the same in base64 with or without PEM lines); None
    when the data is no such envelope or carries no content (a detached signature)."""
    if data[:1] != b"\x30":
        try:
            data = base64.b64decode(re.sub(rb"-----[^-]*-----|\s", b"", data), validate=True)
        except (binascii.Error, ValueError):
            return None
    try:
        _, content_info, _ = _element(data, 0)  # ContentInfo: its type, then [0] the SignedData
        _, wrapper, _ = _children(content_info)[1]
        _, signed_data, _ = _children(wrapper)[0]
        _, encapsulated, _ = _children(signed_data)[2]  # version, digest algorithms, the content's info
        _, explicit, _ = _children(encapsulated)[1]  # its type, then [0] the content (none: detached)
        return _octets(_children(explicit)[0])
    except (_Malformed, IndexError):
        return None


def content_start(head: bytes) -> bytes:
    """What a signed file's first bytes show of its content, to tell what it holds without reading it all:
    the content when the head holds the whole envelope, else the head from the XML declaration on."""
    if head[:1] != b"\x30":
        clean = re.sub(rb"-----[^-]*-----|\s", b"", head)
        try:
            head = base64.b64decode(clean[: len(clean) // 4 * 4])
        except (binascii.Error, ValueError):
            return b""
    whole = signed_content(head)
    if whole is not None:
        return whole
    at = head.find(b"<?xml")
    return head[at:] if at >= 0 else b""


def _children(element: Element | bytes | list) -> list[Element]:
    if not isinstance(element, list):
        raise _Malformed("a primitive where a constructed element belongs")
    return element


def _octets(element: Element) -> bytes:
    """An OCTET STRING's bytes, its chunks joined when it was sent in parts."""
    _, body, _ = element
    if isinstance(body, bytes):
        return body
    return b"".join(_octets(child) for child in body)


def _element(data: bytes, at: int, depth: int = 0) -> Element:
    if depth > MAX_DEPTH:
        raise _Malformed("nested too deep")
    tag, constructed, length, start = _header(data, at)
    if not constructed:
        if length is None or start + length > len(data):
            raise _Malformed("a primitive element runs past the data")
        return tag, data[start:start + length], start + length
    children: list[Element] = []
    at = start
    while True:
        if length is not None and at >= start + length:
            break
        if length is None and data[at:at + 2] == b"\0\0":  # the end of an indefinite length
            at += 2
            break
        if at >= len(data):
            raise _Malformed("cut short")
        child = _element(data, at, depth + 1)
        children.append(child)
        at = child[2]
    return tag, children, at


def _header(data: bytes, at: int) -> tuple[int, bool, int | None, int]:
    """(tag, constructed, length — None when indefinite —, where the content starts)."""
    if at + 2 > len(data):
        raise _Malformed("cut short")
    first = data[at]
    at += 1
    tag = first & 0x1F
    if tag == 0x1F:  # a high tag number, in base-128 digits
        tag = 0
        while True:
            if at >= len(data):
                raise _Malformed("cut short")
            byte = data[at]
            at += 1
            tag = (tag << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
    if at >= len(data):
        raise _Malformed("cut short")
    size = data[at]
    at += 1
    if size == 0x80:
        return (first & 0xC0) | tag, bool(first & 0x20), None, at
    if size & 0x80:
        count = size & 0x7F
        if count > 8 or at + count > len(data):
            raise _Malformed("a length that does not fit")
        return (first & 0xC0) | tag, bool(first & 0x20), int.from_bytes(data[at:at + count], "big"), at + count
    return (first & 0xC0) | tag, bool(first & 0x20), size, at
