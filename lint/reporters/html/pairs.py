"""Side by side: the two statements of a figure conflict, the two copies of a passage.

A figure finding and its counterpart are paired through `related` (each side is its
own finding with its own columns, so each side's value is marked where that finding
says, never searched for). A duplicated passage is paired with the range its
`related` names, and the two copies are aligned line by line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from lint.document import Document
from lint.finding import Finding, Related
from lint.reporters.html.align import Row, align, numbered
from lint.reporters.html.display import shown, visible
from lint.reporters.html.model import Entry, Limits

STATEMENT_CATEGORY = "figures"
PASSAGE_CATEGORY = "duplication"
WINDOW = 160  # characters of context shown on each side of a value


@dataclass(frozen=True)
class Side:
    """One side of a pair: where it is, and its excerpt when it is a statement."""

    name: str
    href: str
    line: int
    end_line: int
    before: str = ""
    value: str = ""
    after: str = ""


@dataclass(frozen=True)
class Pair:
    """Two places that a finding relates, shown next to each other."""

    anchor: str
    rule: str
    severity: str
    message: str
    left: Side
    right: Side
    rows: tuple[Row, ...]
    note: str


@dataclass(frozen=True)
class Group:
    """The pairs of one category: those shown and how many there are in all."""

    category: str
    title: str
    pairs: tuple[Pair, ...]
    total: int


class _Texts:
    """Documents' lines, read once each while pairs are built."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def lines(self, path: str) -> list[str]:
        if path not in self._lines:
            document = Document.read(path)
            self._lines[path] = document.lines if document.error is None else []
        return self._lines[path]


def build_pairs(
    findings: Sequence[Finding], entries: Mapping[str, Entry], limits: Limits
) -> tuple[list[Group], dict[Finding, str]]:
    """The groups of pairs, and each paired finding's pair anchor (for its note)."""
    index: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        index[finding.path, finding.rule].append(finding)
    texts = _Texts()
    anchors: dict[Finding, str] = {}
    statements = list(_statement_pairs(findings, index))
    passages = list(_passage_pairs(findings))
    groups = []
    shown_statements = []
    for n, (f, g) in enumerate(statements[: limits.pairs]):
        pair = _statement(f"p{n}", f, g, entries, texts)
        anchors[f] = anchors[g] = pair.anchor
        shown_statements.append(pair)
    groups.append(Group(STATEMENT_CATEGORY, "Figures", tuple(shown_statements), len(statements)))
    shown_passages = []
    for n, (f, related) in enumerate(passages[: limits.pairs]):
        pair = _passage(f"q{n}", f, related, entries, texts, limits)
        anchors[f] = pair.anchor
        for g in index[related.path, f.rule]:
            if any(r.path == f.path for r in g.related):
                anchors.setdefault(g, pair.anchor)
        shown_passages.append(pair)
    groups.append(Group(PASSAGE_CATEGORY, "Passages", tuple(shown_passages), len(passages)))
    return groups, anchors


def _statement_pairs(
    findings: Sequence[Finding], index: Mapping[tuple[str, str], list[Finding]]
) -> Iterator[tuple[Finding, Finding]]:
    """Each figure finding with the counterpart its related names, every pair once."""
    seen: set[tuple[Finding, Finding]] = set()
    for f in findings:
        if f.category != STATEMENT_CATEGORY:
            continue
        for related in f.related:
            for g in index.get((related.path, f.rule), ()):
                mutual = _covers(g, related) and _points_at(g, f)
                if mutual and _place(f) < _place(g) and (f, g) not in seen:
                    seen.add((f, g))
                    yield f, g


def _covers(g: Finding, related: Related) -> bool:
    return g.location.line <= related.line <= g.location.end_line


def _points_at(g: Finding, f: Finding) -> bool:
    return any(r.path == f.path and _covers(f, r) for r in g.related)


def _place(f: Finding) -> tuple[str, int, int]:
    return f.path, f.location.line, f.location.column


def _passage_pairs(findings: Sequence[Finding]) -> Iterator[tuple[Finding, Related]]:
    """Each duplicated passage with its copy's range, one pair per two documents."""
    seen: set[tuple[str, str, str]] = set()
    for f in findings:
        if f.category != PASSAGE_CATEGORY:
            continue
        for related in _merged(f):
            first, second = sorted((f.path, related.path))
            key = (f.rule, first, second)
            if key not in seen:
                seen.add(key)
                yield f, related


def _merged(f: Finding) -> list[Related]:
    """The related ranges of a finding, one per document (first line to last line)."""
    ranges: dict[str, list[Related]] = defaultdict(list)
    for related in f.related:
        ranges[related.path].append(related)
    return [
        Related(path, min(r.line for r in rs), max(r.end_line for r in rs), rs[0].message)
        for path, rs in ranges.items()
    ]


def _side(path: str, line: int, end_line: int, entries: Mapping[str, Entry]) -> Side:
    entry = entries.get(path)
    return Side(shown(path), entry.href(line) if entry else "", line, end_line)


def _statement(
    anchor: str, f: Finding, g: Finding, entries: Mapping[str, Entry], texts: _Texts
) -> Pair:
    sides = []
    for finding in (f, g):
        loc = finding.location
        side = _side(finding.path, loc.line, loc.end_line, entries)
        lines = texts.lines(finding.path)
        text = lines[loc.line - 1] if loc.line <= len(lines) else ""
        end = loc.end_column if loc.end_line == loc.line else len(text)
        sides.append(_excerpt(side, text, loc.column - 1, end))
    return Pair(anchor, f.rule, f.severity.value, shown(f.message), sides[0], sides[1], (), "")


def _excerpt(side: Side, text: str, start: int, end: int) -> Side:
    """The side with its line's value marked and about WINDOW characters either side."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left = max(0, start - WINDOW)
    right = min(len(text), end + WINDOW)
    if left > 0:  # start and end the excerpt at a space, not inside a word
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    before = ("…" if left > 0 else "") + visible(text[left:start])
    after = visible(text[end:right]) + ("…" if right < len(text) else "")
    return Side(
        side.name, side.href, side.line, side.end_line, before, visible(text[start:end]), after
    )


def _passage(
    anchor: str,
    f: Finding,
    related: Related,
    entries: Mapping[str, Entry],
    texts: _Texts,
    limits: Limits,
) -> Pair:
    loc = f.location
    left = numbered(texts.lines(f.path), loc.line, loc.end_line)
    right = numbered(texts.lines(related.path), related.line, related.end_line)
    rows, cropped = align(left, right, limits.pair_lines)
    note = f"showing {len(rows)} aligned rows of the passage" if cropped else ""
    return Pair(
        anchor,
        f.rule,
        f.severity.value,
        shown(f.message),
        _side(f.path, loc.line, loc.end_line, entries),
        _side(related.path, related.line, related.end_line, entries),
        rows,
        note,
    )
