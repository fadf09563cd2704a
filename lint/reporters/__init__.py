"""Reporters format findings; they never decide anything. Shared helpers live here."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lint.finding import Finding, Severity


@dataclass(frozen=True)
class Summary:
    """Counts for the summary line and the JSON `summary` object."""

    files: int
    findings: int
    by_severity: dict[str, int]
    by_rule: dict[str, int]


def summarize(findings: Sequence[Finding], files: int) -> Summary:
    """Count findings by severity (all three always present) and by rule (sorted by id)."""
    severities = Counter(f.severity.value for f in findings)
    rules = Counter(f.rule for f in findings)
    return Summary(
        files=files,
        findings=len(findings),
        by_severity={s.value: severities.get(s.value, 0) for s in Severity},
        by_rule={rule: rules[rule] for rule in sorted(rules)},
    )


def summary_line(summary: Summary) -> str:
    """One sentence: how many findings, of which severities, in how many files."""
    files = f"{summary.files} file{'s' if summary.files != 1 else ''}"
    if not summary.findings:
        return f"No findings in {files}."
    parts = [
        f"{n} {s}{'s' if n != 1 and s != 'info' else ''}"
        for s, n in summary.by_severity.items()
        if n
    ]
    noun = "finding" if summary.findings == 1 else "findings"
    return f"Found {summary.findings} {noun} in {files} ({', '.join(parts)})."


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """A stable id per finding from rule, path and normalised matched text.

    Line numbers are left out on purpose, so the id survives edits above the
    finding; an occurrence counter tells apart equal texts in one file.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    result = []
    for finding in findings:
        key = (finding.rule, finding.path, " ".join(finding.text.split()).lower())
        seen[key] += 1
        data = "\0".join((*key, str(seen[key])))
        result.append(hashlib.sha256(data.encode("utf-8")).hexdigest()[:32])
    return result
