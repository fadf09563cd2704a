"""Text output: `path:line:col: severity rule message`, one finding a line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from lint.finding import Finding
from lint.reporters import Summary, one_line, summary_line, to_string


def write(
    out: TextIO, findings: Sequence[Finding], summary: Summary, with_summary: bool = True
) -> None:
    """Write editor-clickable finding lines, related places indented below, then a summary.

    Paths and messages go through `one_line`: whatever a file name holds, each
    finding is one line of valid UTF-8.
    """
    for f in findings:
        loc = f.location
        place = f"{one_line(f.path)}:{loc.line}:{loc.column}"
        out.write(f"{place}: {f.severity.value} {f.rule} {one_line(f.message)}\n")
        for other in f.related:
            span = (
                f"{other.line}"
                if other.end_line == other.line
                else f"{other.line}-{other.end_line}"
            )
            note = f" ({one_line(other.message)})" if other.message else ""
            out.write(f"    related: {one_line(other.path)}:{span}{note}\n")
    if with_summary:
        out.write(summary_line(summary) + "\n")


def render(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the text report as a string."""
    return to_string(lambda out: write(out, findings, summary))
