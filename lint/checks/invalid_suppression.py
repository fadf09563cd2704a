"""Invalid suppression: a `lint:` record entry or seedlint comment that cannot be used.

Flags:
    A provenance record's `lint:` mapping, or a Markdown `<!-- seedlint-… -->` comment,
    that is malformed: an unknown key or directive, a value of the wrong type, a rule
    id that is not one, a line range that is not a range, an enable with no disable.

Why:
    A suppression that is silently ignored lets through the findings it was written
    to silence, or hides that it was never needed. The message gives the record's
    `file:line:col`, so the entry can be fixed where it is written; the valid entries
    of the same record still apply.

Parameters:
    No parameters. The format is in README "Suppressions".

Passes:
    `lint: {ignore: [boilerplate.web-chrome], reason: "kept as published"}`

Fails:
    `lint: {ignroe: [dates]}` (unknown key), `ignore-lines: {dates: ["9 to 12"]}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import Document
from lint.finding import Hit, Related
from lint.suppress.read import suppressions

NAME = "invalid_suppression"
SCOPE = "document"
PLACEHOLDERS = {
    "where": "file:line:col of the entry",
    "detail": "what is wrong with it",
}


class Params(BaseModel):
    """The invalid-suppression kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per problem: on its line in the document, or on line 1 for a record file."""
    for problem in suppressions(document).problems:
        args = {"where": problem.where(), "detail": problem.message}
        place = problem.place
        if place.path == document.path:
            start, end = document.line_span(place.line)
            yield Hit(start, end, args, text=problem.message)
        else:
            related = (Related(place.path, place.line, place.line, f"{place.origin} record"),)
            yield Hit(0, 0, args, related, text=problem.message)
