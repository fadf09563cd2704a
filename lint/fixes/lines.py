"""Fixes that cut whole lines: a foreign tail, and lines of web chrome or pitches."""

from __future__ import annotations

from pydantic import BaseModel

from lint.finding import Finding
from lint.fixes.model import Edit, Source, delete_lines

# A flagged line longer than this may be a paragraph with a pitch fused into it, whose
# other sentences are the author's: cutting it needs a look, so the fix is unsafe.
_SAFE_WORDS = 40


def foreign_tail(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Cut the tail from its first line to its last (the end of the file)."""
    loc = finding.location
    edit = delete_lines(finding.rule, source, loc.line, loc.end_line, True)
    return [] if edit is None else [edit]


def flagged_lines(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Cut the lines a phrase rule flagged whole, and the blank line they would double.

    Only findings that cover their lines whole are fixed (whole-line mode, or
    `span: line`); a phrase found inside a sentence is left to a person.
    """
    if not _covers_lines(finding, source):
        return []
    loc = finding.location
    lines = range(loc.line, loc.end_line + 1)
    safe = all(len(source.line_bytes(n).split()) <= _SAFE_WORDS for n in lines)
    edit = delete_lines(finding.rule, source, loc.line, loc.end_line, safe, tidy=True)
    return [] if edit is None else [edit]


def _covers_lines(finding: Finding, source: Source) -> bool:
    """True when the finding spans its lines from the first non-blank character to the end."""
    document, span = source.document, source.char_span(finding)
    if document is None or span is None:
        return False
    loc = finding.location
    first = document.line_text(loc.line)
    lead = len(first) - len(first.lstrip())
    return loc.column - 1 <= lead and span[1] >= document.line_span(loc.end_line)[1]
