"""Fixes of line breaks: a missing final newline, and mixed or unexpected line endings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from pydantic import BaseModel

from lint.finding import Finding
from lint.fixes.model import Edit, Source

_BREAK = re.compile(rb"\r\n|\r|\n")


def final_newline(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Append the line break the file already uses (CRLF when it has any)."""
    raw = source.raw
    if not raw or raw.endswith((b"\n", b"\r")):
        return []
    ending = b"\r\n" if b"\r\n" in raw else b"\n"
    line = finding.location.line
    return [Edit(finding.rule, len(raw), len(raw), ending, True, line, line)]


def line_endings(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Rewrite every line break that is not the style the rule expects, and nothing else.

    The style is the one the check asked for: `lf`, `crlf`, or for `consistent` the
    file's most common of LF and CRLF (a bare CR is never kept). One edit spans the
    first to the last break changed, so the record lists one fix, not one per line.
    """
    wanted = _wanted(source.raw, str(getattr(params, "expect", "consistent")))
    breaks = [m for m in _BREAK.finditer(source.raw) if m.group() != wanted]
    if not breaks:
        return []
    start, end = breaks[0].start(), breaks[-1].end()
    middle = _BREAK.sub(lambda _: wanted, source.raw[start:end])
    first = bisect_right(source.offsets, start)
    last = bisect_right(source.offsets, end - 1)
    return [Edit(finding.rule, start, end, middle, True, first, last)]


def _wanted(raw: bytes, expect: str) -> bytes:
    """The line break to use, chosen as the line-endings kind chooses it."""
    if expect == "lf":
        return b"\n"
    if expect == "crlf":
        return b"\r\n"
    counts = Counter(m.group() for m in _BREAK.finditer(raw))
    return b"\r\n" if counts[b"\r\n"] > counts[b"\n"] else b"\n"
