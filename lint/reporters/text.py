"""Text output: `path:line:col: severity rule message`, one finding a line."""

from __future__ import annotations

from collections.abc import Sequence

from lint.finding import Finding
from lint.reporters import Summary, summary_line


def render(findings: Sequence[Finding], summary: Summary) -> str:
    """Render findings as editor-clickable lines, related places indented below, then a summary."""
    lines = []
    for f in findings:
        loc = f.location
        lines.append(f"{f.path}:{loc.line}:{loc.column}: {f.severity.value} {f.rule} {f.message}")
        for other in f.related:
            span = (
                f"{other.line}"
                if other.end_line == other.line
                else f"{other.line}-{other.end_line}"
            )
            note = f" ({other.message})" if other.message else ""
            lines.append(f"    related: {other.path}:{span}{note}")
    lines.append(summary_line(summary))
    return "\n".join(lines) + "\n"
