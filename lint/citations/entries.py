"""Split the lines under a reference heading into entries.

Numbered lists are split at their markers ("12.", "[12]", "12)"); a numbered line
that only continues the entry above ("28. https://…") is folded back into it.
Unnumbered lists are split at blank lines, bullets, and lines that open like an
entry ("Nye, J. S. (2004).") after a line that closed one; a hanging indent or a
line that ends mid-sentence always continues the entry. A list ends at a heading
not followed by more entries ("Authors", "Appendix A"), at running prose, or,
after a blank line, at a line that cannot continue an entry. Page numbers and
running headers between entries are skipped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lint.citations import fields, shapes

_LONGEST_ENTRY = 3000  # characters an entry may reach, wrapped lines and all

_LOOKAHEAD = 4  # non-blank lines searched for the next marker across a page break


_UNWRAPPED = 120  # a list whose lines run this long is not hard-wrapped: a line is an entry
_WHOLE_MIN = 5  # lines a list needs before its line ends say it is not hard-wrapped
_WHOLE_SHARE = 0.9  # share of lines that must end as entries end
# The volume and pages ("57:514–521", "12(3)") or a DOI that close an entry.
_VENUE_TAIL = re.compile(r"\b\d+\s*(?:\(\d+\))?\s*:\s*\d+|\bdoi:|\b10\.\d{4,9}/", re.I)
# A journal's name, then the year, volume and pages: how a Vancouver entry ends.
_VANCOUVER_TAIL = re.compile(r"[^.]{2,100}\.\s+(?:1[5-9]|20)\d\d[a-z]?\s*;\s*\d")
_WRAPPED_SHARE = 0.7  # a line this close to the wrap width may have been wrapped


@dataclass
class Group:
    number: int | None
    marker_length: int
    lines: list[int] = field(default_factory=list)  # 0-based line indexes
    continuation: bool = False


def numbered(
    lines: list[str], first: int, style: shapes.MarkerStyle, furniture: frozenset[int]
) -> list[Group]:
    groups: list[Group] = []
    blank = False
    for index in range(first, len(lines)):
        line = lines[index]
        if not line.strip():
            blank = True
            continue
        if shapes.heading_label(line) or (blank and shapes.closing_heading(line)):
            break
        if index in furniture or shapes.page_furniture(line):
            continue
        expected = groups[-1].number + 1 if groups and groups[-1].number else 1
        found = shapes.marker(line, style)
        if found and shapes.plausible(found[0], expected, style) and (groups or found[0] <= 20):
            groups.append(Group(found[0], found[1], [index]))
        elif not groups:
            if not shapes.heading_like(line):
                break
        elif shapes.prose_like(line) or _too_long(groups[-1], lines):
            break
        elif blank and not shapes.continuation_like(line):
            if not _marker_ahead(lines, index + 1, style, expected):
                break
            groups[-1].lines.append(index)
        elif _closing_heading(lines, index) and not _marker_ahead(
            lines, index + 1, style, expected
        ):
            break
        else:
            groups[-1].lines.append(index)
        blank = False
    return groups


def _too_long(group: Group, lines: list[str]) -> bool:
    """True when an entry has grown past any reference's length: the list has ended."""
    return sum(len(lines[i]) for i in group.lines) > _LONGEST_ENTRY


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


def merge_continuations(groups: list[Group], lines: list[str]) -> list[Group]:
    """Fold a numbered "entry" that only continues the one above (a URL) into it."""
    merged: list[Group] = []
    for group in groups:
        content = lines[group.lines[0]][group.marker_length :]
        previous = merged[-1] if merged else None
        if previous is not None and _continues(content, lines[previous.lines[-1]]):
            group.continuation = True
            previous.lines.extend(group.lines)
        merged.append(group)
    return merged


def trim(groups: list[Group], lines: list[str]) -> list[Group]:
    """Drop what trails the last entry that looks like a reference (category lines, notices)."""
    keep = len(groups)
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group.continuation:
            continue
        if shapes.reference_like(group_text(group, lines)):
            break
        keep = index
    else:
        return []
    return groups[:keep]


def _continues(content: str, previous_line: str) -> bool:
    return not shapes.complete(previous_line) and shapes.continuation_like(content)


@dataclass(frozen=True)
class Layout:
    """How an unnumbered list is laid out: its wrap width, blank lines between entries,
    and whether each line is a whole entry (not hard-wrapped)."""

    width: float
    blank_separated: bool
    unwrapped: bool


def layout(window: list[str]) -> Layout:
    """Measure the wrap width (a high percentile, so one long URL does not set it),
    whether entries are separated by blank lines, and whether lines are whole entries:
    long lines, or lines that nearly all end as entries end (a hard-wrapped list
    breaks most lines mid-sentence)."""
    filled = [ln for ln in window if ln.strip()]
    lengths = sorted(len(ln) for ln in filled if not fields.URL.search(ln))
    width = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    after_blank = after_line = 0
    for before, line in itertools.pairwise(window):
        if shapes.ENTRY_START.match(line):
            if before.strip():
                after_line += 1
            else:
                after_blank += 1
    # NOTE: a short title-case line ("GitHub") says nothing about wrapping.
    scored = [ln for ln in filled[1:] if not shapes.heading_like(ln)]
    ended = sum(shapes.complete(ln) for ln in scored)
    whole = len(scored) >= _WHOLE_MIN and ended >= _WHOLE_SHARE * len(scored)
    blank_separated = after_blank >= 2 and after_blank >= after_line
    return Layout(width, blank_separated, width > _UNWRAPPED or whole)


