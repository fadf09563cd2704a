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
    `min_shared` of them, never all pairs of documents. Shared samples close
    together in both documents are aligned into a passage on each side, which
    must have `min_words` words, and rapidfuzz compares the two passages'
    ordered sample sequences: a pair is confirmed at `min_similarity`. Two
    documents sharing `whole_share` of their samples are reported as whole
    copies. Nothing is read twice, so a corpus of 100,000 documents takes
    seconds here. A passage copied into many documents is reported once per
    document, against its `max_related` closest copies, with the others counted.

Passes:
    Two articles on the same event that share a name and a date.

Fails:
    A press release saved in a.txt, and again with two words changed in b.txt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from lint.document import Document
from lint.duplication.align import Passage, passages, shared_share
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
_REPEATED = {"passage": "passage repeated here", "whole document": "whole document repeated here"}
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
        default=65, ge=50, le=100, description="rapidfuzz ratio (0-100) that confirms a pair."
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


# The extract, as the cache stores and validates it (lint.codec).
Summary = Samples


def extract(document: Document, params: Params) -> Samples | None:
    """Sample the document's shingles; None when it has too few words."""
    samples = sample(document, params.shingle_words, params.sample_rate)
    return samples if samples.hashes else None


def aggregate(summaries: Sequence[tuple[str, Samples]], params: Params) -> Iterator[CorpusHit]:
    """Find candidate pairs through the sample index, confirm them, report both sides.

    Passages of one document that overlap are reported once, with every copy
    confirmed for them as related (the closest `max_related` named).
    """
    items = [summary for _, summary in summaries]
    votes, copies = _candidates(items)
    chosen = _chosen(votes, params)
    del votes  # NOTE: the largest table of the run; free it before aligning
    found: dict[int, list[tuple[Passage, int]]] = defaultdict(list)
    for a, b in chosen:
        if items[a].digest == items[b].digest:
            continue  # identical bytes: duplicate_file reports it
        if shared_share(items[a], items[b]) >= params.whole_share:
            whole = _whole(items[a], items[b])
            found[a].append((whole, b))
            found[b].append((_flip(whole), a))
            continue
        for passage in passages(items[a], items[b], params.min_similarity, params.min_words):
            found[a].append((passage, b))
            found[b].append((_flip(passage), a))
    for doc in sorted(found):
        for group in _overlapping(found[doc]):
            yield _hit(doc, group, summaries, copies[doc], params)


def _overlapping(passages: list[tuple[Passage, int]]) -> Iterator[list[tuple[Passage, int]]]:
    """Group a document's passages whose line ranges overlap or touch (a blank line apart).

    A document stitched from paragraphs of several others is one finding, with
    the others related, rather than one per paragraph.
    """
    group: list[tuple[Passage, int]] = []
    for item in sorted(passages, key=lambda item: (item[0].first, item[0].last, item[1])):
        if group and item[0].first > max(p.last for p, _ in group) + 2:
            yield group
            group = []
        group.append(item)
    if group:
        yield group


def _candidates(items: list[Samples]) -> tuple[Counter[int], Counter[int]]:
    """Votes per document pair (keyed `a << 32 | b`, a < b) and each document's copies."""
    votes: Counter[int] = Counter()
    copies: Counter[int] = Counter()
    for group in shared_groups(items):
        for doc in group:
            copies[doc] = max(copies[doc], len(group) - 1)
        # A sample held by many documents links each to the first holders only
        # (a star, not a clique), so the cost stays linear in the number of samples.
        for head in group[:_STAR]:
            for doc in group:
                if doc != head:
                    votes[min(head, doc) << 32 | max(head, doc)] += 1
    return votes, copies


def _chosen(votes: Counter[int], params: Params) -> list[tuple[int, int]]:
    """Pairs with enough votes, at most `max_related` per document, best first."""
    ranked = sorted(
        (pair for pair, count in votes.items() if count >= params.min_shared),
        key=lambda pair: (-votes[pair], pair),
    )
    taken: Counter[int] = Counter()
    chosen = []
    for pair in ranked:
        a, b = pair >> 32, pair & 0xFFFFFFFF
        if taken[a] < params.max_related or taken[b] < params.max_related:
            taken[a] += 1
            taken[b] += 1
            chosen.append((a, b))
    return sorted(chosen)


def _whole(a: Samples, b: Samples) -> Passage:
    """Two documents that share nearly all their samples: the whole of both."""
    score = fuzz.ratio(a.hashes.tolist(), b.hashes.tolist())
    return Passage(1, a.line_count, 1, b.line_count, score)


def _flip(p: Passage) -> Passage:
    return Passage(p.other_first, p.other_last, p.first, p.last, p.similarity)


def _hit(
    doc: int,
    group: list[tuple[Passage, int]],
    summaries: Sequence[tuple[str, Samples]],
    copies: int,
    params: Params,
) -> CorpusHit:
    path, mine = summaries[doc]
    first = min(p.first for p, _ in group)
    last = max(p.last for p, _ in group)
    ranked = sorted(group, key=lambda item: (-item[0].similarity, summaries[item[1]][0]))
    best, other = ranked[0]
    other_path, theirs = summaries[other]
    whole = first == 1 and last == mine.line_count and best.other_last == theirs.line_count
    what = "whole document" if whole and best.other_first == 1 else "passage"
    named = ranked[: params.max_related]
    extra = max(copies, len(group)) - len(named)
    args = {
        "what": what,
        "other": f"{other_path}:{best.other_first}-{best.other_last}",
        "similarity": f"{best.similarity:.0f}",
        "more": f" (and {len(named) - 1 + extra} other documents)"
        if len(named) + extra > 1
        else "",
    }
    related = tuple(
        Related(summaries[o][0], p.other_first, p.other_last, _REPEATED[what]) for p, o in named
    )
    location = Location(first, 1, last, max(1, mine.widths[last - 1]))
    # NOTE: the text (for SARIF fingerprints) is the other path, a string already in
    # memory: at 100,000 documents findings are many, and each byte counts.
    return CorpusHit(path, location, args, related, text=other_path)
