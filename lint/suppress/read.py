"""Gather one document's suppressions: its record's `lint:` mapping and its comments."""

from __future__ import annotations

from lint.document import Document
from lint.provenance.records import find_record
from lint.suppress import inline, record
from lint.suppress.model import Problem, Suppression, Suppressions


def suppressions(document: Document) -> Suppressions:
    """Every suppression the document declares; computed once per document."""
    return document.memo("suppressions", lambda: _suppressions(document))


def _suppressions(document: Document) -> Suppressions:
    if document.error is not None:
        return Suppressions()
    found = record.read(find_record(document))
    items = list(inline.read(document))
    return Suppressions(
        found.entries + tuple(i for i in items if isinstance(i, Suppression)),
        found.problems + tuple(i for i in items if isinstance(i, Problem)),
    )
