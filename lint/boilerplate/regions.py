"""Find the run of lines that shares the least vocabulary with the rest of a document.

Used by the foreign-tail check: the run is either a tail (it reaches the end) or
an insert that the document's own text resumes after. Every step is incremental,
so the search is linear in the document's size.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from lint.boilerplate.cohesion import Vector, add, cosine
from lint.boilerplate.lines import LineInfo

MAX_INSERT_LINES = 30
# NOTE: an insert must break away twice as clearly as a tail: articles drift to a
# side subject and back far more often than they end in another article.
INSERT_PENALTY = 2.0


@dataclass(frozen=True, slots=True)
class Limits:
    """How much text a region and the document around it need."""

    core_words: int
    region_words: int
    start_similarity: float
    # Papers change vocabulary from section to section (methods, formulas, tables),
    # so only a tail is looked for in them.
    inserts: bool = True


class _Run:
    """A growing run of lines: its vector, norm and dot product with the whole text.

    The rest of the document is the total minus the run, so the run's similarity
    to the rest is known at every step without building the rest.
    """

    def __init__(self, total: Vector, total_sq: float) -> None:
        self.total, self.total_sq = total, total_sq
        self.vector: Vector = {}
        self.sq = self.dot_total = 0.0

    def add(self, unit: Vector) -> None:
        # The hottest loop of foreign-tail: attributes read once, same arithmetic.
        vector, total, sq, dot = self.vector, self.total, self.sq, self.dot_total
        for term, weight in unit.items():
            old = vector.get(term, 0.0)
            vector[term] = old + weight
            sq += (old + weight) ** 2 - old * old
            dot += weight * total[term]
        self.sq, self.dot_total = sq, dot

    def similarity(self) -> float | None:
        rest_sq = self.total_sq - 2 * self.dot_total + self.sq
        if self.sq <= 0 or rest_sq <= 1e-9:
            return None
        return max(0.0, self.dot_total - self.sq) / math.sqrt(self.sq * rest_sq)


def best_region(
    infos: list[LineInfo], units: list[Vector], limits: Limits
) -> tuple[int, int, float] | None:
    """The run of lines that shares the least vocabulary with the rest, and that similarity.

    A run either reaches the end (a tail: every start is tried, the run growing
    backwards from the end) or is followed by `min_tail_words` of the document's
    own text again (an insert: only a line unlike the text before it can start
    one, and it grows for at most `MAX_INSERT_LINES` lines). Linear in the
    document's size.
    """
    total = add(units)
    total_sq = sum(w * w for w in total.values())
    after = [0] * (len(infos) + 1)
    for index in range(len(infos) - 1, -1, -1):
        after[index] = after[index + 1] + infos[index].words
    core = [after[0] - after[k] >= limits.core_words for k in range(len(infos) + 1)]
    candidates: list[tuple[float, int, int]] = []
    tail = _Run(total, total_sq)
    for begin in range(len(infos) - 1, -1, -1):
        tail.add(units[begin])
        similarity = tail.similarity()
        enough = core[begin] and after[begin] >= limits.region_words
        if enough and len(infos) - begin >= 2 and similarity is not None:
            candidates.append((similarity, begin, len(infos)))
    head: Vector = {}
    head_sq = 0.0
    for begin in range(len(infos)):
        if limits.inserts and core[begin] and _unlike(units[begin], head, head_sq, limits):
            candidates.extend(_inserts(infos, units, _Run(total, total_sq), begin, after, limits))
        for term, weight in units[begin].items():
            old = head.get(term, 0.0)
            head[term] = old + weight
            head_sq += (old + weight) ** 2 - old * old
    if not candidates:
        return None
    score, begin, end = min(candidates)
    return begin, end, score


def _unlike(unit: Vector, head: Vector, head_sq: float, limits: Limits) -> bool:
    """True when a line shares almost nothing with the text before it: an insert may start."""
    unit_sq = sum(w * w for w in unit.values())
    if unit_sq <= 0 or head_sq <= 0:
        return False
    dot = sum(w * head.get(t, 0.0) for t, w in unit.items())
    return dot / math.sqrt(unit_sq * head_sq) <= limits.start_similarity


def _inserts(
    infos: list[LineInfo],
    units: list[Vector],
    run: _Run,
    begin: int,
    after: list[int],
    limits: Limits,
) -> Iterator[tuple[float, int, int]]:
    """Candidate inserts from `begin`, scored with the insert penalty."""
    for end in range(begin + 1, min(begin + MAX_INSERT_LINES, len(infos) - 1) + 1):
        run.add(units[end - 1])
        if after[end] < limits.region_words:
            return
        if end - begin < 2 or after[begin] - after[end] < limits.region_words:
            continue
        similarity = run.similarity()
        if similarity is not None:
            yield similarity * INSERT_PENALTY, begin, end


def halves(units: list[Vector]) -> float:
    """Cohesion of a stretch: similarity of its first and second half (0 for one line)."""
    if len(units) < 2:
        return 0.0
    middle = len(units) // 2
    return cosine(add(units[:middle]), add(units[middle:]))
