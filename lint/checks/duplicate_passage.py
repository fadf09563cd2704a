"""Duplicate passage: text of one document that another document carries too.

Flags:
    A passage that another document of the corpus carries too, verbatim or
    re-edited the way outlets re-edit agency copy (other paragraph breaks,
    quotation marks and dashes, sentences trimmed or added, words changed,
    paragraphs of their own interleaved): one finding per pair of documents
    and passage, on both sides, each naming the other's lines as related and
    saying how many words they share. When nearly all of a document is in the
    other one, the finding says the whole document is a copy.

Why:
    The same story carried by several outlets, an article pasted into another,
    a press release saved twice: each counts twice in every statistic and
    teaches a model the same text twice. Identical files are `duplicate_file`'s
    business; this kind finds the copies that differ. A passage needs words in
    common outside quotation marks, and lines that are not running text
    (menus, headings, lists of links) are not sampled, so two stories quoting
    one speaker, and the menus of one site, are not copies.

Parameters:
    Each document is summarised by content-defined samples: shingles of
    `shingle_words` normalised words starting at about one content word in
    `sample_rate`. An index over the samples yields candidate pairs sharing at
    least `min_shared` of them, never all pairs of documents; a sample held by
    more than `max_df` documents is a stock phrase and makes no pair. The
    shared samples of a pair are chained into runs, and runs in the same order
    on both sides, at most `max_gap` words apart, are one passage; it is
    reported with `min_words` words in common, `min_narrative` of them outside
    quotation marks. A document with `whole_share` of its running text in
    the other is a whole copy. A document sharing text with
    many others names its `max_related` closest and counts the rest.

Passes:
    Two stories on one event that name the same people and quote the same
    statement, each in sentences of its own.

Fails:
    An agency story in a.txt, and in b.txt with curly quotation marks, its
    paragraphs broken differently, a sentence trimmed and a paragraph of the
    outlet's own in the middle.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.duplication.align import Least, Passage, Side, passages
from lint.duplication.index import candidates
from lint.duplication.samples import Samples, Unpacked, hashes, sample, unpack
from lint.finding import CorpusHit, Location, Related
from lint.index.counts import CorpusCounts

NAME = "duplicate_passage"
SCOPE = "corpus"
PLACEHOLDERS = {
    "what": "'the whole document is a copy of' or 'a passage of N words is shared with'",
    "other": "the other file and its line range",
    "words": "words in common (estimated from the samples)",
    "share": "share of this document's words that the other one has, in percent",
    "more": "how many other documents share text with this one, beyond those named",
}


_DECODED = 4096  # documents kept decoded at once while pairs are aligned


class Params(BaseModel):
    """Parameters of the duplicate-passage kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    shingle_words: int = Field(default=5, ge=3, le=20, description="Words per shingle.")
    sample_rate: int = Field(
        default=4, ge=1, le=64, description="Keep shingles starting at 1 in this many words."
    )
    min_shared: int = Field(
        default=2, ge=1, description="Shared samples that make two documents a candidate pair."
    )
    min_words: int = Field(
        default=30,
        ge=1,
        description="Words in common the smallest reported passage has (estimated: an edit "
        "inside a passage costs the words around it).",
    )
    min_narrative: int = Field(
        default=20,
        ge=0,
        description="Of them, words outside quotation marks (quoting one speaker is no copy).",
    )
    max_gap: int = Field(
        default=250,
        ge=0,
        description="Words of one document only (its own paragraphs, a cut one) inside a passage.",
    )
    whole_share: float = Field(
        default=0.75,
        gt=0,
        le=1,
        description="Share of a document's words in the other that makes it a whole copy.",
    )
    max_related: int = Field(
        default=3, ge=1, le=50, description="Documents named per document; the rest are counted."
    )
    max_df: int = Field(
        default=64, ge=2, description="Documents a sample may be in before it is a stock phrase."
    )


# The extract, as the cache stores and validates it (lint.codec).
Summary = Samples


def extract(document: Document, params: Params) -> Summary | None:
    """Sample the document's shingles; None when it has no running text to sample."""
    samples = sample(document, params.shingle_words, params.sample_rate)
    return samples if samples.records else None


def index_keys(summary: Summary, params: Params) -> Iterable[int]:
    """The keys the aggregate pairs documents by: the sampled hashes (each once)."""
    return hashes(summary)


def index_holders(params: Params) -> int | None:
    """Holders are listed up to `max_df`: a sample held by more makes no pair."""
    return params.max_df


