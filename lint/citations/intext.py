"""Find in-text citations: numeric ("[3-5]"), author-year ("(Nye, 2004)", "Nye (2004)"), footnotes.

Only forms that cannot be ordinary prose count: a bracketed number after words on
its line (a "[1]" that opens a line is a list marker), a name followed by a year
in parentheses, a superscript number. A footnote digit glued to the end of a
sentence ("power.12 The") is a weak citation: it marks a note as cited but is
never reported as unresolved, since "p.12" and the like are not citations.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.citations.model import Citation
from lint.text import STOPWORDS

_RANGE_LIMIT = 100
_NUMBER = r"\d{1,3}(?:\s*[-–—]\s*\d{1,3})?"
NUMERIC = regex.compile(
    rf"\[\s*({_NUMBER}(?:\s*[,;]\s*{_NUMBER})*)\s*\](?:\s*[-–—]\s*\[(\d{{1,3}})\])?"
)
_SUPER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT = regex.compile(
    rf"(?<=[\p{{L}}.,;:!?\"”’)\]])[{_SUPER_DIGITS}]+(?:[,\-–][{_SUPER_DIGITS}]+)*"
)
GLUED = regex.compile(
    r"(?<=(?<!\b(?:p|pp|no|vol|ch|fig|sec|art|para|eq))\p{Ll}[.,;:!?][\"”’)]?)(\d{1,3})(?=\s|$)"
)
_PARTICLE = (
    r"(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn|dos|das)\s+|[dD]['’]|[aA]l-)"
)
_NAME = rf"{_PARTICLE}*\p{{Lu}}[\p{{L}}'’\-]*\p{{L}}"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
_AUTHORS = rf"{_NAMES}(?:\s*,\s*{_NAMES})*(?:\s*,?\s*(?:and|&)\s+{_NAMES})?(?:\s+et\s+al\.?)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d\p{L}])|n\.\s?d\.|in\s+press|forthcoming"
_YEARS = rf"(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}|[a-z]\b))*"
_LOCATOR = r"(?:\s*[,:]\s*(?:pp?\.|para\.|ch\.|chap\.|at)?\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)?"
PART = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<names>{_AUTHORS})\s*,?\s+(?P<years>{_YEARS}){_LOCATOR}\s*$"
)
PARENS = regex.compile(r"\(([^()\n]{6,400})\)")
NARRATIVE = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<names>{_AUTHORS})(?:['’]s?)?\s+\((?P<years>{_YEARS}){_LOCATOR}\)"
)
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday spring summer autumn fall winter table figure fig section chapter appendix
    article vol volume issue no page part phase stage wave round season act law census
    agreement treaty convention declaration summit forum conference initiative strategy plan
    programme program report survey index olympics games cup championship championships war
    crisis revolution election elections code constitution charter protocol accord accords
    resolution directive regulation bill policy framework vision agenda project award awards
    festival exhibition expo edition series film album""".split()
)


def find_citations(text: str) -> Iterator[Citation]:
    """Yield every citation in `text`, in no particular order."""
    yield from _numeric(text)
    yield from _author_year(text)
    yield from _footnotes(text)


def _numeric(text: str) -> Iterator[Citation]:
    for match in NUMERIC.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not any(c.isalpha() for c in text[line_start : match.start()]):
            continue  # "[1] Smith…" opens a line: a list marker, not a citation
        numbers = _numbers(match.group(1))
        if match.group(2):
            numbers += _span(numbers[-1], int(match.group(2)))
        yield Citation(match.start(), match.end(), "numeric", tuple(sorted(set(numbers))))


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
    for match in GLUED.finditer(text):
        number = int(match.group(1))
        yield Citation(match.start(), match.end(), "footnote", (number,), strong=False)


def _author_year(text: str) -> Iterator[Citation]:
    for match in PARENS.finditer(text):
        works: list[tuple[str, str]] = []
        for part in match.group(1).split(";"):
            found = PART.search(part)
            if found:
                works += _works(found.group("names"), found.group("years"))
        if works:
            yield Citation(match.start(), match.end(), "author_year", works=tuple(works))
    for match in NARRATIVE.finditer(text):
        works = _works(match.group("names"), match.group("years"))
        if works:
            start = match.start("names") + _leading_skip(match.group("names"))
            yield Citation(start, match.end(), "author_year", works=tuple(works))


def _leading_skip(names: str) -> int:
    """Length of capitalised function words that open a name list ("As Nye" → "As ")."""
    skip = 0
    for word in names.split():
        if word.lower() not in STOPWORDS:
            break
        skip = names.index(word, skip) + len(word) + 1
    return skip


def _works(names: str, years: str) -> list[tuple[str, str]]:
    names = names[_leading_skip(names) :].strip()
    words = [w.strip("'’-").lower() for w in names.split()]
    if not words or words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES:
        return []
    works: list[tuple[str, str]] = []
    base = ""
    for year in (y.strip() for y in years.split(",")):
        if len(year) == 1 and base:
            year = base + year
        base = year[:4]
        works.append((names, " ".join(year.split())))
    return works
