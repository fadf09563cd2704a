"""Reporters format findings; they never decide anything. Shared helpers live here."""

from __future__ import annotations

import hashlib
import io
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# NOTE: `dumps` only: a module named `json` here would shadow the json reporter.
from json import dumps
from typing import Any, TextIO

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


def stream_json(out: TextIO, document: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """Write `document` as indented JSON with `items` streamed into its empty list `key`.

    The bytes are those of `dumps(..., indent=2)` on the full document, but the
    items are encoded one at a time, so a report of a million findings never exists
    twice in memory. `key` must name an empty list that occurs once in `document`.
    """
    text = dumps(document, indent=2, ensure_ascii=False)
    head, tail = text.split(f'"{key}": []', 1)
    pad = " " * (len(head) - head.rfind("\n") - 1 + 2)
    out.write(f'{head}"{key}": [')
    count = 0
    for item in items:
        encoded = dumps(item, indent=2, ensure_ascii=False)
        out.write(("\n" if count == 0 else ",\n") + textwrap.indent(encoded, pad))
        count += 1
    out.write(f"\n{pad[:-2]}]" if count else "]")
    out.write(tail + "\n")


def to_string(write: Callable[[TextIO], None]) -> str:
    """Run a streaming writer into a string (for tests and small outputs)."""
    buffer = io.StringIO()
    write(buffer)
    return buffer.getvalue()
