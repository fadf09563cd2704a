"""Figures that disagree under one key: the same subject, measure, period and unit.

The first way to find a restated figure: each figure of `extract.figures` has a key
(measure, unit, period, mode, places), and figures are compared only within one
key, and there only as distinct statements (a few), never all pairs of figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.figures import compare
from lint.figures.record import Figure

Entry = tuple[str, Figure]


@dataclass(frozen=True, slots=True)
class Settings:
    """How keyed figures are compared (the kind's parameters that matter here)."""

    wording: bool
    tolerance: float
    approximate: float
    name_similarity: int
    across_documents: bool


def disagreements(
    summaries: Sequence[tuple[str, tuple[Figure, ...]]], settings: Settings
) -> Iterator[tuple[Entry, list[Entry]]]:
    """Yield each figure that disagrees with others of its key, with those others (sorted)."""
    buckets: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for path, found in summaries:
        for figure in found:
            buckets[_bucket(path, figure, settings)].append((path, figure))
    for entries in buckets.values():
        if len(entries) > 1:
            yield from _bucket_disagreements(entries, settings)


def _bucket(path: str, figure: Figure, settings: Settings) -> tuple[str, ...]:
    """The index key: subject, period and unit, plus the path where only one document counts."""
    key = figure.key()
    if not across(figure, settings):
        key += ("@", path)
    return key


def across(figure: Figure, settings: Settings) -> bool:
    """Whether a figure is compared with other documents' (a present value is not)."""
    return figure.period != "present" and settings.across_documents


def _bucket_disagreements(
    entries: list[Entry], settings: Settings
) -> Iterator[tuple[Entry, list[Entry]]]:
    """Compare the distinct statements of one bucket (a few), not every pair of figures.

    A paragraph that states two values under one key is a list or a breakdown
    ("36 constituencies ..., 10 constituencies ..."), not a restatement: its
    figures take no part, even where the paragraph is repeated elsewhere.
    """
    statements: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    paragraphs: dict[tuple[str, int], set[tuple[object, ...]]] = defaultdict(set)
    for path, figure in entries:
        statement = (
            figure.value,
            figure.low,
            figure.high,
            figure.bound,
            figure.names,
            figure.timed,
            figure.goods,
        )
        paragraphs[path, figure.line].add(statement)
        statements[statement].append((path, figure))
    listed = {place for place, found in paragraphs.items() if len(found) > 1}
    groups = [
        [(p, f) for p, f in group if (p, f.line) not in listed] for group in statements.values()
    ]
    groups = [group for group in groups if group]
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in _candidates(groups):
        if _disagree(groups[i][0][1], groups[j][0][1], settings):
            partners[i].append(j)
            partners[j].append(i)
    for i, others in partners.items():
        related = sorted(
            (entry for j in others for entry in groups[j]),
            key=lambda e: (e[0], e[1].line, e[1].column),
        )
        for entry in groups[i]:
            yield entry, related


def _candidates(groups: list[list[Entry]]) -> Iterator[tuple[int, int]]:
    """Pairs of statements to compare: all of them about places, and those sharing a name
    when the subject is only named ("PopSockets revenue"), through an index by name."""
    if groups and groups[0][0][1].places:
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                yield i, j
        return
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        for name in group[0][1].names:
            by_name[name].append(index)
    seen: set[tuple[int, int]] = set()
    for indexes in by_name.values():
        for a, i in enumerate(indexes):
            for j in indexes[a + 1 :]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def _disagree(a: Figure, b: Figure, settings: Settings) -> bool:
    if not compare.same_names(a, b, settings.name_similarity) or not compare.tied(a, b):
        return False
    if not compare.same_goods(a, b):
        return False
    if settings.wording:
        return compare.rewords(a, b, settings.approximate, settings.tolerance)
    return compare.contradicts(a, b, settings.approximate, settings.tolerance)
