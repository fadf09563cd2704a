"""Reference fact: a figure that contradicts a known value listed in the rule file.

Flags:
    A figure whose subject, period and unit match one of the rule's facts but
    whose value cannot be reconciled with it; the message names the fact's source.

Why:
    Some figures have an authoritative value (an official statistic, a census,
    a budget law). A document that gives another value is wrong or quotes an
    outdated source, and the curator should know which source to check it against.

Parameters:
    Each fact gives the `places` it is about (any variant the figures family knows:
    "Kazakh", "Kazakhstan"), the `measure` (trade, exports, population, ... or the
    plural noun a count counts), the `period` key ("2024", "2023-Q1", "2024-H1",
    "2025-04", "FY2024"), the `value` as it would be written ("$43.8 billion",
    "about 20 million", "over 200") and its `source`. Figures are extracted as
    for figure_conflict and compared with the same intervals, `tolerance` and
    `approximate`. Forecasts and pledges are never compared with facts.

Passes:
    (fact: China-Kazakhstan trade, 2024, $43.8 billion) China-Kazakh trade reached
    $43.8 billion in 2024.

Fails:
    (fact: China-Kazakhstan trade, 2024, $43.8 billion) In 2024, trade between
    China and Kazakhstan reached $30 billion.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.figures import compare, record
from lint.figures.extract import figures
from lint.figures.facts import Fact
from lint.finding import Hit

NAME = "reference_fact"
SCOPE = "document"
PLACEHOLDERS = {
    "subject": "what the figure measures ('China–Kazakhstan trade')",
    "period": "the period it refers to ('in 2024')",
    "value": "the figure as stated in the document, with its bound",
    "fact": "the reference value",
    "source": "where the reference value comes from",
}


class Params(BaseModel):
    """Parameters of the reference-fact kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: tuple[Fact, ...] = Field(min_length=1, description="The known figures.")
    tolerance: float = Field(
        default=0.05, ge=0, le=0.5, description="Relative slack added to every interval."
    )
    approximate: float = Field(
        default=0.1,
        ge=0,
        le=0.5,
        description="How far a value given as 'about' or 'around' may be from the truth.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield a hit for every figure that contradicts a fact of the same key."""
    index = {fact.figure.key(): fact for fact in params.facts}
    for figure in figures(document):
        fact = index.get(figure.key())
        if fact is None or not compare.same_names(figure, fact.figure, 85):
            continue
        if compare.contradicts(figure, fact.figure, params.approximate, params.tolerance):
            args = {
                "subject": record.subject(figure),
                "period": record.period(figure),
                "value": record.shown(figure),
                "fact": record.shown(fact.figure),
                "source": fact.source,
            }
            yield Hit(figure.start, figure.end, args, text=f"{args['subject']} {args['period']}")
