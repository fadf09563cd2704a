"""Document views: a document's lines with each finding's range marked and its note
beside the line where it starts, cut with a note when the document is very long.

A finding on one line marks its columns; one over several lines marks the lines: a
foreign tail is shaded, a boilerplate run is boxed, anything else gets a band.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from lint.document import Document
from lint.finding import Finding, Related, Severity
from lint.reporters.html.display import shown, visible
from lint.reporters.html.model import Entry, Limits

TAIL_RULE = "boilerplate.foreign-tail"
BOXED_CATEGORY = "boilerplate"


@dataclass(frozen=True)
class Link:
    """A related place: `href` is empty when the page has no section for it."""

    href: str
    label: str
    note: str


@dataclass(frozen=True)
class Note:
    """A finding as shown beside its line or in a list."""

    line: int
    rule: str
    severity: str
    message: str
    links: tuple[Link, ...]
    pair: str


@dataclass(frozen=True)
class Segment:
    """A run of a line's text covered by the same findings (`marks` empty when none)."""

    text: str
    marks: str
    title: str


@dataclass(frozen=True)
class Line:
    """One shown line of a document with its classes and the notes of findings there."""

    number: int
    classes: str
    segments: tuple[Segment, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class View:
    """A document's section: its lines, or why its text is not shown, and hidden notes."""

    entry: Entry
    lines: tuple[Line, ...]
    reason: str
    cut: str
    hidden: tuple[Note, ...]

    @property
    def index(self) -> list[tuple[str, list[int]]]:
        """Each rule of the document's findings with the lines they start on."""
        lines: dict[str, list[int]] = defaultdict(list)
        for finding in self.entry.findings:
            if finding.location.line not in lines[finding.rule]:
                lines[finding.rule].append(finding.location.line)
        return sorted(lines.items())


def link_to(related: Related, own: str, entries: Mapping[str, Entry]) -> Link:
    """A link to a related place: its line when its document's text is shown."""
    same = related.path == own
    label = f"line {related.line}" if same else f"{shown(related.path)}:{related.line}"
    if related.end_line != related.line:
        label += f"–{related.end_line}"
    entry = entries.get(related.path)
    return Link(entry.href(related.line) if entry else "", label, shown(related.message))


def note_of(f: Finding, entries: Mapping[str, Entry], pairs: Mapping[Finding, str]) -> Note:
    """The note shown for a finding: message, related links, its pair if shown."""
    links = tuple(link_to(r, f.path, entries) for r in f.related)
    return Note(
        f.location.line, f.rule, f.severity.value, shown(f.message), links, pairs.get(f, "")
    )


def build_view(
    entry: Entry, limits: Limits, entries: Mapping[str, Entry], pairs: Mapping[Finding, str]
) -> View:
    """Read the document and lay out its shown lines, marks and notes."""
    notes = [note_of(f, entries, pairs) for f in entry.findings]
    document = Document.read(entry.path)
    if document.error is not None:
        reason = f"Its text cannot be shown: {shown(document.error)}."
        return View(entry, (), reason, "", tuple(notes))
    texts = _cut(document.lines, limits)
    layout = _Layout(len(texts))
    for finding, note in zip(entry.findings, notes, strict=True):
        layout.add(finding, note)
    lines = tuple(layout.line(n, text) for n, text in enumerate(texts, start=1))
    return View(entry, lines, "", _cut_note(document.lines, texts, limits), tuple(layout.hidden))


def _cut_note(lines: Sequence[str], texts: Sequence[str], limits: Limits) -> str:
    """What the view leaves out, or "" when it shows the whole document."""
    total, count = len(lines), len(texts)
    parts = []
    if count and len(texts[-1]) < len(lines[count - 1]):
        parts.append(f"line {count} is cut after {len(texts[-1])} characters")
    if count < total:
        parts.append(f"lines {count + 1}–{total} are not shown")
    if not parts:
        return ""
    return (
        f"The text is cut here: {' and '.join(parts)} (a document shows at most "
        f"{limits.lines} lines and {limits.chars} characters). Findings further on are "
        "listed below."
    )


def _cut(lines: Sequence[str], limits: Limits) -> list[str]:
    """The lines shown: at most `limits.lines`, and `limits.chars` characters in all."""
    shown_lines: list[str] = []
    budget = limits.chars
    for text in lines[: limits.lines]:
        if len(text) > budget:
            if not shown_lines:
                shown_lines.append(text[:budget])
            break
        shown_lines.append(text)
        budget -= len(text) + 1
    return shown_lines


class _Layout:
    """What each shown line carries: marks, region classes, worst severity, notes."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.marks: dict[int, list[tuple[int, int, Finding]]] = defaultdict(list)
        self.classes: dict[int, set[str]] = defaultdict(set)
        self.worst: dict[int, Severity] = {}
        self.notes: dict[int, list[Note]] = defaultdict(list)
        self.hidden: list[Note] = []

    def add(self, finding: Finding, note: Note) -> None:
        loc = finding.location
        if loc.line > self.count:
            self.hidden.append(note)
            return
        self.notes[loc.line].append(note)
        last = min(loc.end_line, self.count)
        for number in range(loc.line, last + 1):
            held = self.worst.get(number)
            if held is None or finding.severity.rank > held.rank:
                self.worst[number] = finding.severity
        if loc.line == loc.end_line:
            self.marks[loc.line].append((loc.column - 1, loc.end_column, finding))
            return
        style = _region_style(finding)
        for number in range(loc.line, last + 1):
            self.classes[number].add(style)
        self.classes[loc.line].add(f"{style}-top")
        if loc.end_line <= self.count:
            self.classes[loc.end_line].add(f"{style}-end")

    def line(self, number: int, text: str) -> Line:
        classes = sorted(self.classes.get(number, ()))
        worst = self.worst.get(number)
        if worst is not None:
            classes.append(f"g-{worst.value}")
        segments = _segments(text, self.marks.get(number, []))
        return Line(number, " ".join(classes), segments, tuple(self.notes.get(number, ())))


def _region_style(finding: Finding) -> str:
    if finding.rule == TAIL_RULE:
        return "tail"
    return "box" if finding.category == BOXED_CATEGORY else "band"


def _segments(text: str, marks: Sequence[tuple[int, int, Finding]]) -> tuple[Segment, ...]:
    """Split a line where marks start and end; each run lists the findings covering it."""
    if not marks:
        return (Segment(visible(text), "", ""),)
    size = len(text)
    cuts = sorted({0, size} | {min(max(c, 0), size) for s, e, _ in marks for c in (s, e)})
    segments = []
    for start, end in pairwise(cuts):
        covering = [f for s, e, f in marks if s <= start and end <= e]
        piece = visible(text[start:end])
        if not covering:
            segments.append(Segment(piece, "", ""))
            continue
        worst = max(covering, key=lambda f: f.severity.rank).severity.value
        title = "\n".join(shown(f"{f.rule}: {f.message}") for f in covering)
        segments.append(Segment(piece, f"m sev-{worst}", title))
    return tuple(segments)
