"""Run one kind of the dates and provenance families on a document, as the engine does."""

from __future__ import annotations

from typing import Any

from lint.checks import KINDS
from lint.document import Document
from lint.engine import lint_file
from lint.finding import Finding, Severity
from lint.schema import Rule

CATEGORY = {
    "publication_date": "dates",
    "ambiguous_date": "dates",
    "impossible_date": "dates",
    "relative_date": "dates",
}


def rule(kind_name: str, **params: Any) -> Rule:
    """A rule of `kind_name` whose message shows every placeholder as name=value."""
    kind = KINDS[kind_name]
    category = CATEGORY.get(kind_name, "provenance")
    message = " ".join(f"{name}={{{name}}}" for name in sorted(kind.PLACEHOLDERS)) or "hit"
    return Rule(
        id=f"{category}.{kind_name.replace('_', '-')}",
        category=category,
        kind=kind_name,
        message=message,
        severity=Severity.WARNING,
        description="test",
        enabled=True,
        link=None,
        params=kind.Params.model_validate(params),
        source="<test>",
    )


def run(kind_name: str, document: Document | str, **params: Any) -> list[Finding]:
    """The findings of one kind on a document (or on a text, as doc.txt)."""
    if isinstance(document, str):
        document = Document("doc.txt", document.encode("utf-8"))
    return lint_file(document, [rule(kind_name, **params)]).findings


def places(kind_name: str, document: Document | str, **params: Any) -> list[tuple[int, int, str]]:
    """(line, column, rule) of each finding."""
    return [
        (f.location.line, f.location.column, f.rule) for f in run(kind_name, document, **params)
    ]
