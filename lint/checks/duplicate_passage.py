"""Duplicate passage: text of one document that repeats text of another.

Flags:
    A passage (one or more lines) that repeats a passage of another document of
    the corpus, exactly or nearly (small edits, different line breaks), on both
    sides with the other file and its line range as related; a document that
    repeats another as a whole is reported as a near-duplicate document.

Why:
    An article pasted into another one, or the same press release saved twice
    with different line breaks, counts twice in every statistic and teaches a
    model the same text twice. Identical files are `duplicate_file`'s business;
    this kind finds the copies that differ.

Parameters:
    Each document is summarised by content-defined shingle samples (runs of
    `shingle_words` words starting at about one content word in `sample_rate`).
    An index over the samples yields candidate pairs sharing at least
    `min_shared` of them, never all pairs of documents; each candidate is read
    again, aligned line by line and confirmed when rapidfuzz finds the two
    passages at least `min_similarity` similar. A passage copied into many
    documents is reported against its `max_related` closest copies, with the
    count of the others in the message.

Passes:
    Two articles on the same event that share a name and a date.

Fails:
    A press release saved in a.txt, and again with two words changed in b.txt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.duplication.align import Passage, lines_of, passages
from lint.duplication.shingles import Samples, sample, shared_groups
from lint.finding import CorpusHit, Location, Related

NAME = "duplicate_passage"
SCOPE = "corpus"
PLACEHOLDERS = {
    "what": "'passage' or 'whole document'",
    "other": "the other file and its line range",
    "similarity": "how similar the two passages are, in percent",
    "more": "how many other documents share the passage, when more than are listed",
}
_STAR = 1  # each document sharing a sample is linked to this many of the first holders


class Params(BaseModel):
    """Parameters of the duplicate-passage kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    shingle_words: int = Field(default=7, ge=3, le=20, description="Words per shingle.")
    sample_rate: int = Field(
        default=8, ge=1, le=64, description="Keep shingles starting at 1 in this many words."
    )
    min_shared: int = Field(
        default=2, ge=1, description="Shared samples that make two documents a candidate pair."
    )
    min_similarity: float = Field(
        default=85, ge=50, le=100, description="rapidfuzz ratio (0-100) that confirms a pair."
    )
    max_related: int = Field(
        default=3, ge=1, le=50, description="Copies named per document; the rest are counted."
    )
    min_words: int = Field(
        default=30,
        ge=1,
        description="Words a passage needs; shorter shared lines are chrome (repeated_lines).",
    )
    whole_share: float = Field(
        default=0.9,
        gt=0,
        le=1,
        description="Share of both documents' lines a passage must cover to be a whole copy.",
    )


def extract(document: Document, params: Params) -> Samples | None:
    """Sample the document's shingles; None when it has too few words."""
    samples = sample(document, params.shingle_words, params.sample_rate)
    return samples if samples.hashes else None


def aggregate(summaries: Sequence[tuple[str, Samples]], params: Params) -> Iterator[CorpusHit]:
    """Find candidate pairs through the sample index, confirm them, report both sides."""
    items = [summary for _, summary in summaries]
    votes, copies = _candidates(items)
    for a, b in _chosen(votes, params):
        path, other = summaries[a][0], summaries[b][0]
        if items[a].digest == items[b].digest:
            continue  # identical bytes: duplicate_file reports it
        points = _points(items[a], items[b])
        for passage in passages(path, other, points, params.min_similarity, params.min_words):
            yield _hit(path, other, passage, items[a], items[b], copies[a], params)
            yield _hit(other, path, _flip(passage), items[b], items[a], copies[b], params)


def _candidates(items: list[Samples]) -> tuple[Counter[tuple[int, int]], Counter[int]]:
    """Votes per document pair from shared samples, and how many copies each has at most."""
    votes: Counter[tuple[int, int]] = Counter()
    copies: Counter[int] = Counter()
    for group in shared_groups(items):
        for doc in group:
            copies[doc] = max(copies[doc], len(group) - 1)
        # A sample held by many documents links each to the first holders only
        # (a star, not a clique), so the cost stays linear in the number of samples.
        for head in group[:_STAR]:
            for doc in group:
                if doc != head:
                    votes[(min(head, doc), max(head, doc))] += 1
    return votes, copies


def _chosen(votes: Counter[tuple[int, int]], params: Params) -> list[tuple[int, int]]:
    """Pairs with enough votes, at most `max_related` per document, best first."""
    ranked = sorted(
        (pair for pair, count in votes.items() if count >= params.min_shared),
        key=lambda pair: (-votes[pair], pair),
    )
    taken: Counter[int] = Counter()
    chosen = []
    for a, b in ranked:
        if taken[a] < params.max_related or taken[b] < params.max_related:
            taken[a] += 1
            taken[b] += 1
            chosen.append((a, b))
    return sorted(chosen)


def _points(a: Samples, b: Samples) -> list[tuple[int, int]]:
    where: dict[int, int] = {}
    for key, line in zip(b.hashes, b.lines, strict=True):
        where.setdefault(key, line)
    return [(line, where[key]) for key, line in zip(a.hashes, a.lines, strict=True) if key in where]


def _flip(p: Passage) -> Passage:
    return Passage(p.other_first, p.other_last, p.first, p.last, p.similarity)


def _hit(
    path: str, other: str, p: Passage, mine: Samples, theirs: Samples, copies: int, params: Params
) -> CorpusHit:
    whole = (p.last - p.first + 1) >= params.whole_share * mine.line_count and (
        p.other_last - p.other_first + 1
    ) >= params.whole_share * theirs.line_count
    extra = copies - params.max_related
    args = {
        "what": "whole document" if whole else "passage",
        "other": f"{other}:{p.other_first}-{p.other_last}",
        "similarity": f"{p.similarity:.0f}",
        "more": f" (and about {extra} more documents)" if extra > 0 else "",
    }
    related = (Related(other, p.other_first, p.other_last, f"{args['what']} repeated here"),)
    lines = lines_of(path)
    end_column = max(1, len(lines[p.last - 1])) if p.last <= len(lines) else 1
    location = Location(p.first, 1, p.last, end_column)
    return CorpusHit(path, location, args, related, text=f"{args['what']} {other}")
