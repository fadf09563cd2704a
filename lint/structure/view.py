"""The structure of one document: its kind and where its tables, headings and furniture are.

Computed once per document through `Document.memo` and read by the checks of any
family. A document is a **paper** when it has the sections papers have (three of
abstract, introduction, methods, results, discussion, conclusion, references; or
two with figure or table captions, a DOI or numbered headings), a **web** page when
the page around the text shows (site furniture at its top, a copyright footer,
sign-in and subscription links), and plain **text** otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from lint.boilerplate.lines import LineInfo, line_infos
from lint.document import Document
from lint.structure.furniture import PageBreak, find_furniture
from lint.structure.sections import (
    find_headings,
    find_references,
    numbered_headings,
    paper_sections,
    section_name,
)
from lint.structure.tables import find_tables, is_caption

Kind = Literal["paper", "web", "text"]

_MEMO_KEY = "structure"
_DOI = re.compile(r"\b(?:doi:\s*|doi\.org/)10\.\d{4,9}/", re.IGNORECASE)
_SITE = re.compile(
    r"^(?:©|\(c\)\s*\d|copyright\b)|all rights reserved|^skip to\b|\bsign (?:in|up)\b|"
    r"^log ?in\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\bnewsletters?\b|"
    r"\bsubscribe\b|\bcookies?\b|^(?:home|menu|search)$",
    re.IGNORECASE,
)
_SITE_LINE_WORDS = 25
_TOP_LINES = 12
_TOP_SHORT = 5


@dataclass(frozen=True, slots=True)
class Structure:
    """What kind of document this is, and which lines are structure rather than prose.

    Line sets hold 1-based line numbers; `furniture_lines` are every page break's lines;
    `front` is a paper's title block and what stands above it.
    """

    kind: Kind
    tables: frozenset[int]
    captions: frozenset[int]
    headings: frozenset[int]
    references: frozenset[int]
    furniture: tuple[PageBreak, ...]
    furniture_lines: frozenset[int]
    front: frozenset[int] = frozenset()  # a paper's lines above its first section

    def is_structured(self, number: int) -> bool:
        """True for a table row, caption, heading or reference entry: content, never chrome."""
        return (
            number in self.tables
            or number in self.captions
            or number in self.headings
            or number in self.references
        )


def structure(document: Document) -> Structure:
    """Return the document's structure, computed on first use."""
    return document.memo(_MEMO_KEY, lambda: _analyse(document))


def _analyse(document: Document) -> Structure:
    infos = line_infos(document)
    captions = frozenset(i.number for i in infos if is_caption(i.text))
    paper = _is_paper(document, infos, captions)
    tables = frozenset(find_tables(infos, captions, paper))
    headings = frozenset(find_headings(infos, set(tables | captions), paper))
    references = frozenset(find_references(infos))
    # NOTE: in a paper a line is a heading by its shape alone when text starts after
    # it, as it does after a page break's furniture; there only named sections are
    # never furniture. A page's headings recur as its table of contents.
    if paper:
        headings_kept = frozenset(n for n in headings if section_name(document.lines[n - 1]))
    else:
        headings_kept = headings
    furniture = find_furniture(infos, tables | headings_kept, references)
    kind: Kind = "paper" if paper else "web" if _is_web(infos) else "text"
    lines = frozenset(n for page_break in furniture for n in page_break.lines)
    if lines:
        # A heading whose text a page break follows ("2.1 Statistics" / its first line
        # / the running footer / the rest): read again with the furniture taken out.
        text = [info for info in infos if info.number not in lines]
        headings |= find_headings(text, set(tables | captions), paper)
    front = _front(infos) if paper else frozenset()
    return Structure(
        kind, tables, captions, headings - lines, references - lines, furniture, lines, front
    )


def _front(infos: Sequence[LineInfo]) -> frozenset[int]:
    """A paper's lines above its first section ("Abstract"): its title block, and the
    publisher's page above it."""
    for index, info in enumerate(infos):
        if section_name(info.text) is not None:
            return frozenset(i.number for i in infos[:index])
    return frozenset()


def _is_paper(document: Document, infos: Sequence[LineInfo], captions: frozenset[int]) -> bool:
    sections = paper_sections(infos)
    if len(sections) >= 3:
        return True
    if len(sections) < 2:
        return False
    return bool(captions) or numbered_headings(infos) >= 2 or _DOI.search(document.text) is not None


def _is_web(infos: Sequence[LineInfo]) -> bool:
    """True when the page around the text shows: site links, or a top of short labels."""
    site = sum(1 for info in infos if info.words <= _SITE_LINE_WORDS and _SITE.search(info.text))
    top = sum(1 for info in infos[:_TOP_LINES] if info.short)
    return site >= 2 or (site >= 1 and top >= _TOP_SHORT)
