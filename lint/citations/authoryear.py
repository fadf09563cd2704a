"""Author-year citations: "(Nye, 2004; Aliyev 2019)", "Nye et al. (2021)", MLA "(Nye 45)".

Names followed by years in parentheses are common in prose too ("the Prado
(Madrid, 2015)", "Titanic (1997)"), so a citation is strong, and may be reported
unresolved, only when its shape says so: several works or authors, "et al.", a
page, "see"/"e.g.", a reporting frame ("as Nye (2004) argues"), or a parenthesis
that does not follow a capitalised name. Otherwise it is weak: it marks entries
as cited and nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.citations.model import Citation
from lint.text import STOPWORDS

_PARTICLE = (
    r"(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn|dos|das)\s+|[dD]['’]|[aA]l-)"
)
_NAME = rf"{_PARTICLE}*\p{{Lu}}[\p{{L}}'’\-]*\p{{L}}"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
_AUTHORS = rf"{_NAMES}(?:\s*,\s*{_NAMES})*(?:\s*,?\s*(?:and|&)\s+{_NAMES})?(?:\s+et\s+al\.?)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d\p{L}])|n\.\s?d\.|in\s+press|forthcoming"
_YEARS = rf"(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}|[a-z]\b))*"
_LOCATOR = r"(?:\s*[,:]\s*(?:pp?\.|para\.|ch\.|chap\.|at)?\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)?"
_TITLE = r"[“\"][^”\"]{3,80}[”\"]"
PART = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<names>{_AUTHORS}|{_TITLE})(?:\s*\[\p{{Lu}}{{2,12}}\])?\s*,?\s+"
    rf"(?P<years>{_YEARS}){_LOCATOR}\s*$"
)
ABBREVIATION = regex.compile(rf"(?P<names>{_NAMES})\s*[\[(](?P<abbr>\p{{Lu}}{{2,12}})[\])]")
PAGE_PART = regex.compile(
    rf"^\s*(?P<names>{_AUTHORS}|{_TITLE})\s+(?P<page>\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)\s*$"
)
PARENS = regex.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){6,400})\)")
NARRATIVE = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<names>{_AUTHORS}|{_TITLE})(?:['’]s?)?\s+\((?P<years>{_YEARS}){_LOCATOR}\)"
)
_MULTI = regex.compile(r"\bet\s+al\b|\s(?:and|&)\s")
_ET_AL = regex.compile(r"\bet\s+al\b")
_FRAME_BEFORE = frozenset("as by see following cf. cf".split())
_FRAME_AFTER = regex.compile(
    r"['’]s\b|\s+(?:also\s+|further\s+)?(?:argue|note|show|suggest|find|found|state|write|wrote|"
    r"observe|claim|point|define|describe|explain|report|demonstrate|propose|contend|maintain|"
    r"emphasi[sz]e|highlight|conclude|identif|examine|discuss|refer|call|use|develop|"
    r"provide|offer|distinguish|estimate|measure)",
    regex.IGNORECASE,
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
    festival exhibition expo edition series film album university college school award prize
    museum workshop building hall church cathedral stadium park street road bridge station
    hospital theatre theater gallery company band team club party army navy""".split()
)


def author_year(text: str) -> Iterator[Citation]:
    """Yield the author-year and author-page citations of `text`."""
    abbreviations = _abbreviations(text)
    for match in PARENS.finditer(text):
        citation = _parenthetical(text, match, abbreviations)
        if citation is not None:
            yield citation
    for match in NARRATIVE.finditer(text):
        works = _works(match.group("names"), match.group("years"), abbreviations)
        if works:
            start = match.start("names") + _leading_skip(match.group("names"))
            strong = _ET_AL.search(match.group("names")) is not None
            strong = strong or _reported(text, start, match.end())
            yield Citation(start, match.end(), "author_year", works=tuple(works), strong=strong)


def _parenthetical(
    text: str, match: regex.Match[str], abbreviations: dict[str, str]
) -> Citation | None:
    """The citation a parenthesis holds: "(Nye, 2004; see Aliyev 2019, p. 3)", "(Nye 45)"."""
    works: list[tuple[str, str]] = []
    pages: list[tuple[str, str]] = []
    shaped = False
    for part in match.group(1).split(";"):
        found = PART.search(part)
        if found:
            works += _works(found.group("names"), found.group("years"), abbreviations)
            shaped = shaped or _shaped(part, found)
        elif paged := PAGE_PART.match(part):
            pages += _works(paged.group("names"), "", abbreviations)
    if pages and not works:
        return Citation(match.start(), match.end(), "author_page", works=tuple(pages))
    if not works:
        return None
    strong = shaped or len(works) > 1 or not _after_name(text, match.start())
    # NOTE: a quoted title with a year is as often a work named in prose as a citation.
    strong = strong and not works[0][0].startswith(("“", '"'))
    return Citation(match.start(), match.end(), "author_year", works=tuple(works), strong=strong)


def _shaped(part: str, found: regex.Match[str]) -> bool:
    """True for a part that only a citation looks like: several authors, a page, "see"."""
    return (
        _MULTI.search(found.group("names")) is not None
        or found.end("years") < len(part.rstrip())
        or bool(part[: found.start()].strip())
    )


def _after_name(text: str, start: int) -> bool:
    """True when a parenthesis follows a capitalised word: "Museo Nacional (Lima, 2015)"."""
    before = text[max(0, start - 30) : start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    return word[:1].isupper() and word[-1:].isalpha()


def _reported(text: str, start: int, end: int) -> bool:
    """True when a narrative citation sits in a reporting frame: "as Nye (2004) argues"."""
    before = text[max(0, start - 25) : start].lower().split()
    framed = bool(before) and (before[-1] in _FRAME_BEFORE or before[-2:] == ["according", "to"])
    return framed or _FRAME_AFTER.match(text, end) is not None


def _leading_skip(names: str) -> int:
    """Length of capitalised function words that open a name list ("As Nye" → "As ").

    A word is skipped only before another capitalised word: in "As He et al." the
    surname is He.
    """
    words = names.split()
    skip = 0
    for index, word in enumerate(words[:-1]):
        if word.lower() not in STOPWORDS or not words[index + 1][:1].isupper():
            break
        skip = names.index(word, skip) + len(word) + 1
    return skip


def _works(names: str, years: str, abbreviations: dict[str, str]) -> list[tuple[str, str]]:
    """Split a citation's years into works: "Nye 2004a, b" gives (Nye, 2004a), (Nye, 2004b)."""
    names = names[_leading_skip(names) :].strip()
    names = abbreviations.get(names, names)
    words = [w.strip("'’-").lower() for w in names.split()]
    if not words or words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES:
        return []
    if not years:
        return [(names, "")]
    works: list[tuple[str, str]] = []
    base = ""
    for year in (y.strip() for y in years.split(",")):
        if len(year) == 1 and base:
            year = base + year
        base = year[:4]
        works.append((names, " ".join(year.split())))
    return works


def _abbreviations(text: str) -> dict[str, str]:
    """Names the text abbreviates: "World Health Organization (WHO)" gives WHO."""
    found: dict[str, str] = {}
    for match in ABBREVIATION.finditer(text):
        names, abbr = match.group("names"), match.group("abbr")
        initials = "".join(w[0] for w in names.split() if w[0].isupper())
        if abbr[0] == initials[:1] and len(abbr) <= len(names.split()) + 1:
            found.setdefault(abbr, names)
    return found
