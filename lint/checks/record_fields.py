"""Record fields: a provenance record with required fields missing or invalid values.

Flags:
    A provenance record that lacks a required field or leaves it empty (one
    finding listing them), and each value that is not valid: a source URL that is
    not an http(s) URL, a date that is not ISO (YYYY-MM-DD, or YYYY-MM / YYYY at
    the precision known), a retrieved date before the published date, a sha256
    that is not 64 hexadecimal digits, an author that is not a name or a list of
    names.

Why:
    A record is only worth keeping if it can be used: the URL must lead to the
    source, the dates must be comparable, and a text cannot have been collected
    before it was published. A field left empty says honestly that the value is
    unknown, and is reported so that someone finds it.

Parameters:
    `required` lists the fields that must have a value. The known fields are
    title, author, publisher, source_url, published, retrieved, license and
    sha256; other keys (doi, journal, notes) are allowed and not checked.
    Findings sit on the field's line in front matter, or on line 1 with the
    sidecar's or manifest's line as the related location.

Passes:
    source_url: https://example.org/story
    published: 2025-06-25
    retrieved: 2025-07-01

Fails:
    source_url: example.org/story
    published: 25 June 2025
    retrieved: 2025-06-01
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import Hit
from lint.provenance.records import find_record, place
from lint.provenance.values import missing, problems

NAME = "record_fields"
SCOPE = "document"
PLACEHOLDERS = {
    "field": "the field (or, for missing ones, the fields) concerned",
    "problem": "what is wrong: missing or empty, or why the value is invalid",
    "value": "the invalid value as written (empty for missing fields)",
}
RecordFieldName = Literal[
    "title", "author", "publisher", "source_url", "published", "retrieved", "license", "sha256"
]


class Params(BaseModel):
    """Parameters of the record-fields kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    required: tuple[RecordFieldName, ...] = Field(
        default=("source_url", "publisher", "published", "retrieved", "license", "sha256"),
        description="Fields the record must give a value for.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit for the missing fields, then one per invalid value."""
    record = find_record(document)
    if record is None or record.error is not None:
        return
    absent = missing(record, params.required)
    if absent:
        start, end, related = place(document, record, record.line)
        args = {"field": ", ".join(absent), "problem": "missing or empty", "value": ""}
        yield Hit(start, end, args, related, text="missing " + " ".join(absent))
    for problem in problems(record):
        start, end, related = place(document, record, problem.field.line)
        value = str(problem.field.value)
        reason = f"{problem.reason} (“{value}”)"
        args = {"field": problem.name, "problem": reason, "value": value}
        yield Hit(start, end, args, related, text=f"{problem.name} {problem.reason}")
