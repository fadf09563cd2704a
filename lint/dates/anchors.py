"""Dates the text states in full, indexed so a relative date finds its anchor quickly.

An anchor is a complete date ("3 June 2024", "May 2025") or a year used as a time
adverbial ("in 2019", "during early 2014"); "since 2020" and "the 2024 forum" are
not anchors: they do not say when what follows happened.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from lint.dates.mentions import Convention, DateMention, find_dates
from lint.document import Document
from lint.provenance.records import body_offset

_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# What stands before a year used as a time adverbial: "in 2019", "during early 2014", and
# a company's year: "fiscal 1986 ended November 30".
_ADVERBIAL_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|of|[Ee]arly|[Ll]ate|[Mm]id-?|spring|summer|autumn|"
    r"fall|winter|[Ff]iscal(?:\s+year)?)\s+(?:early\s+|late\s+|mid-?)?$"
)
_ADVERBIAL_REACH = 24
_BACKWARD_STEPS = 8  # anchors do not nest, so the one wanted is among the last few


@dataclass(frozen=True, slots=True)
class Anchor:
    """A complete date or year the text gives, or the publication date."""

    start: int
    end: int
    year: int
    month: int  # 0 when only the year is known
    date: datetime.date | None
    iso: str


class AnchorIndex:
    """Anchors in text order, searchable by position in logarithmic time."""

    def __init__(self, anchors: Iterable[Anchor]) -> None:
        self.anchors = _outermost(sorted(anchors, key=lambda a: (a.start, -a.end)))
        self.starts = [a.start for a in self.anchors]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares characters with an anchor ("Monday" in "Monday, 9 June 2025")."""
        index = bisect_left(self.starts, end)
        return any(a.end > start for a in self.anchors[max(0, index - 2) : index])

    def last_before(self, position: int, day_only: bool = False) -> Anchor | None:
        """The nearest anchor ending at or before `position` (with a day, if asked)."""
        index = bisect_right(self.starts, position)
        for anchor in reversed(self.anchors[max(0, index - _BACKWARD_STEPS) : index]):
            if anchor.end <= position and (anchor.date is not None or not day_only):
                return anchor
        return None

    def starting_between(self, low: int, high: int) -> list[Anchor]:
        """Anchors that start within [low, high]."""
        return self.anchors[bisect_left(self.starts, low) : bisect_right(self.starts, high)]


def body_dates(document: Document, convention: Convention) -> list[DateMention]:
    """Every calendar date of the text proper (not front matter), found once per document."""
    key = ("body_dates", convention)
    start = body_offset(document)
    return document.memo(key, lambda: list(find_dates(document.text, start, None, convention)))


def paragraph_anchors(
    text: str, start: int, end: int, mentions: list[DateMention], starts: list[int]
) -> list[Anchor]:
    """Complete dates and year adverbials of `text[start:end]`.

    `mentions` are the dates of the whole text and `starts` their offsets, in order.
    """
    low = bisect_left(starts, start)
    anchors = []
    for mention in mentions[low:]:
        if mention.start >= end:
            break
        if mention.valid:
            anchors.append(_from_mention(mention))
    for match in _YEAR.finditer(text, start, end):
        before = max(start, match.start() - _ADVERBIAL_REACH)
        if _ADVERBIAL_BEFORE.search(text, before, match.start()):
            year = match.group()
            anchors.append(Anchor(match.start(), match.end(), int(year), 0, None, year))
    return anchors


def _outermost(anchors: list[Anchor]) -> list[Anchor]:
    """Drop anchors inside another ("2025" of "May 2025"); input sorted by start, longest first."""
    kept: list[Anchor] = []
    for anchor in anchors:
        if not kept or anchor.end > kept[-1].end:
            kept.append(anchor)
    return kept


def _from_mention(mention: DateMention) -> Anchor:
    return Anchor(
        mention.start, mention.end, mention.year, mention.month, mention.date, mention.iso()
    )
