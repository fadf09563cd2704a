"""Provenance fields: a document that does not say what it is, who wrote it, or where from.

Flags:
    A document whose text and provenance record give no title, no author or
    byline, or no publisher or source: one finding on line 1 naming what is
    missing.

Why:
    A text that cannot be attributed cannot be cited or weighed: who wrote it and
    who published it is what a reader needs to judge it. A title is what a
    citation and a search result show.

Parameters:
    The title is the first short line of the header that is not web chrome or a
    byline. The author is a labelled byline ("By Jane Roe", "Author: Jane Roe",
    "Reporter | Jane Roe"), a name on a line of its own in the header, or the
    authors' biographies closing an op-ed ("Jane Roe is a fellow at …"). The
    publisher is a "Source:"/"Published by"/"©" line, a site name ("The Diplomat",
    "The Harbour Times") or web address in the header, a news agency in a dateline
    ("(Reuters) —"), the outlet a photo was "provided to", or the journal in a
    citation of the document itself. The `title`, `author` and `publisher` of its
    provenance record count too. `fields` chooses which are required.

Passes:
    Storm hits coast
    By Jane Roe, The Harbour Times

Fails:
    The storm reached the coast on Monday.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import Hit
from lint.provenance.bylines import text_fields
from lint.provenance.records import find_record
from lint.provenance.values import is_empty

NAME = "provenance_fields"
SCOPE = "document"
PLACEHOLDERS = {
    "missing": "the missing fields, in words ('author or byline, publisher or source')",
    "count": "how many fields are missing",
}
FieldName = Literal["title", "author", "publisher"]
_WORDS = {"title": "title", "author": "author or byline", "publisher": "publisher or source"}


class Params(BaseModel):
    """Parameters of the provenance-fields kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fields: tuple[FieldName, ...] = Field(
        default=("title", "author", "publisher"),
        min_length=1,
        description="The fields the text or the provenance record must give.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on line 1 naming the required fields found nowhere."""
    if not document.text.strip():
        return
    found = text_fields(document)
    record = find_record(document)
    missing = [
        name
        for name in params.fields
        if getattr(found, name) is None and (record is None or is_empty(record.value(name)))
    ]
    if missing:
        shown = ", ".join(_WORDS[name] for name in missing)
        args = {"missing": shown, "count": str(len(missing))}
        yield Hit(0, 0, args, text="missing " + " ".join(missing))
