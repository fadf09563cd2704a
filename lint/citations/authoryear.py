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
from lint.citations.names import PARTICLE
from lint.text import STOPWORDS

# NOTE: a one-letter word is a name only inside a corporate author ("R Core Team"); a
# double-barrelled name may be hyphenated across a line break ("Garcia-\nLopez").
_NAME = (
    rf"{PARTICLE}*\p{{Lu}}(?:[\p{{L}}'’\-]*\p{{L}})?"
    r"(?:-[ \t]*\n\s*\p{Lu}(?:[\p{L}'’\-]*\p{L})?)?"
)
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
# NOTE: names are searched for only in a window before what must follow them (a
# year, a bracketed abbreviation), not across the whole text: cheap anchors first.
_WINDOW = 240  # characters before a year or an abbreviation that can hold the names
ABBREVIATION = regex.compile(r"[\[(](?P<abbr>\p{Lu}{2,12})[\])]")
_ABBREVIATED = regex.compile(rf"(?P<names>{_NAMES})\s*$")
PAGE_PART = regex.compile(
    rf"^\s*(?P<names>{_AUTHORS}|{_TITLE})\s+(?P<page>\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)\s*$"
)
PARENS = regex.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){6,400})\)")
OPEN_YEAR = regex.compile(rf"\((?P<years>{_YEARS}){_LOCATOR}\)")  # "(2004)", "(2004a, b: 3)"
NARRATIVE = regex.compile(rf"(?<![\p{{L}}\-])(?P<names>{_AUTHORS}|{_TITLE})(?:['’]s?)?\s+$")
BARE_YEAR = regex.compile(rf"(?<![\d\p{{L}}(])(?P<years>{_YEARS})")
BARE = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<names>{_NAMES}(?:\s+et\s+al\.?|(?:\s*,\s*{_NAMES})*\s*,?\s+(?:and|&)\s+"
    rf"{_NAMES}))\s*,?\s+$"
)
_SENTENCE_ENDS = (".", "!", "?", ":", "”", '"')
_GENUS = regex.compile(r"\p{Lu}(?:\p{Ll}{2,}|\.)")
_EPITHET = regex.compile(r"\p{Ll}{3,}")
_POSSESSIVE = regex.compile(r"['’]s?$")
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
# Words that make "(June 2009)" or "(April-October 2012)" a date, not a citation.
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday spring summer autumn fall winter""".split()
)
# Words that make "(Olympics 2012)" or "(R Core Team 2019)" doubtful as a citation:
# it still cites an entry it matches, but is never reported unresolved.
_NOT_NAMES = frozenset(
    """table figure fig section chapter appendix
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
    yield from _narrative(text, abbreviations)
    yield from _bare(text, abbreviations)


def _narrative(text: str, abbreviations: dict[str, str]) -> Iterator[Citation]:
    """Names then a year in parentheses: "Nye et al. (2021)", "as Nye (2004) argues"."""
    for year in OPEN_YEAR.finditer(text):
        match = NARRATIVE.search(text, max(0, year.start() - _WINDOW), year.start())
        if match is None:
            continue
        names = match.group("names")
        works, doubtful = _works(names, year.group("years"), abbreviations)
        if works:
            start = match.start("names") + _leading_skip(names)
            strong = _ET_AL.search(names) is not None or _reported(text, start, year.end())
            strong = strong and not doubtful
            yield Citation(start, year.end(), "author_year", works=tuple(works), strong=strong)


def _parenthetical(
    text: str, match: regex.Match[str], abbreviations: dict[str, str]
) -> Citation | None:
    """The citation a parenthesis holds: "(Nye, 2004; see Aliyev 2019, p. 3)", "(Nye 45)"."""
    works: list[tuple[str, str]] = []
    pages: list[tuple[str, str]] = []
    shaped = doubtful = False
    for part in match.group(1).split(";"):
        found = PART.search(part)
        if found:
            found_works, odd = _works(found.group("names"), found.group("years"), abbreviations)
            works += found_works
            doubtful = doubtful or (odd and bool(found_works))
            shaped = shaped or _shaped(part, found)
        elif paged := PAGE_PART.match(part):
            pages += _works(paged.group("names"), "", abbreviations)[0]
    if pages and not works:
        return Citation(match.start(), match.end(), "author_page", works=tuple(pages))
    if not works:
        return None
    strong = shaped or len(works) > 1 or not _after_name(text, match.start())
    # NOTE: a quoted title with a year is as often a work named in prose as a citation.
    strong = strong and not doubtful and not works[0][0].startswith(("“", '"'))
    return Citation(match.start(), match.end(), "author_year", works=tuple(works), strong=strong)


