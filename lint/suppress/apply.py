"""Apply suppressions to a run's findings, and find those that silenced nothing.

Runs after every check and before per-path ignores, the baseline and reporting. A
suppression is judged unused only when every enabled rule it names ran: with
`--select` of other rules, it may well match something in a full run.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from lint.finding import Finding
from lint.schema import Rule
from lint.selection import selector_matches
from lint.suppress.model import Suppression


@dataclass(frozen=True, slots=True)
class Unused:
    """A suppression of the document at `path` that matched no finding."""

    path: str
    suppression: Suppression
    known: bool  # False: no rule has the id it names


def apply(
    findings: Sequence[Finding], declared: Mapping[str, Sequence[Suppression]]
) -> tuple[list[Finding], set[tuple[str, int]]]:
    """The findings no suppression silences, and (path, index) of every suppression used."""
    kept, used = [], set()
    for finding in findings:
        silenced = False
        for index, entry in enumerate(declared.get(finding.path, ())):
            if entry.matches(finding.rule, finding.location.line, finding.text):
                used.add((finding.path, index))
                silenced = True
        if not silenced:
            kept.append(finding)
    return kept, used


def unused(
    declared: Mapping[str, Sequence[Suppression]],
    used: Collection[tuple[str, int]],
    ran: Sequence[Rule],
    known: Sequence[Rule],
) -> list[Unused]:
    """The suppressions that matched nothing, among those this run can judge."""
    ran_ids = {rule.id for rule in ran}
    result = []
    for path in sorted(declared):
        for index, entry in enumerate(declared[path]):
            if (path, index) in used:
                continue
            named = [r for r in known if selector_matches(entry.selector, r.id)]
            enabled = {r.id for r in named if r.enabled} or {r.id for r in named}
            if not named:
                result.append(Unused(path, entry, known=False))
            elif enabled <= ran_ids:
                result.append(Unused(path, entry, known=True))
    return result
