"""Read one line: its dates and their roles, when it is a date line; else nothing.

What is left of the line once the dates, times, time zones, labels, separators and
counts are taken out decides its shape: a few names (an author, a section, an outlet)
and at most two other words make a byline or a date line; a label before the date
("Posted on", "Last Modified:") a labelled one; a place and a dash after the date a
dateline. lint/dates/datelines.py reads every line of a document with it.
"""

from __future__ import annotations

import re
from typing import Literal

from lint.dates.expressions import FULL_MONTHS
from lint.dates.mentions import Convention, DateMention, find_line_dates
from lint.text import STOPWORDS

Role = Literal["published", "updated"]
# "listed": a short line that is not a date line but shows a date, as the entries of a
# list of other stories do ("Why Ferry Fares Are Rising Again 2015-01-14 13:20").
# "url": the page's address (or its path) with the date in it: ".../news/1987/03/12/slug".
Shape = Literal["label", "byline", "date", "dateline", "listed", "url"]

LINE_MAX = 200  # a longer line is prose (a dateline may still open it)
_LISTED_MAX = 120  # a list entry with a date is a short line
_UPDATED = re.compile(
    r"\b(?:(?:last\s+)?(?:updated|modified|edited|revised|changed)|update)\b", re.IGNORECASE
)
_PUBLISHED = re.compile(
    r"\b(?:(?:first\s+)?(?:published|posted|released|issued|created|written|filed)|"
    r"publi(?:shed|cation)\s+date|date[d:]?|online|pubdate)\b",
    re.IGNORECASE,
)
_LABEL_WORDS = re.compile(
    r"\b(?:first|last|published|posted|released|issued|created|written|filed|updated|"
    r"modified|edited|revised|changed|update|date[d]?|online|publication|pubdate|on|at|by|"
    r"from|in)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b[0-2]?\d(?:[:.h][0-5]\d){1,2}\s*(?:[ap]\.?\s?m\b\.?)?|\b[01]?\d\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)
# The time of an ISO 8601 stamp, glued to its date: "2014-06-04T11:20:05Z".
_ISO_TIME = re.compile(
    r"(?<![^\d\s])T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b"
)
_ZONE = re.compile(r"(?<![\w])(?:[A-Z]{1,3}T|UTC|GMT|Z|IST|WIB|[+-]\d{2}:?\d{2})(?![\w])")
_NOISE = re.compile(
    r"@\w+|\S+@\S+|https?://\S+|\b\d+\s*(?:min(?:ute)?s?|hrs?)\s+read\b|\b(?:read|comments?|"
    r"responses?|shares?|views?|photos?|updates?)\b|\d+",
    re.IGNORECASE,
)
_URL = re.compile(r"\S*(?:https?://|www\.)\S*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\b[A-Z])[.!?][\"'”’)]*\s*$")
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s*)?")
# ... its dash may end the line, the story's text under it: "HERNDON, Va., March 9, 1987 -"
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|[—–]|-(?:\s|$))")
_QUOTES = "\"'“‘«"
# A date that a preposition leads into is what a title or sentence is about: "Action of
# 2 January 1783", "the plan for March 3, 2020".
_LEADS_IN = re.compile(
    r"\b(?:of|for|since|until|till|before|after|to|through|during|between|the|than|from|"
    r"accessed|retrieved|viewed)\W*$",
    re.IGNORECASE,
)
# Columns of a printed page's running head: "3/9/87, 12:48 PM    Title - Site".
_COLUMNS = re.compile(r"\t+|\s{3,}")
_LABEL_GAP = 3  # a label glued to the paragraph it dates: "Published: 2017-05-24 The…"
DATELINE_REACH = 80  # a dateline's date stands within the first characters of its paragraph
_MAX_NAMES = 6  # "By Mara Quist and Owen Dell", "Science Desk Contributor"
_MAX_WORDS = 1  # "11.03.17 in Gadgetry", "all posts"
_MAX_LABELLED_WORDS = 2
# A byline opens so, never a title: "/ Jane Roe / 9:15 am Mon Aug 3, 2015", "By Jane Roe |".
_BYLINE_START = re.compile(rf"\s*(?:/\s|[Bb]y\s+(?!(?:{FULL_MONTHS})\b)[A-Z])")
_MAX_REST_WORDS = 8  # a title-case headline with a date is longer
# Verbs a date line never holds; a sentence about a date does.
_VERBS = frozenset(
    "is was were are be been has had have will would did does said says died born wrote "
    "became".split()
)
_PAST = re.compile(r"...ed$")
_TITLE_SEPARATOR = re.compile(r"\s[|–—:-]\s*$")
_SEPARATOR = re.compile(r"\s[|•·/–—-]\s|\s?\|\s?|•")
# A label right before a date: "Published on: June 25, 2024", "Updated April 29, 2019".
_LABEL_BEFORE = re.compile(
    r"\b(?:published|posted|released|issued|created|written|filed|updated|modified|edited|"
    r"revised|changed|update|date[d]?(?:\s*/\s*time)?|online|pubdate|publication)\b\W*"
    r"(?:\b(?:on|at)\b\W*)?"
    # ... or with the time between: "First posted 10:21 AM PDT, 01/12/20"
    r"(?:[0-2]?\d(?:[:.h][0-5]\d){1,2}\s*(?:[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST))?\W*)?$",
    re.IGNORECASE,
)
_MAX_LABEL_START_WORDS = 8
_LABEL_START = re.compile(
    r"^[^\w\"'“‘]*(?:this\s+(?:article|story|page|post|piece|report)\s+(?:was\s+)?)?"
    r"(?:first\s+)?(?:published|posted|publication|date(?:\s*/\s*time)?[d:]?|released|issued|"
    r"updated|last\s+updated|"
    r"modified|last\s+modified|created|written|online)\b",
    re.IGNORECASE,
)


