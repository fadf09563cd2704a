"""What an entry says: its URLs, DOIs, years and the words that name the work.

Entries are parsed loosely on purpose: real lists mix APA, IEEE, Chicago, MLA and
Vancouver, and text extraction breaks every convention. Years in URLs and in
access dates ("Retrieved 17 April 2024") are not publication years.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lint.citations.names import first_surname, is_particle
from lint.text import STOPWORDS

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)
DOI = re.compile(r"\b10\.\d{4,9}/[^\s<>\"“”]+")
_TRAILING = ".,;:)]}>'’"
# NOTE: a year may follow a full stop ("University.2004.", as extraction glues it) but
# not a letter ("Ecology2006", "ISBN978") or a version number ("v1.2019"); a number
# after "volume:" or in a range is a page ("11:1583–1591").
YEAR = re.compile(
    r"(?<![^\W\d_])(?<!\d)(?<!\d\.)(?<!:)(?<!: )(?<!\d[–-])"
    r"(1[5-9]\d\d|20\d\d)([a-z](?![a-z]))?(?!\d)(?![–-]\d)"
)
NO_DATE = re.compile(r"\(?\bn\.\s?d\.?(?=[\s.,;:)]|$)\)?", re.IGNORECASE)
_ACCESS = re.compile(
    r"\b(?:retrieved|accessed|last\s+accessed|viewed|consulted|archived|available|cited)\b"
    r"(?:\s+(?:on|from|at|online|via|original))*[^.;\[\]()]{0,40}?(?:1[5-9]\d\d|20\d\d)",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^[A-Z]\.?$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+")
_SENTENCES = re.compile(r"(?<=[.?!])\s+")
_INITIALS = re.compile(r"[A-Z]{1,3}")
_TITLE_WORDS = 5


def trim_url(url: str) -> str:
    """Drop the punctuation that ends the sentence around a URL (keep balanced brackets)."""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


@lru_cache(maxsize=4096)
def without_links(text: str) -> str:
    """Blank out URLs, DOIs and access dates, keeping every offset."""
    for pattern in (URL, DOI):
        text = pattern.sub(_blank_link, text)
    return _ACCESS.sub(lambda m: " " * len(m.group()), text)


def _blank_link(match: re.Match[str]) -> str:
    """Blanks for a link; its sentence punctuation stays ("[http://x.org/]" keeps "]")."""
    link = trim_url(match.group())
    return " " * len(link) + match.group()[len(link) :]


@lru_cache(maxsize=4096)
def years(text: str) -> tuple[str, ...]:
    """Publication years in an entry ("2004", "2023a"; "n.d." for no date), in order."""
    plain = without_links(text)
    found = [m.group(1) + (m.group(2) or "") for m in YEAR.finditer(plain)]
    if NO_DATE.search(plain):
        found.append("n.d.")
    return tuple(found)


def base_year(year: str) -> str:
    """Return a year without its disambiguating letter ("2023a" → "2023")."""
    return year.rstrip("abcdefghijklmnopqrstuvwxyz") if year[:1].isdigit() else year


def same_year(cited: str, listed: str) -> bool:
    """True when a cited year names a listed one; letters must agree only if both have one."""
    if base_year(cited) != base_year(listed):
        return False
    a, b = cited[len(base_year(cited)) :], listed[len(base_year(listed)) :]
    return not (a and b and a != b)


def fold(text: str) -> str:
    """Lower-case and drop accents, so "Ólafsson" and "Olafsson" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def head(text: str, limit: int = 120) -> str:
    """The part of an entry that names its authors: up to its first year, at most `limit`."""
    plain = without_links(text)
    match = YEAR.search(plain) or NO_DATE.search(plain)
    end = match.start() if match and match.start() < limit else limit
    return text[:end]


def leading_title(text: str) -> str:
    """The first sentence after an entry's year, for an entry that opens with its year
    ("(2013). Genome Reference Consortium human build 37. NCBI."): with no author,
    it is cited by its title's first words."""
    plain = without_links(text)
    match = YEAR.search(plain) or NO_DATE.search(plain)
    rest = text[match.end() :] if match else text
    return _SENTENCES.split(rest.lstrip(" ).,:;"), maxsplit=1)[0]


def name_words(text: str) -> list[str]:
    """Folded words of a name list that can identify an author.

    Initials and particles ("van", "de") are dropped, and so are lower-case function
    words; a capitalised one stays, since "He", "Ma" and "Li" are surnames.
    """
    return [
        fold(w)
        for w in _WORD.findall(text)
        if len(w) > 1
        and not _INITIAL.match(w)
        and not is_particle(w)
        and (w[0].isupper() or fold(w) not in STOPWORDS)
    ]


def surname(text: str) -> str | None:
    """The first author's surname in an entry, as written (see `names.first_surname`)."""
    return first_surname(head(text))


def core(text: str) -> str:
    """Authors, title and venue as folded words: links, access dates and years removed."""
    plain = YEAR.sub(" ", NO_DATE.sub(" ", without_links(text)))
    return " ".join(fold(w) for w in _WORD.findall(plain))


def title_key(text: str) -> str:
    """The entry's title as folded words, or "" when none stands out.

    The title is taken to be the longest sentence of five words or more that is not a
    run of names and initials ("Halvorsen J, Ostrander F, Kimura J, Delacroix E").
    """
    best = ""
    for segment in _SENTENCES.split(without_links(text)):
        found = _WORD.findall(segment)
        initials = sum(1 for w in found if _INITIALS.fullmatch(w))
        if len(found) >= _TITLE_WORDS and initials < 0.3 * len(found) and len(segment) > len(best):
            best = segment
    return " ".join(fold(w) for w in _WORD.findall(best))


def numbers(text: str) -> frozenset[str]:
    """Numbers other than years (volumes, pages, report numbers) in an entry."""
    plain = YEAR.sub(" ", without_links(text))
    return frozenset(_NUMBER.findall(plain))


def urls(text: str) -> list[tuple[int, int, str]]:
    """URLs in an entry as `(start, end, url)`, sentence punctuation trimmed."""
    found = []
    for match in URL.finditer(text):
        url = trim_url(match.group())
        found.append((match.start(), match.start() + len(url), url))
    return found


def url_key(url: str) -> str:
    """A URL folded for comparison: no scheme, no "www.", no trailing slash, host lower-cased."""
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip(), flags=re.IGNORECASE)
    host, _, path = url.partition("/")
    return f"{host.lower()}/{path}".rstrip("/")


def doi_keys(text: str) -> set[str]:
    """DOIs in an entry, lower-cased (DOIs are case-insensitive)."""
    return {trim_url(m.group()).lower() for m in DOI.finditer(text)}
