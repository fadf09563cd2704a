"""Find reference lists: a heading, then entries, up to where the text changes shape.

A list ends at the next heading that is not followed by more entries (an "Authors"
or "Appendix" block), at running prose, or, after a blank line, at a line that
cannot continue an entry. Numbered lists are split at their markers ("12.",
"[12]", "12)"); unnumbered ones at blank lines, bullets, and lines that open like
an entry ("Nye, J. S. (2004).") after a line that closed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lint.citations import shapes
from lint.citations.model import Entry, Marker, ReferenceList
from lint.document import Document

_WINDOW = 60  # lines looked at to pick a marker style and the wrap width
_LOOKAHEAD = 4  # non-blank lines searched for the next marker across a page break
_MIN_ENTRIES = 2
_LIST_SHARE = {"numbered": 0.5, "unnumbered": 0.6}
_HEADING_LINE = re.compile(
    shapes.HEADING.pattern.replace(r"[ \t]*$", r"[ \t\r]*$"), shapes.HEADING.flags
)


@dataclass
class _Group:
    number: int | None
    marker_length: int
    lines: list[int] = field(default_factory=list)  # 0-based line indexes
    continuation: bool = False


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
    return tuple(found)


def _read_list(document: Document, heading_line: int, label: str) -> ReferenceList | None:
    lines = document.lines
    window = [ln for ln in lines[heading_line : heading_line + _WINDOW] if ln.strip()]
    style = shapes.marker_style(window)
    if style is not None:
        groups = _merge_continuations(_numbered(lines, heading_line, style), lines)
    else:
        groups = _unnumbered(lines, heading_line, _layout(lines[heading_line : heading_line + _WINDOW]))
    groups = _trim(groups, lines)
    family = shapes.LABELS[label]
    if not _valid(groups, lines, style is not None, family):
        return None
    return _build(document, heading_line, label, groups)


def _numbered(lines: list[str], first: int, style: shapes.MarkerStyle) -> list[_Group]:
    groups: list[_Group] = []
    blank = False
    for index in range(first, len(lines)):
        line = lines[index]
        if not line.strip():
            blank = True
            continue
        if shapes.heading_label(line):
            break
        expected = groups[-1].number + 1 if groups and groups[-1].number else 1
        found = shapes.marker(line, style)
        if found and shapes.plausible(found[0], expected, style) and (groups or found[0] <= 20):
            groups.append(_Group(found[0], found[1], [index]))
        elif not groups:
            if not shapes.heading_like(line):
                break
        elif blank and not shapes.continuation_like(line):
            if not _marker_ahead(lines, index + 1, style, expected):
                break
            groups[-1].lines.append(index)
        elif shapes.prose_like(line) or (
            _closing_heading(lines, index) and not _marker_ahead(lines, index + 1, style, expected)
        ):
            break
        else:
            groups[-1].lines.append(index)
        blank = False
    return groups


def _marker_ahead(lines: list[str], start: int, style: shapes.MarkerStyle, expected: int) -> bool:
    """True when the next entry's marker follows within a few lines (a page break, a subheading)."""
    seen = 0
    for line in lines[start:]:
        if not line.strip():
            continue
        found = shapes.marker(line, style)
        if found and expected <= found[0] <= expected + 2:
            return True
        seen += 1
        if seen >= _LOOKAHEAD:
            return False
    return False


