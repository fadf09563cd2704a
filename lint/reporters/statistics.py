"""`--statistics`: how many findings each rule has, as `ruff --statistics` prints them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import TextIO

from lint.finding import Finding


def write(out: TextIO, findings: Sequence[Finding], fixable: Collection[str]) -> None:
    """One line per rule: count, rule id, severity, `[*]` when `--fix` can fix it.

    Sorted by count (most first), then rule id, so the output is deterministic.
    """
    counts = Counter(f.rule for f in findings)
    severity = {f.rule: f.severity.value for f in findings}
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = len(str(rows[0][1])) if rows else 1
    rule_width = max((len(rule) for rule, _ in rows), default=0)
    for rule, count in rows:
        mark = " [*]" if rule in fixable else ""
        line = f"{count:>{width}}  {rule:<{rule_width}}  {severity[rule]:<7}{mark}"
        out.write(line.rstrip() + "\n")