def _bare(text: str, abbreviations: dict[str, str]) -> Iterator[Citation]:
    """Citations outside any pair of parentheses, as weak ones: "Following Castellano et
    al. 2011, we …", and GROBID's broken brackets ("methods Zeller et al., 2018) ,").

    Only names that are a citation's own (several authors or "et al.") count.
    """
    for year in BARE_YEAR.finditer(text):
        match = BARE.search(text, max(0, year.start() - _WINDOW), year.start())
        if match is None:
            continue
        works, _ = _works(match.group("names"), year.group("years"), abbreviations)
        if works:
            start = match.start("names") + _leading_skip(match.group("names"))
            yield Citation(start, year.end(), "author_year", works=tuple(works), strong=False)


def _shaped(part: str, found: regex.Match[str]) -> bool:
    """True for a part that only a citation looks like: several authors, a page, "see"."""
    return (
        _MULTI.search(found.group("names")) is not None
        or found.end("years") < len(part.rstrip())
        or bool(part[: found.start()].strip())
    )


def _after_name(text: str, start: int) -> bool:
    """True when a parenthesis follows a capitalised word ("Museo Nacional (Lima, 2015)")
    or a species name, whose authority it gives ("Vulpes alpina (Hartmann, 1823)")."""
    words = text[max(0, start - 80) : start].split()[-3:]
    word = words[-1] if words else ""
    if word[:1].isupper() and word[-1:].isalpha():
        return True
    return len(words) == 3 and not words[0].endswith(_SENTENCE_ENDS) and _binomial(*words[1:])


def _binomial(genus: str, epithet: str) -> bool:
    """True for a genus and species name ("Vulpes alpina", "E. coli").

    It is asked only of words inside a sentence, where English capitalises no common
    noun: "Power shifts (Nye, 2004)" opening a sentence is a citation.
    """
    if _GENUS.fullmatch(genus) is None or _EPITHET.fullmatch(epithet) is None:
        return False
    return genus.lower() not in STOPWORDS and epithet not in STOPWORDS


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


def _works(
    names: str, years: str, abbreviations: dict[str, str]
) -> tuple[list[tuple[str, str]], bool]:
    """Split a citation's years into works: "Nye 2004a, b" gives (Nye, 2004a), (Nye, 2004b).

    Also say whether the names are doubtful as authors ("Olympics", "Team"). A date
    ("June 2009", "April-October 2012") or initials alone give no work.
    """
    names = _POSSESSIVE.sub("", names[_leading_skip(names) :].strip())
    names = abbreviations.get(names, names)
    words = [w.strip("'’-").lower() for w in names.split()]
    if not words or any(part in _DATE_WORDS for part in words[0].split("-")):
        return [], False
    if all(len(w) < 2 for w in words):
        return [], False
    doubtful = words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES
    if not years:
        return [(names, "")], doubtful
    works: list[tuple[str, str]] = []
    base = ""
    for year in (y.strip() for y in years.split(",")):
        if len(year) == 1 and base:
            year = base + year
        base = year[:4]
        works.append((names, " ".join(year.split())))
    return works, doubtful


def _abbreviations(text: str) -> dict[str, str]:
    """Names the text abbreviates: "World Health Organization (WHO)" gives WHO."""
    found: dict[str, str] = {}
    for match in ABBREVIATION.finditer(text):
        named = _ABBREVIATED.search(text, max(0, match.start() - _WINDOW), match.start())
        if named is None:
            continue
        names, abbr = named.group("names"), match.group("abbr")
        initials = "".join(w[0] for w in names.split() if w[0].isupper())
        if abbr[0] == initials[:1] and len(abbr) <= len(names.split()) + 1:
            found.setdefault(abbr, names)
    return found
