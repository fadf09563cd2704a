"""Sentences that hold numbers, as token strings with the numbers masked, for restatements.

A statement is one sentence reduced to one character per token, so that two
statements can be aligned with rapidfuzz and indexed by their words: a word, a
name (capitalised inside a sentence, or wherever the document capitalises it), a
stopword, a time (a year, a month, a weekday, "today") or a number slot. A slot's
character encodes only its unit ("#USD", "#%"), never its value, so "the storm cut power
to 40,000 homes and at least 12 schools" and the same words with 21 share every
character; the values are kept beside the string. Bound words ("about", "at least")
and unit words ("mln dlrs", "pct") belong to the slot, not to the string.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint import text as textlib
from lint.citations import analyse
from lint.dates.publication import publication_date
from lint.document import Document
from lint.figures import about
from lint.figures.sentences import sentences
from lint.figures.slots import Slot, slot_at
from lint.figures.subjects import Vocabulary, vocabulary

STOP, WORD, NAME, SLOT, TIME = range(5)
_BASE = 0x10000  # characters above the surrogates, so any encoding keeps them
_CODES = 131071  # (0x10FFFF - _BASE) // 8: eight kinds per code
_HAS_DIGIT = re.compile(r"\d")
# Digits, or a number word joined to its noun ("a nine-count indictment", "two billion").
_DIGIT = re.compile(r"(?<![\d.,])\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A number word joined to its noun or its scale, counting a plural, or before a wire
# unit: "a nine-count indictment", "two billion", "seven motorcyclists", "rose six pct",
# "a two dlr bonus"; "one" only before its scale ("one billion dlrs": "one-third", "one
# of them" and "one day" count nothing).
# (The lookahead on the first letter lets the scan skip most words at once.)
_SCALE_WORD = r"(?i:hundred|thousand|million|billion|mln|bln)\b"
_JOINED_WORD = re.compile(
    r"\b(?=[efhnstEFHNST])(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    rf"forty|fifty|hundred)(?:-(?=[a-z])|\s+(?={_SCALE_WORD}"
    r"|(?i:pct|dlrs?|stg)\b|[a-z]{3,}s\b))"
    rf"|\b(?=[oO])(?i:one)\s+(?={_SCALE_WORD})"
)
_COUNTED = "two three four five six seven eight nine ten eleven twelve twenty thirty fifty"
# Where a number word may be, tested before `_JOINED_WORD` (which costs more): a joined
# word or a scale, or a counting word among the words.
_HINT = re.compile(r"-[a-z]|illion|[mb]ln|hundred|thousand")
_COUNTING = frozenset(_COUNTED.split())
_MAY_COUNT = re.compile(rf"(?=[efnstEFNST])(?i:{'|'.join(_COUNTED.split())})")  # before the split
_PLAIN: dict[str, str] = {}  # characters of words that do not open a sentence, by spelling
_PLAIN_SIZE = 200_000
_MAX_TOKENS = 120  # longer "sentences" are tables or lists
_MIN_WORDS = 3
_ABOUT = 4  # content words on each side of a number that say what it is about
_REACH = 10  # ... within this many tokens
_TOLL_BEFORE = 4  # words before a number that may make it a toll ("the death toll rose to")
_TOLL_AFTER = 3  # ... and after it ("39 are confirmed dead")
_ITEM_MARKS = frozenset("-*•–—·")
_COMPLEMENT = frozenset("of on for about".split())  # "questions on X": what is counted
# A running total: a perfect tense or "so far" before it, a count that rose to it, or
# "so far" / "to date" after it (after its unit and the noun it counts).
_RUNNING_BEFORE = re.compile(
    r"(?i:\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?\w+(?:ed|en|t)\s+"
    r"|\b(?:already|so\s+far|to\s+date)\b[\w\s,]*"
    r"|\b(?:rose|risen|climbed|jumped|grew|reached|stands|stood)\s+(?:to\s+|at\s+)?)$"
)
_RUNNING_AFTER = re.compile(r"(?i:(?:\s+[a-z]+){0,3}\s+(?:so\s+far|to\s+date)\b)")
_CONTEXT = 40  # characters of context kept on each side of a number, for messages
_HEADLINE = 100  # longer lines are prose, whatever their capitals
_LEAD_WORDS = 12  # words of the first paragraph of prose, the story's lead
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# After "of", words that name a whole without saying which: no measure of their own.
_WHOLES = frozenset(["total", "outstanding", "whole", "entire"])
_RELATIVE = frozenset([*_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "ago"])
# A reference entry or a table row: "2019;182:109450", "doi:", "et al", cells.
_NOT_PROSE_MARKERS = ("doi", "DOI", "et al", "PMID", "PMCID", "PubMed", " | ", "\t", "±")
_CITED_VOLUME = re.compile(r"\d;\s?\d+\s?[:(]")
_MONTHS = {
    **{m: m[:3] for m in "january february march april june july august september".split()},
    **{m: m[:3] for m in "october november december jan feb mar apr jun jul aug".split()},
    **{"sept": "sep", "sep": "sep", "oct": "oct", "nov": "nov", "dec": "dec"},
}
_TIMES = frozenset([*_RELATIVE, *_MONTHS])
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
    family: str = ""
    about: str = ""
    of: str = ""
    running: bool = False


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence with numbers: its token string, its slots, and whether a day dates it.

    `relative` is True when the sentence says "today", "yesterday", a weekday or "the
    latest" (week, figures), so its figures hold for the day of its document only.
    `item` is True in a list item (a paragraph that opens with a dash or a bullet), one
    of many of one shape.
    """

    tokens: str
    values: tuple[Value, ...]
    relative: bool
    line: int
    item: bool = False
    lead: bool = False


