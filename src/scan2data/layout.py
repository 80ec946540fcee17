"""Reading order for OCR output: text boxes -> lines, top to bottom, left to right.

OCR engines return fragments ("Date :" and "22/12/2017" as two boxes); receipts mean them as one row.
Fragments whose vertical centres sit within half a line height of each other become one ``TextLine``,
so a rule can find the amount printed at the right end of the TOTAL row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import TextLine


@dataclass
class Fragment:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float | None = None

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


def box_of_points(points) -> tuple[float, float, float, float]:
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def merge_rows(fragments: list[Fragment], gap: str = "  ") -> list[TextLine]:
    """Group fragments into rows by vertical overlap; each row's fragments are joined left to right."""
    rows: list[list[Fragment]] = []
    for frag in sorted((f for f in fragments if f.text.strip()), key=lambda f: (f.middle, f.left)):
        for row in reversed(rows[-3:]):
            anchor = row[0]
            if abs(frag.middle - anchor.middle) <= 0.5 * min(anchor.height, frag.height):
                row.append(frag)
                break
        else:
            rows.append([frag])
    lines = []
    for row in rows:
        row.sort(key=lambda f: f.left)
        confidences = [f.confidence for f in row if f.confidence is not None]
        lines.append(
            TextLine(
                text=gap.join(f.text.strip() for f in row),
                box=(min(f.left for f in row), min(f.top for f in row),
                     max(f.right for f in row), max(f.bottom for f in row)),
                confidence=min(confidences) if confidences else None,
            )
        )
    lines.sort(key=lambda line: line.box[1] if line.box else 0)
    return lines
