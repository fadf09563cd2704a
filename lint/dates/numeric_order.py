"""Which way round an ambiguous numeric header date is read (10.04.2020: 10 April or 4 October).

The page's own date matters more than any other: every relative date resolves from it.
So when its day and month could be swapped, the document is asked, strongest evidence
first, and the first that tells the two readings apart decides:

1. another numeric date of the same style (same separator) whose day is over 12
   ("Updated 13.04.2020" shows this page writes the day first);
2. a weekday on the same line ("Fri 10.04.2020" is 10 April 2020, a Friday);
3. the other dates of its header entry: an "Updated" line comes on or after the
   published date, within weeks ("Modified April 12, 2020" beside "10.04.2020");
4. the article's own dates: the days it names ("on April 8", "8 April 2020") fall in
   the weeks before its publication; the reading only they fit wins.

With none, the date stays ambiguous and the finder says so (no guess is made silently).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Literal

from lint.dates.anchors import body_dates
from lint.dates.datelines import LineDate
from lint.dates.mentions import DateMention
from lint.dates.relative import find_expressions
from lint.document import Document
from lint.provenance.records import body_offset

Order = Literal["mdy", "dmy", ""]

_WEEKDAYS = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_ENTRY_LINES = 3  # the lines of one header entry ("Published …" over "Updated …")
_UPDATE_REACH = 31  # an update comes within this many days of the published date
_STORY_BEFORE = 31  # the days an article names fall this far before it ...
_STORY_AFTER = 1  # ... or right after (a story dated the evening before)


def separator(text: str, mention: DateMention) -> str:
    """The separator of a numeric date as written ("/" in 06/25/2025), or ""."""
    written = text[mention.start : mention.end]
    return next((c for c in written if c in "/.-"), "")


def readings(mention: DateMention) -> dict[Order, datetime.date]:
    """The two dates an ambiguous mention can be: month first and day first."""
    found: dict[Order, datetime.date] = {}
    if mention.day is None:
        return found
    pairs: tuple[tuple[Order, int, int], ...] = (
        ("mdy", mention.month, mention.day),
        ("dmy", mention.day, mention.month),
    )
    for order, month, day in pairs:
        try:
            found[order] = datetime.date(mention.year, month, day)
        except ValueError:
            continue
    return found


def swapped(mention: DateMention, order: Order) -> DateMention:
    """The mention read in `order` (it is read month first when ambiguous)."""
    if order != "dmy" or mention.day is None:
        return replace(mention, ambiguous=False)
    return replace(mention, month=mention.day, day=mention.month, ambiguous=False)


def shown_order(text: str, mention: DateMention, numeric: Iterable[DateMention]) -> Order:
    """What the settled numeric dates of the same style show.

    Only the same style: a page's slashed dates (US, month first) say nothing of its
    dotted ones (most of Europe, day first).
    """
    style = separator(text, mention)
    shown = {m.numeric for m in numeric if m.numeric and separator(text, m) == style}
    return shown.pop() if len(shown) == 1 else ""


def weekday_order(line: str, mention: DateMention) -> Order:
    """The reading whose weekday the line names, if only one fits."""
    named = {_WEEKDAY_INDEX[w.group(1).lower()] for w in _WEEKDAYS.finditer(line)}
    if len(named) != 1:
        return ""
    day = named.pop()
    return _only({o for o, d in readings(mention).items() if d.weekday() == day})


def entry_order(mention: DateMention, updates: Iterable[datetime.date]) -> Order:
    """The reading an update of the same entry comes on or after, within weeks."""
    reach = datetime.timedelta(days=_UPDATE_REACH)
    later = list(updates)
    return _only(
        {o for o, d in readings(mention).items() if any(d <= u <= d + reach for u in later)}
    )


def story_order(mention: DateMention, days: Iterable[datetime.date]) -> Order:
    """The reading the article's own days fall just before, when they fit only one."""
    before, after = datetime.timedelta(days=_STORY_BEFORE), datetime.timedelta(days=_STORY_AFTER)
    named = list(days)
    counts = {
        o: sum(d - before <= n <= d + after for n in named) for o, d in readings(mention).items()
    }
    return _only({o for o, c in counts.items() if c})


def _only(orders: set[Order]) -> Order:
    return orders.pop() if len(orders) == 1 else ""


def settle(document: Document, found: LineDate, dates: list[LineDate]) -> tuple[Order, str]:
    """The order the document shows for its ambiguous header date, and why ("" if none)."""
    for order, why in _evidence(document, found, dates):
        if order:
            return order, why
    return "", ""


def _evidence(
    document: Document, found: LineDate, dates: list[LineDate]
) -> Iterator[tuple[Order, str]]:
    """Each piece of evidence in turn, strongest first, computed only when reached."""
    mention = found.mention
    numeric = [*body_dates(document, "auto"), *(d.mention for d in dates)]
    others = [m for m in numeric if m.start != mention.start]
    yield shown_order(document.text, mention, others), "its other dates in that style show it"
    yield weekday_order(found.text, mention), "the weekday on its line shows it"
    entry = [
        d.mention.date
        for d in dates
        if abs(d.line - found.line) <= _ENTRY_LINES and not d.mention.ambiguous
    ]
    dated = [d for d in entry if d is not None and d != mention.date]
    yield entry_order(mention, dated), "its updated date shows it"
    yield story_order(mention, _story_days(document, mention, dates)), "the article's dates show it"


def _story_days(
    document: Document, mention: DateMention, dates: list[LineDate]
) -> list[datetime.date]:
    """The days the article's prose names: full dates and month-days (in the header's year)."""
    listed = {d.line for d in dates}
    text, start = document.text, body_offset(document)
    days = [
        m.date
        for m in body_dates(document, "auto")
        if m.date and not m.ambiguous and document.position(m.start)[0] not in listed
    ]
    for e in find_expressions(text, start, len(text)):
        if e.form == "month_day" and document.position(e.start)[0] not in listed:
            try:
                days.append(datetime.date(mention.year, e.month, e.day))
            except ValueError:
                continue
    return days
