"""How a document writes its numeric dates: month first, day first, or not shown.

Shared by the dates kinds (relative, ambiguous and impossible dates) and the starter
provenance record: the configured convention, or under `auto` what the document's own
dates show, read once per document.
"""

from __future__ import annotations

from lint.dates.anchors import body_dates
from lint.dates.datelines import line_dates
from lint.dates.mentions import Convention
from lint.dates.publication import publication_date
from lint.document import Document

NUMERIC_DATES_HELP = (
    "How to read a numeric date such as 03/04/2025: `mdy` (US, 4 March), `dmy` (3 April), "
    "or `auto`: as the document's other numeric dates show (25/06/2025 shows day first), "
    "else month first and flagged as ambiguous."
)


def document_convention(document: Document, convention: Convention) -> Convention:
    """The numeric-date convention: the configured one, or what the document's dates show.

    Under `auto`, a numeric date whose first part exceeds 12 (25/06/2025) shows the
    document writes day first, one whose second part does (06/25/2025) month first.
    A document that shows neither follows the order its own date was read in, when
    the evidence read it (a weekday, an updated date); one that shows both, or
    nothing, stays `auto`.
    """
    if convention != "auto":
        return convention
    key = ("numeric_convention",)
    return document.memo(key, lambda: _shown_convention(document))


def _shown_convention(document: Document) -> Convention:
    """What the numeric dates of the text and of its date lines ("12.29.14") show, else
    how the evidence read the page's own date (lint/dates/numeric_order.py)."""
    mentions = [*body_dates(document, "auto"), *(d.mention for d in line_dates(document))]
    shown = {m.numeric for m in mentions if m.numeric}
    if len(shown) == 1:
        return shown.pop()
    published = publication_date(document, "auto")
    return published.order if published is not None and published.order and not shown else "auto"
