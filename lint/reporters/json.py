"""JSON output, as fixed in DESIGN.md (`version` 1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any, TextIO

from lint.finding import Finding
from lint.reporters import Summary, shown, stream_json, to_string

VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    """The JSON object of one finding, keys in the documented order.

    Paths and messages go through `shown`, so the report is valid UTF-8 whatever
    bytes a file name holds.
    """
    loc = f.location
    return {
        "path": shown(f.path),
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity.value,
        "message": shown(f.message),
        "related": [
            {
                "path": shown(r.path),
                "line": r.line,
                "end_line": r.end_line,
                "message": shown(r.message),
            }
            for r in f.related
        ],
    }


def write(out: TextIO, findings: Sequence[Finding], summary: Summary) -> None:
    """Write the findings and summary as one indented JSON document, a finding at a time."""
    counts = {k: v for k, v in asdict(summary).items() if v is not None}  # stale: baseline only
    data = {"version": VERSION, "findings": [], "summary": counts}
    stream_json(out, data, "findings", (finding_dict(f) for f in findings))


def render(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the JSON report as a string."""
    return to_string(lambda out: write(out, findings, summary))
