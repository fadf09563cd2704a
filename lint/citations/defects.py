"""Defects inside one reference entry: broken links, bad DOIs, no year, stray brackets.

Each finder takes an entry's text and returns `(start, end, detail)` spans relative
to it, so a kind can point at the exact characters.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lint.citations import fields, shapes

Span = tuple[int, int, str]

_BARE_DOI = re.compile(r"\b10\.\d{4,9}/")
_URL_CHARS = re.compile(r"[\w\-./?#&=%~:+@!$*,;]+")
_URL_SIGN = re.compile(r"[-_./=?&%#~\d]")
_BREAK_ENDS = "-/_=?&#%~"
_DOI_CHARS = re.compile(r"[\w.\-/;:()<>+]+")
_DOI_BREAK_ENDS = "./-_:;("
_DOI_SUFFIX_MIN = 4  # characters; a DOI suffix shorter than this was cut
_NOT_DOI_REST = re.compile(r"(?:pmid|pmcid|pmc\d|isbn|issn|[A-Za-z]+$)", re.IGNORECASE)
_WORD = re.compile(r"[A-Z]?[a-z]+[.,;:]?")
_FILE = re.compile(r"\.(?:html?|pdf|php|aspx?|jsp|cfm|xml|docx?|xlsx?)$", re.IGNORECASE)
_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?")
_DOUBLED_DOI = re.compile(
    r"(?:https?://)?(?:dx\.)?doi\.org/\s*(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)"
    r"|\bdoi:(?:https?://)?(?:dx\.)?doi\.org/(?=\S)|\bdoi:\s*doi:\s*(?=\S)",
    re.IGNORECASE,
)
_DOI_LABEL = re.compile(
    r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi(?::\s*|\s+(?=\d)))+", re.IGNORECASE
)
_VALID_DOI = re.compile(r"10\.\d{4,9}/\S+")
_EMPTY_TITLE = re.compile(
    r"“[\s.,;:]*”|\"[\s.,;:]*\"|(?:\(\s*)?\b(?:1[5-9]\d\d|20\d\d)[a-z]?\)?\.?\s+[.,](?=\s|$)"
)
_PAIRS = (("(", ")"), ("[", "]"))


def broken_urls(text: str) -> list[Span]:
    """URLs and DOIs cut by a space or line break ("…/china- central-asia/"), with the rest."""
    found: list[Span] = []
    starts = [(start, "URL") for start, _, _ in fields.urls(text)]
    covered = [(start, end) for start, end, _ in fields.urls(text)]
    for match in _BARE_DOI.finditer(text):
        if not any(a <= match.start() < b for a, b in covered):
            starts.append((match.start(), "DOI"))
    for start, what in sorted(starts):
        raw_end = start + len(text[start:].split(None, 1)[0])
        gap = _GAP.match(text, raw_end)
        rest = text[gap.end() :] if gap else ""
        token = rest.split(None, 1)[0] if rest[:1].strip() else ""
        fragment = fields.trim_url(token)
        written = text[start:raw_end]
        doi = _BARE_DOI.search(written)
        if doi:
            what, joined = "DOI", _continues_doi(written[doi.start() :], fragment)
        else:
            joined = _continues(written, fragment)
        if gap and gap.end() > raw_end and joined:
            found.append((start, gap.end() + len(fragment), f"{what} broken by whitespace"))
    return found


def _continues_doi(doi: str, fragment: str) -> bool:
    """True when `fragment` is the rest of a DOI cut by a space.

    A DOI cut after its prefix or a dot ("10.1371/journal. pone.0001"), one whose
    suffix is too short to be whole ("10.1038/3 41927b0"), or a fragment that
    opens with a dot or mixes letters and digits as suffixes do ("drya d.k7m2x4q")
    continues it; a number after a whole DOI is a PubMed id, a word is the next word.
    """
    if not fragment or not _DOI_CHARS.fullmatch(fragment) or fields.URL.match(fragment):
        return False
    if _NOT_DOI_REST.match(fragment) or fragment.endswith(":"):
        return False  # "PMID: 123", "PMC3456", "Accessed"
    if doi.endswith(tuple(_DOI_BREAK_ENDS)) or len(doi.split("/", 1)[1]) < _DOI_SUFFIX_MIN:
        return True
    if fragment[0] in ".-_/":
        return True
    return any(c.isdigit() for c in fragment) and any(c.isalpha() for c in fragment)


def _continues(url: str, fragment: str) -> bool:
    """True when `fragment` reads as the rest of `url` rather than the next word."""
    if not fragment or not _URL_CHARS.fullmatch(fragment) or fields.URL.match(fragment):
        return False
    if _WORD.fullmatch(fragment) and not url.endswith(("-", "_")):
        return False  # "…/ Accessed", "…/ and": an ordinary word follows the URL
    if fragment[0] in "/?#&=_%~" or _FILE.search(fragment):
        return True
    if url.endswith(tuple(_BREAK_ENDS)):
        return _URL_SIGN.search(fragment) is not None or url.endswith(("-", "_"))
    return "/" in fragment or "=" in fragment


def doubled_doi_prefixes(text: str) -> list[Span]:
    """A DOI prefix written twice: "https://doi.org/https://doi.org/10…", "doi:doi:10…"."""
    return [(m.start(), m.end(), "doubled DOI prefix") for m in _DOUBLED_DOI.finditer(text)]


def invalid_dois(text: str) -> list[Span]:
    """What follows "doi:" or "doi.org/" when it is not a DOI ("10.<registrant>/<suffix>")."""
    found: list[Span] = []
    broken = [(start, end) for start, end, _ in broken_urls(text)]
    for match in _DOI_LABEL.finditer(text):
        token = text[match.end() :].split(None, 1)[0] if match.end() < len(text) else ""
        value = fields.trim_url(token)
        stop = match.end() + len(value)
        if any(start < stop and match.start() < end for start, end in broken):
            continue  # reported as broken by whitespace
        if not _VALID_DOI.fullmatch(value) and not fields.URL.match(value):
            shown = value or "nothing"
            found.append((match.start(), match.end() + len(value), f"not a DOI: {shown}"))
    return found


def missing_year(text: str) -> list[Span]:
    """No publication year at all, or only "n.d." (access dates and URLs do not count)."""
    years = fields.years(text)
    if any(y != "n.d." for y in years):
        return []
    if years:
        match = fields.NO_DATE.search(fields.without_links(text))
        if match:
            return [(match.start(), match.end(), "no year (n.d.)")]
    return [(0, len(text), "no year")]


def unbalanced_brackets(text: str) -> list[Span]:
    """Parentheses or square brackets that do not pair up (URLs aside)."""
    plain = fields.without_links(text)
    for opening, closing in _PAIRS:
        depth = 0
        for offset, char in enumerate(plain):
            if char == opening:
                depth += 1
            elif char == closing:
                depth -= 1
                if depth < 0:
                    return [(offset, offset + 1, f"unmatched '{closing}'")]
        if depth > 0:
            at = plain.rfind(opening)
            return [(at, at + 1, f"unmatched '{opening}'")]
    return []


def empty_titles(text: str) -> list[Span]:
    """An empty title: empty quotes, or nothing between the year and the next full stop."""
    return [(m.start(), m.end(), "empty title") for m in _EMPTY_TITLE.finditer(text)]


def split_entries(text: str) -> list[Span]:
    """An entry that goes on after a line break in mid-sentence, in a list whose entries
    each take one line: one entry cut in two (the kind checks the list's layout).

    A link or "Retrieved …" on a line of its own is the usual tail of a web entry.
    """
    lines = text.split("\n")
    for line, after in itertools.pairwise(lines):
        if not shapes.complete(line) and not shapes.tail_like(after):
            return [(0, len(text), f"split over {len(lines)} lines, where every entry takes one")]
    return []


FINDERS: dict[str, Callable[[str], list[Span]]] = {
    "broken_url": broken_urls,
    "doubled_doi_prefix": doubled_doi_prefixes,
    "invalid_doi": invalid_dois,
    "no_year": missing_year,
    "unbalanced_brackets": unbalanced_brackets,
    "empty_title": empty_titles,
    "split_entry": split_entries,
}
