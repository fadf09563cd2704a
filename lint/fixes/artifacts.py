"""Risky fixes of extraction artifacts: glued words split, a repeated title removed.

Both are unsafe: a glued word may be a name the vocabulary does not know, and
which copy of a title is the document's own is a guess.
"""

from __future__ import annotations

from pydantic import BaseModel

from lint.boilerplate.artifacts import glue_point, glued_found, glued_words
from lint.finding import Finding
from lint.fixes.model import Edit, Source, delete_lines


def extraction_artifacts(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Dispatch on the rule's artifact; cut-off snippets and brackets are not fixable."""
    artifact = getattr(params, "artifact", None)
    if artifact == "glued_words":
        return _split_glued(finding, source, params)
    if artifact == "repeated_title":
        loc = finding.location
        edit = delete_lines(finding.rule, source, loc.line, loc.end_line - 1, False)
        return [] if edit is None else [edit]
    return []


def _split_glued(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Put a space at each seam of the line's glued words, found as the check found them.

    Nothing is split when the split line would still be reported: then the "glued
    words" are identifiers or names written in camel case, and splitting makes it worse.
    """
    document = source.document
    if document is None:
        return []
    number = finding.location.line
    line = document.line_text(number)
    lead = len(line) - len(line.lstrip())
    allow = frozenset(getattr(params, "allow", ()))
    found = glued_found(line.strip(), allow, document.text)
    if not found or found[0][0] + lead + 1 != finding.location.column:
        return []  # the line changed since it was checked; never guess
    base = document.line_starts[number - 1] + lead
    points = [start + p for start, _, token, _ in found if (p := glue_point(token)) is not None]
    split = line.strip()
    for point in reversed(points):
        split = split[:point] + " " + split[point:]
    whole = document.text[:base] + split + document.text[base + len(line.strip()) :]
    min_glued = int(getattr(params, "min_glued", 1))
    if glued_words(split, allow, whole, min_glued) is not None:
        return []  # split, the line still reads as glued: these are names, not seams
    edits = []
    for point in points:
        at = source.byte_offset(base + point)
        edits.append(Edit(finding.rule, at, at, b" ", False, number, number))
    return edits
