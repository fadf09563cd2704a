"""A focused run through the index: which corpus documents each rule must see, and counts.

Given a snapshot that still describes nearly all of the corpus (`plan`), a rule's
aggregate over the targets needs only the documents that share a key with a target,
and the corpus-wide counts of those keys (`subset`). Counts are the index's, less
what the dirty documents (targets, changed and removed files) contributed when the
snapshot was taken, read from their recorded extracts, plus what the fresh extracts
hold now. Whenever the index cannot answer exactly (a row missing or altered, an
old extract gone, holders the index did not list), the answer is None and the rule
reads every document's extract, as without an index.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from lint import extracts, filestate
from lint.cache import CacheProblem, ExtractCache, entry_key
from lint.codec import Codec
from lint.index import store
from lint.index.counts import CorpusCounts
from lint.index.postings import ALL, Posting, RuleIndex
from lint.index.snapshot import Comparison, Snapshot, compare
from lint.index.store import Indexed

_FRESH_MIN = 32  # files read the ordinary way before a whole run is cheaper...
_FRESH_SHARE = 100  # ...or one in this many of the corpus: the run rebuilds the index
_KEY_MASK = 2**64 - 1


@dataclass(frozen=True)
class Plan:
    """A snapshot that describes the corpus but for a few files, and the rules' headers."""

    snapshot: Snapshot
    comparison: Comparison
    headers: dict[bytes, RuleIndex]
    paths: dict[int, str]  # unchanged documents by number: the path this run names them by


@dataclass(frozen=True)
class Subset:
    """The unchanged documents a rule must see (path to digest), and the corpus's counts."""

    wanted: dict[str, bytes]
    counts: CorpusCounts


def indexed(kind: Any, params: Any, rule_key: bytes) -> Indexed | None:
    """The index of a kind that declares `index_keys`, its parameters bound (else None)."""
    keys = getattr(kind, "index_keys", None)
    indexable = getattr(kind, "indexable", None)
    if keys is None or (indexable is not None and not indexable(params)):
        return None
    limit = kind.index_holders(params)

    def bound(summary: Any) -> Iterable[int]:
        # Distinct and below 2**64 whatever the kind returns: a holder is listed once.
        return {key & _KEY_MASK for key in keys(summary, params)}

    return Indexed(rule_key, bound, ALL if limit is None else limit)


def plan(
    cache: ExtractCache, files: Sequence[str], targets: Collection[str], rule_keys: Sequence[bytes]
) -> Plan | None:
    """The plan of a focused run, or None: no usable index, or too much of it stale."""
    names = [filestate.path_key(path) for path in files]
    if len(set(names)) != len(names):
        return None  # one file named twice: the snapshot cannot tell the names apart
    shot = store.read_snapshot(cache)
    headers = store.read_headers(cache, shot, rule_keys) if shot is not None else None
    if shot is None or headers is None:
        return None
    comparison = compare(shot, files, names, targets)
    stale = len(comparison.fresh) + len(comparison.dirty)
    if stale > max(_FRESH_MIN, len(files) // _FRESH_SHARE):
        return None
    paths = {doc: path for path, (doc, _) in comparison.unchanged.items()}
    return Plan(shot, comparison, headers, paths)


def subset(
    cache: ExtractCache,
    plan: Plan,
    rule: Indexed,
    codec: Codec,
    fresh: Sequence[tuple[str, Any]],
    targets: Collection[str],
) -> Subset | None:
    """The documents and counts of one rule's focused aggregate, or None (read them all)."""
    old = _old_keys(cache, plan, rule, codec)
    if old is None:
        return None
    new = [set(rule.keys(summary)) for _, summary in fresh]
    wanted: set[int] = set()
    for (path, _), keys in zip(fresh, new, strict=True):
        if path in targets:
            wanted |= keys
    header = plan.headers[rule.key]
    found = store.read_postings(cache, rule.key, header, wanted)
    if found is None:
        return None
    frequency: dict[int, int] = {}
    holders: set[int] = set()
    for key in wanted:
        posting = found.get(key, Posting(0, ()))
        count = _count(posting, key, old, new, plan)
        if count is None or (posting.holders is None and count <= rule.limit):
            return None  # the aggregate would need holders the index did not list
        frequency[key] = count
        if count <= rule.limit:  # a key held by more makes no pair: its holders are not read
            holders.update(doc for doc in posting.holders or () if doc in plan.paths)
    documents = header.documents - len(old) + len(fresh)
    digests = {plan.paths[doc]: plan.comparison.unchanged[plan.paths[doc]][1] for doc in holders}
    return Subset(digests, CorpusCounts(documents, frequency))


def _count(
    posting: Posting, key: int, old: dict[int, set[int]], new: list[set[int]], plan: Plan
) -> int | None:
    """A key's corpus-wide count now, or None when the index disagrees with the extracts."""
    gone = {doc for doc, keys in old.items() if key in keys}
    if posting.holders is not None:
        listed = set(posting.holders)
        if not listed.issubset(range(len(plan.snapshot.paths))):
            return None
        if gone != listed & set(plan.comparison.dirty):
            return None  # a dirty document's recorded extract is not what was indexed
    if len(gone) > posting.count:
        return None
    return posting.count - len(gone) + sum(1 for keys in new if key in keys)


def _old_keys(
    cache: ExtractCache, plan: Plan, rule: Indexed, codec: Codec
) -> dict[int, set[int]] | None:
    """The keys each dirty document had when the snapshot was taken (None: an extract
    is gone); documents that had no extract are left out, as the index left them."""
    keys = {doc: entry_key(rule.key, digest) for doc, digest in plan.comparison.dirty.items()}
    try:
        payloads = cache.get_many(list(keys.values()))
    except CacheProblem as problem:
        cache.note(problem)
        return None
    old: dict[int, set[int]] = {}
    for doc, key in keys.items():
        payload = payloads.get(key)
        if payload is None:
            return None
        ok, summary, _ = extracts.decode(codec, payload)
        if not ok:
            return None
        if summary is not None:
            old[doc] = set(rule.keys(summary))
    return old


def decoded(
    cache: ExtractCache, codec: Codec, rule_key: bytes, wanted: dict[str, bytes]
) -> tuple[list[tuple[str, Any]], list[str]]:
    """The cached extracts of `wanted` (path to digest), and the paths that have none usable.

    Extracts that are None are left out, as an ordinary run leaves them out.
    """
    keys = {path: entry_key(rule_key, digest) for path, digest in wanted.items()}
    try:
        payloads = cache.get_many(list(keys.values()))
    except CacheProblem as problem:
        cache.note(problem)
        payloads = {}
    found: list[tuple[str, Any]] = []
    missing: list[str] = []
    for path, key in keys.items():
        payload = payloads.get(key)
        if payload is None:
            missing.append(path)
            continue
        ok, summary, _ = extracts.decode(codec, payload)
        if not ok:
            missing.append(path)  # the ordinary path reads the entry again and reports it
        elif summary is not None:
            found.append((path, summary))
    return found, missing
