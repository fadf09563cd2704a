"""Find reference lists: a heading such as "References" and the entries under it.

A numbered list of references that opens with "1." or "[1]" after a blank line
counts as a list without a heading (Nature-style letters print none), when
nearly all its entries look like references.
"""

from __future__ import annotations

import re

from lint.citations import entries, shapes
from lint.citations.entries import Group, group_text
from lint.citations.model import Entry, Marker, ReferenceList
from lint.document import Document
from lint.structure.view import structure

_WINDOW = 60  # lines looked at to pick a marker style and the wrap width
_MIN_ENTRIES = 2
_LIST_SHARE = {"numbered": 0.5, "unnumbered": 0.6}
_HEADLESS_ENTRIES = 3
_HEADLESS_SHARE = 0.8
_HEADING_LINE = re.compile(
    shapes.HEADING.pattern.replace(r"[ \t]*$", r"[ \t\r]*$"), shapes.HEADING.flags
)
_FIRST_MARKER = re.compile(r"^[ \t]*(?:\[1\]|1\.)[ \t]+\S", re.MULTILINE)


def find_lists(document: Document) -> tuple[ReferenceList, ...]:
    """Return the reference lists of a document, in order."""
    found: list[ReferenceList] = []
    after = 0
    for match in _HEADING_LINE.finditer(document.text):
        line = document.position(match.start())[0]
        if line <= after:
            continue
        label = " ".join(match.group("label").lower().split())
        result = _read_list(document, line, label)
        if result is not None:
            found.append(result)
            after = result.last_line
    return tuple(found) if found else _headless(document)


def _read_list(document: Document, heading_line: int, label: str) -> ReferenceList | None:
    lines = document.lines
    following = lines[heading_line : heading_line + _WINDOW]
    style = shapes.marker_style([ln for ln in following if ln.strip()])
    layout = entries.layout(following)
    furniture = _furniture(document)
    if style is not None:
        numbered = entries.numbered(lines, heading_line, style, furniture)
        groups = entries.merge_continuations(numbered, lines)
    else:
        groups = entries.unnumbered(lines, heading_line, layout, furniture)
    groups = entries.trim(groups, lines)
    family = shapes.LABELS[label]
    if not _valid(groups, lines, style is not None, family):
        return None
    one_per_line = layout.unwrapped and not layout.blank_separated and _wrapped(groups, lines) < 2
    return _build(document, heading_line, label, groups, one_per_line=one_per_line)


def _headless(document: Document) -> tuple[ReferenceList, ...]:
    """A numbered reference list with no heading, opening after a blank line."""
    lines = document.lines
    for match in _FIRST_MARKER.finditer(document.text):
        index = document.position(match.start())[0] - 1
        if index and lines[index - 1].strip():
            continue
        following = [ln for ln in lines[index : index + _WINDOW] if ln.strip()]
        style = shapes.marker_style(following)
        if style not in ("dot", "bracket"):
            continue
        numbered = entries.numbered(lines, index, style, _furniture(document))
        groups = entries.trim(entries.merge_continuations(numbered, lines), lines)
        real = [g for g in groups if not g.continuation]
        liked = sum(shapes.reference_like(group_text(g, lines)) for g in real)
        if len(real) >= _HEADLESS_ENTRIES and liked >= _HEADLESS_SHARE * len(real):
            return (_build(document, index, "references", groups, headless=True),)
    return ()


def _wrapped(groups: list[Group], lines: list[str]) -> int:
    """How many entries run on over a line break (a link on a line of its own aside).

    One such entry in a list of one entry per line was cut in two; several say the
    list is hard-wrapped, as a PDF's is, with its wraps falling after full stops.
    """
    return sum(
        1 for group in groups if any(not shapes.tail_like(lines[b]) for b in group.lines[1:])
    )


def _furniture(document: Document) -> frozenset[int]:
    """The running headers a PDF left at the document's page breaks (0-based line indexes)."""
    return frozenset(n - 1 for n in structure(document).furniture_lines)


def _valid(groups: list[Group], lines: list[str], numbered: bool, family: str) -> bool:
    real = [g for g in groups if not g.continuation]
    if len(real) < _MIN_ENTRIES or (family == "notes" and not numbered):
        return False
    liked = sum(shapes.reference_like(group_text(g, lines)) for g in real)
    return liked >= _LIST_SHARE["numbered" if numbered else "unnumbered"] * len(real)


def _build(
    document: Document,
    heading_line: int,
    label: str,
    groups: list[Group],
    headless: bool = False,
    one_per_line: bool = False,
) -> ReferenceList:
    built: list[Entry] = []
    for group in (g for g in groups if not g.continuation):
        first, last = min(group.lines) + 1, max(group.lines) + 1
        line_start = document.line_span(first)[0]
        text_start = line_start + group.marker_length
        indent = len(document.lines[first - 1]) - len(document.lines[first - 1].lstrip())
        end = document.line_span(last)[1]
        number, text = group.number, document.text[text_start:end]
        built.append(
            Entry(len(built), line_start + indent, text_start, end, first, last, number, text)
        )
    markers = tuple(_marker(document, g) for g in groups if g.number is not None)
    if headless:  # the list starts at its first entry
        heading_line = built[0].first_line
        heading_start = heading_end = built[0].marker_start
        heading = "reference list"
    else:
        heading_start, heading_end = document.line_span(heading_line)
        heading = " ".join(document.text[heading_start:heading_end].split()).strip("#*_ :.")
    last_line = max(e.last_line for e in built)
    return ReferenceList(
        label=label,
        heading=heading,
        family=shapes.LABELS[label],
        heading_start=heading_start,
        heading_end=heading_end,
        heading_line=heading_line,
        end=document.line_span(last_line)[1],
        last_line=last_line,
        entries=tuple(built),
        markers=markers,
        one_per_line=one_per_line,
    )


def _marker(document: Document, group: Group) -> Marker:
    line = group.lines[0] + 1
    start = document.line_span(line)[0]
    text = document.lines[line - 1][: group.marker_length]
    indent = len(text) - len(text.lstrip())
    end = start + len(text.rstrip())
    return Marker(group.number or 0, start + indent, end, line, group.continuation)
