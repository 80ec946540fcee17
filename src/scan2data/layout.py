"""Reading order for OCR output: text boxes -> lines, top to bottom, left to right.

OCR engines return fragments ("Date :" and "22/12/2017" as two boxes); receipts mean them as one row.
Fragments whose vertical centres sit within half a line height of each other become one ``TextLine``,
so a rule can find the amount printed at the right end of the TOTAL row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import CELL_GAP, TextLine


@dataclass
class Fragment:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float | None = None
    slope: float | None = None  # dy/dx of the text's baseline, when the engine gives a rotated box

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        """Text height; a tilted box's bounding box is taller than the text by slope x width."""
        tilt = abs(self.slope or 0.0) * (self.right - self.left)
        return max(1.0, self.bottom - self.top - tilt)


def box_of_points(points) -> tuple[float, float, float, float]:
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def slope_of_points(points) -> float | None:
    """Baseline slope of a quadrilateral given as top-left, top-right, bottom-right, bottom-left."""
    (x1, y1), (x2, y2) = (float(points[0][0]), float(points[0][1])), (float(points[1][0]), float(points[1][1]))
    return (y2 - y1) / (x2 - x1) if x2 - x1 > 1 else None


def page_slope(fragments: list[Fragment]) -> float:
    """Median baseline slope of the long fragments: how much a photographed page is tilted."""
    slopes = sorted(f.slope for f in fragments
                    if f.slope is not None and (f.right - f.left) > 3 * f.height and abs(f.slope) < 0.3)
    return slopes[len(slopes) // 2] if slopes else 0.0


def merge_rows(fragments: list[Fragment], gap: str = "  ") -> list[TextLine]:
    """Group fragments into rows by vertical overlap; each row's fragments are joined left to right.

    On a tilted photo a row's right end sits higher or lower than its left end, so fragments are
    compared at a common x (the page's median slope undone) rather than by their raw centres."""
    tilt = page_slope(fragments)

    def level(frag: Fragment) -> float:
        return frag.middle - tilt * ((frag.left + frag.right) / 2)

    rows: list[list[Fragment]] = []
    for frag in sorted((f for f in fragments if f.text.strip()), key=lambda f: (level(f), f.left)):
        for row in reversed(rows[-3:]):
            anchor = row[0]
            if abs(level(frag) - level(anchor)) <= 0.5 * min(anchor.height, frag.height):
                row.append(frag)
                break
        else:
            rows.append([frag])
    lines = []
    for row in rows:
        row.sort(key=lambda f: f.left)
        confidences = [f.confidence for f in row if f.confidence is not None]
        texts = [" ".join(f.text.split()) for f in row]  # a cell never holds the gap that separates cells
        top, bottom = _row_extent(row, tilt)
        lines.append(
            TextLine(
                text=gap.join(texts),
                box=(min(f.left for f in row), top, max(f.right for f in row), bottom),
                confidence=min(confidences) if confidences else None,
                cells=tuple((f.left, f.right) for f in row) if gap == CELL_GAP else (),
            )
        )
    return lines


def _row_extent(row: list[Fragment], tilt: float) -> tuple[float, float]:
    """The row's top and bottom as if the page were straight at its first cell: on a tilted scan a row's
    cell across the page sits lower (or higher), and the union of the boxes would span both — a row two
    lines tall, no gap left to the row under it (the customer's block under the vendor's). Straight, the
    boxes as they are."""
    if not tilt:
        return min(f.top for f in row), max(f.bottom for f in row)
    first = (row[0].left + row[0].right) / 2
    middles = [f.middle - tilt * ((f.left + f.right) / 2 - first) for f in row]
    return min(m - f.height / 2 for m, f in zip(middles, row)), max(m + f.height / 2 for m, f in zip(middles, row))
