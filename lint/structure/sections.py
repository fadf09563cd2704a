"""Headings, the sections every paper has, and the reference list.

A heading is a short line that is not a sentence, followed by the text it heads:
running text, a table, a caption, or more headings that lead to text. Papers share
their section names ("Abstract", "Methods", "Results", "References", with or without
a number: "2.1 Materials and methods", "IV. DISCUSSION"), so those names say a
document is a paper, and a line that is one of them is a heading wherever it sits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lint.boilerplate.lines import LineInfo
from lint.text import STOPWORDS

_NUMBERING = r"(?:(?:\d+(?:\.\d+)*|[IVX]+|[A-Z])\.?\s+)?"
# The section names of research papers (the core ones count towards "this is a paper").
CORE_SECTIONS = {
    "abstract": "abstract",
    "summary": "abstract",
    "introduction": "introduction",
    "background": "introduction",
    "methods": "methods",
    "method": "methods",
    "materials and methods": "methods",
    "methods and materials": "methods",
    "material and methods": "methods",
    "methodology": "methods",
    "experimental": "methods",
    "experimental section": "methods",
    "experimental procedures": "methods",
    "results": "results",
    "results and discussion": "results",
    "discussion": "discussion",
    "discussions": "discussion",
    "conclusion": "conclusion",
    "conclusions": "conclusion",
    "concluding remarks": "conclusion",
    "references": "references",
    "bibliography": "references",
    "literature cited": "references",
    "works cited": "references",
    "reference list": "references",
}
OTHER_SECTIONS = (
    "acknowledgments",
    "acknowledgements",
    "acknowledgment",
    "acknowledgement",
    "funding",
    "author contributions",
    "supporting information",
    "supplementary material",
    "supplementary materials",
    "supplementary information",
    "supplementary data",
    "appendix",
    "data availability",
    "data accessibility",
    "competing interests",
    "conflict of interest",
    "conflicts of interest",
    "related work",
    "limitations",
    "ethics statement",
    "abbreviations",
    "keywords",
)
_SECTION = re.compile(
    _NUMBERING
    + r"("
    + "|".join(sorted({*CORE_SECTIONS, *OTHER_SECTIONS}, key=len, reverse=True))
    + r")\s*[.:]?",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(r"(?:\d+(?:\.\d+){0,3}|[IVX]+\.)\s+[A-Z][^.!?]{2,80}")
_ABSTRACT_LEAD = re.compile(r"(?:abstract|summary)\b[\s.:—–-]", re.IGNORECASE)
_ENTRY = re.compile(r"^\s*(?:\[\d+\]|\d+\.\s)|\b(?:1[6-9]|20)\d\d[a-z]?\b|doi|https?://", re.I)
_ENDS_BLOCK = re.compile(r"[.!?:)\]\"”’]$")
_HEADING_WORDS = 12
_MAX_SECTION_CHARS = 48
_WRAPPED_LINE_WORDS = 8
_MAX_NON_ENTRIES = 2
# A paper's headings nest a few deep (part, section, subsection); a longer run of
# short lines before its text is something else: a publisher's navigation, a title block.
_MAX_CHAIN = 3


def section_name(text: str) -> str | None:
    """The paper section a line names ("3. Results" → "results"), or None."""
    if len(text) > _MAX_SECTION_CHARS:
        return None  # NOTE: cheap gate; a section name is a short line
    found = _SECTION.fullmatch(text.strip())
    if found is None:
        return None
    name = " ".join(found.group(1).lower().split())
    return CORE_SECTIONS.get(name, name)


def paper_sections(infos: Sequence[LineInfo]) -> set[str]:
    """The core paper sections a document has (an abstract may lead its own paragraph)."""
    found = {name for info in infos if (name := section_name(info.text)) in _CORE_VALUES}
    if any(_ABSTRACT_LEAD.match(info.text) and info.words > 20 for info in infos[:40]):
        found.add("abstract")
    return found


_CORE_VALUES = frozenset(CORE_SECTIONS.values())


def numbered_headings(infos: Sequence[LineInfo]) -> int:
    """How many short lines read like numbered headings ("2.1 Chaining")."""
    return sum(
        1
        for info in infos
        if info.words <= _HEADING_WORDS and _NUMBERED_HEADING.fullmatch(info.text) is not None
    )


def find_headings(infos: Sequence[LineInfo], content: set[int], paper: bool = False) -> set[int]:
    """Heading lines: section names, and short lines leading (through headings) to content.

    A heading starts a block (the text before it has ended: a blank line, a sentence
    end, a table) and the text after it starts a sentence; a short line of running
    text wrapped by a PDF does neither. `content` holds the lines a heading may
    introduce besides running text: table rows and captions. In a `paper`, only the
    last three lines of a run of such lines are headings.
    """
    found: set[int] = set()
    pending: list[int] = []
    for index, info in enumerate(infos):
        if section_name(info.text) is not None:
            found.add(info.number)
        opens = bool(pending) or _opens_block(infos, index, content)
        runs_on = index + 1 < len(infos) and infos[index + 1].text[:1].islower()
        if _heading_shaped(info) and info.number not in content and opens and not runs_on:
            pending.append(info.number)
            continue
        following = infos[index + 1] if index + 1 < len(infos) else None
        if pending and _starts_text(info, following, content):
            # A page's table of contents is such a run of short lines: all headings.
            found.update(pending[-_MAX_CHAIN:] if paper else pending)
        pending = []
    return found


def _heading_shaped(info: LineInfo) -> bool:
    """Short, not a sentence, and not cut off mid-phrase ("… the sequencing of")."""
    if info.words == 0 or info.words > _HEADING_WORDS or info.text.endswith((",", ";", "-")):
        return False
    if info.tokens[-1] in STOPWORDS or not any(t.isalpha() for t in info.tokens):
        return False  # "… the sequencing of"; a bare page number
    return not info.sentence or (info.text.endswith(".") and info.words <= 8)


def _opens_block(infos: Sequence[LineInfo], index: int, content: set[int]) -> bool:
    """True when the text before line `index` has ended: a blank line, a sentence end, a table."""
    if index == 0:
        return True
    before = infos[index - 1]
    if before.number < infos[index].number - 1 or before.number in content:
        return True
    return _ENDS_BLOCK.search(before.text) is not None


def _starts_text(info: LineInfo, following: LineInfo | None, content: set[int]) -> bool:
    """Running text (or a table or caption) that starts here rather than running on.

    A paragraph, a line introducing a list, or the first line of a wrapped paragraph
    (a long line the next one continues in lower case).
    """
    if info.number in content:
        return True
    if info.text[:1].islower():
        return False
    opens_list = info.words >= 3 and info.text.endswith(":")
    wrapped = (
        info.words >= _WRAPPED_LINE_WORDS and following is not None and following.text[:1].islower()
    )
    return info.prose or opens_list or wrapped


def find_references(infos: Sequence[LineInfo]) -> set[int]:
    """Lines of the reference list: entry-like lines after a "References" heading.

    The list ends at the next section heading or where three lines in a row look
    like no entry (no year, DOI, URL or list number), so chrome pasted after a bare
    "References" line is not taken for it.
    """
    found: set[int] = set()
    inside = False
    misses: list[int] = []
    for info in infos:
        name = section_name(info.text)
        if name is not None:
            inside = name == "references"
            misses = []
            continue
        if not inside:
            continue
        if _ENTRY.search(info.text):
            found.update(misses)
            found.add(info.number)
            misses = []
        elif len(misses) >= _MAX_NON_ENTRIES:
            inside = False
        else:
            misses.append(info.number)
    return found