def kind(token: str) -> int:
    """The kind of a token character: STOP, WORD, NAME, SLOT or TIME."""
    return (ord(token) - _BASE) % 8


def statements(document: Document) -> tuple[Statement, ...]:
    """Return the statements of a document (computed once per document)."""
    return document.memo("figures.statements", lambda: tuple(_statements(document)))


def names(document: Document) -> str:
    """The characters of the names a document capitalises inside its sentences, sorted."""
    lowered = {w.lower().replace("’", "'").removesuffix("'s") for w in vocabulary(document).names()}
    found = {
        _char(word, NAME)
        for word in lowered
        if len(word) > 1 and word not in _NOT_NAMES and word not in _TIMES
    }
    return "".join(sorted(found))


def document_date(document: Document) -> str:
    """The document's publication date as an ISO string, or ""."""
    found = publication_date(document)
    return "" if found is None else found.mention.iso()


def _statements(document: Document) -> Iterator[Statement]:
    text = document.text
    if not _has_number(text, 0, len(text)):
        return
    words = vocabulary(document)
    references = [(r.heading_start, r.end) for r in analyse(document).lists]
    table = sentences(document)
    lead = _lead(text, table.paragraphs)
    for number, (start, end) in enumerate(table.paragraphs):
        if not number:
            continue  # the first line is the title, never compared: headlines abbreviate
        digits = [m.start() for m in _DIGIT.finditer(text, start, end)]
        joined = [m.start() for m in _JOINED_WORD.finditer(text, start, end)]
        if not (digits or joined):
            continue
        if _headline(text[start:end]) or any(a <= start < b for a, b in references):
            continue
        for first, last in table.of_paragraph(number):
            starts = _number_starts(text, first, last, digits, joined)
            if starts and _prose(text, first, last):
                found = _statement(document, words, first, last, starts)
                if found is not None:
                    yield dataclasses.replace(found, lead=True) if number == lead else found


