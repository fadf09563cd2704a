"""A line of the text that cites the document itself, as papers print at their end.

"“A study of things”, J. Soc., vol. 8, no. 04, pp. 3513–3521, Apr. 2024": the
citation repeats the document's title and carries journal marks, so its date is the
document's own. Shared by the publication date and the provenance fields (the journal
is the publisher).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from lint.dates.mentions import Convention, DateMention, find_dates
from lint.document import Document
from lint.provenance.records import body_start_line

_CITATION_MARK = re.compile(r"\b(?:vol\.|no\.|pp\.|doi|issn|journal|j\.)", re.IGNORECASE)
_STRONG_MARK = re.compile(r"\b(?:vol\.|pp\.|doi\b|issn\b)", re.IGNORECASE)
_CITATION_LENGTH = 400
_SHORT_TITLE = 8  # a title shorter than this is too common a phrase to recognise
_FUZZY_TITLE = 20  # a title this long may be matched approximately


@dataclass(frozen=True, slots=True)
class SelfCitation:
    """The date of a citation of the document (offsets into the document) and its line."""

    mention: DateMention
    line: int


def self_citation(document: Document, convention: Convention = "auto") -> SelfCitation | None:
    """The last line that cites the document itself and gives a date, if there is one."""
    key = ("self_citation", convention)
    return document.memo(key, lambda: _self_citation(document, convention))


def _self_citation(document: Document, convention: Convention) -> SelfCitation | None:
    skip = body_start_line(document) - 1
    lines, offsets = document.lines, document.line_starts
    title = lines[skip].strip().lower() if len(lines) > skip else ""
    if len(title) < _SHORT_TITLE:
        return None
    for index in range(len(lines) - 1, skip, -1):
        line = lines[index]
        if not _looks_like_citation(line) or not _cites(title, line.lower()):
            continue
        for mention in find_dates(line, convention=convention):
            if mention.valid:
                return SelfCitation(mention.shifted(offsets[index]), index + 1)
    return None


def _cites(title: str, line: str) -> bool:
    """A long title nearly as written; a short one only exactly, in quotation marks."""
    if len(title) >= _FUZZY_TITLE:
        return fuzz.partial_ratio(title, line) >= 90
    return any(f"{q}{title}{e}" in line for q, e in ("“”", '""', "‘’"))


def _looks_like_citation(line: str) -> bool:
    """A short line with journal marks: "vol. 8, no. 04, pp. 3513-3521", a DOI."""
    return (
        len(line) < _CITATION_LENGTH
        and _STRONG_MARK.search(line) is not None
        and len(_CITATION_MARK.findall(line)) >= 2
    )
