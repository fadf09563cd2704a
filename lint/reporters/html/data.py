"""The page's JSON data: what the table sorts and filters by, and the findings of the
documents whose text the page does not hold (the script lists them when one is opened).

Strings go into one table and are referred to by number: a large corpus repeats the
same messages and paths thousands of times.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lint.finding import CATEGORIES, Finding
from lint.reporters.html.model import SEVERITIES, Entry
from lint.reporters.html.views import note_of


class _Strings:
    """A table of distinct strings, numbered in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        return self.numbers.setdefault(text, len(self.numbers))

    def table(self) -> list[str]:
        return list(self.numbers)


def page_data(
    entries: Sequence[Entry],
    rules: Sequence[str],
    by_path: Mapping[str, Entry],
    pairs: Mapping[Finding, str],
    reason: str,
) -> dict[str, Any]:
    """The JSON object of the page (see report.js for how it is read).

    `docs[i]` is `[path, findings, worst rank per category, count per category, keys]`,
    where a key is `rule * 3 + severity` (severity 0 error, 1 warning, 2 info): a row
    passes a filter when one of its keys does. `findings[i]` lists the findings of
    document `i` when its text is not in the page, as `[line, rule, severity, message,
    links, pair]` with each link `[href, label, note]`; strings are numbers into
    `strings`.
    """
    rule_index = {rule: n for n, rule in enumerate(rules)}
    severity_index = {s: n for n, s in enumerate(SEVERITIES)}
    strings = _Strings()
    docs = []
    listed: dict[str, list[list[Any]]] = {}
    for e in entries:
        keys = sorted({rule_index[f.rule] * 3 + severity_index[f.severity] for f in e.findings})
        ranks = [c.worst.rank if c.worst else 0 for c in e.cells]
        docs.append([e.name, len(e.findings), ranks, [c.count for c in e.cells], keys])
        if e.findings and not e.with_text:
            listed[str(e.index)] = [
                _finding(f, rule_index, severity_index, strings, by_path, pairs) for f in e.findings
            ]
    return {
        "categories": list(CATEGORIES),
        "rules": list(rules),
        "docs": docs,
        "findings": listed,
        "reason": reason,
        "strings": strings.table(),
    }


def _finding(
    f: Finding,
    rule_index: Mapping[str, int],
    severity_index: Mapping[Any, int],
    strings: _Strings,
    by_path: Mapping[str, Entry],
    pairs: Mapping[Finding, str],
) -> list[Any]:
    note = note_of(f, by_path, pairs)
    links = [[strings(link.href), strings(link.label), strings(link.note)] for link in note.links]
    return [
        note.line,
        rule_index[f.rule],
        severity_index[f.severity],
        strings(note.message),
        links,
        strings(note.pair),
    ]
