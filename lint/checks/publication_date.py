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
    The kind has no parameters. The evidence is read in this order, the first that
    holds wins (lint/dates/publication.py):

    1. the provenance record: a valid `published` value in front matter, a
       `.meta.yaml` sidecar or the folder's `_provenance.yaml`;
    2. the page header, wherever it starts (a scraped page puts 10 to 150 lines of
       navigation above it). The article is found first: its first run of running
       text, opened by a paragraph. Its header is the date lines from a few lines
       above that run to the end of its lead: the nearest one above the article,
       unless it ends a list of other stories, else the first in the lead (a
       dateline, a date under a standfirst). With none there, the first date line
       outside lists that article text follows. A date
       line is little more than a date: a standalone date ("December 18, 2020",
       "12.22.14", "2014-09-30T14:34:55Z", the stamps of wire archives "Tue Mar  3
       09:37:53 1987" and "26-FEB-87 15:01", an agency's "Reuters March 3, 1987"), a
       byline ("By Jane Doe | May 5, 2021",
       "/ Jane Roe / 9:15 am Mon Aug 3, 2015"), a labelled date ("Posted on 12/16/08",
       "Online: Jan 7, 2021", "Published 8:04 PM EST, Tue March 3, 2020"), or a
       dateline opening the text ("WASHINGTON, June 3, 2024 (AP) —", "Feb. 23, 2015
       --", also on a line of its own, or under a cookie notice); the columns of a
       printed page's running head ("3/9/87, 12:48 PM    Title", "Page 2 of 3
       3/9/87") are read one by one; times, zones and two-digit years are read, a
       time alone ("Updated: 11:25 AM CDT") is no date. In the header a published
       date wins over an updated one ("Last Modified: Jan 8, 2021"). Date lines of
       a list (other stories, comments, an archive: several close together with
       different dates) are not the page's, except a labelled date right under the
       article ("This story was published on …") among entries with no label; nor
       are those of a list a heading names ("Related", "Most read", "3 comments",
       "Join the discussion"), above the story or below it; a date in a sentence of
       the body never is, nor a line of hard-wrapped prose that happens to hold one
       ("… notes due March 26, 1992 with a"): a short wire story under a block of
       pasted header fields keeps its own date;
    3. the page's own address or breadcrumb trail, above any article text, when it
       holds the date (".../news/1987/03/12/slug", "Home > 1987 > March > 12"), with
       a lower confidence;
    4. a citation of the document itself ("…, vol. 8, no. 04, pp. 3513–3521, Apr.
       2024"), as papers print at their end.

    A header date whose day and month could be swapped (10.04.2020) is read as the
    document shows: another numeric date of the same style with a day over 12, a
    weekday on its line, the "Updated" date of its entry (on or after it, within
    weeks), or the days its article names (in the weeks before it); with none, it is
    read month first and its evidence says it is ambiguous.

    The date found carries a confidence and its evidence ("byline, line 41: 'Tuesday,
    October 3, 2023 6:12PM'"), which `dates.resolved-relative-date` shows.

Passes:
    Home | World | Politics
    Storm hits coast
    By Jane Roe | June 3, 2024
    The storm reached the coast on Monday.

Fails:
    Storm hits coast
    The storm reached the coast on Monday, the first since 2013.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.dates.publication import publication_date
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