def trails(line: str, mention: DateMention) -> bool:
    """Whether the date ends the line right after words, with no separator or label
    between: the shape of a list entry ("Ferry fares rise again 2015-01-14 13:20"), not
    of a byline ("By Jane Roe | May 5, 2021")."""
    before = line[: mention.start].rstrip()
    after = _ZONE.sub(" ", _TIME.sub(" ", line[mention.end :])).strip(" ,.|")
    label = _LABEL_BEFORE.search(line, 0, mention.start)
    return not after and before[-1:].isalnum() and label is None


def read_line(
    line: str, convention: Convention = "auto", title: bool = False
) -> list[tuple[DateMention, Role, Shape]]:
    """The dates of `line` with their roles, if it is a date line; else nothing.

    The first line of a text is its title: a date line there holds nothing but the date
    ("27 July 1996 incident" is a title that names a date).
    """
    if line.lstrip()[:1] in _QUOTES:
        return []  # a quoted line quotes something else: "Updated 17 March 2018"
    stamp = _column_stamp(line, convention)
    if stamp:
        return stamp
    head = line if len(line) <= LINE_MAX else line[:DATELINE_REACH]
    urls = [u.span() for u in _URL.finditer(head)]
    mentions = [
        m
        for m in find_line_dates(head, convention)
        if m.valid and not any(a <= m.start < b for a, b in urls)
    ]
    if not mentions:
        return []
    if _dateline(line, mentions[0]):
        return [(mentions[0], "published", "dateline")]
    labelled = _LABEL_START.match(line)
    if (
        labelled
        and labelled.end() + _LABEL_GAP >= mentions[0].start
        and _runs_on(line, mentions[0])
    ):
        return [(mentions[0], "published", "label")]  # " date 2017-05-24 Deliberating…"
    if len(line) > LINE_MAX:
        return []
    if any(_LEADS_IN.search(line, 0, m.start) for m in mentions):
        return []
    shape = _shape(line, mentions, title)
    if shape is None:
        if len(line) > _LISTED_MAX or _SENTENCE_END.search(line) or mentions[0].day is None:
            return []
        shape = "listed"
    return [(m, _role(line, mentions, k), shape) for k, m in enumerate(mentions)]


def _column_stamp(line: str, convention: Convention) -> list[tuple[DateMention, Role, Shape]]:
    """The date of a running head laid out in columns, as a printed or PDF page puts it
    ("3/9/87, 12:48 PM    Title of the page", "Page 2 of 3    3/9/87"): its first or
    last column, when that column alone is a bare date line (a date, a clock, a zone)."""
    if len(line) > LINE_MAX:
        return []
    columns = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:\s{1,2}\S+)*", line)]
    if len(columns) < 2 or not _COLUMNS.search(line.strip()):
        return []
    for start, end in (columns[0], columns[-1]):
        found = read_line(line[start:end], convention)
        if found and all(shape == "date" and m.day is not None for m, _, shape in found):
            return [(m.shifted(start), role, shape) for m, role, shape in found]
    return []


