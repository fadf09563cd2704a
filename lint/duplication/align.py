"""Align the samples two documents share into passages, one per stretch of copied text.

Shared samples are placed by word index on both sides. Those that follow each
other closely in both documents form a run (a stretch copied with at most a
sentence changed). Runs in the same order on both sides are then joined into
one passage when at most `max_gap` words stand between them on either side (an
outlet's own paragraphs interleaved, a paragraph it cut, a sentence it
rewrote), so a re-edited story is one passage, not one per paragraph; passages
near each other on both sides in another order (paragraphs moved) are merged.
Words in common are those of the lines holding matched samples, each scaled by
the share of its samples that match (an edit inside a paragraph costs its
words). Nothing is read again from disk: a pair costs a few microseconds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lint.duplication.samples import Unpacked

_EDIT_GAP = 60  # words between two matched samples of one run, on either side
# NOTE: a site's footer sentences (terms of use, copyright) stand alone among its menus
# on every page: a passage in a stretch of running text this short on both sides is
# furniture, while an article, even pasted among menus, is longer.
_ISLAND_WORDS = 80


@dataclass(frozen=True, slots=True)
class Side:
    """Where a passage lies in one document (lines, inclusive) and its words there."""

    first_line: int
    last_line: int
    width: int  # of the last line
    words: int


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage two documents share, seen from one of them."""

    mine: Side
    theirs: Side

    @property
    def words(self) -> int:
        """Words in common: the smaller count of the two sides."""
        return min(self.mine.words, self.theirs.words)

    def flipped(self) -> Passage:
        """The same passage seen from the other document."""
        return Passage(self.theirs, self.mine)


@dataclass(frozen=True, slots=True)
class Least:
    """The smallest passage worth reporting: words in common, and of them outside quotes."""

    words: int
    narrative: int


@dataclass
class _Run:
    """Matched samples `(i, j)` that follow each other closely in both documents."""

    points: list[tuple[int, int]]


def passages(a: Unpacked, b: Unpacked, max_gap: int, least: Least) -> list[Passage]:
    """The passages with at least `least` words in common that `a` shares with `b`."""
    where = {key: j for j, key in enumerate(b.hashes)}
    points = [(i, where[key]) for i, key in enumerate(a.hashes) if key in where]
    found = []
    for matched in _regions(_joined(_runs(points, a, b), a, b, max_gap), a, b, max_gap):
        mine, theirs = _words(a, [i for i, _ in matched]), _words(b, [j for _, j in matched])
        if min(mine, theirs) < least.words or _narrative(matched, a, b) < least.narrative:
            continue
        i0, i1 = min(i for i, _ in matched), max(i for i, _ in matched)
        j0, j1 = min(j for _, j in matched), max(j for _, j in matched)
        if _island(a, i0, i1) and _island(b, j0, j1):
            continue  # a few lines alone among menus on both sides: one site's furniture
        found.append(Passage(_side(a, i0, i1, mine), _side(b, j0, j1, theirs)))
    return found


def _runs(points: list[tuple[int, int]], a: Unpacked, b: Unpacked) -> list[_Run]:
    """Chain matched samples that are close and in order in both documents."""
    runs: list[_Run] = []
    open_runs: list[_Run] = []
    last: _Run | None = None
    for i, j in points:
        # Most points go on the run the previous one went on: try it first.
        if last is None or not _follows(last, i, j, a, b):
            last = min(
                (run for run in open_runs if _follows(run, i, j, a, b)),
                key=lambda run: _gap(run, i, j, a, b),
                default=None,
            )
            # Runs that ended too far back on this side can take no more points.
            place = a.places[i]
            open_runs = [r for r in open_runs if place - a.places[r.points[-1][0]] <= _EDIT_GAP]
            if last is None:
                last = _Run([])
                runs.append(last)
                open_runs.append(last)
        last.points.append((i, j))
    return runs


def _gap(run: _Run, i: int, j: int, a: Unpacked, b: Unpacked) -> int:
    """Words from the run's last point to this one, on the side where it is larger."""
    ri, rj = run.points[-1]
    return max(a.places[i] - a.places[ri], b.places[j] - b.places[rj])


def _follows(run: _Run, i: int, j: int, a: Unpacked, b: Unpacked) -> bool:
    """The point comes after the run's last one, within `_EDIT_GAP` words on both sides."""
    ri, rj = run.points[-1]
    gap_a, gap_b = a.places[i] - a.places[ri], b.places[j] - b.places[rj]
    return 0 < gap_a <= _EDIT_GAP and 0 < gap_b <= _EDIT_GAP


