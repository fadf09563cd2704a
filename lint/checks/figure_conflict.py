"""Figure conflict: the same quantity stated two ways, in one document or across the corpus.

Flags:
    A figure (a trade volume, a budget, a count, a magnitude) whose subject, period
    and unit match another figure's but whose value cannot be reconciled with it;
    in `wording` mode, two compatible figures that bound one number differently
    ("over 30" and "around 30"). Each side is reported with the other as related.

Why:
    Documents about one subject repeat the same facts, and sources disagree or copy
    wrongly. A reader of the corpus, or a model trained on it, cannot tell which
    value is right; the curator can, once the two places are side by side.

Parameters:
    Each document is reduced to its figures: value with its bound ("about",
    "over", ranges), unit, period ("in 2022", "as of 2024", "last year" against
    the document's date) and subject (the places and measure the clause attaches
    the number to, with "the two countries" and section headings resolved).
    Shares become figures too: "about 46% of the $95 billion total" states about
    $43.7 billion. A figure whose measure, subject or period cannot be pinned down
    is left out. Figures are indexed by (measure, unit, period, places) and only
    compared within one key; present-tense figures only within one document, or
    between documents published the same day. A value stands for an interval
    (half a unit of its last digit, `approximate` around "about", open beyond
    "over"/"under"), widened by `tolerance` except on the side a bound states
    and for percentages; figures contradict when their intervals do not meet. A
    paragraph giving two values under one key is a breakdown and takes no part.
    Other names in the clauses (people, organisations) must be shared or similar
    (`name_similarity`, rapidfuzz) when both have some.

Passes:
    Trade reached $70 billion in 2022. / Trade surpassed $70 billion in 2022.
    Trade reached $70 billion in 2022. / Trade reached $90 billion in 2023.

Fails:
    China-Kazakhstan trade reached $43 billion in 2024. / In 2024, trade between
    China and Kazakhstan reached $30 billion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.figures import compare, record
from lint.figures.extract import figures
from lint.figures.record import Figure
from lint.finding import CorpusHit, Location, Related

NAME = "figure_conflict"
SCOPE = "corpus"
PLACEHOLDERS = {
    "subject": "what the figure measures ('China–Kazakhstan trade')",
    "period": "the period it refers to ('in 2024', 'at present')",
    "value": "this figure's value, with its bound ('about $43.7 billion')",
    "other_value": "the first other figure's value",
    "stated": "this figure as written ('around 30')",
    "other_stated": "the first other figure as written",
    "other": "where the first other figure is ('line 16' or 'path:line')",
    "count": "how many other figures disagree with this one",
}

Entry = tuple[str, Figure]


class Params(BaseModel):
    """Parameters of the figure-conflict kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["contradiction", "wording"] = Field(
        default="contradiction",
        description="contradiction: values that cannot both be right; wording: one number "
        "with bounds that disagree ('over 30' and 'around 30').",
    )
    tolerance: float = Field(
        default=0.05, ge=0, le=0.5, description="Relative slack added to every interval."
    )
    approximate: float = Field(
        default=0.1,
        ge=0,
        le=0.5,
        description="How far a value given as 'about' or 'around' may be from the truth.",
    )
    name_similarity: int = Field(
        default=85,
        ge=50,
        le=100,
        description="rapidfuzz token-set ratio at which two other names count as the same.",
    )
    across_documents: bool = Field(
        default=True, description="Compare figures of different documents, not only within one."
    )
    max_related: int = Field(
        default=5, ge=1, le=50, description="At most this many other figures listed per finding."
    )


# The extract, as the cache stores and validates it (lint.codec).
Summary = tuple[Figure, ...]


def extract(document: Document, params: Params) -> tuple[Figure, ...] | None:
    """Return the document's figures (None when it has none)."""
    return figures(document) or None


def aggregate(
    summaries: Sequence[tuple[str, tuple[Figure, ...]]],
    params: Params,
    targets: Collection[str] | None = None,
) -> Iterator[CorpusHit]:
    """Yield one hit per figure that disagrees with another of its key's bucket."""
    buckets: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for path, found in summaries:
        for figure in found:
            buckets[_bucket(path, figure, params)].append((path, figure))
    for entries in buckets.values():
        if len(entries) > 1:
            yield from _bucket_hits(entries, params)


def _bucket(path: str, figure: Figure, params: Params) -> tuple[str, ...]:
    """The index key: subject, period and unit, plus the path where only one document counts."""
    key = figure.key()
    if figure.period == "present" or not params.across_documents:
        key += ("@", path)
    return key


def _bucket_hits(entries: list[Entry], params: Params) -> Iterator[CorpusHit]:
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
        if _disagree(groups[i][0][1], groups[j][0][1], params):
            partners[i].append(j)
            partners[j].append(i)
    for i, others in partners.items():
        related = sorted(
            (entry for j in others for entry in groups[j]),
            key=lambda e: (e[0], e[1].line, e[1].column),
        )
        for path, figure in groups[i]:
            yield _hit(path, figure, related, params)


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


def _disagree(a: Figure, b: Figure, params: Params) -> bool:
    if not compare.same_names(a, b, params.name_similarity) or not compare.tied(a, b):
        return False
    if params.mode == "wording":
        return compare.rewords(a, b, params.approximate, params.tolerance)
    return compare.contradicts(a, b, params.approximate, params.tolerance)


def _value(figure: Figure, params: Params) -> str:
    """The value as the message shows it: as written in wording mode, normalised otherwise."""
    return figure.stated if params.mode == "wording" else record.shown(figure)


def _hit(path: str, figure: Figure, related: list[Entry], params: Params) -> CorpusHit:
    other_path, other = related[0]
    where = f"line {other.line}" if other_path == path else f"{other_path}:{other.line}"
    args = {
        "subject": record.subject(figure),
        "period": record.period(figure),
        "value": record.shown(figure),
        "other_value": record.shown(other),
        "stated": figure.stated,
        "other_stated": other.stated,
        "other": where,
        "count": str(len(related)),
    }
    links = tuple(
        Related(p, f.line, f.end_line, f"states {_value(f, params)}")
        for p, f in related[: params.max_related]
    )
    location = Location(figure.line, figure.column, figure.end_line, figure.end_column)
    text = f"{args['subject']} {args['period']}: {args['value']}"
    return CorpusHit(path, location, args, links, text)