def _runs_on(line: str, mention: DateMention) -> bool:
    """A labelled date that the paragraph runs on from, with no punctuation between."""
    rest = line[mention.end :]
    return len(rest) > LINE_MAX // 2 and rest[:1] == " " and rest.lstrip()[:1].isupper()


def _dateline(line: str, mention: DateMention) -> bool:
    """A dateline: "WASHINGTON, June 3, 2024 (AP) — …", "Feb. 23, 2015 -- …"."""
    return (
        bool(_DATELINE_BEFORE.fullmatch(line[: mention.start]))
        and bool(_DATELINE_AFTER.match(line, mention.end))
        and mention.day is not None
    )


def _shape(line: str, mentions: list[DateMention], title: bool) -> Shape | None:
    """The line's shape when it is a date line: what is left besides the dates is small.

    What is left may hold a few names (an author, a section, an outlet) and one other
    word, two on a line cut in segments ("Local News • schools • weather"), more after
    a label ("Posted on"); never a verb ("Campbell died on August 13, 2018") or the end
    of a sentence with other words in it.
    """
    rest = _rest(line, mentions)
    words = _WORD.findall(_LABEL_WORDS.sub(" ", rest))
    names = [w for w in words if w[:1].isupper() and w.lower() not in STOPWORDS]
    others = [w for w in words if not w[:1].isupper() and w.lower() not in STOPWORDS]
    labelled = any(_LABEL_BEFORE.search(line, 0, m.start) for m in mentions)
    if (
        title
        and words
        and not labelled
        and not _dated_title(line, mentions)
        and not _signed(line, words, mentions)
        and not _BYLINE_START.match(line)
    ):
        return None
    if _LABEL_START.match(line):  # "This article was published on 19 October 2020."
        return "label" if len(names) + len(others) <= _MAX_LABEL_START_WORDS else None
    if any(w.lower() in _VERBS or (w.islower() and _PAST.search(w)) for w in _WORD.findall(rest)):
        return None
    if others and _SENTENCE_END.search(line):
        return None
    if any(m.day is None for m in mentions) and not (labelled or not words):
        return None  # "Games Revealed For March 2017" is a headline, not a date line
    allowed = _MAX_WORDS + (1 if len(_SEPARATOR.findall(line)) >= 2 else 0)
    allowed += _MAX_LABELLED_WORDS if labelled else 0
    if len(names) > _MAX_NAMES or len(others) > allowed or len(words) > _MAX_REST_WORDS:
        return None
    if labelled:
        return "label"
    return "byline" if names else "date"


def _signed(line: str, words: list[str], mentions: list[DateMention]) -> bool:
    """A first line that is one name and the full date it ends with: an agency's or
    outlet's stamp ("Reuters March 3, 1987"), not a title naming a date."""
    after = _WORD.findall(_rest(line[mentions[-1].end :], []))
    return len(words) == 1 and words[0][:1].isupper() and not after and bool(mentions[-1].day)


def _dated_title(line: str, mentions: list[DateMention]) -> bool:
    """A title that ends with its date after a separator: "Police Briefs – Tuesday, April 11"."""
    after = _WORD.findall(_rest(line[mentions[-1].end :], []))
    return not after and bool(_TITLE_SEPARATOR.search(line, 0, mentions[0].start))


def _rest(line: str, mentions: list[DateMention]) -> str:
    """The line without its dates, the labels right before them, times, zones and counts."""
    pieces, cursor = [], 0
    for mention in mentions:
        label = _LABEL_BEFORE.search(line, cursor, mention.start)
        pieces.append(line[cursor : label.start() if label else mention.start])
        cursor = mention.end
    pieces.append(line[cursor:])
    rest = " ".join(pieces)
    for pattern in (_ISO_TIME, _TIME, _ZONE, _NOISE):
        rest = pattern.sub(" ", rest)
    return rest


def _role(line: str, mentions: list[DateMention], index: int) -> Role:
    """Updated when the nearest label before the date (since the previous date) says so."""
    low = mentions[index - 1].end if index else 0
    before = line[low : mentions[index].start]
    updated = list(_UPDATED.finditer(before))
    published = list(_PUBLISHED.finditer(before))
    if updated and (not published or updated[-1].start() > published[-1].start()):
        return "updated"
    return "published"


def opens_with_label(line: str) -> bool:
    """Whether the line starts with a publication label ("Published:", "This story was
    posted on"), which may open a long paragraph."""
    return bool(_LABEL_START.match(line))