def _joined(runs: list[_Run], a: Unpacked, b: Unpacked, max_gap: int) -> list[list[_Run]]:
    """Group runs in the same order on both sides, at most `max_gap` words apart on each.

    Only the matched samples' lines count as words in common, so the text
    between two runs (an outlet's own paragraph, a cut one) joins the passage
    but adds nothing to it.
    """
    groups: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: r.points[0]):
        if groups:
            last = groups[-1][-1].points[-1]
            gap_a = a.places[run.points[0][0]] - a.places[last[0]]
            gap_b = b.places[run.points[0][1]] - b.places[last[1]]
            if 0 < gap_a <= max_gap and 0 < gap_b <= max_gap:
                groups[-1].append(run)
                continue
            if len(run.points) == 1:
                continue  # one stray shingle out of order: a stock phrase, not a copy
        groups.append([run])
    return groups


def _regions(
    groups: list[list[_Run]], a: Unpacked, b: Unpacked, max_gap: int
) -> list[list[tuple[int, int]]]:
    """Merge groups that lie near each other on both sides, in whatever order.

    An outlet that moves paragraphs around still carries one story: its
    passages interleave, and they are one passage of the pair. Groups of a
    single sample (a stray shingle) join nothing.
    """
    regions: list[list[tuple[int, int]]] = []
    spans: list[tuple[int, int, int, int]] = []
    for group in groups:
        points = [point for run in group for point in run.points]
        span = _span(points, a, b)
        for index, other in enumerate(spans):
            if len(points) > 1 and len(regions[index]) > 1 and _near(span, other, max_gap):
                regions[index].extend(points)
                spans[index] = _span(regions[index], a, b)
                break
        else:
            regions.append(points)
            spans.append(span)
    return [sorted(points) for points in regions]


def _span(points: list[tuple[int, int]], a: Unpacked, b: Unpacked) -> tuple[int, int, int, int]:
    """Word index of the first and last point on each side."""
    places_a = [a.places[i] for i, _ in points]
    places_b = [b.places[j] for _, j in points]
    return min(places_a), max(places_a), min(places_b), max(places_b)


def _near(one: tuple[int, int, int, int], other: tuple[int, int, int, int], gap: int) -> bool:
    """Within `gap` words of each other (or overlapping) on both sides."""
    a0, a1, b0, b1 = one
    c0, c1, d0, d1 = other
    return max(a0 - c1, c0 - a1) <= gap and max(b0 - d1, d0 - b1) <= gap


def _words(side: Unpacked, counted: list[int], matched: list[int] | None = None) -> float:
    """Words of the lines the counted samples are on, each scaled by its share counted.

    A paragraph whose samples all match counts whole; one that is half the
    outlet's own counts half; one with no match (in between) counts nothing.
    With `matched`, a line where fewer than half of the samples match counts nothing.
    """
    per_line = Counter(side.line_of[i] for i in counted)
    dense = None if matched is None else Counter(side.line_of[i] for i in matched)
    total = 0.0
    for line, count in per_line.items():
        end = side.firsts[line + 1] if line + 1 < len(side.firsts) else len(side.hashes)
        samples = end - side.firsts[line]
        if dense is None or 2 * dense[line] >= samples:
            total += side.words[line] * count / samples
    return total


def _narrative(matched: list[tuple[int, int]], a: Unpacked, b: Unpacked) -> float:
    """Words in common outside quotation marks, on lines that are mostly in common.

    Quoting one speaker is no copy, and two reports of one event may share a
    clause next to a shared quotation: a line counts only when at least half
    of its samples match, and then for the share of them outside quotes.
    """
    outside = [(i, j) for i, j in matched if not (a.quoted[i] or b.quoted[j])]
    mine = _words(a, [i for i, _ in outside], [i for i, _ in matched])
    theirs = _words(b, [j for _, j in outside], [j for _, j in matched])
    return min(mine, theirs)


def _island(side: Unpacked, first: int, last: int) -> bool:
    """The passage lies in a short stretch of running text, with menus around it."""
    runs = side.runs
    return max(runs[side.line_of[first]], runs[side.line_of[last]]) < _ISLAND_WORDS


def _side(side: Unpacked, first: int, last: int, words: float) -> Side:
    line, end = side.line_of[first], side.line_of[last]
    return Side(side.numbers[line], side.numbers[end], side.widths[end], round(words))
