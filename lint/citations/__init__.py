"""Citations and references: reference lists, in-text citations, and how they link.

`analyse(document)` runs once per document (shared by every citation kind through
`Document.memo`): it finds the reference lists, the citations in the text that
cites them (the body, and notes lists for the lists after them), and resolves
each citation to its entries.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from lint.citations.intext import find_citations
from lint.citations.lists import find_lists
from lint.citations.mentions import Region, mentioned
from lint.citations.model import Analysis, Citation, ReferenceList
from lint.citations.resolve import name_cited, resolve
from lint.document import Document
from lint.structure.view import structure

__all__ = ["Analysis", "analyse"]

_MEMO_KEY = "citations.analysis"


def analyse(document: Document) -> Analysis:
    """Return the document's citation analysis, computed on first use."""
    return document.memo(_MEMO_KEY, lambda: _analyse(document))


def _analyse(document: Document) -> Analysis:
    lists = find_lists(document)
    if not lists:
        return Analysis()
    regions = citing_regions(document, lists)
    starts = [start for start, _, _ in regions]
    placed: list[tuple[Citation, int | None]] = []
    text = _without_furniture(document)
    for citation in sorted(find_citations(text), key=lambda c: (c.start, c.end)):
        at = bisect_right(starts, citation.start) - 1
        if at >= 0 and citation.end <= regions[at][1]:
            home = regions[at][2]
            # NOTE: a note's "(New York: Penguin, 2004)" is a publication fact, not a
            # citation; what notes cite only marks entries as cited.
            placed.append((citation if home is None else replace(citation, strong=False), home))
    named = name_cited(lists, [citation for citation, _ in placed])
    cited, unresolved = resolve(lists, placed, named)
    spans = _merged([(c.start, c.end) for c, _ in placed if c.form == "author_year"])
    cited |= mentioned(document.text, lists, regions, cited, named, spans)
    body = tuple(c for c, home in placed if home is None and c.strong)
    return Analysis(lists, body, frozenset(cited), tuple(unresolved))


def _without_furniture(document: Document) -> str:
    """The text with the running headers at page breaks blanked, offsets kept.

    A page break may fall inside a citation ("(Moreau and / JOURNAL 12 (2019) 3 /
    Tanaka 2011)"); blanking each furniture line with its line break joins it again.
    """
    lines = sorted(structure(document).furniture_lines)
    if not lines:
        return document.text
    pieces: list[str] = []
    position = 0
    for number in lines:
        start = document.line_starts[number - 1]
        end = document.line_span(number)[1]
        end = min(len(document.text), end + 1)  # its line break too
        pieces += [document.text[position:start], " " * (end - start)]
        position = end
    pieces.append(document.text[position:])
    return "".join(pieces)


def citing_regions(document: Document, lists: tuple[ReferenceList, ...]) -> list[Region]:
    """The parts of the text that cite: the body around the lists, and notes entries."""
    regions: list[Region] = []
    position = 0
    for index, ref_list in enumerate(lists):
        regions.append((position, ref_list.heading_start, None))
        if ref_list.family == "notes":
            regions += [(e.start, e.end, index) for e in ref_list.entries]
        position = ref_list.end
    regions.append((position, len(document.text), None))
    return regions


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged (a bare citation inside a parenthesis)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
