"""The shapes of lines in and around a reference list: headings, markers, entries, prose.

These predicates decide where a list starts and ends and where each entry starts,
from the shape of the text alone (no line numbers, no fixed layouts).
"""

from __future__ import annotations

import re
from typing import Literal

import regex

from lint.citations.fields import DOI, NO_DATE, URL, YEAR, without_links
from lint.citations.model import Family
from lint.citations.names import PARTICLE, PARTICLE_START
from lint.text import stopword_ratio

MarkerStyle = Literal["bracket", "dot", "close", "paren", "bare"]

LABELS: dict[str, Family] = {
    "references": "references",
    "reference": "references",
    "reference list": "references",
    "list of references": "references",
    "references cited": "references",
    "cited references": "references",
    "references and notes": "references",
    "sources cited": "references",
    "works cited": "references",
    "cited works": "references",
    "literature cited": "references",
    "cited literature": "references",
    "literature": "references",
    "literature references": "references",
    "bibliography": "references",
    "select bibliography": "references",
    "selected bibliography": "references",
    "citations": "references",
    "notes": "notes",
    "notes and references": "notes",
    "endnotes": "notes",
    "end notes": "notes",
    "footnotes": "notes",
    "sources": "sources",
    "works consulted": "sources",
}
_LABEL_PATTERN = "|".join(
    re.escape(label).replace(r"\ ", r"[ \t]+") for label in sorted(LABELS, key=len, reverse=True)
)
HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?[*_]{0,2}[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.)]?[ \t]+)?"
    rf"(?P<label>{_LABEL_PATTERN})[ \t]*[*_]{{0,2}}[ \t]*[:.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_MARKERS: dict[MarkerStyle, re.Pattern[str]] = {
    "bracket": re.compile(r"[ \t]*\[(\d{1,4})\][ \t]*"),
    "dot": re.compile(r"[ \t]*(\d{1,4})\.(?!\d)[ \t]*"),
    "close": re.compile(r"[ \t]*(\d{1,4})\)[ \t]*"),
    "paren": re.compile(r"[ \t]*\((\d{1,4})\)[ \t]+"),
    "bare": re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=[A-Z\"“‘'(\[])"),
}
BULLET = re.compile(r"[ \t]*[•·◦▪‣*–-][ \t]+")
_NAME = rf"{PARTICLE}*\p{{Lu}}[\p{{L}}'’\-]+"  # "Nye", "O’Neill", "van Dijk", "d'Alembert"
_INITIALS = r"\p{Lu}{1,3}(?:-\p{Lu})?"  # "JS", "PJ-M"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
AUTHOR_START = regex.compile(
    rf"""(?:{_NAME}(?:\s+{_NAME}){{0,2}},\s+(?:\p{{Lu}}\.|\p{{Lu}}\p{{Ll}}+)  # Nye, J.
    | {_NAME}\s+{_INITIALS}[,.](?:\s|$)                                      # Nye JS,
    | {_NAME}\s+{_INITIALS}\s+\(?{_YEAR}\b                                    # Nye JS 2004
    | \p{{Lu}}\.(?:[\s-]?\p{{Lu}}\.)*\s+{_NAME}[,\s]                         # J. S. Nye,
    | \p{{Lu}}{{2,}}[\p{{Lu}}\s'’-]*,\s)                                      # NYE, J.
    """,
    regex.VERBOSE,
)
ENTRY_START = regex.compile(
    rf"""(?:{AUTHOR_START.pattern}
    | [^()]{{1,200}}?\({_YEAR}(?:,[^)]*)?\)(?:[.,:]|\s)                       # Title. (2020).
    | [^.]{{2,120}}\.\s+{_YEAR}\.                                              # Org. 2020.
    | (?:\p{{Lu}}[\p{{L}}&'’\-]*\s+){{1,6}}{_YEAR}[.,:]?\s                      # R Core Team 2019
    | [^()]{{1,200}}?\(n\.\s?d\.\))                                           # Title. (n.d.)""",
    regex.VERBOSE,
)
_BIB_WORD = re.compile(
    r"\b(?:pp?\.|vol\.|no\.|eds?\.|edn\.|press|journal|proceedings|conference|university|"
    r"retrieved|accessed|available|isbn|issn|publisher|publishing|review|quarterly|"
    r"ibid|op\.\s?cit|et\s+al)",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"[ \t]*(?:https?://|www\.|doi\b|10\.\d{4,}/|retrieved\b|available\b|accessed\b|"
    r"archived\b|in:|pp?\.|vol\.|\d|[(&])",
    re.IGNORECASE,
)
_LOWER_START = regex.compile(r"[ \t]*\p{Ll}")
_COMPLETE_END = re.compile(r"(?:[.!?)\]”\"’]|\d|(?:https?://|www\.)\S+)[ \t]*$")
_END_HEADINGS = re.compile(
    r"^(?:about the authors?|authors?|author information|author biograph(?:y|ies)|"
    r"biograph(?:y|ies)|acknowledge?ments?|appendix\b.*|appendices|funding|"
    r"conflicts? of interest|competing interests|declarations?|contributors|"
    r"data availability.*|supplementary.*|tables?|figures?|index|glossary|abbreviations|"
    r"copyright.*|licen[cs]e|comments|related.*)$",
    re.IGNORECASE,
)


