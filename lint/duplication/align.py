"""Confirm and align a candidate pair of passages with rapidfuzz, from their samples.

The index only says that two documents share a few sampled shingles. Here the
shared samples are grouped into runs that are close in both documents; each run
gives a passage on both sides (the lines from its first to its last sample), and
rapidfuzz compares the ordered sequences of all samples of those lines: the
score drops with every edit, insertion or omission, and with any text around a
shared phrase. Nothing is read again from
disk, so confirming costs a few microseconds per passage whatever the corpus.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from lint.duplication.shingles import Samples

_MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class Passage:
    """Two aligned line ranges (inclusive) and how alike their samples are (0-100)."""

    first: int
    last: int
    other_first: int
    other_last: int
    similarity: float


def passages(a: Samples, b: Samples, min_similarity: float, min_words: int) -> Iterator[Passage]:
    """Yield the confirmed passages that `a` shares with `b`."""
    where: dict[int, int] = {}
    for index, key in enumerate(b.hashes):
        where.setdefault(key, index)
    points = [(i, where[key]) for i, key in enumerate(a.hashes) if key in where]
    for i0, i1, j0, j1 in _merged([_span(c) for c in _clusters(points, a, b)]):
        first, last = a.lines[i0], a.lines[i1]
        other_first, other_last = b.lines[j0], b.lines[j1]
        if sum(a.words[first - 1 : last]) < min_words:
            continue
        # Every sample of the lines on both sides, shared or not: lines that share
        # a stock phrase but differ otherwise score low.
        score = fuzz.ratio(_on_lines(a, first, last), _on_lines(b, other_first, other_last))
        if score >= min_similarity:
            yield Passage(first, last, other_first, other_last, score)


def _on_lines(samples: Samples, first: int, last: int) -> list[int]:
    """The sample hashes of lines `first` to `last`, in text order."""
    begin = bisect_left(samples.lines, first)
    end = bisect_right(samples.lines, last)
    return samples.hashes[begin:end].tolist()


def shared_share(a: Samples, b: Samples) -> float:
    """The smaller of the shares of `a`'s and `b`'s samples that the other also has."""
    common = len(set(a.hashes) & set(b.hashes))
    return min(common / max(len(a.hashes), 1), common / max(len(b.hashes), 1))


def _clusters(
    points: list[tuple[int, int]], a: Samples, b: Samples
) -> Iterator[list[tuple[int, int]]]:
    """Split matched sample pairs into runs whose lines are close in both documents."""
    run: list[tuple[int, int]] = []
    for point in points:
        if run:
            gap = a.lines[point[0]] - a.lines[run[-1][0]]
            jump = abs(b.lines[point[1]] - b.lines[run[-1][1]])
            if gap > _MAX_GAP or jump > 4 * _MAX_GAP:
                yield run
                run = []
        run.append(point)
    if run:
        yield run


def _span(cluster: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """First and last sample index of a run in both documents."""
    return (
        cluster[0][0],
        cluster[-1][0],
        min(j for _, j in cluster),
        max(j for _, j in cluster),
    )


def _merged(spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join runs that overlap on both sides (a passage split by a small edit)."""
    merged: list[tuple[int, int, int, int]] = []
    for i0, i1, j0, j1 in sorted(spans):
        if merged:
            a0, a1, b0, b1 = merged[-1]
            if i0 <= a1 + 1 and j0 <= b1 + 1 and j1 >= b0 - 1:
                merged[-1] = (a0, max(a1, i1), min(b0, j0), max(b1, j1))
                continue
        merged.append((i0, i1, j0, j1))
    return merged
