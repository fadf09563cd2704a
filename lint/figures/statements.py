"""Sentences that hold numbers, as token strings with the numbers masked, for restatements.

A statement is one sentence reduced to one character per token, so that two
statements can be aligned with rapidfuzz and indexed by their words: a word, a
name (capitalised inside a sentence, or wherever the document capitalises it), a
stopword, a time (a year, a month, a weekday, "today") or a number slot. A slot's
character encodes only its unit ("#USD", "#%"), never its value, so "50 people were
killed and at least 53 others were wounded" and the same words with 35 share every
character; the values are kept beside the string. Bound words ("about", "at least")
and unit words ("mln dlrs", "pct") belong to the slot, not to the string.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint import text as textlib
from lint.citations import analyse
from lint.dates.dating import publication_date
from lint.document import Document
from lint.figures.slots import Slot, slots
from lint.figures.subjects import Vocabulary

STOP, WORD, NAME, SLOT, TIME = range(5)
_BASE = 0x10000  # characters above the surrogates, so any encoding keeps them
_CODES = 131071  # (0x10FFFF - _BASE) // 8: eight kinds per code
_HAS_DIGIT = re.compile(r"\d")
# Digits, or a number word joined to its noun ("a nine-count indictment", "two billion").
_HAS_NUMBER = re.compile(
    r"\d|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred)(?:-[a-z]|\s+(?i:hundred|thousand|million|billion|mln|bln)\b)"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MAX_TOKENS = 120  # longer "sentences" are tables or lists
_MIN_WORDS = 3
_CONTEXT = 40  # characters of context kept on each side of a number, for messages
_WRAP = 50  # a line this long without a final mark continues on the next line
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_RELATIVE = frozenset([*_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "ago"])
# A reference entry or a table row: "2019;182:109450", "doi:", "et al", cells.
_NOT_PROSE = re.compile(
    r"\d;\s?\d+\s?[:(]|\bdoi\b|\bet al\b|\bpmc?id\b|\bpubmed\b|\s\|\s.*\s\|\s|\t|±", re.I
)
_MONTHS = {
    **{m: m[:3] for m in "january february march april june july august september".split()},
    **{m: m[:3] for m in "october november december jan feb mar apr jun jul aug".split()},
    **{"sept": "sep", "sep": "sep", "oct": "oct", "nov": "nov", "dec": "dec"},
}
_NOT_NAMES = frozenset(
    """the a an in on at as of for and but or to by from with this that these those its
    their his her our we they it he she i mr mrs ms dr inc corp co ltd plc llc reuter
    reuters""".split()
)


@dataclass(frozen=True, slots=True)
class Value:
    """A number slot of a statement: its token position, value, bound, and where it is."""

    index: int
    value: float
    low: float
    high: float
    bound: str
    precision: float
    unit: str
    stated: str
    context: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence with numbers: its token string, its slots, and whether a day dates it.

    `relative` is True when the sentence says "today", "yesterday" or a weekday, so
    its figures hold for the day of its document only.
    """

    tokens: str
    values: tuple[Value, ...]
    relative: bool
    line: int


def kind(token: str) -> int:
    """The kind of a token character: STOP, WORD, NAME, SLOT or TIME."""
    return (ord(token) - _BASE) % 8


def statements(document: Document) -> tuple[Statement, ...]:
    """Return the statements of a document (computed once per document)."""
    return document.memo("figures.statements", lambda: tuple(_statements(document)))


def document_date(document: Document) -> str:
    """The document's publication date as an ISO string, or ""."""
    found = publication_date(document)
    return "" if found is None else found.mention.iso()


def _statements(document: Document) -> Iterator[Statement]:
    text = document.text
    if not _HAS_NUMBER.search(text):
        return
    words = Vocabulary(text)
    references = [(r.heading_start, r.end) for r in analyse(document).lists]
    for start, end in _segments(document):
        if not _HAS_NUMBER.search(text, start, end) or _headline(text[start:end]):
            continue
        if any(first <= start < last for first, last in references):
            continue
        for first, last in textlib.sentences(text, start, end):
            if _prose(text, first, last):
                found = _statement(document, words, first, last)
                if found is not None:
                    yield found


def _prose(text: str, start: int, end: int) -> bool:
    """A sentence with a number that is neither a reference, a table row nor a headline."""
    return (
        _HAS_NUMBER.search(text, start, end) is not None
        and _NOT_PROSE.search(text, start, end) is None
        and not _headline(text[start:end])
    )


