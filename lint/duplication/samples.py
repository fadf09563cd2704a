"""Content-defined shingle samples: a few hashes that stand for a document's narrative.

A shingle is a run of `size` words, normalised (lower case, one kind of
apostrophe, no punctuation, so no quotation mark or dash; numbers kept). Only
shingles that start at an anchor word (a content word whose CRC-32 falls in
bucket 0 of `rate`) are kept, so two copies of a passage keep the same samples
whatever surrounds them, however their lines are broken and whatever marks they
use, while a document keeps about one word in 2 x `rate`. Anchors are taken
only on lines of running text (enough words, enough function words): a site's
menus and headings are not the story. Each sample says whether it starts inside
quotation marks: two stories quoting one speaker share only those. Hashes are
stable across processes and runs (no Python `hash()`).

The summary is cached per document and held for the whole corpus until the
aggregate, so it is packed: one string of base64 records, 16 bytes a sample,
decoded (and checked, as cached data is not trusted) only when a pair needs it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import sys
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from lint.boilerplate.lines import line_infos
from lint.document import Document
from lint.duplication.lines import running_text, stretches
from lint.duplication.quotes import quoted_flags
from lint.text import STOPWORDS

_MIN_LINE_WORDS = 15
_LIMIT = 2**31 - 1
_COLUMNS = 5  # of the line table


@dataclass(frozen=True, slots=True)
class Samples:
    """A document's sampled shingles, packed, and the sizes its findings need.

    `records` is the base64 text of little-endian 32-bit (hash, word index x 2
    + quoted) pairs in text order, each hash once; `lines` of (line number,
    index of its first sample, words, width, run) for every line holding a
    sample, run being the words of the stretch of running text it is in.
    `text_words` counts the words of its lines of running text.
    """

    records: str
    lines: str
    words: int
    text_words: int
    line_count: int
    last_width: int
    digest: str

    @property
    def count(self) -> int:
        """Number of samples, from the length of the records (nothing decoded)."""
        return _decoded_size(self.records) // 8


@dataclass(frozen=True, slots=True)
class Unpacked:
    """One document's samples decoded: parallel arrays, and its table of sampled lines."""

    hashes: array[int]
    places: array[int]  # word index where each sample starts
    quoted: array[int]  # 1 where it starts inside quotation marks
    line_of: array[int]  # index into the table below
    numbers: array[int]  # the table: line number, first sample, words, width, run
    firsts: array[int]
    words: array[int]
    widths: array[int]
    runs: array[int]  # words of the run of running text the line is in


def sample(document: Document, size: int, rate: int) -> Samples:
    """Hash the shingles that start at anchor words, with their word index and line."""
    tokens: list[str] = []
    anchors: list[tuple[int, int, bool]] = []  # (word index, line in `infos`, quoted)
    text_words = 0
    infos = line_infos(document)
    for index, info in enumerate(infos):
        found = info.tokens
        if "’" in info.text:
            found = tuple(word.replace("’", "'") for word in found)
        if running_text(infos, index):
            text_words += len(found)
            quoted = quoted_flags(info.text)
            offset = len(tokens)
            anchors.extend(
                (at, index, quoted is not None and quoted[at - offset])
                for at in _line_anchors(found, offset, rate)
            )
        tokens.extend(found)
    records, table = array("I"), array("I")
    run_words = stretches(infos)
    seen: set[int] = set()
    for at, index, inside in anchors:
        if at + size > len(tokens):
            break
        key = zlib.crc32(" ".join(tokens[at : at + size]).encode())
        if key in seen:
            continue
        seen.add(key)
        info = infos[index]
        if not table or table[-_COLUMNS] != info.number:
            width = len(document.lines[info.number - 1])
            table.extend((info.number, len(records) // 2, info.words, width))
            table.append(run_words[info.number])
        records.extend((key, min(at, _LIMIT) << 1 | inside))
    count = document.line_count
    return Samples(
        records=_encode(records),
        lines=_encode(array("I", (min(v, 2**32 - 1) for v in table))),
        words=len(tokens),
        text_words=text_words,
        line_count=count,
        last_width=len(document.lines[count - 1]) if count else 0,
        digest=hashlib.blake2b(document.raw, digest_size=8).hexdigest(),
    )


def unpack(samples: Samples) -> Unpacked:
    """Decode the records; records that do not decode, or disagree, are no samples at all."""
    records, table = _decode(samples.records, 2), _decode(samples.lines, _COLUMNS)
    flagged = records[1::2]
    firsts = table[1::_COLUMNS]
    if not _consistent(firsts, len(flagged)):
        records, table, flagged, firsts = array("I"), array("I"), array("I"), array("I")
    line_of = array("I")
    for index, first in enumerate(firsts):
        end = firsts[index + 1] if index + 1 < len(firsts) else len(flagged)
        line_of.extend([index] * (end - first))
    return Unpacked(
        hashes=records[0::2],
        places=array("I", [value >> 1 for value in flagged]),
        quoted=array("B", [value & 1 for value in flagged]),
        line_of=line_of,
        numbers=table[0::_COLUMNS],
        firsts=firsts,
        words=table[2::_COLUMNS],
        widths=table[3::_COLUMNS],
        runs=table[4::_COLUMNS],
    )


def hashes(samples: Samples) -> array[int]:
    """The sampled hashes alone, in text order."""
    return _decode(samples.records, 2)[0::2]


def _consistent(firsts: array[int], count: int) -> bool:
    """The line table starts at sample 0 and goes up, within the samples."""
    if not count:
        return not firsts
    return (
        bool(firsts)
        and firsts[0] == 0
        and all(a < b for a, b in zip(firsts, [*firsts[1:], count], strict=True))
    )


def _encode(values: array[int]) -> str:
    if sys.byteorder == "big":
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode("ascii")


def _decode(text: str, fields: int) -> array[int]:
    """Little-endian 32-bit values from base64; nothing when it is not whole records."""
    values = array("I")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return values
    if len(raw) % (4 * fields) == 0:
        values.frombytes(raw)
        if sys.byteorder == "big":
            values.byteswap()
    return values


def _decoded_size(text: str) -> int:
    return len(text) // 4 * 3 - text[-2:].count("=")


def _line_anchors(words: Sequence[str], offset: int, rate: int) -> list[int]:
    """Anchor positions of one line: content words in CRC bucket 0 of `rate`.

    NOTE: a paragraph of a few dozen words may draw no anchor by chance; one of
    at least `_MIN_LINE_WORDS` words then gets its two content words of smallest
    CRC, still chosen by content, so a pasted paragraph keeps two samples.
    """
    anchor = _ANCHORS.setdefault(rate, {})
    flags = list(map(anchor.get, words))
    if None in flags:
        if len(anchor) > 500_000:
            anchor.clear()
        for i, flag in enumerate(flags):
            if flag is None:
                code = _crc(words[i])
                flags[i] = anchor[words[i]] = code >= 0 and code % rate == 0
    found = list(compress(range(offset, offset + len(words)), flags))
    if len(found) >= 2 or len(words) < _MIN_LINE_WORDS:
        return found
    ranked = sorted((code, i) for i, code in enumerate(map(_crc, words)) if code >= 0)
    return sorted({*found, *(offset + i for _, i in ranked[:2])})


_ANCHORS: dict[int, dict[str, bool]] = {}  # per rate: is the word an anchor (memoised)


def _crc(word: str) -> int:
    """CRC-32 of a content word, -1 for a stopword."""
    return -1 if word in STOPWORDS else zlib.crc32(word.encode())
