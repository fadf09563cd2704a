"""Bar charts as geometry for inline SVG: the template draws what these numbers say.

Coordinates are rounded to a tenth of a pixel and formatted here, so the same counts
always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

BAR = 300  # pixels of the longest bar
ROW = 22
CHAR = 7  # about the width of a character at the chart's font size
VALUE = 90  # room after a bar for its value
MIN_PIECE = 2.0  # a count of 4 beside 12,000 still shows


@dataclass(frozen=True)
class Piece:
    """One part of a bar (a severity, or another class the page styles)."""

    part: str
    count: int
    x: str
    width: str


@dataclass(frozen=True)
class Bar:
    """One labelled row of a chart."""

    label: str
    value: str
    filter: str
    y: int
    text_y: int
    pieces: tuple[Piece, ...]
    end: str


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: one row per label, stacked by severity."""

    title: str
    width: int
    height: int
    label_x: int
    bars: tuple[Bar, ...]


def bar_chart(
    title: str,
    rows: Mapping[str, Mapping[str, int]],
    largest: int = 0,
    values: Mapping[str, str] | None = None,
    filters: Mapping[str, str] | None = None,
) -> Chart:
    """Lay out `rows` (label -> part -> count); a bar of `largest` (default: the longest
    bar) is `BAR` pixels wide. Parts are severities, or any class name the page styles.
    `values` gives the text after a bar (default: its total); `filters` the table filter
    a click on it sets (`rule:ID`, `category:NAME`, `state:clean`).
    """
    largest = largest or max((sum(counts.values()) for counts in rows.values()), default=0)
    scale = BAR / largest if largest else 0.0
    label = max((len(name) for name in rows), default=0) * CHAR + 16
    bars = []
    for n, (name, counts) in enumerate(rows.items()):
        x = float(label)
        pieces = []
        for part, count in counts.items():
            if count:
                width = max(count * scale, MIN_PIECE)
                pieces.append(Piece(part, count, _num(x), _num(width)))
                x += width
        value = (values or {}).get(name, str(sum(counts.values())))
        where = (filters or {}).get(name, "")
        y = n * ROW
        bars.append(Bar(name, value, where, y, y + ROW - 7, tuple(pieces), _num(x + 6)))
    width = label + BAR + VALUE
    return Chart(title, width, max(len(bars), 1) * ROW, label - 8, tuple(bars))


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
