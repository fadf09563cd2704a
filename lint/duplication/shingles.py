"""Content-defined shingle samples: a few hundred hashes that stand for a document.

A shingle is a run of `size` words. Only shingles that start at an anchor word
(a content word whose CRC-32 falls in one of `rate` buckets) are kept, so two
copies of a passage keep the same samples whatever surrounds them and however
their lines are broken, while a document keeps about one word in 2 x `rate`.
Hashes are stable across processes and runs (no Python `hash()`), so output is
deterministic.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.boilerplate.lines import line_infos
from lint.document import Document
from lint.text import STOPWORDS


@dataclass(frozen=True, slots=True)
class Samples:
    """A document's sampled shingle hashes with the line each starts on."""

    hashes: array[int]
    lines: array[int]
    digest: bytes
    line_count: int


def sample(document: Document, size: int, rate: int) -> Samples:
    """Hash the shingles that start at anchor words, with their line numbers."""
    tokens: list[str] = []
    numbers: list[int] = []
    for info in line_infos(document):
        tokens.extend(info.tokens)
        numbers.extend([info.number] * len(info.tokens))
    hashes, lines = array("q"), array("I")
    seen: set[int] = set()
    anchors = {word for word in set(tokens) if _anchor(word, rate)}
    starts = [i for i, word in enumerate(tokens[: len(tokens) - size + 1]) if word in anchors]
    for index in starts:
        key = _hash(" ".join(tokens[index : index + size]))
        if key not in seen:
            seen.add(key)
            hashes.append(key)
            lines.append(numbers[index])
    digest = hashlib.blake2b(document.raw, digest_size=8).digest()
    return Samples(hashes, lines, digest, document.line_count)


_ANCHORS: dict[tuple[str, int], bool] = {}


def _anchor(word: str, rate: int) -> bool:
    """True for a content word whose CRC-32 falls in bucket 0 of `rate` (memoised)."""
    key = (word, rate)
    known = _ANCHORS.get(key)
    if known is None:
        if len(_ANCHORS) > 500_000:
            _ANCHORS.clear()
        known = word not in STOPWORDS and zlib.crc32(word.encode()) % rate == 0
        _ANCHORS[key] = known
    return known


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def shared_groups(samples: Sequence[Samples], buckets: int = 64) -> Iterator[list[int]]:
    """Yield, for every hash kept by two or more documents, their indices in order.

    Entries are first spread over `buckets` by hash, then each bucket is sorted,
    so memory holds one bucket's tuples at a time rather than a dict of all hashes.
    """
    spread_hashes = [array("q") for _ in range(buckets)]
    spread_docs = [array("I") for _ in range(buckets)]
    for doc, item in enumerate(samples):
        for key in item.hashes:
            bucket = key % buckets
            spread_hashes[bucket].append(key)
            spread_docs[bucket].append(doc)
    for bucket in range(buckets):
        groups: dict[int, list[int]] = defaultdict(list)
        for key, doc in zip(spread_hashes[bucket], spread_docs[bucket], strict=True):
            groups[key].append(doc)
        spread_hashes[bucket] = array("q")
        spread_docs[bucket] = array("I")
        for key in sorted(groups):
            if len(groups[key]) > 1:
                yield groups[key]
