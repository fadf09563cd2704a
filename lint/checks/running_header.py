"""Running header: the page furniture a PDF leaves in its text at every page break.

Flags:
    The lines at each page break that are not the document's text: a running header
    or footer (the journal's name and volume, the running title, the authors), a
    page number, a "Downloaded from … on …" watermark, "Page 3 of 12"; one finding
    per page break.

Why:
    Text extracted from a PDF keeps what the publisher printed on every page. It
    interrupts sentences ("… were also cited / MILITARY MEDICINE, Vol. 183 / as
    priorities"), repeats a dozen times, and ends up in every passage a retrieval
    system cuts from the paper. No phrase list can know every journal's header,
    but the shape is the same everywhere: the same words at page-like intervals,
    numbers that count up from one page to the next.

Parameters:
    Lines are found within the document (see `lint/structure/furniture.py`): a
    line recurs when the same words (in any order, numbers aside, since odd and
    even pages swap them) come back at least 12 lines apart; it is furniture when
    one of its repeats cuts a sentence in two, when its one changing number counts
    the pages up ("JOURNAL | doi … 2 / 14", "3 / 14"), or when it sits next to a
    watermark or another such line. Page numbers must count up from break to
    break. Tables and named sections never count; the title at the top is never
    its own running title; furniture inside the reference list counts when the
    same line recurs in the body too. A document is reported when it shows at
    least `min_breaks` page breaks.

Passes:
    A heading that recurs ("Results" in each of three studies), each time opening
    a section.

Fails:
    … General health and relationships were also cited
    Downloaded from https://academic.oup.com/milmed/article/… by guest on 25 March 2026
    MILITARY MEDICINE, Vol. 183, November/December 2018
    as priorities. Another systematic review …
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import Hit
from lint.structure.view import structure

NAME = "running_header"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the furniture lines at this page break, joined with ' | ' (first 80 characters)",
    "lines": "how many lines of furniture this page break has",
    "breaks": "how many page breaks with furniture the document shows",
}
_PREVIEW = 80


class Params(BaseModel):
    """Parameters of the running-header kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_breaks: int = Field(
        default=1,
        ge=1,
        le=50,
        description="Fewest page breaks with furniture a document must show to be reported.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per page break, over its furniture lines."""
    breaks = structure(document).furniture
    if len(breaks) < params.min_breaks:
        return
    for page_break in breaks:
        texts = [document.lines[n - 1].strip() for n in page_break.lines]
        shown = " | ".join(texts)
        if len(shown) > _PREVIEW:
            shown = shown[: _PREVIEW - 1] + "…"
        start = document.line_span(page_break.first)[0]
        end = document.line_span(page_break.last)[1]
        args = {"match": shown, "lines": str(len(texts)), "breaks": str(len(breaks))}
        yield Hit(start, end, args, text=" | ".join(texts))
