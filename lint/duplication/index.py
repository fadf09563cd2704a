"""Candidate pairs from an index of sample hashes, never from all pairs of documents.

Documents that share a sampled hash vote for each other. A hash held by a few
documents links them all (an agency story carried by several outlets: every
outlet's copy is compared with every other); one held by more links each of
them to the first holders only (a star, not a clique, so the cost stays linear);
one held by more than `max_df` documents is a stock phrase or a template and
links nobody. When only some documents are targets (pre-commit lints the
changed files against the corpus), only hashes the targets hold are indexed and
only pairs with a target get votes.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations

_CLIQUE = 8  # up to this many holders, every pair of them votes
_HEADS = 3  # beyond it, each holder votes with the first few only


def candidates(
    hashes: Sequence[array[int]],
    min_shared: int,
    max_df: int,
    per_document: int,
    targets: frozenset[int] | None = None,
    frequency: Mapping[int, int] | None = None,
) -> list[tuple[int, int]]:
    """Pairs `(a, b)`, a < b, sharing `min_shared` hashes; each document's best few.

    `frequency` (a focused run over part of the corpus) gives how many documents of
    the whole corpus hold each target's hash: a stock phrase is one there.
    """
    votes: Counter[int] = Counter()
    only = None if targets is None else {key for doc in sorted(targets) for key in hashes[doc]}
    for key, group in shared_groups(hashes, only):
        held = len(group) if frequency is None else frequency.get(key, len(group))
        if held > max_df:
            continue
        for a, b in _linked(group):
            if targets is None or a in targets or b in targets:
                votes[a << 32 | b] += 1
    ranked = sorted(
        (pair for pair, count in votes.items() if count >= min_shared),
        key=lambda pair: (-votes[pair], pair),
    )
    taken: Counter[int] = Counter()
    chosen = []
    for pair in ranked:
        a, b = pair >> 32, pair & 0xFFFFFFFF
        if taken[a] < per_document or taken[b] < per_document:
            taken[a] += 1
            taken[b] += 1
            chosen.append((a, b))
    return sorted(chosen)


def _linked(group: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs of holders of one hash that vote: all of a few, a star for many."""
    if len(group) <= _CLIQUE:
        yield from combinations(group, 2)
        return
    heads = group[:_HEADS]
    yield from combinations(heads, 2)
    for doc in group[_HEADS:]:
        for head in heads:
            yield head, doc


def shared_groups(
    hashes: Sequence[array[int]], only: set[int] | None = None, buckets: int = 64
) -> Iterator[tuple[int, list[int]]]:
    """Yield, for every hash kept by two or more documents, it and their indices in order.

    Entries are first spread over `buckets` by hash, then each bucket is grouped,
    so memory holds one bucket's groups at a time rather than a dict of all hashes.
    """
    spread_hashes = [array("I") for _ in range(buckets)]
    spread_docs = [array("I") for _ in range(buckets)]
    for doc, keys in enumerate(hashes):
        for key in keys:
            if only is None or key in only:
                spread_hashes[key % buckets].append(key)
                spread_docs[key % buckets].append(doc)
    for bucket in range(buckets):
        groups: dict[int, list[int]] = defaultdict(list)
        for key, doc in zip(spread_hashes[bucket], spread_docs[bucket], strict=True):
            groups[key].append(doc)
        spread_hashes[bucket] = array("I")
        spread_docs[bucket] = array("I")
        for key in sorted(groups):
            if len(groups[key]) > 1:
                yield key, groups[key]
