"""Ambiguous date: a numeric date whose day and month could be swapped.

Flags:
    A numeric date such as 03/04/2025 that reads as 4 March or as 3 April, when
    neither the configuration nor the document itself decides which.

Why:
    The United States writes the month first, most of the world the day first.
    Read the wrong way, a publication date moves by months and every relative date
    resolved from it moves with it.

Parameters:
    With `numeric_dates: auto` the document decides when it can: another numeric
    date in it whose first part is over 12 (25/06/2025) shows it writes the day
    first, one whose second part is over 12 (06/25/2025) the month first. Set
    `mdy` or `dmy` when a whole corpus follows one convention.

Passes:
    Published 06/25/2025 (only one reading); or 03/04/2025 with numeric_dates: dmy.

Fails:
    Published 03/04/2025
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.dates.anchors import body_dates
from lint.dates.convention import NUMERIC_DATES_HELP, document_convention
from lint.dates.expressions import MONTH_NAMES
from lint.dates.mentions import Convention
from lint.document import Document
from lint.finding import Hit

NAME = "ambiguous_date"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the date as written",
    "readings": "the two dates it can be, month first and day first",
}


class Params(BaseModel):
    """Parameters of the ambiguous-date kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    numeric_dates: Convention = Field(default="auto", description=NUMERIC_DATES_HELP)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per numeric date the convention cannot decide."""
    convention = document_convention(document, params.numeric_dates)
    if convention != "auto":
        return
    for mention in body_dates(document, convention):
        if mention.ambiguous and mention.day is not None:
            first = f"{mention.day} {MONTH_NAMES[mention.month - 1]} {mention.year}"
            second = f"{mention.month} {MONTH_NAMES[mention.day - 1]} {mention.year}"
            args = {"match": document.text[mention.start : mention.end]}
            args["readings"] = f"{first} (month first) or {second} (day first)"
            yield Hit(mention.start, mention.end, args)