_LONGEST_ENTRY = 1500  # characters; a longer line is not (part of) a reference entry
# NOTE: a year ends an entry only after a comma ("PublicAffairs, 2004."): APA's
# "(2004)." and Chicago's "Nye. 2004." at the end of a line open the title's line.
_ENTRY_END = re.compile(
    r"(?:[,;]\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.|\d+\s*[-–]\s*\d+\.|(?:https?://|www\.)\S+"
    r"|\b10\.\d{4,9}/\S+|\baccessed\b[^()]*\)\.)[ \t]*$",
    re.IGNORECASE,
)


_END_LINES = re.compile(
    r"(?:(?:manuscript\s+)?received\b|accepted\b|published\s+online\b|article\s+history\b|"
    r"to\s+cite\s+this\b|corresponding\s+author\b|correspondence\b|keywords\b|©|copyright\b)",
    re.IGNORECASE,
)
_FURNITURE = re.compile(r"[ \t]*(?:\d{1,4}|\d{1,4}[ \t]{3,}\S.*|\S.*\S[ \t]{3,}\d{1,4})[ \t]*$")


def ends_entry(line: str) -> bool:
    """True for a line that ends as references end: a year, a page range or a URL."""
    return _ENTRY_END.search(line) is not None


def heading_label(line: str) -> str | None:
    """Return the folded label of a reference-list heading line ("works cited"), or None."""
    match = HEADING.match(line)
    return " ".join(match.group("label").lower().split()) if match else None


def marker(line: str, style: MarkerStyle) -> tuple[int, int] | None:
    """Return `(number, length)` of an entry marker of `style` opening `line`."""
    match = _MARKERS[style].match(line)
    if match is None or len(match.group()) == len(line):
        return None
    return int(match.group(1)), match.end()


def marker_style(lines: list[str]) -> MarkerStyle | None:
    """The marker style of a numbered list, or None for an unnumbered one.

    The first line that is not a heading must carry the marker, and at least one
    more line must; the style most lines carry wins.
    """
    first = next((line for line in lines if not heading_like(line)), "")
    best: tuple[int, MarkerStyle] | None = None
    for style in _MARKERS:
        if marker(first, style) is None:
            continue
        count = sum(1 for line in lines if marker(line, style) is not None)
        if count >= 2 and (best is None or count > best[0]):
            best = (count, style)
    return best[1] if best else None


def plausible(number: int, expected: int, style: MarkerStyle) -> bool:
    """True when a number can be the next entry's: not a year or page at the start of a line."""
    if style == "bare":
        return expected - 2 <= number <= expected + 3
    reach = 50 if style == "bracket" else 10
    return 0 < number <= expected + reach


def tail_like(line: str) -> bool:
    """True for a line that opens as the tail of an entry does: a link, "Retrieved …",
    "pp. 3", a number."""
    return _CONTINUATION.match(line) is not None


def continuation_like(line: str) -> bool:
    """True for a line that can only be the rest of an entry (a URL, "Retrieved …", "pp. 3").

    A lower-case start continues an entry, unless it is a particle opening a
    surname ("van Wessel MT, …", "de Souza, R.").
    """
    if tail_like(line):
        return True
    return _LOWER_START.match(line) is not None and PARTICLE_START.match(line) is None


def complete(line: str) -> bool:
    """True when a line ends as an entry ends (full stop, bracket, quote, number or URL)."""
    return _COMPLETE_END.search(line) is not None


def closing_heading(line: str) -> bool:
    """True for a line that ends a reference list ("Appendix A", "Received 3 March 2021")."""
    text = line.strip().strip("*_#").strip()
    return _END_HEADINGS.match(text.rstrip(".:")) is not None or _END_LINES.match(text) is not None


def page_furniture(line: str) -> bool:
    """True for a page number or running header left between entries by a PDF's pages."""
    return _FURNITURE.match(line) is not None


def heading_like(line: str) -> bool:
    """True for a short title-case line with no year, link or end punctuation: a heading."""
    text = line.strip().strip("*_#").strip()
    bare = text.rstrip(".:")
    if not bare or len(text) > 60 or URL.search(text) or "[" in text:
        return False  # "Quarry.org [http://www.quarry.org/]" names a web page
    if _END_HEADINGS.match(bare):
        return True
    words = bare.split()
    if len(words) > 6 or not bare[0].isupper() or any(c.isdigit() for c in bare):
        return False
    return not text.endswith((",", ";")) and (not text.endswith(".") or len(words) <= 2)


def prose_like(text: str) -> bool:
    """True for running prose (long, full of function words, with no year or link), and
    for any line far longer than a reference entry."""
    if len(text) > _LONGEST_ENTRY:
        return True
    if len(text) < 200 or URL.search(text) or DOI.search(text):
        return False
    return stopword_ratio(text) > 0.3 and YEAR.search(text) is None


def reference_like(text: str) -> bool:
    """True when an entry's text looks like a reference: a year, a link, bibliographic words."""
    plain = without_links(text)
    dated = YEAR.search(plain) is not None or NO_DATE.search(plain) is not None
    linked = URL.search(text) is not None or DOI.search(text) is not None
    score = dated + linked + (_BIB_WORD.search(text) is not None)
    score += ENTRY_START.match(text) is not None
    if len(text) > 600 and stopword_ratio(text) > 0.4:
        return False
    return score >= 2 or (score == 1 and len(text) < 250)
