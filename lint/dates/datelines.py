"""Date lines: the lines of a page that state when something was published or updated.

A date line is a line that is little more than a date: "December 18, 2020", a byline
with a date ("By Jane Roe | May 5, 2021", "/ Jane Roe / 9:15 am Mon Aug 3, 2015"), a
labelled date ("Posted on 12/16/08", "Last Modified: Jan 8, 2021"), or a dateline that
opens a paragraph ("Feb. 23, 2015 -- The study…", "WASHINGTON, June 3, 2024 (AP) —").
A sentence that mentions a date is not a date line: lint/dates/line_reader.py reads
each line, and what is left of it besides its dates decides.

Every date line of the document is found here, once, with the role of each date on it
(published, or updated: the label before it says which), after cheap gates that pass
only lines holding a year and a month or a numeric date, and never a line of
hard-wrapped prose as a list entry; lint/dates/publication.py chooses among them.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from lint.dates.expressions import FULL_MONTHS, MONTH_NAMES
from lint.dates.headed_blocks import Dated, headed_lines
from lint.dates.line_reader import (
    DATELINE_REACH,
    LINE_MAX,
    Role,
    Shape,
    opens_with_label,
    read_line,
    trails,
)
from lint.dates.mentions import FOREIGN_MONTHS, Convention, DateMention
from lint.dates.prose import prose
from lint.document import Document
from lint.provenance.records import body_start_line

_MAX_TOKENS = 18  # a date line has a few names, a date, a time and separators
# A line can only be a date line if it holds a four-digit year or a short date
# ("12/16/08", "26-FEB-87").
_GATE = re.compile(
    r"(?:1[6-9]|20)\d\d|\d[/.][0-3]?\d[/.]\d\d|"
    r"\d[- ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[- ]\d\d\b|"
    r"\A\s*[0-3]?\d-[0-3]?\d-\d\d\s*\Z"  # a line that is only "3-12-87"
)
# ... and a month name (English, or French or Spanish after a day) or a numeric date: a
# year alone ("Born in 1990") dates no line.
_DAY_GATE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-][0-3]?\d\b|"
    rf"(?i:\d(?:er)?\s+(?:de\s+)?(?:{'|'.join(FOREIGN_MONTHS)}))"
)
ENTRY_GAP = 2  # date lines this close are one entry ("Published …" over "Updated …")
_BARE: frozenset[Shape] = frozenset({"date", "label"})  # a line that is only its date
_ADDRESS_DATE = re.compile(r"/((?:1[6-9]|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|-|_|$)")
_STEP = r"\s+[>›»/|]\s+"
_TRAIL_DATE = re.compile(
    rf"(?:^\s*|{_STEP})((?:1[6-9]|20)\d\d){_STEP}((?i:{FULL_MONTHS})|[01]?\d){_STEP}"
    rf"([0-3]?\d)(?:{_STEP}|\s*$)"
)
_WRAPPED_WORDS = 5  # a line of prose cut mid-sentence has at least these many words
_CLAUSE_END = re.compile(r"[.!?:;][\"'”’)]*$")  # ... and does not end its sentence or clause


@dataclass(frozen=True, slots=True)
class LineDate:
    """One date on a date line: where, what role, and the line's shape and text."""

    line: int
    mention: DateMention  # spans are offsets into the document
    role: Role
    shape: Shape
    text: str
    trailing: bool = False  # it ends the line right after words, as a list entry does
    headed: bool = False  # it stands in a block headed "Related", "Comments", ...


def line_dates(document: Document, convention: Convention = "auto") -> list[LineDate]:
    """Every date on a date line of the text proper, in text order; computed once."""
    key = ("line_dates", convention)
    return document.memo(key, lambda: _line_dates(document, convention))


def _line_dates(document: Document, convention: Convention) -> list[LineDate]:
    found = _read_lines(document, convention)
    bare = {d.line for d in found if d.shape in _BARE and not d.trailing}
    updated = {d.line for d in found if d.role == "updated"}
    headers = {d.line for d in found if d.shape == "label"} | updated
    headers |= {d.line for d in found if any(0 < u - d.line <= ENTRY_GAP for u in updated)}
    dated = Dated({d.line: d.mention.iso() for d in found}, bare, headers)
    others = headed_lines(document.lines, dated, prose(document))
    return [replace(d, headed=True) if d.line in others else d for d in found]


def _read_lines(document: Document, convention: Convention) -> list[LineDate]:
    found: list[LineDate] = []
    starts = document.line_starts
    first = body_start_line(document) - 1
    for index in range(first, len(document.lines)):
        line = document.lines[index]
        reach = LINE_MAX if len(line) <= LINE_MAX else DATELINE_REACH
        if not _GATE.search(line, 0, reach) or not _DAY_GATE.search(line, 0, reach):
            continue  # a long line can only open with a dateline or a label
        if (
            len(line) <= LINE_MAX
            and line.count(" ") > _MAX_TOKENS
            and not opens_with_label(line)
            and not _GATE.search(line, 0, DATELINE_REACH)
        ):
            continue  # a sentence of this many words is no date line nor list entry
        address = _address_date(line)
        if address is not None:
            moved = address.shifted(starts[index])
            found.append(LineDate(index + 1, moved, "published", "url", line.strip()))
            continue
        previous = document.lines[index - 1] if index > first else ""
        wrapped = index > first and _continues(previous, line)
        for mention, role, shape in read_line(line, convention, title=index == first):
            if shape == "listed" and (wrapped or _date_carries_on(previous, line, mention)):
                continue  # a hard-wrapped sentence: "... notes due March 26, 1992 with a"
            moved = mention.shifted(starts[index])
            trailing = trails(line, mention)
            found.append(LineDate(index + 1, moved, role, shape, line.strip(), trailing))
    return found


def _address_date(line: str) -> DateMention | None:
    """The date in a line that is only an address or a path whose segments hold it
    ("https://site/news/1987/03/12/slug", "world/1987/03/12/slug"), as sites file
    stories, or in a breadcrumb trail of an archive ("Home > World > 1987 > March > 12")."""
    token = line.strip()
    address = " " not in token and "/" in token
    found = (_ADDRESS_DATE if address else _TRAIL_DATE).search(line)
    if found is None:
        return None
    month = found[2]
    number = int(month) if month.isdigit() else MONTH_NAMES.index(month.title()) + 1
    year, day = int(found[1]), int(found[3])
    try:
        datetime.date(year, number, day)
    except ValueError:
        return None
    return DateMention(found.start(1), found.end(3), year, number, day)


def _date_carries_on(previous: str, line: str, mention: DateMention) -> bool:
    """Whether a line that opens with a date carries on the sentence of the line above:
    that line is prose cut mid-sentence and the words after the date run on in lower case
    ("... has been out of bankruptcy since" / "May 3, 1984 and has now paid ..."). A list
    entry's date is followed by a title or nothing, not by the rest of a clause."""
    rest = line[mention.end :].lstrip(" ,")
    return (
        not line[: mention.start].strip()
        and rest[:1].islower()
        and len(rest.split()) >= _WRAPPED_WORDS
        and _cut_mid_sentence(previous)
    )


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence of the line above, as hard-wrapped text
    does: that line is prose cut mid-sentence and this one opens in lower case."""
    return line.lstrip()[:1].islower() and _cut_mid_sentence(previous)


def _cut_mid_sentence(previous: str) -> bool:
    """A line of prose that stops mid-sentence: enough words, no sentence or clause end."""
    before = previous.strip()
    return len(before.split()) >= _WRAPPED_WORDS and not _CLAUSE_END.search(before)
