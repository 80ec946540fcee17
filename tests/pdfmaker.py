"""Digital PDFs with a real text layer, written by hand (no PDF library needed): each line of text at
a position, in Helvetica. Optionally with files attached, as e-invoices carry their XML."""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(path: Path, rows: list[tuple[float, float, str]], size: float = 10) -> Path:
    """``rows``: (x, y from the top, text) in points on an A4 page."""
    return pages_pdf(path, [rows], size)


def pages_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: float = 10) -> Path:
    """One A4 page for each list of ``(x, y from the top, text)`` rows: an invoice whose items run over."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for rows in pages:
        content = b"BT /F1 %g Tf " % size
        for x, y, text in rows:
            content += b"1 0 0 1 %g %g Tm (" % (x, 842 - y) + _escape(text) + b") Tj "
        content += b"ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def attach(path: Path, name: str, data: bytes) -> Path:
    """Attach a file to a PDF (pypdf, a dev dependency), as Factur-X PDFs carry their XML."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(path))
    writer.add_attachment(name, data)
    with path.open("wb") as handle:
        writer.write(handle)
    return path
