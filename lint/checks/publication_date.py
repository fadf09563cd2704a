"""Publication date: a document that never says when it was published.

Flags:
    A document with no date of its own: one finding on line 1 that says where a
    date was looked for.

Why:
    Without a publication date every "next year", "last month" or "on Tuesday" in
    the text is meaningless, figures cannot be placed in time, and the document
    cannot be cited. Dates in the body ("in 2013") are about events, not about the
    document, so they do not count.

Parameters:
    The date is looked for, in order, in the document's provenance record (a valid
    `published` value in front matter, a `.meta.yaml` sidecar or the folder's
    `_provenance.yaml`), in a "Published …"/"Updated …" label near the top, on a
    short header or byline line before the first paragraph of prose ("06/25/2025",
    "25 June 2025", "Monday, 9 June 2025", "2025-06-25"), in a dateline opening the
    first paragraph ("WASHINGTON, June 3, 2024 (AP) —") and in a citation of the
    document itself ("…, vol. 8, no. 04, pp. 3513–3521, Apr. 2024"). The kind has
    no parameters.

Passes:
    Storm hits coast
    Published June 3, 2024
    The storm reached the coast on Monday.

Fails:
    Storm hits coast
    The storm reached the coast on Monday, the first since 2013.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.dates.dating import publication_date
from lint.document import Document
from lint.finding import Hit

NAME = "publication_date"
SCOPE = "document"
PLACEHOLDERS: dict[str, str] = {}


class Params(BaseModel):
    """The publication-date kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on line 1 when no publication date is found."""
    if document.text.strip() and publication_date(document) is None:
        yield Hit(0, 0, text="no publication date")
