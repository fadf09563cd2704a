"""Confirm and align a candidate pair of passages with rapidfuzz.

The index only says that two documents share a few sampled shingles. Here the
two documents are read again, the lines holding the shared samples are grouped
into passages, each passage is grown line by line while the neighbouring lines
still match, and the pair is kept only when rapidfuzz finds the two passages
similar (small edits and different line breaks allowed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

_MAX_GAP = 3
_MAX_REWRAP = 6
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Passage:
    """Two aligned line ranges (inclusive) and how similar their texts are (0-100)."""

    first: int
    last: int
    other_first: int
    other_last: int
    similarity: float


@lru_cache(maxsize=256)
def lines_of(path: str) -> tuple[str, ...]:
    """The lines of a file, read again for alignment (a few hundred kept in memory).

    Lines are split as `Document` splits them (LF, CRLF, bare CR), so numbers agree.
    """
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ()
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def passages(
    path: str, other: str, points: list[tuple[int, int]], min_similarity: float, min_words: int
) -> Iterator[Passage]:
    """Yield the confirmed passages behind matched (line, other line) points."""
    mine, theirs = lines_of(path), lines_of(other)
    if not mine or not theirs:
        return
    grown = []
    for cluster in _clusters(sorted(points)):
        first, other_first = _grow(mine, theirs, cluster[0][0], min(b for _, b in cluster), -1)
        last, other_last = _grow(mine, theirs, cluster[-1][0], max(b for _, b in cluster), +1)
        grown.append((first, last, other_first, other_last))
    for span in _merged(grown):
        if len(_fold(mine, span[0], span[1]).split()) < min_words:
            continue
        span, score = _rewrap(mine, theirs, span)
        if score >= min_similarity:
            yield Passage(*span, score)


def _rewrap(
    mine: tuple[str, ...], theirs: tuple[str, ...], span: tuple[int, int, int, int]
) -> tuple[tuple[int, int, int, int], float]:
    """Widen either side by a line while that makes the texts more alike.

    Copies with different line breaks end or start mid-line on one side; taking
    the neighbouring line in finishes the sentence. A few steps at most.
    """
    score = fuzz.ratio(_fold(mine, span[0], span[1]), _fold(theirs, span[2], span[3]))
    for _ in range(_MAX_REWRAP):
        first, last, other_first, other_last = span
        options = [
            (first, last, other_first, _next_text(theirs, other_last, 1) or other_last),
            (first, last, _next_text(theirs, other_first, -1) or other_first, other_last),
            (first, _next_text(mine, last, 1) or last, other_first, other_last),
            (_next_text(mine, first, -1) or first, last, other_first, other_last),
        ]
        scored = [
            (fuzz.ratio(_fold(mine, o[0], o[1]), _fold(theirs, o[2], o[3])), o)
            for o in options
            if o != span
        ]
        best = max(scored, default=(0.0, span))
        if best[0] <= score:
            break
        score, span = best
    return span, score


def _merged(ranges: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join passages that overlap or nearly touch on both sides (line breaks differ)."""
    merged: list[tuple[int, int, int, int]] = []
    for first, last, other_first, other_last in sorted(ranges):
        if merged:
            a, b, c, d = merged[-1]
            if first <= b + _MAX_GAP and other_first <= d + _MAX_GAP and other_last >= c - _MAX_GAP:
                merged[-1] = (a, max(b, last), min(c, other_first), max(d, other_last))
                continue
        merged.append((first, last, other_first, other_last))
    return merged


def _clusters(points: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Split points into runs whose lines are close in both documents."""
    run: list[tuple[int, int]] = []
    for point in points:
        if run and (point[0] - run[-1][0] > _MAX_GAP or abs(point[1] - run[-1][1]) > 4 * _MAX_GAP):
            yield run
            run = []
        run.append(point)
    if run:
        yield run


def _grow(
    mine: tuple[str, ...], theirs: tuple[str, ...], line: int, other: int, step: int
) -> tuple[int, int]:
    """Extend a passage edge while the next lines on both sides still match."""
    while True:
        a, b = _next_text(mine, line, step), _next_text(theirs, other, step)
        if a is None or b is None or fuzz.ratio(mine[a - 1], theirs[b - 1]) < 90:
            return line, other
        line, other = a, b


def _next_text(lines: tuple[str, ...], line: int, step: int) -> int | None:
    """The next non-blank line number from `line` in direction `step`, if any."""
    line += step
    while 1 <= line <= len(lines):
        if lines[line - 1].strip():
            return line
        line += step
    return None


def _fold(lines: tuple[str, ...], first: int, last: int) -> str:
    return " ".join(" ".join(lines[first - 1 : last]).split()).casefold()