def _lead(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """The index of the story's lead: its first paragraph of prose after the title (a
    date line, a byline or a heading is none), or -1."""
    for number, (start, end) in enumerate(paragraphs[1:], start=1):
        span = text[start:end]
        if len(span.split()) >= _LEAD_WORDS and not _headline(span):
            return number
    return -1


def _has_number(text: str, start: int, end: int) -> bool:
    """Digits, or a number word joined to its noun (looked for only where one may be)."""
    if _DIGIT.search(text, start, end):
        return True
    return _hinted(text, start, end) and bool(_JOINED_WORD.search(text, start, end))


def _hinted(text: str, start: int, end: int) -> bool:
    if _HINT.search(text, start, end):
        return True
    if not _MAY_COUNT.search(text, start, end):
        return False
    return not _COUNTING.isdisjoint(text[start:end].lower().split())


def _number_starts(
    text: str, start: int, end: int, digits: list[int], joined: list[int]
) -> list[int]:
    """Where the numbers of a sentence may begin, in order, from where its paragraph's
    digits and number words begin (a number word counts where its sentence hints at one)."""
    found = digits[bisect_left(digits, start) : bisect_left(digits, end)]
    words = joined[bisect_left(joined, start) : bisect_left(joined, end)]
    if words and _hinted(text, start, end):
        found = sorted(found + words)
    return found


def _prose(text: str, start: int, end: int) -> bool:
    """A sentence that is neither a reference, a table row nor a headline."""
    span = text[start:end]
    if any(marker in span for marker in _NOT_PROSE_MARKERS):
        return False
    return not (";" in span and _CITED_VOLUME.search(span)) and not _headline(span)


def _headline(span: str) -> bool:
    """A line in capitals or in Title Case: a headline, a teaser or a table heading."""
    if span.upper() == span:
        return True
    if len(span) > _HEADLINE:
        return False
    words = [w for w in span.split() if len(w) > 1 and w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _statement(
    document: Document, words: Vocabulary, start: int, end: int, starts: list[int]
) -> Statement | None:
    """Tokenise one sentence: the numbers through `slot_at`, then the words between them.

    A sentence whose numbers are all times ("In 2010, ...") is no statement, and its
    words are never read.
    """
    text = document.text
    found: list[Slot] = []
    taken = start
    for candidate in starts:
        if candidate >= taken:
            slot = slot_at(text, candidate, start, end)
            if slot is not None:
                found.append(slot)
                taken = slot.end
    if all(slot.time or slot.code for slot in found):
        return None
    chars: list[str] = []
    lowered: list[str] = []
    numbers: list[tuple[Slot, int]] = []
    pos, plain = start, 0
    for slot in found:
        plain += _words(text, pos, slot.start, words, chars, lowered, pos == start)
        if slot.time:
            chars.append(_char("@" + slot.time, TIME))
        elif slot.code:
            chars.append(_char("&" + slot.code, NAME))
        else:
            numbers.append((slot, len(chars)))
            chars.append(_char("#" + slot.unit, SLOT))
        lowered.append("")
        pos = slot.end
    plain += _words(text, pos, end, words, chars, lowered, pos == start)
    if plain < _MIN_WORDS or len(chars) > _MAX_TOKENS:
        return None
    values = tuple(
        _value(document, slot, index, (start, end), _about(text, chars, lowered, numbers, index))
        for slot, index in numbers
    )
    relative = any(c in _RELATIVE_CHARS for c in chars)
    line = document.position(start)[0]
    item = document.lines[line - 1].lstrip()[:1] in _ITEM_MARKS
    return Statement("".join(chars), values, relative, line, item)


def _about(
    text: str, chars: list[str], lowered: list[str], numbers: list[tuple[Slot, int]], index: int
) -> tuple[str, str, str]:
    """The number's family (its unit, or the noun it counts; "Δ" for a change, "?" for a
    forecast), the stems of the content words around it, and the stem of what it is "of"
    ("40,000 km of new track"), as characters.

    The other numbers nearby are part of what it is about ("in the five weeks"). A span
    of time ("five weeks"), an age ("Dana Okafor, 34, a nurse") and a conversion in
    brackets have no family.
    """
    slot = next(s for s, i in numbers if i == index)
    near = _near(chars, lowered, index)
    unit = slot.unit
    if unit == "" or unit.startswith("~"):
        head, toll = unit[1:] or _head(lowered, index), _toll(lowered, index)
        if not (head or toll) or about.duration(head) or _age(text, slot):
            return "", "", ""
        unit = "n:" + (toll or about.stem(head))
    if text[max(0, slot.start - 2) : slot.start].strip() == "(":
        return "", "", ""  # "3.2 billion euros ($3.5 billion)": a conversion, not a figure
    unit += _change(slot, lowered, near, index)
    unit += "?" if any(about.modal(lowered[k]) for k in near) else ""
    found = {_char("~" + about.stem(lowered[k]), kind(chars[k])) for k in near}
    first, last = index - _REACH, index + _REACH
    found |= {
        _char(f"#{s.value:g}{_unit_stem(s.unit)}", SLOT)
        for s, i in numbers
        if i != index and first <= i <= last
    }
    return unit, "".join(sorted(found)), _of(text, slot, lowered, index)


def _change(slot: Slot, lowered: list[str], near: list[int], index: int) -> str:
    """Whether the number is a change: a percentage or a count beside a change word ("rose
    5 pct", "lost 60 seats"), any number after "by" ("rose by $5 billion"). An amount of
    money lost or cut is an amount ("the economy lost $6 billion"), and a number after
    "to" the level reached ("rose to 17")."""
    last = [w for w in lowered[max(0, index - 3) : index] if w][-1:]
    if last == ["by"]:
        return "Δ"
    if last == ["to"]:
        return ""  # "the toll rose to 17": the level it reached
    if slot.unit == "%" or slot.unit.startswith("~") or slot.unit == "":
        before = [lowered[k] for k in near if k < index][:2]
        after = [lowered[k] for k in near if k > index][:1]
        return about.change([*before, *after])
    return ""


def _of(text: str, slot: Slot, lowered: list[str], index: int) -> str:
    """The stem of what the number measures, when the text says it: the first content word
    after "of" right after the number ("miles of cable"), or after a unit joined to it
    ("a 750-foot cliff"); else ""."""
    following = [w for w in lowered[index + 1 : index + 6] if w]
    counted = not slot.unit or slot.unit.startswith("~")
    if "-" in text[slot.start : slot.end] and not counted:
        after = following
    elif "of" in following[:2] and not (counted and following[0] == "of"):
        after = following[following.index("of") + 1 :]
    elif counted and following[1:2] and following[1] in _COMPLEMENT:
        after = following[2:]  # "13 questions on the war", "ten questions on fairness"
    else:
        return ""
    word = next((w for w in after if about.content(w)), "")
    if word in _WHOLES:
        return WHOLE  # "6.3 pct of the total outstanding": the whole, not which one
    return _char("~" + about.stem(word), WORD) if word else ""


def _age(text: str, slot: Slot) -> bool:
    """ "Dana Okafor, 34, a nurse": a number alone between commas after a name."""
    return (
        text[slot.start - 2 : slot.start] == ", "
        and text[slot.end : slot.end + 1] == ","
        and text[slot.start - 3 : slot.start - 2].isalpha()
    )


def _unit_stem(unit: str) -> str:
    """ "~weeks" and "~week" are one unit ("five-week", "five weeks")."""
    return "~" + about.stem(unit[1:]) if unit.startswith("~") else unit


def _near(chars: list[str], lowered: list[str], index: int) -> list[int]:
    """Positions of the `_ABOUT` content words on each side of a number (within
    `_REACH` tokens): what the number is about."""
    found: list[int] = []
    for step in (-1, 1):
        count, k = 0, index + step
        while 0 <= k < len(chars) and count < _ABOUT and abs(k - index) <= _REACH:
            word = lowered[k]
            if word and about.content(word) and kind(chars[k]) in (WORD, NAME):
                found.append(k)
                count += 1
            k += step
    return found


def _toll(lowered: list[str], index: int) -> str:
    """ "death" or "injur" when the number is a toll: a casualty word right before it or
    among the few words after ("killed 37 people", "39 are confirmed dead", "the death
    toll rose to 17", "12 injured"), whatever noun it counts; else ""."""
    before = [w for w in lowered[max(0, index - _TOLL_BEFORE) : index] if w]
    after = [w for w in lowered[index + 1 : index + 1 + _TOLL_AFTER] if w]
    for word in [*reversed(before), *after]:
        if about.casualty(word):
            return about.stem(word)
    return ""


def _head(lowered: list[str], index: int) -> str:
    """The noun a bare number counts: the first plural among the next three words, else
    the first content word after it ("14 devices", "12 crude explosive devices")."""
    following = [w for w in lowered[index + 1 : index + 4] if w]
    plural = next(
        (w for w in following if w.endswith("s") and about.content(w) and "'" not in w), ""
    )
    return plural or next((w for w in following if about.content(w)), "")


def _words(
    text: str,
    start: int,
    end: int,
    vocabulary: Vocabulary,
    chars: list[str],
    lowered: list[str],
    opening: bool,
) -> int:
    """Append the characters of the words of `text[start:end]` (and the words in lower
    case to `lowered`); return how many are plain words or names (not stopwords or times)."""
    found = _WORD.findall(text, start, end)
    before = len(chars)
    lowered.extend(w.lower() for w in found)
    if found and opening:
        chars.append(_word(found[0], vocabulary, text, start, True))
        found = found[1:]
    for token in found:
        char = _PLAIN.get(token)
        if char is None:
            char = _word(token, vocabulary, text, start, False)
            if len(_PLAIN) < _PLAIN_SIZE and not _dated_month(token):
                _PLAIN[token] = char
        chars.append(char)
    return sum(1 for c in chars[before:] if (ord(c) - _BASE) % 8 in (WORD, NAME))


def _word(token: str, vocabulary: Vocabulary, text: str, start: int, opening: bool) -> str:
    """The character of a word: a time, a stopword, a name or a plain word."""
    lower = token.lower().replace("’", "'").removesuffix("'s")
    if lower == "an":
        lower = "a"  # "a 16 pct share" / "an 18 pct share": the number chose the article
    if lower in _RELATIVE:
        return _char("@" + lower, TIME)
    if lower in _MONTHS and token[0].isupper() and (lower != "may" or _dated(text, token, start)):
        return _char("@" + _MONTHS[lower], TIME)
    if lower in textlib.STOPWORDS or len(lower) == 1:
        return _char(lower, STOP)
    if _is_name(token, lower, opening, vocabulary):
        return _char(lower, NAME)
    return _char(lower, WORD)


def _dated_month(token: str) -> bool:
    """ "May" depends on what follows it, so its character is never cached."""
    return token == "May"


def _dated(text: str, token: str, start: int) -> bool:
    """ "May 5", "May 1987": the month, not the verb."""
    at = text.find(token, start)
    return bool(re.match(r"\s+\d", text[at + len(token) : at + len(token) + 3]))


def _is_name(word: str, lower: str, opening: bool, vocabulary: Vocabulary) -> bool:
    """A capitalised word inside the sentence, or opening it where the text capitalises it
    inside a sentence too (so that an opening word has one kind in every story)."""
    if not word[0].isupper() or lower in _NOT_NAMES:
        return False
    return not opening or vocabulary.capitalised_inside(word)


def _value(
    document: Document, slot: Slot, index: int, sentence: tuple[int, int], near: tuple[str, ...]
) -> Value:
    text = document.text
    where = document.location(slot.start, slot.end)
    return Value(
        index, slot.value, slot.low, slot.high, slot.bound, slot.precision, slot.unit,
        text[slot.start : slot.end], _context(text, slot, sentence), where.line, where.column,
        where.end_line, where.end_column, near[0], near[1], near[2],
        _running(text, slot, sentence),
    )  # fmt: skip


def _running(text: str, slot: Slot, sentence: tuple[int, int]) -> bool:
    """Whether the number is a running total, true up to the day of its report: "has
    already killed 1,000", "the toll rose to 17", "2,000 cases so far"."""
    before = text[max(sentence[0], slot.start - _CONTEXT) : slot.start]
    after = text[slot.end : min(sentence[1], slot.end + _CONTEXT)]
    return bool(_RUNNING_BEFORE.search(before) or _RUNNING_AFTER.match(after))


def _context(text: str, slot: Slot, sentence: tuple[int, int]) -> str:
    """A few words on each side of the number, with the number left out: "killed and … others"."""
    before = text[max(sentence[0], slot.start - _CONTEXT) : slot.start].split()
    after = text[slot.end : min(sentence[1], slot.end + _CONTEXT)].split()
    before = before[1:] if slot.start - _CONTEXT > sentence[0] else before
    after = after[:-1] if slot.end + _CONTEXT < sentence[1] else after
    return " ".join([*before[-4:], "…", *after[:4]])


@lru_cache(maxsize=1 << 16)
def text_of(token: str) -> int:
    """The hash of a token character's text without its kind: "Cargo" capitalised after a
    dateline's dash (a name) and "cargo" (a word) are one word."""
    return (ord(token) - _BASE) // 8


def _char(token: str, token_kind: int) -> str:
    """One character for a token: a hash of its text, with its kind in the low bits."""
    code = zlib.crc32(token.encode("utf-8")) % _CODES
    return chr(_BASE + code * 8 + token_kind)


WHOLE = _char("~of the whole", WORD)  # what a number is "of" when the text says "the total"
SAID = frozenset(_char(w, STOP) for w in ("said", "says"))  # a source's name stands beside these


def bound_key(bound: str) -> str:
    """A character for a number's bound ("up to", "at least"), a word of what it says: two
    tellings of a figure often bound it alike ("up to 40,000 workers", "as many as
    38,000 workers"). Exact values and ranges have none."""
    return _char("~bound " + bound, WORD) if bound in ("upper", "lower", "approx", "near") else ""


# "In the latest week", "the latest figures": a figure of the story's own day, as "today"
# says, though the word is no time of its own (it is kept as a word for the matching).
_OF_THE_DAY = ("latest",)
_RELATIVE_CHARS = frozenset(_char("@" + word, TIME) for word in _RELATIVE) | frozenset(
    _char(word, token_kind) for word in _OF_THE_DAY for token_kind in (WORD, NAME)
)
# Words that date a figure before the story's own ("in the previous quarter", "before the
# increase", "a year-ago 31 cents"): a figure beside one is the earlier value of a change.
_EARLIER = frozenset(
    _char(word, token_kind)
    for word in "previous prior before earlier previously formerly year-ago year-earlier".split()
    for token_kind in (STOP, WORD, NAME)
)
_EARLIER_REACH = 10  # an earlier-period word this close to a number dates it


def earlier_only(a: Statement, index_a: int, b: Statement, index_b: int) -> bool:
    """Whether one number only has an earlier-period word near it that the other statement
    lacks: "posted 31 cents in the previous third quarter" beside "expects 21 cents", or
    "before the increase it posted 18.50 dlrs" beside "the increase brings it to 19.00
    dlrs" are two periods of one measure, not one figure told twice."""
    ours, theirs = _earlier_near(a, index_a), _earlier_near(b, index_b)
    return bool(ours - set(b.tokens)) != bool(theirs - set(a.tokens))


def _earlier_near(statement: Statement, index: int) -> set[str]:
    first, last = max(0, index - _EARLIER_REACH), index + _EARLIER_REACH + 1
    return {t for t in statement.tokens[first:last] if t in _EARLIER}
