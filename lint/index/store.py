"""The corpus index's rows in the cache: writing them after a whole run, reading them back.

Rows are sealed by the cache like its entries (`ExtractCache.index_row`), and each
rule's rows name the snapshot they were built with, so a row that was altered, or
left from another snapshot, is never read as part of this one.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from lint.cache import CacheProblem, ExtractCache
from lint.index import postings, snapshot
from lint.index.postings import Posting, RuleIndex
from lint.index.snapshot import Snapshot

SNAPSHOT = b"snapshot"

Keys = Callable[[Any], Iterable[int]]  # a kind's `index_keys`, its parameters bound


@dataclass(frozen=True, slots=True)
class Indexed:
    """One corpus rule whose kind declares index keys: its cache key, keys, and how
    many holders of a key its aggregate needs (`ALL`, or fewer: a key held by more
    is known by its count)."""

    key: bytes
    keys: Keys
    limit: int


def rule_name(rule_key: bytes) -> bytes:
    """The name of a rule's index header row."""
    return b"rule" + rule_key


def bucket_name(rule_key: bytes, bucket: int) -> bytes:
    """The name of one bucket row of a rule's postings."""
    return b"keys" + rule_key + struct.pack("<I", bucket)


def write(
    cache: ExtractCache,
    records: Sequence[tuple[bytes, bytes]],
    rules: Sequence[tuple[Indexed, Sequence[tuple[bytes, Any]]]],
) -> None:
    """Replace the index: a snapshot of `records`, and each rule's postings over its
    `(path key, extract)` pairs (extracts of files outside the snapshot left out)."""
    payload = snapshot.encode(records)
    shot = snapshot.decode(payload)
    if shot is None:
        return
    rows = [cache.index_row(SNAPSHOT, payload)]
    number = {path: doc for doc, path in enumerate(shot.paths)}
    for rule, extracts in rules:
        keyed = sorted((number[p], s) for p, s in extracts if p in number and s is not None)
        limit = postings.kept(rule.limit)
        buckets, bodies = postings.build(((d, rule.keys(s)) for d, s in keyed), limit)
        header = RuleIndex(shot.ident, len(keyed), buckets, limit)
        rows.append(cache.index_row(rule_name(rule.key), postings.rule_payload(header)))
        for bucket, body in bodies:
            sealed = postings.seal_body(shot.ident, body)
            rows.append(cache.index_row(bucket_name(rule.key, bucket), sealed))
    cache.put_index(rows)


def read_snapshot(cache: ExtractCache) -> Snapshot | None:
    """The verified snapshot, or None (none yet, or one that does not check out)."""
    found = _rows(cache, [SNAPSHOT])
    payload = found.get(SNAPSHOT) if found else None
    return snapshot.decode(payload) if payload is not None else None


def read_headers(
    cache: ExtractCache, shot: Snapshot, rule_keys: Sequence[bytes]
) -> dict[bytes, RuleIndex] | None:
    """Each rule's index header, by rule key; None when one is missing or not of `shot`."""
    found = _rows(cache, [rule_name(key) for key in rule_keys])
    if found is None:
        return None
    headers: dict[bytes, RuleIndex] = {}
    for key in rule_keys:
        payload = found.get(rule_name(key))
        header = postings.rule_header(payload) if payload is not None else None
        if header is None or header.ident != shot.ident:
            return None
        headers[key] = header
    return headers


def read_postings(
    cache: ExtractCache, rule_key: bytes, header: RuleIndex, keys: Iterable[int]
) -> dict[int, Posting] | None:
    """The postings of `keys` (a key no document held is absent); None when a row
    that should be there is missing or does not check out."""
    wanted = set(keys)
    buckets = sorted({postings.bucket_of(key, header.buckets) for key in wanted})
    found = _rows(cache, [bucket_name(rule_key, bucket) for bucket in buckets])
    if found is None:
        return None
    result: dict[int, Posting] = {}
    for bucket in buckets:
        payload = found.get(bucket_name(rule_key, bucket))
        if payload is None:
            return None  # every bucket is written, so a missing one was taken away
        decoded = postings.postings(payload, header, bucket, wanted)
        if decoded is None:
            return None
        result.update(decoded)
    return result


def _rows(cache: ExtractCache, names: Sequence[bytes]) -> dict[bytes, bytes] | None:
    """Verified rows by name; None (the problem noted) when one fails its check."""
    try:
        return cache.index_rows(names)
    except CacheProblem as problem:
        cache.note(problem)
        return None
