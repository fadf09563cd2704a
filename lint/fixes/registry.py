"""Which kinds can fix their findings, and choosing one file's edits from its findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pydantic import BaseModel

from lint.finding import Finding
from lint.fixes import artifacts, endings, lines, references
from lint.fixes.model import Edit, Source, tidy_blank_lines
from lint.schema import Rule

Fixer = Callable[[Finding, Source, BaseModel], list[Edit]]

# Kind name → its fixer. A fixer reads one finding and returns the edits that repair
# it (none when it cannot be sure), each marked safe or unsafe.
FIXERS: dict[str, Fixer] = {
    "chrome_lines": lines.shaped_lines,
    "extraction_artifacts": artifacts.extraction_artifacts,
    "final_newline": endings.final_newline,
    "foreign_tail": lines.foreign_tail,
    "line_endings": endings.line_endings,
    "malformed_reference": references.malformed_reference,
    "phrases": lines.flagged_lines,
    "widget_lines": lines.shaped_lines,
}


def edits_for(
    findings: Sequence[Finding], rules: Mapping[str, Rule], source: Source, unsafe: bool
) -> list[Edit]:
    """The edits for one file's findings: sorted, and never two on the same bytes.

    A rule with `fix: false` is never fixed. Overlaps are resolved by keeping the
    edit that starts first (then the longer one, then the rule id), so the choice
    never depends on the findings' order; the rest wait for the next `--fix`.
    """
    edits = []
    for finding in findings:
        rule = rules.get(finding.rule)
        fixer = FIXERS.get(rule.kind) if rule is not None and rule.fix else None
        if fixer is None or rule is None:
            continue
        edits += [e for e in fixer(finding, source, rule.params) if e.safe or unsafe]
    edits.sort(key=lambda e: (e.start, -(e.end - e.start), e.rule, e.replacement))
    kept: list[Edit] = []
    for edit in edits:
        if kept and _overlap(kept[-1], edit):
            continue
        kept.append(edit)
    return tidy_blank_lines(kept, source)


def _overlap(before: Edit, edit: Edit) -> bool:
    """True when `edit` touches bytes `before` changes, or inserts where it cuts.

    Why an insertion next to a cut counts: a final newline appended after a tail is
    cut would add a blank line the cut already left.
    """
    if edit.start < before.end:
        return True
    inserts = edit.start == edit.end or before.start == before.end
    return edit.start == before.end and inserts