def unnumbered(
    lines: list[str], first: int, layout: Layout, furniture: frozenset[int]
) -> list[Group]:
    groups: list[Group] = []
    blank = False
    for index in range(first, len(lines)):
        line = lines[index]
        if not line.strip():
            blank = True
            continue
        if shapes.heading_label(line) or shapes.prose_like(line):
            break
        if groups and not blank and _too_long(groups[-1], lines):
            break
        if blank and shapes.closing_heading(line):
            break
        if index in furniture or shapes.page_furniture(line):
            continue
        previous = lines[groups[-1].lines[-1]] if groups else ""
        if groups and not blank and _continues_entry(line, previous, groups[-1], lines, layout):
            groups[-1].lines.append(index)
        elif _subheading(line, lines, index, blank, layout):
            if shapes.closing_heading(line) or not _entry_ahead(lines, index + 1):
                break
        elif not groups or _opens_entry(line, previous, blank, layout):
            bullet = shapes.BULLET.match(line)
            groups.append(Group(None, bullet.end() if bullet else 0, [index]))
        else:
            groups[-1].lines.append(index)
        blank = False
    return groups


def _continues_entry(
    line: str, previous: str, group: Group, lines: list[str], layout: Layout
) -> bool:
    """True for a line that must continue the entry above it (no blank line between).

    In a list with one entry per line, only a line that cannot open an entry (a URL,
    "pp. 3", a lower-case start) continues one: "Thorée MJ, Sallis V (2006) …" or
    "GitHub" opens the next even after a line that ends mid-sentence.
    """
    if shapes.BULLET.match(line):
        return False
    if layout.unwrapped and not layout.blank_separated:
        if _dates_the_entry(line, previous, group, lines, layout):
            return True
        if shapes.complete(previous) and not fields.URL.match(line.strip()):
            return _indented(line, group, lines)  # "tarnpy [http://…]" after a whole entry
        return shapes.continuation_like(line) or _indented(line, group, lines)
    return layout.blank_separated or not shapes.complete(previous) or _indented(line, group, lines)


def _dates_the_entry(
    line: str, previous: str, group: Group, lines: list[str], layout: Layout
) -> bool:
    """True for the rest of an entry wrapped after a full stop: the year comes only now.

    Vancouver entries give the year after the journal ("… Title of the work.
    / Journal of Field Studies. 2010;41:196–215."), so a wrap after the title ends
    in a full stop; the next line, which names no author, gives the entry's year.
    PLOS entries give it first, and the line after such a wrap holds the volume,
    pages and DOI ("Journal of Field Studies 57:514–521. doi:10.9295/j.53757").
    """
    if len(previous) < _WRAPPED_SHARE * layout.width or shapes.AUTHOR_START.match(line):
        return False
    if _VANCOUVER_TAIL.match(line):  # "Journal of Field Studies. 1999;34:676–703."
        return True
    text = group_text(group, lines)
    if fields.URL.search(text) or fields.DOI.search(text):
        return False
    if fields.years(text):  # PLOS: the year came first; the venue and DOI follow
        return not fields.years(line) and _VENUE_TAIL.search(line) is not None
    return bool(fields.years(line))


def _subheading(line: str, lines: list[str], index: int, blank: bool, layout: Layout) -> bool:
    """True for a heading-like line that heads entries rather than being one.

    In a list with one entry per line, a short title-case line between two entries,
    with no blank line around it, is an entry that names a thing ("GitHub").
    """
    if not shapes.heading_like(line) or shapes.BULLET.match(line):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else ""
    glued = not blank and following.strip() and not shapes.closing_heading(line)
    return not (glued and layout.unwrapped)


def _indented(line: str, group: Group, lines: list[str]) -> bool:
    """True for a line indented deeper than its entry's first line: a hanging indent."""
    first = lines[group.lines[0]]
    return len(line) - len(line.lstrip()) > len(first) - len(first.lstrip())


def _opens_entry(line: str, previous: str, blank: bool, layout: Layout) -> bool:
    if shapes.BULLET.match(line) or (layout.unwrapped and not layout.blank_separated and not blank):
        return True  # one entry per line: what does not continue the entry above opens one
    if shapes.continuation_like(line):
        return False
    if blank:
        return True
    if shapes.ends_entry(previous):
        return True
    short = len(previous) < 0.75 * layout.width
    return shapes.complete(previous) and (short or shapes.ENTRY_START.match(line) is not None)


def _entry_ahead(lines: list[str], start: int) -> bool:
    for line in lines[start : start + _LOOKAHEAD]:
        if line.strip():
            return shapes.ENTRY_START.match(line) is not None
    return False


def group_text(group: Group, lines: list[str]) -> str:
    first = lines[group.lines[0]][group.marker_length :]
    return "\n".join([first, *(lines[i] for i in group.lines[1:])])
