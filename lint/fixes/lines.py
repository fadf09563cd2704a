"""Fixes that cut whole lines: a foreign tail, lines of web chrome or pitches, and lines
found by their shape (menus, widgets)."""

from __future__ import annotations

from pydantic import BaseModel

from lint.finding import Finding
from lint.fixes.model import Edit, Source, delete_lines

# A flagged line longer than this may be a paragraph with a pitch fused into it, whose
# other sentences are the author's: cutting it needs a look, so the fix is unsafe.
_SAFE_WORDS = 40


def foreign_tail(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Cut the tail from its first line to its last (the end of the file).

    Safe only when the text kept has at least as many words as the tail: a "tail"
    holding most of the document usually starts at a marker in the page's header
    ("Comments (0)" above the article), and cutting it would lose the article. On
    the development set, cuts that keep less than half the words lost article text
    in most cases, and those that keep more almost never did.
    """
    loc = finding.location
    kept = _words(source, 1, loc.line - 1)
    safe = kept >= _words(source, loc.line, loc.end_line)
    edit = delete_lines(finding.rule, source, loc.line, loc.end_line, safe)
    return [] if edit is None else [edit]


def _words(source: Source, first: int, last: int) -> int:
    return sum(len(source.line_bytes(n).split()) for n in range(first, last + 1))


def flagged_lines(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Cut the lines a phrase rule flagged whole, and the blank line they would double.

    Only findings that cover their lines whole are fixed (whole-line mode, or
    `span: line`); a phrase found inside a sentence is left to a person.
    """
    if not _covers_lines(finding, source):
        return []
    loc = finding.location
    lines = range(loc.line, loc.end_line + 1)
    safe = all(_words(source, n, n) <= _SAFE_WORDS for n in lines)
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


def shaped_lines(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Cut a run of lines found by its shape (a menu, share buttons, a widget label).

    Always unsafe: a shape is evidence, not a phrase anyone wrote down as chrome, and
    a short list of the author's (a table's first column, a list of names) can have
    the same shape. `--unsafe-fixes` applies it, `--diff` shows it first.
    """
    if not _covers_lines(finding, source):
        return []
    loc = finding.location
    edit = delete_lines(finding.rule, source, loc.line, loc.end_line, False, tidy=True)
    return [] if edit is None else [edit]
