"""Relative date: "next year", "said Tuesday", "June 8" and what they mean.

Flags:
    Relative and incomplete dates ("this year", "later this month", "yesterday",
    "last night", "two weeks ago", "on Tuesday", "said Thursday", "Monday's vote",
    "on May 24" or "in December" with no year) that cannot be resolved; or, with
    `report: resolved`, every one that can, with the date it means and the evidence
    it was worked out from.

Why:
    A relative date counts from the day the text was written. Without a
    publication date "next year" could be any year, and a reader or a dataset
    built from the corpus silently takes the wrong one. With one, the dates can
    be checked and turned into calendar dates.

Parameters:
    Deictic expressions ("last month", "yesterday", "this spring", "a year ago",
    "on Tuesday", a weekday in news style: "agreed with the union Friday", "over
    the weekend", a day spelled after its month as wire copy writes it: "Pay April
    Three") count from the publication date (see the publication-date kind; the finding names
    its evidence and confidence). A date with
    no year takes it from the text when its paragraph names one before it ("in May
    2025 … on June 8"), or right after it in a list ("May 29 to June 1, 2025"); in
    a narrative with no publication date and no deictic expression outside
    quotations (an encyclopedia article), from the last year the text named. The
    finding says which. Anaphoric expressions ("the next year", "that May", "four
    months later", "the following Monday"), habits ("on Sundays", "every Monday",
    "they spawn in March"), vague words ("recently", "now", "soon", "a year
    earlier", "the first quarter", holidays, "in the summer"), "today" meaning
    "nowadays" ("is still used today"; in a text that dates by its own time, as
    news does, a "today" in a clause of past news is that day: "outlined his plan
    today", "declined to comment on today's meeting") and names ("Black Friday", "Sunday Times",
    "the September 11 attacks") are not dates to resolve. `report:
    unresolved` (the default) lists what cannot be resolved; `report: resolved`
    lists what can, with its meaning, for checking. Dates that cannot exist are
    the impossible-date kind's.

Passes:
    06/25/2025
    The leaders met earlier this week.

Fails:
    The leaders met earlier this week.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.dates.convention import NUMERIC_DATES_HELP
from lint.dates.mentions import Convention
from lint.dates.resolution import relative_dates
from lint.document import Document
from lint.finding import Hit

NAME = "relative_date"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the relative or incomplete date as written",
    "reason": "why it cannot be resolved (unresolved findings)",
    "meaning": "the date it means: YYYY-MM-DD, YYYY-MM, YYYY or a week or season",
    "basis": "what it was resolved from: the publication date or a date in the text",
}


class Params(BaseModel):
    """Parameters of the relative-date kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    report: Literal["unresolved", "resolved"] = Field(
        default="unresolved",
        description="Report the dates that cannot be resolved, or those that can, with "
        "their meaning.",
    )
    numeric_dates: Convention = Field(default="auto", description=NUMERIC_DATES_HELP)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per relative date that is (or, with report: resolved, is not) lost."""
    text = document.text
    for found in relative_dates(document, params.numeric_dates):
        if found.impossible or (found.meaning is None) != (params.report == "unresolved"):
            continue
        args = {
            "match": text[found.start : found.end],
            "reason": found.problem,
            "meaning": found.meaning or "",
            "basis": found.basis,
        }
        yield Hit(found.start, found.end, args)
