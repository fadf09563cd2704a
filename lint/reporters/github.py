"""GitHub Actions workflow commands: one `::warning file=…::message` line per finding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from lint.finding import Finding, Severity
from lint.reporters import Summary, shown, summary_line, to_string

# GitHub shows at most this many annotations of each level per step.
SHOWN_PER_LEVEL = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message: %, CR and LF would end or corrupt the command (and `shown`)."""
    return shown(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: also `:` and `,`, which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(out: TextIO, findings: Sequence[Finding], summary: Summary) -> None:
    """Write one annotation per finding, after a notice when GitHub will hide some."""
    for notice in _overflow_notice(findings, summary):
        out.write(notice + "\n")
    for f in findings:
        loc = f.location
        props = (
            f"file={escape_property(f.path)},line={loc.line},endLine={loc.end_line},"
            f"col={loc.column},endColumn={loc.end_column},title={escape_property(f.rule)}"
        )
        out.write(f"::{_COMMAND[f.severity]} {props}::{escape_data(f.message)}\n")


def render(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the annotations as a string."""
    return to_string(lambda out: write(out, findings, summary))


def _overflow_notice(findings: Sequence[Finding], summary: Summary) -> list[str]:
    """A notice, printed first so GitHub never hides it, when some annotations will be."""
    per_level = Counter(_COMMAND[f.severity] for f in findings)
    hidden = {
        level: n - SHOWN_PER_LEVEL for level, n in sorted(per_level.items()) if n > SHOWN_PER_LEVEL
    }
    if not hidden:
        return []
    counts = ", ".join(f"{n} {level}" for level, n in hidden.items())
    note = (
        f"{summary_line(summary)} GitHub shows only {SHOWN_PER_LEVEL} annotations of each "
        f"level per step, so {counts} annotations are not shown; run lint with "
        "--format sarif for code scanning or --format text for the full list."
    )
    return [f"::notice title=seedlint::{escape_data(note)}"]
