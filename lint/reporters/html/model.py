"""The corpus as the HTML report sees it: one entry per linted document, its health by
category, the overview's counts and shares, and which documents get their text shown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lint.finding import CATEGORIES, Finding, Severity
from lint.reporters.html.display import shown

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
# What the overview counts documents by: (label, selector, what it means). A selector is
# a rule id or a category, as for `--select`.
SHARES = (
    ("undated", "dates.missing-publication-date", "no publication date found"),
    ("contaminated", "boilerplate.foreign-tail", "a foreign tail: text of other pages"),
    ("duplicated passage", "duplication", "a passage repeated in another document"),
    ("conflicting figure", "figures.conflicting-figures", "a figure that another contradicts"),
)


@dataclass(frozen=True)
class Limits:
    """How much of a large corpus the page holds; the README states the defaults."""

    documents: int = 500  # documents shown with their text, most serious first
    lines: int = 1000  # lines of one document's text shown
    chars: int = 20_000  # characters of one document's text shown
    pairs: int = 100  # side-by-side pairs per category
    pair_lines: int = 24  # rows of a duplicated passage shown side by side
    top: int = 10  # documents listed as having the most findings


@dataclass(frozen=True)
class Cell:
    """One category of one document: how many findings and the worst severity."""

    count: int
    worst: Severity | None


@dataclass(frozen=True)
class Entry:
    """One linted document: its findings and health; `index` names its anchors (`d{index}`)."""

    index: int
    path: str
    name: str
    findings: tuple[Finding, ...]
    cells: tuple[Cell, ...]
    worst: Severity | None
    with_text: bool

    @property
    def anchor(self) -> str:
        """The id of the document's section."""
        return f"d{self.index}"

    def href(self, line: int) -> str:
        """A link to one of its lines, to its section when its text is not in the page, or
        "" when it has no section (no findings)."""
        if not self.findings:
            return ""
        return f"#{self.anchor}-L{line}" if self.with_text else f"#{self.anchor}"


@dataclass(frozen=True)
class Share:
    """How many documents have a property (clean, undated, ...) out of all."""

    label: str
    selector: str
    meaning: str
    count: int
    percent: float


def build_entries(findings: Sequence[Finding], paths: Sequence[str], limits: Limits) -> list[Entry]:
    """One entry per document, in path order; findings of unlisted paths get entries too."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    ordered = sorted(set(paths) | set(by_path))
    chosen = _with_text(by_path, limits.documents)
    entries = []
    for index, path in enumerate(ordered):
        own = tuple(by_path.get(path, ()))
        by_category: dict[str, list[Finding]] = defaultdict(list)
        for finding in own:
            by_category[finding.category].append(finding)
        cells = tuple(_cell(by_category.get(c, [])) for c in CATEGORIES)
        worst = _worst(own)
        entries.append(Entry(index, path, shown(path), own, cells, worst, path in chosen))
    return entries


def _with_text(by_path: dict[str, list[Finding]], budget: int) -> set[str]:
    """The documents whose text is shown: the most serious and most flagged first."""
    ranked = sorted(by_path, key=lambda p: (-_rank(_worst(by_path[p])), -len(by_path[p]), p))
    return set(ranked[:budget])


def _cell(findings: Sequence[Finding]) -> Cell:
    return Cell(len(findings), _worst(findings))


_BY_RANK = {s.rank: s for s in Severity}


def _worst(findings: Sequence[Finding]) -> Severity | None:
    rank = max((f.severity.rank for f in findings), default=0)
    return _BY_RANK.get(rank)


def _rank(severity: Severity | None) -> int:
    return severity.rank if severity else 0


def matches(finding: Finding, selector: str) -> bool:
    """Whether a rule id or category selector picks `finding`."""
    return finding.rule == selector or finding.category == selector


def shares(entries: Sequence[Entry]) -> list[Share]:
    """Clean documents, then one share per entry of SHARES."""
    total = len(entries)
    clean = sum(1 for e in entries if not e.findings)
    result = [Share("clean", "", "no finding at all", clean, _percent(clean, total))]
    for label, selector, meaning in SHARES:
        count = sum(1 for e in entries if any(matches(f, selector) for f in e.findings))
        result.append(Share(label, selector, meaning, count, _percent(count, total)))
    return result


def _percent(count: int, total: int) -> float:
    return round(100 * count / total, 1) if total else 0.0


def top_entries(entries: Sequence[Entry], limit: int) -> list[Entry]:
    """The documents with the most findings (ties by path)."""
    flagged = [e for e in entries if e.findings]
    return sorted(flagged, key=lambda e: (-len(e.findings), e.path))[:limit]


def severity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings by severity, worst first, every severity present."""
    counts = Counter(f.severity for f in findings)
    return {s.value: counts.get(s, 0) for s in SEVERITIES}


def category_counts(findings: Sequence[Finding]) -> dict[str, dict[str, int]]:
    """Findings by category (in CATEGORIES order) and severity."""
    counts = Counter((f.category, f.severity) for f in findings)
    return {c: {s.value: counts.get((c, s), 0) for s in SEVERITIES} for c in CATEGORIES}


def rule_counts(findings: Sequence[Finding]) -> dict[str, dict[str, int]]:
    """Findings by rule (most first, ties by id) and severity."""
    counts = Counter((f.rule, f.severity) for f in findings)
    totals = Counter(f.rule for f in findings)
    ordered = sorted(totals, key=lambda r: (-totals[r], r))
    return {r: {s.value: counts.get((r, s), 0) for s in SEVERITIES} for r in ordered}
