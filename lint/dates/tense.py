"""Tense of a sentence, as far as dates need it: is it about the past, the future, or neither.

A weekday or a day without a year said of the future is the next one after the
publication date, said of the past the last one before it. "Today" opening a
sentence about something done or to come is a day; in the present tense it means
"nowadays".
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["future", "past", ""]
TodaySense = Literal["day", "nowadays", "likely", "unsure"]

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|['’]ll|scheduled|set\s+to|due\s+to|expected\s+to|plans?\s+to|"
    r"is\s+to|are\s+to|going\s+to|upcoming|next)\b",
    re.IGNORECASE,
)
# Irregular past forms are generic English vocabulary, kept to those that are no present
# form too ("put", "set", "cut" are left out).
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|began|took|went|came|held|gave|made|left|won|lost|"
    r"rose|fell|grew|saw|spoke|wrote|broke|chose|drove|flew|froze|rode|rang|sang|sank|shook|"
    r"stole|threw|woke|wore|bought|brought|caught|fought|taught|thought|sought|built|sent|"
    r"spent|felt|kept|meant|paid|sold|stood|found|ran|sat|struck|hung|led|fled|shot|got|"
    r"became|drew|knew|withdrew|heard|ate|forgot|tore|swore|arose|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|continues?|exists?)\b", re.IGNORECASE)
# A verb of news a few words before "today": "he released the report today".
_DONE_NEAR = re.compile(
    r"\b(?:said|says|announced|released|told|died|met|voted|signed|launched|began|ended|"
    r"opened|closed|arrived|declared|won|lost|unveiled|confirmed|reported|issued|resigned|"
    r"approved|rejected|arrested|charged|ruled|will\s+\w+)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.IGNORECASE,
)
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,300}")
# The clause before a "today" in wire style: a perfect ("has cut its rate ... today") or a
# past verb ("outlined his plan today") tells of that day's news; "still" or a present
# verb ("still stands today", "is used today") of the present in general.
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:not\s+|also\s+|already\s+|just\s+)?(?:[a-z]+ed|been|cut|put|set|made|"
    r"said|told|won|lost|sold|paid|bought|taken|given|begun|held|[a-z]+en)\b",
    re.IGNORECASE,
)
# What "today's" names when it is that day's: an event of the news.
# ... with a word before it, or in the plural: "today's warning strikes", "board meeting".
_EVENT_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:meeting|session|talks|vote|trading|decision|announcement|hearing|"
    r"statement|tender|auction|report|close|opening|sale|ruling|debate|election|strike|"
    r"ballot|game|match|race|summit|visit|speech|briefing|conference)s?\b",
    re.IGNORECASE,
)
_GAP = re.compile(r"[ \t]*\n?[ \t]*(?=\S)|[ \t]+")
# A clock time right before it: "at 1500 hrs EST (2100 gmt) today", "at 10 a.m. today".
_CLOCK_BEFORE = re.compile(
    r"\b(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{4}\s*(?:hrs|hours)(?:\s+[A-Za-z]{2,4})?|"
    r"\d{4}\s*(?:gmt|GMT|EST|EDT|local\s+time))"
    r"(?:\s*\([^()\n]{0,20}\))?\s+$"
)
_NOW_SAID = re.compile(r"\b(?:still|now|nowadays|yet)\b", re.IGNORECASE)
# Back to the sentence's start across hard wraps, not across a paragraph break or a full
# stop ("10.5 pct" is no stop).
_SENTENCE_BEFORE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s)|\n(?![ \t]*\n)){0,200}$")


def past_verb(word: str) -> bool:
    """Whether a word is a verb in the past ("failed", "rose"): a month right before one
    ends its noun phrase ("the talks since December failed")."""
    return _PAST.fullmatch(word) is not None


def tense(sentence: str) -> Tense:
    """Whether a sentence speaks of something still to come, something past, or neither."""
    if _FUTURE.search(sentence):
        return "future"
    return "past" if _PAST.search(sentence) else ""


def _told_today(text: str, start: int, end: int) -> TodaySense:
    """A "today" inside a sentence: a day after a verb of news ("he released the report
    today", "officials said today"); "likely" in a clause of news told in the past or the
    perfect ("invited offers of paper today", "declined to comment on today's meeting"),
    or before a verb in the past ("the board today approved the plan"),
    which is a day when the text speaks from its own time; "unsure" otherwise ("the bridge
    still stands today", "(today: Bad Kissingen)"), for a quotation to decide."""
    after = text[end : end + 3]
    if text[start - 1 : start] == "(" or after[:1] == ":":
        return "unsure"
    possessive = after[:2] in ("'s", "’s")
    if not possessive and _DONE_NEAR.search(text, max(0, start - 60), start):
        return "day"
    if not possessive and _past_verb_after(text, end):
        return "likely"  # wire style: "the authorities today decided to cut"
    if possessive and not _EVENT_AFTER.match(text, end + 2):
        return "unsure"  # "under today's current name", "today's forests"
    before = _SENTENCE_BEFORE.search(text, max(0, start - 200), start)
    clause = re.split(r"[,;]\s", before.group() if before else "")[-1]
    if _PERFECT.search(clause):
        return "likely"
    if _NOW_SAID.search(clause) or _PRESENT.search(clause):
        return "unsure"
    return "likely" if _PAST.search(clause) else "unsure"


def _past_verb_after(text: str, end: int) -> bool:
    """Whether a verb in the past follows right after, on the same line or the next."""
    gap = _GAP.match(text, end)
    return gap is not None and _PAST.match(text, gap.end()) is not None


def today_sense(text: str, start: int, end: int, opens: bool) -> TodaySense:
    """Whether "today" at text[start:end] is a day, "nowadays", or cannot be told here.

    A day in "earlier today", "early today", "today at 10:00", "at 1500 hrs EST today", "he
    announced today", and opening a
    sentence that tells of something done or to come ("Today, the storm hit the coast",
    "Today's vote was close"); "nowadays" in "Today, the museum is…", "Today's forests
    are…".
    Anything else ("is still used today", "this attack today") is unsure: a quotation
    may still show it is the day it was said.
    """
    if re.search(r"(?:[Ee]arl(?:ier|y)|[Ll]ater?)\s+$", text[max(0, start - 8) : start]):
        return "day"
    if re.match(r"\s+at\s+\d", text[end : end + 8]) or _CLOCK_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return "day"
    possessive = opens and text[end : end + 2] in ("'s", "’s")  # "Today's vote was…"
    if not possessive and (not opens or text[end : end + 1] != ","):
        return _told_today(text, start, end)
    sentence = _SENTENCE_REST.match(text, end)
    rest = sentence.group() if sentence else ""
    if _PRESENT.search(rest):
        return "nowadays"  # "Today, the museum is supported by …"
    return "day" if _FUTURE.search(rest) or _PAST.search(rest) else "nowadays"