def _closing_heading(lines: list[str], index: int) -> bool:
    """True for a heading line right after a finished entry and before a blank line."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        shapes.heading_like(lines[index])
        and shapes.complete(lines[index - 1])
        and not after.strip()
    )


def _merge_continuations(groups: list[_Group], lines: list[str]) -> list[_Group]:
    """Fold a numbered "entry" that only continues the one above (a URL) into it."""
    merged: list[_Group] = []
    for group in groups:
        content = lines[group.lines[0]][group.marker_length :]
        previous = merged[-1] if merged else None
        if previous is not None and _continues(content, lines[previous.lines[-1]]):
            group.continuation = True
            previous.lines.extend(group.lines)
        merged.append(group)
    return merged


def _trim(groups: list[_Group], lines: list[str]) -> list[_Group]:
    """Drop what trails the last entry that looks like a reference (category lines, notices)."""
    keep = len(groups)
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group.continuation:
            continue
        if shapes.reference_like(_group_text(group, lines)):
            break
        keep = index
    else:
        return []
    return groups[:keep]


def _continues(content: str, previous_line: str) -> bool:
    return not shapes.complete(previous_line) and shapes.continuation_like(content)


@dataclass(frozen=True)
class _Layout:
    """How an unnumbered list is laid out: its wrap width, and blank lines between entries."""

    width: float
    blank_separated: bool


def _layout(window: list[str]) -> _Layout:
    """Measure the wrap width (a high percentile, so one long URL does not set it) and
    whether entries are separated by blank lines."""
    lengths = sorted(len(ln) for ln in window if ln.strip() and not shapes.URL.search(ln))
    width = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    blanks = sum(
        1 for a, b in zip(window, window[1:], strict=False) if not a.strip() and b.strip()
    )
    starts = sum(1 for ln in window if shapes.ENTRY_START.match(ln))
    return _Layout(width, blanks >= 2 and blanks >= 0.5 * starts)


def _unnumbered(lines: list[str], first: int, layout: _Layout) -> list[_Group]:
    groups: list[_Group] = []
    blank = False
    for index in range(first, len(lines)):
        line = lines[index]
        if not line.strip():
            blank = True
            continue
        if shapes.heading_label(line) or shapes.prose_like(line):
            break
        previous = lines[groups[-1].lines[-1]] if groups else ""
        if groups and not blank and _continues_entry(line, previous, groups[-1], lines, layout):
            groups[-1].lines.append(index)
        elif shapes.heading_like(line) and not shapes.BULLET.match(line):
            if shapes.closing_heading(line) or not _entry_ahead(lines, index + 1):
                break
        elif not groups or _opens_entry(line, previous, blank, layout.width):
            bullet = shapes.BULLET.match(line)
            groups.append(_Group(None, bullet.end() if bullet else 0, [index]))
        else:
            groups[-1].lines.append(index)
        blank = False
    return groups


def _continues_entry(
    line: str, previous: str, group: _Group, lines: list[str], layout: _Layout
) -> bool:
    """True for a line that must continue the entry above it (no blank line between)."""
    if shapes.BULLET.match(line):
        return False
    return (
        layout.blank_separated
        or not shapes.complete(previous)
        or _indented(line, group, lines)
    )


def _indented(line: str, group: _Group, lines: list[str]) -> bool:
    """True for a line indented deeper than its entry's first line: a hanging indent."""
    first = lines[group.lines[0]]
    return len(line) - len(line.lstrip()) > len(first) - len(first.lstrip())


def _opens_entry(line: str, previous: str, blank: bool, width: int) -> bool:
    if shapes.BULLET.match(line):
        return True
    if shapes.continuation_like(line):
        return False
    if blank:
        return True
    if shapes.ends_entry(previous):
        return True
    short = len(previous) < 0.75 * width
    return shapes.complete(previous) and (short or shapes.ENTRY_START.match(line) is not None)


def _entry_ahead(lines: list[str], start: int) -> bool:
    for line in lines[start : start + _LOOKAHEAD]:
        if line.strip():
            return shapes.ENTRY_START.match(line) is not None
    return False


def _group_text(group: _Group, lines: list[str]) -> str:
    first = lines[group.lines[0]][group.marker_length :]
    return "\n".join([first, *(lines[i] for i in group.lines[1:])])


def _valid(groups: list[_Group], lines: list[str], numbered: bool, family: str) -> bool:
    real = [g for g in groups if not g.continuation]
    if len(real) < _MIN_ENTRIES or (family == "notes" and not numbered):
        return False
    liked = sum(shapes.reference_like(_group_text(g, lines)) for g in real)
    return liked >= _LIST_SHARE["numbered" if numbered else "unnumbered"] * len(real)


def _build(
    document: Document, heading_line: int, label: str, groups: list[_Group]
) -> ReferenceList:
    entries: list[Entry] = []
    for group in (g for g in groups if not g.continuation):
        first, last = min(group.lines) + 1, max(group.lines) + 1
        line_start = document.line_span(first)[0]
        text_start = line_start + group.marker_length
        indent = len(document.lines[first - 1]) - len(document.lines[first - 1].lstrip())
        end = document.line_span(last)[1]
        text = document.text[text_start:end]
        entries.append(
            Entry(
                len(entries), line_start + indent, text_start, end, first, last, group.number, text
            )
        )
    markers = tuple(_marker(document, g) for g in groups if g.number is not None)
    heading_start, heading_end = document.line_span(heading_line)
    last = max(e.last_line for e in entries)
    return ReferenceList(
        label=label,
        heading=" ".join(document.text[heading_start:heading_end].split()).strip("#*_ :."),
        family=shapes.LABELS[label],
        heading_start=heading_start,
        heading_end=heading_end,
        heading_line=heading_line,
        end=document.line_span(last)[1],
        last_line=last,
        entries=tuple(entries),
        markers=markers,
    )


def _marker(document: Document, group: _Group) -> Marker:
    line = group.lines[0] + 1
    start = document.line_span(line)[0]
    text = document.lines[line - 1][: group.marker_length]
    indent = len(text) - len(text.lstrip())
    end = start + len(text.rstrip())
    return Marker(group.number or 0, start + indent, end, line, group.continuation)
