"""Postings of one corpus rule: for each key, how many documents hold it and which.

The keys are what the kind's aggregate pairs documents by (`index_keys`). A key
held by more documents than the kind lists (`index_holders`: duplicate-passage's
`max_df`, none for repeated-lines, which needs counts only) keeps its count alone.
Keys are spread over buckets by value, each bucket one sealed row, so a focused
run reads the few rows its targets' keys fall in; building them holds the corpus's
keys in two flat arrays and one bucket's groups at a time.
"""

from __future__ import annotations

import itertools
import struct
import sys
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

ALL = 0xFFFFFFFF  # the holder limit that lists every holder
_KEYS_PER_BUCKET = 32
_SPREADS = 64  # buckets are spread over this many arrays while the index is built
_HEAD = struct.Struct("<16sII")  # snapshot ident, keys, listed holders
_RULE = struct.Struct("<16sIII")  # snapshot ident, documents, buckets, holder limit


@dataclass(frozen=True, slots=True)
class RuleIndex:
    """A rule's index header: its snapshot, documents with an extract, buckets, limit."""

    ident: bytes
    documents: int
    buckets: int
    limit: int


@dataclass(frozen=True, slots=True)
class Posting:
    """How many documents hold a key, and which (None: more than the rule lists)."""

    count: int
    holders: tuple[int, ...] | None


def kept(limit: int) -> int:
    """How many holders the index lists per key for a kind that needs `limit` listed.

    Twice as many: a key whose count falls to the limit since the index was built
    (its holders changed or removed) is still answered from the index.
    """
    return ALL if limit == ALL else min(ALL - 1, 2 * limit)


def bucket_of(key: int, buckets: int) -> int:
    """The bucket a key is stored in."""
    return key % buckets


def build(
    keyed: Iterable[tuple[int, Iterable[int]]], limit: int
) -> tuple[int, Iterator[tuple[int, bytes]]]:
    """The bucket count and the (bucket, body) rows of `(document, keys)` pairs.

    Documents come in increasing order and a document's keys are distinct, so
    every holder list comes out sorted. Bodies lack the snapshot ident (`seal_body`).
    Pairs are first spread by the key's lowest byte, in flat arrays; the bucket
    count is a multiple of their number, so each spread holds whole buckets and
    only one spread's groups are ever held as Python lists.
    """
    keys = [array("Q") for _ in range(_SPREADS)]
    docs = [array("I") for _ in range(_SPREADS)]
    for doc, found in keyed:
        for key in found:
            keys[key % _SPREADS].append(key)
            docs[key % _SPREADS].append(doc)
    pairs = sum(len(part) for part in keys)
    buckets = _SPREADS * max(1, pairs // (_KEYS_PER_BUCKET * _SPREADS))
    return buckets, _bodies(keys, docs, buckets, limit)


def _bodies(
    keys: list[array[int]], docs: list[array[int]], buckets: int, limit: int
) -> Iterator[tuple[int, bytes]]:
    """Every bucket's body, empty ones too: a missing row is then a fault, never a gap."""
    for spread in range(_SPREADS):
        groups: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for key, doc in zip(keys[spread], docs[spread], strict=True):
            groups[key % buckets][key].append(doc)
        keys[spread], docs[spread] = array("Q"), array("I")
        for bucket in range(spread, buckets, _SPREADS):
            yield bucket, _body(groups.pop(bucket, {}), limit)


def _body(groups: dict[int, list[int]], limit: int) -> bytes:
    ordered = sorted(groups)
    counts, starts, listed = array("I"), array("I", [0]), array("I")
    for key in ordered:
        holders = groups[key]
        counts.append(len(holders))
        if len(holders) <= limit:
            listed.extend(holders)
        starts.append(len(listed))
    parts = [array("Q", ordered), counts, starts, listed]
    if sys.byteorder != "little":
        for part in parts:
            part.byteswap()
    head = struct.pack("<II", len(ordered), len(listed))
    return head + b"".join(part.tobytes() for part in parts)


def seal_body(ident: bytes, body: bytes) -> bytes:
    """A bucket's payload: the snapshot it belongs to, then its body."""
    return ident + body


def rule_payload(header: RuleIndex) -> bytes:
    """The payload of a rule's index header."""
    return _RULE.pack(header.ident, header.documents, header.buckets, header.limit)


def rule_header(payload: bytes) -> RuleIndex | None:
    """A rule's index header, or None when the payload is not one."""
    if len(payload) != _RULE.size:
        return None
    ident, documents, buckets, limit = _RULE.unpack(payload)
    return RuleIndex(ident, documents, buckets, limit) if buckets else None


def postings(
    payload: bytes, header: RuleIndex, bucket: int, wanted: Collection[int]
) -> dict[int, Posting] | None:
    """The postings of the `wanted` keys in one bucket's payload (a key held by no
    document is absent), or None when the payload does not check out."""
    if len(payload) < _HEAD.size or payload[:16] != header.ident:
        return None
    _, size, listed = _HEAD.unpack_from(payload)
    parts = _arrays(payload[_HEAD.size :], size, listed)
    if parts is None:
        return None
    keys, counts, starts, holders = parts
    if not _consistent(keys, counts, starts, holders, header, bucket):
        return None
    found: dict[int, Posting] = {}
    for at, key in enumerate(keys):
        if key not in wanted:
            continue
        first, end = starts[at], starts[at + 1]
        ids = tuple(holders[first:end]) if counts[at] <= header.limit else None
        found[key] = Posting(counts[at], ids)
    return found


def _arrays(
    data: bytes, size: int, listed: int
) -> tuple[array[int], array[int], array[int], array[int]] | None:
    if len(data) != size * 8 + size * 4 + (size + 1) * 4 + listed * 4:
        return None
    keys, counts, starts, holders = array("Q"), array("I"), array("I"), array("I")
    at = 0
    for part, length in ((keys, size * 8), (counts, size * 4), (starts, size * 4 + 4)):
        part.frombytes(data[at : at + length])
        at += length
    holders.frombytes(data[at:])
    if sys.byteorder != "little":
        for part in (keys, counts, starts, holders):
            part.byteswap()
    return keys, counts, starts, holders


def _consistent(
    keys: array[int],
    counts: array[int],
    starts: array[int],
    holders: array[int],
    header: RuleIndex,
    bucket: int,
) -> bool:
    """Sorted keys of this bucket, holder lists that are whole or absent, known holders."""
    if starts[0] != 0 or starts[-1] != len(holders):
        return False
    if any(key % header.buckets != bucket for key in keys):
        return False
    if any(a >= b for a, b in itertools.pairwise(keys)):
        return False
    for at, count in enumerate(counts):
        listed = starts[at + 1] - starts[at]
        if count < 1 or listed != (count if count <= header.limit else 0):
            return False
    return _sorted_runs(starts, holders)


def _sorted_runs(starts: array[int], holders: array[int]) -> bool:
    """Each key's holders in increasing order (the order documents were numbered)."""
    for at in range(len(starts) - 1):
        run = holders[starts[at] : starts[at + 1]]
        if any(a >= b for a, b in itertools.pairwise(run)):
            return False
    return True
