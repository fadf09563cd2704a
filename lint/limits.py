"""Bounds on the work and the output of one document, so hostile input cannot run away.

Two bounds, both far above what real documents need (the longest line of the shared
corpora is under 6,000 characters, the largest document under 400,000):

- content checks read at most `MAX_LINE_CHARS` of each line and `MAX_TEXT_CHARS` of a
  document (both in lint/document.py, applied by `Document.bounded`); the kinds in
  `FULL_TEXT_KINDS`, which run at C speed or only look at bytes and line ends, still
  read everything. So a single 100 MB line is linted in about 20 seconds, not many
  minutes, and `hygiene.oversized-text` says what was cut;
- a rule reports at most `max_findings` (rule header, default 100) findings per
  document; one more finding says how many were left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lint.finding import Finding, Location
from lint.schema import Rule

# Kinds that see the whole text: byte-level hygiene, the phrase automaton and the
# regular expressions (which carry their own time budget).
FULL_TEXT_KINDS = frozenset(
    {
        "duplicate_file",
        "empty_file",
        "final_newline",
        "line_endings",
        "pattern",
        "phrases",
        "record_checksum",
        "unreadable_file",
        "text_limits",
    }
)


def cap_findings(findings: Iterable[Finding], rule: Rule) -> list[Finding]:
    """The first `rule.max_findings` findings of each path, then one that counts the rest.

    Reads `findings` lazily, so the ones left out are never kept.
    """
    kept: list[Finding] = []
    shown: Counter[str] = Counter()
    omitted: Counter[str] = Counter()
    first_omitted: dict[str, Location] = {}
    for finding in findings:
        if shown[finding.path] < rule.max_findings:
            shown[finding.path] += 1
            kept.append(finding)
        else:
            omitted[finding.path] += 1
            first_omitted.setdefault(finding.path, finding.location)
    for path in sorted(omitted):
        kept.append(_more(rule, path, first_omitted[path], omitted[path]))
    return kept


def _more(rule: Rule, path: str, location: Location, count: int) -> Finding:
    noun = "finding" if count == 1 else "findings"
    message = (
        f"{count} more {noun} of this rule in this file, from here on, not shown "
        f"(at most {rule.max_findings} per file: `max_findings` in the rule file)"
    )
    return Finding(
        path, location, rule.id, rule.category, rule.severity, message, text="more findings"
    )