def _segments(document: Document) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs: a line, or wrapped lines joined ("    " opens a paragraph).

    The first line is the title, never compared: headlines abbreviate.
    """
    lines, starts = document.lines, document.line_starts
    begin = None
    for index in range(1, len(lines)):
        line = lines[index]
        if begin is None:
            begin = starts[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        wrapped = (
            len(line) >= _WRAP
            and line.rstrip()[-1:] not in ".!?:;\"”'’"
            and following[:1].strip() != ""
        )
        if not wrapped:
            yield begin, starts[index] + len(line)
            begin = None


def _headline(span: str) -> bool:
    """A line in capitals or in Title Case: a headline, a teaser or a table heading."""
    letters = [c for c in span if c.isalpha()]
    if len(letters) > 8 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        return True
    words = [w for w in span.split() if len(w) > 1 and w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _statement(document: Document, words: Vocabulary, start: int, end: int) -> Statement | None:
    text = document.text
    chars: list[str] = []
    values: list[Value] = []
    relative = False
    pos = start
    opening = _first_word(text, start)
    for slot in slots(text, start, end):
        relative |= _words(text, pos, slot.start, words, chars, opening)
        if slot.time:
            chars.append(_char("@" + slot.time, TIME))
        else:
            values.append(_value(document, slot, len(chars), (start, end)))
            chars.append(_char("#" + slot.unit, SLOT))
        pos = slot.end
    relative |= _words(text, pos, end, words, chars, opening)
    plain = sum(kind(c) in (WORD, NAME) for c in chars)
    if not values or plain < _MIN_WORDS or len(chars) > _MAX_TOKENS:
        return None
    line = document.position(start)[0]
    return Statement("".join(chars), tuple(values), relative, line)


def _words(
    text: str, start: int, end: int, vocabulary: Vocabulary, chars: list[str], opening: int
) -> bool:
    """Append the word tokens of `text[start:end]`; return whether one dates the sentence."""
    relative = False
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        lower = word.lower().replace("’", "'").removesuffix("'s")
        if lower in _RELATIVE:
            relative = True
            chars.append(_char("@" + lower, TIME))
        elif lower in _MONTHS and word[0].isupper() and (lower != "may" or _dated(text, match)):
            chars.append(_char("@" + _MONTHS[lower], TIME))
        elif lower in textlib.STOPWORDS or len(lower) == 1:
            chars.append(_char(lower, STOP))
        elif _is_name(word, lower, match.start() == opening, vocabulary):
            chars.append(_char(lower, NAME))
        else:
            chars.append(_char(lower, WORD))
    return relative


def _first_word(text: str, start: int) -> int:
    found = _WORD.search(text, start)
    return found.start() if found else -1


def _dated(text: str, match: re.Match[str]) -> bool:
    """ "May 5", "May 1987": the month, not the verb."""
    return bool(re.match(r"\s+\d", text[match.end() : match.end() + 3]))


def _is_name(word: str, lower: str, opening: bool, vocabulary: Vocabulary) -> bool:
    """A capitalised word inside the sentence, or opening it where the text capitalises it."""
    if not word[0].isupper() or lower in _NOT_NAMES:
        return False
    return not opening or vocabulary.capitalised_inside(word) or not vocabulary.written_lower(word)


def _value(document: Document, slot: Slot, index: int, sentence: tuple[int, int]) -> Value:
    text = document.text
    where = document.location(slot.start, slot.end)
    return Value(
        index, slot.value, slot.low, slot.high, slot.bound, slot.precision, slot.unit,
        text[slot.start : slot.end], _context(text, slot, sentence), where.line, where.column,
        where.end_line, where.end_column,
    )  # fmt: skip


def _context(text: str, slot: Slot, sentence: tuple[int, int]) -> str:
    """A few words on each side of the number, with the number left out: "killed and … others"."""
    before = text[max(sentence[0], slot.start - _CONTEXT) : slot.start].split()
    after = text[slot.end : min(sentence[1], slot.end + _CONTEXT)].split()
    before = before[1:] if slot.start - _CONTEXT > sentence[0] else before
    after = after[:-1] if slot.end + _CONTEXT < sentence[1] else after
    return " ".join([*before[-4:], "…", *after[:4]])


@lru_cache(maxsize=1 << 16)
def _char(token: str, token_kind: int) -> str:
    """One character for a token: a hash of its text, with its kind in the low bits."""
    code = zlib.crc32(token.encode("utf-8")) % _CODES
    return chr(_BASE + code * 8 + token_kind)
