"""Page furniture: what a PDF prints on every page, left in its text at each page break.

Running headers and footers (the journal's name and volume, the running title, the
authors, "PAGE 3 OF 12", a "Downloaded from … on …" watermark) and page numbers come
back on every page, so in the extracted text they sit at each page break, often in
the middle of a sentence. They are found within one document: lines that recur with
the same words (in any order, numbers aside, since odd and even pages swap them) at
page-like intervals, page numbers that count up from one break to the next, and the
watermark and "Page N of M" shapes, which mark a page break wherever they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from lint.boilerplate.lines import LineInfo

# Fewest lines between two pages' furniture: a page of text is longer than that.
MIN_PAGE_LINES = 12
_MAX_WORDS = 25
_MAX_CHARS = 200
# A full sentence that recurs (a table's footnote) is the text's own.
_SENTENCE_WORDS = 8
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[a-z]?(\d{1,5})(?:\s+(?:of|/)\s+\d{1,5})?", re.IGNORECASE)
_PAGE_OF = re.compile(r"\bpage\s+\d{1,5}\s+(?:of|/)\s+\d{1,5}\b", re.IGNORECASE)
_WATERMARK = re.compile(r"(?:this\s+content\s+)?downloaded\s+from\s+\S+.*\b(?:on|by|at)\s", re.I)
_DIGITS = re.compile(r"\d+")
_ENDS_TEXT = re.compile(r"[.!?:;)\]\"”’]$")
_YEARS = range(1800, 2101)
# A line of running text around a page break has at least this many words.
_TEXT_WORDS = 5
_MAX_PAGE_STEP = 3
# Lines at the top of the first page, where the title (and a running title's source) is.
_TITLE_LINES = 4


@dataclass(frozen=True, slots=True)
class PageBreak:
    """The furniture lines at one page break (`first`..`last`, 1-based line numbers)."""

    first: int
    last: int
    lines: tuple[int, ...]


def find_furniture(
    infos: Sequence[LineInfo], excluded: frozenset[int], references: frozenset[int] = frozenset()
) -> tuple[PageBreak, ...]:
    """Page breaks and their furniture; `excluded` lines (tables, headings) never count.

    Anchors come first: watermarks, "Page N of M", and recurring lines that cut a
    sentence in two, count the pages themselves or sit each time beside a page
    number that counts up. Recurring lines and page numbers that never do are kept only
    when they sit at the anchors' page breaks. A PDF's pages run on through its
    reference list, so lines of the list count too, but a line recurring only
    inside the list and after it (an entry listed twice, its wrapped pages) is the
    list's own.
    """
    body_end = min(references, default=infos[-1].number + 1 if infos else 0)
    groups = [
        members
        for members in _recurring(infos, excluded)
        if any(infos[i].number < body_end for i in members)
    ]
    anchors = _marked(infos, excluded)
    counted = _counted(infos, excluded)
    for members in groups:
        numbers = [infos[i].number for i in members]
        if (
            _counts_pages(infos, members)
            or any(_interrupts(infos, i, excluded) for i in members)
            or _near(numbers, counted) == len(numbers)
        ):
            anchors.update(numbers)
    found = set(anchors)
    for members in groups:
        numbers = [infos[i].number for i in members]
        near = _near(numbers, anchors)
        if (len(numbers) >= 3 and near * 2 >= len(numbers)) or near == len(numbers):
            found.update(numbers)
    found |= _page_numbers(infos, excluded, anchors)
    for info in infos[:_TITLE_LINES]:
        if not any(c.isdigit() for c in info.text):
            # The title repeated as the running title: the one at the top is the title.
            found.discard(info.number)
    return _breaks(sorted(found))


def _candidate(info: LineInfo, excluded: frozenset[int]) -> bool:
    text = info.text
    return (
        info.number not in excluded
        and 0 < info.words <= _MAX_WORDS
        and len(text) <= _MAX_CHARS
        and not (info.sentence and info.words >= _SENTENCE_WORDS)
        # A line that starts in lower case runs on from the line before ("developed.").
        and not (text[:1].islower() and not text[1:2].isdigit())
    )


def _key(info: LineInfo) -> tuple[str, ...]:
    """The line's words as a set, numbers masked: odd and even pages' headers match."""
    return tuple(sorted({t if t.isalpha() else _DIGITS.sub("#", t) for t in info.tokens}))


def _recurring(infos: Sequence[LineInfo], excluded: frozenset[int]) -> list[list[int]]:
    """Groups of lines (indexes) with the same words, every one a page from the next."""
    groups: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, info in enumerate(infos):
        if not _candidate(info, excluded):
            continue
        key = _key(info)
        if any(len(t.strip("#")) >= 2 for t in key):
            groups[key].append(index)
    return [members for members in groups.values() if len(members) >= 2 and _spaced(infos, members)]


def _spaced(infos: Sequence[LineInfo], members: list[int]) -> bool:
    """True when every repeat is at least a page after the one before (closer is the text's)."""
    numbers = [infos[i].number for i in members]
    return all(b - a >= MIN_PAGE_LINES for a, b in pairwise(numbers))


def _counts_pages(infos: Sequence[LineInfo], members: list[int]) -> bool:
    """True when the repeats differ in one number only, and it counts pages up.

    "JOURNAL | doi … 2 / 14", "… 3 / 14": the other numbers (a volume, a total) stay.
    A heading such as "Study 2", "Study 3" has no other number, so never counts.
    """
    values = [tuple(int(d) for d in _DIGITS.findall(infos[i].text)) for i in members]
    if len(values[0]) < 2 or any(len(v) != len(values[0]) for v in values):
        return False
    varying = {p for p in range(len(values[0])) if len({v[p] for v in values}) > 1}
    if len(varying) != 1:
        return False
    (place,) = varying
    return all(0 < b[place] - a[place] <= _MAX_PAGE_STEP for a, b in pairwise(values))


def _near(numbers: list[int], anchors: set[int]) -> int:
    """How many of `numbers` sit within two lines of an anchor."""
    return sum(1 for n in numbers if any(n + d in anchors for d in (-2, -1, 1, 2)))


def _interrupts(infos: Sequence[LineInfo], index: int, excluded: frozenset[int]) -> bool:
    """True when a line cuts a sentence in two: the running text before it goes on after it."""
    if index == 0 or index + 1 >= len(infos):
        return False
    before, after = infos[index - 1], infos[index + 1]
    if before.number in excluded or after.number in excluded or before.words < _TEXT_WORDS:
        return False
    return not _ENDS_TEXT.search(before.text) or after.text[:1].islower()


def _marked(infos: Sequence[LineInfo], excluded: frozenset[int]) -> set[int]:
    """Download watermarks and "Page N of M" lines: page furniture wherever they are."""
    return {
        info.number
        for info in infos
        if _candidate(info, excluded)
        and (_WATERMARK.match(info.text) or _PAGE_OF.search(info.text))
    }


def _counted(infos: Sequence[LineInfo], excluded: frozenset[int]) -> set[int]:
    """Lines of page numbers that count up a page apart (two pages or more, no years)."""
    return {
        infos[i].number
        for chain in _chains(infos, excluded)
        if len(chain) >= 2 and not all(int(_value(infos[i])) in _YEARS for i in chain)
        for i in chain
    }


def _page_numbers(
    infos: Sequence[LineInfo], excluded: frozenset[int], anchors: set[int]
) -> set[int]:
    """Bare page numbers that count up, a page apart, at page breaks."""
    numbers: set[int] = set()
    for chain in _chains(infos, excluded):
        lines = [infos[i].number for i in chain]
        beside = _near(lines, anchors)
        breaks = beside + sum(_interrupts(infos, i, excluded) for i in chain)
        years = all(int(_value(infos[i])) in _YEARS for i in chain)
        if (len(chain) >= 3 and breaks and not years) or (
            len(chain) >= 2 and beside * 2 >= len(chain)
        ):
            numbers.update(lines)
    return numbers


def _value(info: LineInfo) -> str:
    found = _PAGE_NUMBER.fullmatch(info.text)
    return found.group(1) if found else "0"


def _chains(infos: Sequence[LineInfo], excluded: frozenset[int]) -> list[list[int]]:
    """Runs of page-number lines (indexes) whose numbers count up by 1 to 3, a page apart.

    Chains are looked up by the number they end with, so each line costs a few
    dictionary lookups however many numbers the document holds.
    """
    chains: list[list[int]] = []
    ending: dict[int, list[list[int]]] = defaultdict(list)
    for index, info in enumerate(infos):
        if info.words > 4 or info.number in excluded or not _PAGE_NUMBER.fullmatch(info.text):
            continue
        value = int(_value(info))
        chain = _extendable(infos, ending, value, info.number)
        if chain is None:
            chain = []
            chains.append(chain)
        chain.append(index)
        ending[value].append(chain)
    return chains


def _extendable(
    infos: Sequence[LineInfo], ending: dict[int, list[list[int]]], value: int, number: int
) -> list[int] | None:
    """The first chain ending a page or three before `value`, a page above line `number`."""
    for step in range(1, _MAX_PAGE_STEP + 1):
        for chain in ending.get(value - step, ()):
            last = chain[-1]
            if (
                _value(infos[last]) == str(value - step)
                and number - infos[last].number >= MIN_PAGE_LINES
            ):
                ending[value - step].remove(chain)
                return chain
    return None


def _breaks(lines: list[int]) -> tuple[PageBreak, ...]:
    """Group furniture lines that sit together (at most one line apart) into page breaks."""
    breaks: list[list[int]] = []
    for number in lines:
        if breaks and number - breaks[-1][-1] <= 2:
            breaks[-1].append(number)
        else:
            breaks.append([number])
    return tuple(PageBreak(group[0], group[-1], tuple(group)) for group in breaks)
