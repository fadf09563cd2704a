"""Two copies of a passage aligned line by line, for the side-by-side view.

Blank lines are left out (two copies rarely space their paragraphs alike) and lines
are compared with their whitespace folded and case ignored, so a copy with small
edits still pairs up; a changed line shows next to its original as `differs`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import zip_longest

from lint.reporters.html.display import visible

ALIGN_MAX = 400  # lines of each copy given to the aligner (it is quadratic at worst)


@dataclass(frozen=True)
class Row:
    """One aligned row of two copies; a number is 0 where that side has no line."""

    left: int
    left_text: str
    right: int
    right_text: str
    kind: str  # same, differs, left, right


def numbered(lines: Sequence[str], first: int, last: int) -> list[tuple[int, str]]:
    """The non-blank lines of a range, with their numbers (blank lines never align)."""
    chosen = range(first, min(last, len(lines), first + ALIGN_MAX - 1) + 1)
    return [(n, lines[n - 1]) for n in chosen if lines[n - 1].strip()]


def align(
    left: list[tuple[int, str]], right: list[tuple[int, str]], limit: int
) -> tuple[tuple[Row, ...], bool]:
    """Align two copies line by line; rows outside the matched part are cropped."""
    matcher = SequenceMatcher(
        None, [_norm(t) for _, t in left], [_norm(t) for _, t in right], autojunk=False
    )
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = zip_longest(left[i1:i2], right[j1:j2], fillvalue=(0, ""))
        for (ln, lt), (rn, rt) in pairs:
            kind = (
                "same" if tag == "equal" else "differs" if ln and rn else "left" if ln else "right"
            )
            rows.append(Row(ln, visible(lt), rn, visible(rt), kind))
    paired = [n for n, row in enumerate(rows) if row.kind in ("same", "differs")]
    start, stop = (max(paired[0] - 1, 0), paired[-1] + 2) if paired else (0, len(rows))
    kept = rows[start:stop][:limit]
    return tuple(kept), len(kept) < len(rows)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()
