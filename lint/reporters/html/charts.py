"""Bar charts as geometry for inline SVG: the template draws what these numbers say.

Coordinates are rounded to a tenth of a pixel and formatted here, so the same counts
always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

WIDTH = 760
LABEL = 280  # room for the longest rule id at the chart's font size
BAR = 400
ROW = 22


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
    bars = []
    for n, (label, counts) in enumerate(rows.items()):
        x = float(LABEL)
        pieces = []
        for part, count in counts.items():
            if count:
                width = count * scale
                pieces.append(Piece(part, count, _num(x), _num(width)))
                x += width
        value = (values or {}).get(label, str(sum(counts.values())))
        where = (filters or {}).get(label, "")
        y = n * ROW
        bars.append(Bar(label, value, where, y, y + ROW - 7, tuple(pieces), _num(x + 6)))
    return Chart(title, WIDTH, max(len(bars), 1) * ROW, tuple(bars))


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