def aggregate(
    summaries: Sequence[tuple[str, Summary]],
    params: Params,
    targets: Collection[str] | None = None,
    counts: CorpusCounts | None = None,
) -> Iterator[CorpusHit]:
    """Find candidate pairs through the sample index, align them, report both sides.

    With `targets`, only pairs with a target are compared and only targets reported.
    With `counts` (a focused run), `summaries` hold every document sharing a sample
    with a target, and a sample is a stock phrase by its count in the whole corpus.
    """
    items = [summary for _, summary in summaries]
    focus = None
    if targets is not None:
        focus = frozenset(i for i, (path, _) in enumerate(summaries) if path in targets)
    keys = [hashes(item) for item in items]
    per_document = params.max_related + 2  # a few more than named, to rank them
    frequency = counts.frequency if counts is not None else None
    pairs = candidates(keys, params.min_shared, params.max_df, per_document, focus, frequency)
    del keys
    found: dict[int, list[tuple[Passage, int]]] = defaultdict(list)
    least = Least(params.min_words, params.min_narrative)
    decoded: dict[int, Unpacked] = {}  # a document is in several pairs: decode it once

    def unpacked(index: int) -> Unpacked:
        if index not in decoded:
            if len(decoded) >= _DECODED:
                decoded.clear()
            decoded[index] = unpack(items[index])
        return decoded[index]

    for a, b in pairs:
        if items[a].digest == items[b].digest:
            continue  # identical bytes: duplicate_file reports it
        shared = passages(unpacked(a), unpacked(b), params.max_gap, least)
        for passage in shared:
            found[a].append((passage, b))
            found[b].append((passage.flipped(), a))
    for doc in sorted(found):
        if focus is None or doc in focus:
            yield from _hits(doc, found[doc], summaries, params)


def _hits(
    doc: int,
    shared: list[tuple[Passage, int]],
    summaries: Sequence[tuple[str, Summary]],
    params: Params,
) -> Iterator[CorpusHit]:
    """One hit per passage with each of the `max_related` documents sharing most."""
    by_other: dict[int, list[Passage]] = defaultdict(list)
    for passage, other in shared:
        by_other[other].append(passage)
    ranked = sorted(by_other, key=lambda o: (-sum(p.words for p in by_other[o]), summaries[o][0]))
    named = ranked[: params.max_related]
    more = len(ranked) - len(named)
    for other in named:
        for passage in sorted(by_other[other], key=lambda p: p.mine.first_line):
            yield _hit(summaries[doc], summaries[other], passage, more, params)


def _hit(
    mine: tuple[str, Summary],
    theirs: tuple[str, Summary],
    passage: Passage,
    more: int,
    params: Params,
) -> CorpusHit:
    path, summary = mine
    other_path, other = theirs
    share = _share(passage.mine.words, summary)
    whole = share >= params.whole_share
    location = _whole(summary) if whole else _lines(passage.mine)
    if _share(passage.theirs.words, other) >= params.whole_share:
        their_first, their_last = 1, other.line_count
    else:
        their_first, their_last = passage.theirs.first_line, passage.theirs.last_line
    copy = f"a passage of {passage.words} words is shared with"
    args = {
        "what": "the whole document is a copy of" if whole else copy,
        "other": f"{other_path}:{their_first}-{their_last}",
        "words": str(passage.words),
        "share": f"{min(share, 1.0):.0%}".removesuffix("%"),
        "more": _more(more),
    }
    note = f"{passage.words} words in common"
    related = (Related(other_path, their_first, their_last, note),)
    # NOTE: the text (for SARIF fingerprints) names the other side, not the text: at
    # 100,000 documents findings are many, and each byte counts. Its lines are those of
    # the other document, so an edit above the passage here does not change it.
    return CorpusHit(path, location, args, related, text=f"{other_path}:{their_first}")


def _more(count: int) -> str:
    if not count:
        return ""
    if count == 1:
        return " (1 more document shares text with this one)"
    return f" ({count} more documents share text with this one)"


def _share(words: int, summary: Summary) -> float:
    """Share of the document's running text that is in the passage."""
    return min(words / max(summary.text_words, 1), 1.0)


def _lines(side: Side) -> Location:
    return Location(side.first_line, 1, side.last_line, max(1, side.width))


def _whole(summary: Summary) -> Location:
    return Location(1, 1, summary.line_count, max(1, summary.last_width))
