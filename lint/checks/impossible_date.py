"""Impossible date: a date that does not exist, such as 31 April.

Flags:
    A calendar date with a day its month does not have: "31 April 2025",
    "February 30", "29 February 2023", "06/31/2025"; and a date without a year
    that does not exist in the year the text or the publication date gives it.

Why:
    An impossible date is a typing or conversion error (a day and month swapped,
    a digit lost), and the true date can only be found in the source. Any figure
    or event tied to it is unplaced until it is fixed.

Parameters:
    `numeric_dates` sets how numeric dates are read (see the ambiguous-date kind);
    06/31/2025 is impossible read month first and 31/06/2025 read day first.

Passes:
    The talks ended on 30 April 2025.

Fails:
    The talks ended on 31 April 2025.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.dates.anchors import body_dates
from lint.dates.convention import NUMERIC_DATES_HELP, document_convention
from lint.dates.expressions import MONTH_NAMES
from lint.dates.mentions import Convention, DateMention
from lint.dates.resolution import relative_dates
from lint.document import Document
from lint.finding import Hit

NAME = "impossible_date"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the date as written",
    "reason": "why it cannot exist",
}


class Params(BaseModel):
    """Parameters of the impossible-date kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    numeric_dates: Convention = Field(default="auto", description=NUMERIC_DATES_HELP)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per date that does not exist, in text order."""
    text = document.text
    convention = document_convention(document, params.numeric_dates)
    hits = [
        Hit(m.start, m.end, {"match": text[m.start : m.end], "reason": _reason(m)})
        for m in body_dates(document, convention)
        if not m.valid
    ]
    hits += [
        Hit(r.start, r.end, {"match": text[r.start : r.end], "reason": r.problem})
        for r in relative_dates(document, params.numeric_dates)
        if r.impossible
    ]
    yield from sorted(hits, key=lambda hit: hit.start)


def _reason(mention: DateMention) -> str:
    if mention.month == 2 and mention.day == 29:
        return f"{mention.year} is not a leap year"
    days = calendar.monthrange(mention.year, mention.month)[1]
    return f"{MONTH_NAMES[mention.month - 1]} has {days} days"
