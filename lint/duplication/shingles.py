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
    """A document's sampled shingle hashes (in text order) with the line each starts on.

    `words` and `widths` give every line's word count and length, so passages can
    be measured and located without reading the document again.
    """

    hashes: array[int]
    lines: array[int]
    words: array[int]
    widths: array[int]
    digest: bytes

    @property
    def line_count(self) -> int:
        """Number of lines of the document."""
        return len(self.widths)


def sample(document: Document, size: int, rate: int) -> Samples:
    """Hash the shingles that start at anchor words, with their line numbers."""
    tokens: list[str] = []
    numbers: list[int] = []
    starts: list[int] = []
    words = array("H", [0] * document.line_count)
    widths = array("I", (len(line) for line in document.lines))
    if not widths or max(widths) < 65536:
        widths = array("H", widths)
    for info in line_infos(document):
        words[info.number - 1] = min(info.words, 65535)
        starts.extend(_line_anchors(info.tokens, len(tokens), rate))
        tokens.extend(info.tokens)
        numbers.extend([info.number] * len(info.tokens))
    # NOTE: 32-bit hashes and 16-bit line numbers when they fit: a summary is kept
    # for every document until the aggregate, so its size is the memory bill.
    hashes = array("I")
    lines = array("H" if document.line_count < 65536 else "I")
    seen: set[int] = set()
    for index in starts:
        if index + size > len(tokens):
            continue
        key = _hash(" ".join(tokens[index : index + size]))
        if key not in seen:
            seen.add(key)
            hashes.append(key)
            lines.append(numbers[index])
    digest = hashlib.blake2b(document.raw, digest_size=8).digest()
    return Samples(hashes, lines, words, widths, digest)


def _line_anchors(tokens: tuple[str, ...], offset: int, rate: int) -> list[int]:
    """Anchor positions of one line: content words in CRC bucket 0 of `rate`.

    NOTE: a paragraph of a few dozen words may draw no anchor by chance; one of
    at least `_MIN_LINE_WORDS` words then gets its two content words of smallest
    CRC, still chosen by content, so a pasted paragraph keeps two samples.
    """
    codes = [_crc(word) for word in tokens]
    found = [offset + i for i, code in enumerate(codes) if code >= 0 and code % rate == 0]
    if len(found) >= 2 or len(tokens) < _MIN_LINE_WORDS:
        return found
    ranked = sorted((code, i) for i, code in enumerate(codes) if code >= 0)
    return sorted({*found, *(offset + i for _, i in ranked[:2])})


_CODES: dict[str, int] = {}
_MIN_LINE_WORDS = 15


def _crc(word: str) -> int:
    """CRC-32 of a content word, -1 for a stopword (memoised: words repeat a lot)."""
    code = _CODES.get(word)
    if code is None:
        if len(_CODES) > 500_000:
            _CODES.clear()
        code = -1 if word in STOPWORDS else zlib.crc32(word.encode())
        _CODES[word] = code
    return code


def _hash(text: str) -> int:
    """A stable 32-bit hash: chance collisions never reach the two shared samples a pair needs."""
    return zlib.crc32(text.encode())


def shared_groups(samples: Sequence[Samples], buckets: int = 64) -> Iterator[list[int]]:
    """Yield, for every hash kept by two or more documents, their indices in order.

    Entries are first spread over `buckets` by hash, then each bucket is sorted,
    so memory holds one bucket's tuples at a time rather than a dict of all hashes.
    """
    spread_hashes = [array("I") for _ in range(buckets)]
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
        spread_hashes[bucket] = array("I")
        spread_docs[bucket] = array("I")
        for key in sorted(groups):
            if len(groups[key]) > 1:
                yield groups[key]
