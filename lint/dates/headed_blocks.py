"""Lists that a heading names as other stories' or readers' ("Related", "Most read",
"3 comments", "Join the discussion").

Every date of such a list belongs to another story or to a comment, never to the page,
wherever the list stands: above the article (a "Related" box before the headline), or
below it. The list is the chain of date lines that starts right under its heading (each
within `_STEP` lines of the one before, no blank line between), up to a header of the
page's own that may follow it with no blank between: a labelled or "Updated" date, or a
published date right above an updated one (entries and comments carry no labels).

Menus put the same words on a line of their own ("Latest", "Comments"), often right above
the page's title and date, so a heading names a list only when it can be nothing else:
other stories show at least two dates, and a line that is more than a date (a title, or
a title with its date); comments (their stamps a name, a date or "2 days ago" away from
each other, so the whole run up to a blank line) stand below article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.dates.prose import Prose

_OTHERS = (
    r"related(?:\s+(?:stories|articles|coverage|content|news|links|reading))?|"
    r"more\s+(?:stories|news|headlines|articles|from\s+[\w ]{1,30}|on\s+this\s+story)|"
    r"read\s+more|latest(?:\s+(?:news|stories|headlines))?|"
    r"most\s+(?:read|popular|viewed|shared|commented)|popular(?:\s+(?:stories|now))?|"
    r"trending(?:\s+now)?|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|"
    r"see\s+also|in\s+this\s+section|also\s+in\s+[\w ]{1,30}|in\s+other\s+news"
)
_COMMENTS = (
    r"(?:\d+\s+)?(?:reader\s+)?comments?|join\s+the\s+discussion|leave\s+a\s+(?:comment|reply)|"
    r"(?:\d+\s+)?(?:responses?|replies)|what\s+readers\s+(?:say|think)|discussion"
)
_HEADING = re.compile(rf"\W*(?:(?P<others>{_OTHERS})|(?P<comments>{_COMMENTS}))\W*", re.IGNORECASE)
_STEP = 3  # an entry (title, date, a line of text) or a comment (name, stamp, text)
_STORIES = 2  # a list of other stories shows at least this many dates
_ABOVE_COMMENTS = 20  # words of text above a list of comments (more than a cookie notice)


@dataclass(frozen=True, slots=True)
class Dated:
    """What the lists need to know of the document's date lines, by 1-based line."""

    days: dict[int, str]  # the date each date line shows
    bare: set[int]  # lines that hold nothing but their date
    headers: set[int]  # lines shaped as a page's own header (labelled, updated)


def headed_lines(lines: list[str], dated: Dated, text: Prose) -> set[int]:
    """The date lines that stand in a list a heading names as other stories or comments."""
    inside: set[int] = set()
    for number, line in enumerate(lines, 1):
        heading = _HEADING.fullmatch(line.strip())
        if heading is None:
            continue
        if heading["comments"]:
            if text.between(1, number - 1) >= _ABOVE_COMMENTS:
                inside.update(_chain(lines, number, dated, len(lines)))
            continue
        chain = _chain(lines, number, dated, _STEP)
        titled = any(n not in dated.bare for n in range(number + 1, (chain or [number])[-1] + 1))
        if len(chain) >= _STORIES and titled:
            inside.update(chain)
    return inside


def _chain(lines: list[str], heading: int, dated: Dated, step: int) -> list[int]:
    """The date lines chained under a heading: each within `step` lines of the one before
    (the first of the heading), with no blank line and no header's date between."""
    chain: list[int] = []
    edge = heading
    for number in range(heading + 1, len(lines) + 1):
        if number - edge > step or not lines[number - 1].strip() or number in dated.headers:
            break
        if number in dated.days:
            chain.append(number)
            edge = number
    return chain
