"""The fix model: a byte span of the raw file and what replaces it.

Why bytes: the file keeps its encoding, BOM and line endings everywhere the fix
is not about them, so edits are made on the raw bytes, never on decoded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lint.finding import Finding


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace raw[start:end] with `replacement`; `safe` edits need no review."""

    rule: str
    start: int
    end: int
    replacement: bytes
    safe: bool
    first_line: int
    last_line: int


_BREAK = re.compile(rb"\r\n|\r|\n")


def line_offsets(raw: bytes) -> list[int]:
    """Byte offset of each line's start (index 0 is line 1), plus the file's length.

    Lines break at LF, CRLF and a bare CR, as `Document` counts them, so a finding's
    line numbers name the same bytes here.
    """
    offsets = [0, *(m.end() for m in _BREAK.finditer(raw))]
    if offsets[-1] != len(raw):
        offsets.append(len(raw))
    return offsets


def _delete_lines(finding: Finding, raw: bytes) -> Edit | None:
    """Cut whole lines `line`..`end_line`, their line breaks included."""
    offsets = line_offsets(raw)
    first, last = finding.location.line, finding.location.end_line
    if first < 1 or last >= len(offsets):
        return None
    return Edit(finding.rule, offsets[first - 1], offsets[last], b"", True, first, last)


def _final_newline(finding: Finding, raw: bytes) -> Edit | None:
    """Append the line break the file already uses (CRLF when it has any)."""
    if not raw or raw.endswith((b"\n", b"\r")):
        return None
    ending = b"\r\n" if b"\r\n" in raw else b"\n"
    line = finding.location.line
    return Edit(finding.rule, len(raw), len(raw), ending, True, line, line)


FIXERS: dict[str, Callable[[Finding, bytes], Edit | None]] = {
    "final_newline": _final_newline,
    "foreign_tail": _delete_lines,
}


def edits_for(
    findings: Sequence[Finding], kinds: dict[str, str], raw: bytes, unsafe: bool
) -> list[Edit]:
    """The edits for one file's findings: sorted, and never two on the same bytes.

    Overlaps are resolved by keeping the edit that starts first (then the longer
    one, then the rule id), so the choice never depends on the findings' order.
    """
    edits = []
    for finding in findings:
        fixer = FIXERS.get(kinds.get(finding.rule, ""))
        edit = fixer(finding, raw) if fixer else None
        if edit is not None and (edit.safe or unsafe):
            edits.append(edit)
    edits.sort(key=lambda e: (e.start, -(e.end - e.start), e.rule))
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def apply_edits(raw: bytes, edits: Sequence[Edit]) -> bytes:
    """Apply sorted, non-overlapping edits; every byte outside them is kept."""
    out, here = [], 0
    for edit in edits:
        out += [raw[here : edit.start], edit.replacement]
        here = edit.end
    out.append(raw[here:])
    return b"".join(out)
