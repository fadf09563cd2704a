"""Find in-text citations: numeric ("[3-5, 9]"), footnote marks, and (via authoryear) the rest.

A strong citation has a form ordinary prose does not: a bracketed number after
words on its line (a "[1]" that opens a line is a list marker), a superscript
number. A weak one only marks entries as cited and is never reported unresolved:
a footnote digit glued to a sentence ("power.12 The", where "p.12" looks the
same), a Vancouver "(2, 3)" (also a numbered list in prose), "refs. 5 and 6".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.citations.authoryear import author_year
from lint.citations.model import Citation

_RANGE_LIMIT = 100
_NUMBER = r"\d{1,3}(?:\s*[-–—]\s*\d{1,3})?"
NUMERIC = regex.compile(
    rf"\[\s*({_NUMBER}(?:\s*[,;]\s*{_NUMBER})*)\s*\](?:\s*[-–—]\s*\[(\d{{1,3}})\])?"
)
_SUPER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT = regex.compile(
    rf"(?<=[\p{{L}}.,;:!?\"”’)\]])[{_SUPER_DIGITS}]+(?:[,\-–][{_SUPER_DIGITS}]+)*"
)
NAMED_NUMERIC = regex.compile(
    r"\b(?:[Rr]ef(?:erence)?s?\.?|[Nn]otes?)\s+(\d{1,3}(?:\s*(?:[-–,]|and)\s*\d{1,3})*)\b"
)
PAREN_NUMERIC = regex.compile(rf"\(\s*({_NUMBER}(?:\s*,\s*{_NUMBER})*)\s*\)")
WORD_GLUED = regex.compile(r"(?<=\p{Ll}{3})(\d{1,3}(?:[,–-]\d{1,3})*)(?=[\s.,;:)]|$)")
GLUED = regex.compile(
    r"(?<=(?<!\b(?:p|pp|no|vol|ch|fig|sec|art|para|eq))[\p{L}\d]\p{L}[\"”’)]?[.,;:!?][\"”’)]?)"
    r"(\d{1,3}(?:[,–-]\d{1,3})*)(?=\s|$)"
)


def find_citations(text: str) -> Iterator[Citation]:
    """Yield every citation in `text`, in no particular order."""
    yield from _numeric(text)
    yield from author_year(text)
    yield from _footnotes(text)


def _numeric(text: str) -> Iterator[Citation]:
    for match in NUMERIC.finditer(text):
        if _opens_line(text, match.start(), match.end()):
            continue  # "[1] Smith…" opens a line: a list marker, not a citation
        numbers = _numbers(match.group(1))
        if 0 in numbers:
            continue  # "[0, 1]", "[1, 0, 0]": an interval or a vector; entries count from 1
        if match.group(2):
            numbers += _span(numbers[-1], int(match.group(2)))
        yield Citation(match.start(), match.end(), "numeric", tuple(sorted(set(numbers))))
    # NOTE: "(2, 3)" cites in Vancouver style but also numbers a list in prose, and
    # "helix1,2" may be a superscript or a model name: both only mark entries cited.
    for pattern in (PAREN_NUMERIC, NAMED_NUMERIC):
        for match in pattern.finditer(text):
            numbers = tuple(sorted(set(_numbers(match.group(1).replace("and", ",")))))
            yield Citation(match.start(), match.end(), "numeric", numbers, strong=False)


def _opens_line(text: str, start: int, end: int) -> bool:
    """True for a bracket that opens its line as a list marker does.

    A citation wrapped to the start of a line is told apart by what follows it
    (punctuation: "[3]. From") or by the line before it, which ends mid-sentence.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if any(c.isalpha() for c in text[line_start:start]):
        return False
    line_end = text.find("\n", end)
    if not text[end : len(text) if line_end < 0 else line_end].strip():
        return True  # a bracket alone on its line labels something; it cites nothing
    after = text[end : end + 3].lstrip(" \t")[:1]
    if after in (".", ",", ";", ":", ")", "–", "-") or after.islower():
        return False  # "[3]. From", "[9] and [10]": a citation wrapped to the line start
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return not previous.strip() or previous.rstrip()[-1] in '.!?:]”"'


def _numbers(body: str) -> tuple[int, ...]:
    found: list[int] = []
    for part in regex.split(r"\s*[,;]\s*", body.strip()):
        ends = [int(n) for n in regex.split(r"\s*[-–—]\s*", part)]
        found += _span(ends[0], ends[-1]) if len(ends) == 2 else ends
    return tuple(found)


def _span(first: int, last: int) -> tuple[int, ...]:
    if first <= last <= first + _RANGE_LIMIT:
        return tuple(range(first, last + 1))
    return (first, last)


def _footnotes(text: str) -> Iterator[Citation]:
    for match in SUPERSCRIPT.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()]
        if before[-1:].isalpha() and not before[:1].isalpha():
            continue  # "m²", "x³": a unit or an exponent
        digits = match.group().translate(str.maketrans(_SUPER_DIGITS, "0123456789"))
        numbers = _numbers(digits.replace("–", "-"))
        yield Citation(match.start(), match.end(), "footnote", numbers)
    for pattern in (GLUED, WORD_GLUED):
        for match in pattern.finditer(text):
            numbers = _numbers(match.group(1).replace("–", "-"))
            yield Citation(match.start(), match.end(), "footnote", numbers, strong=False)
