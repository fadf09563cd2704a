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

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|['’]ll|scheduled|set\s+to|due\s+to|expected\s+to|plans?\s+to|"
    r"is\s+to|are\s+to|going\s+to|upcoming|next)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|began|took|went|came|held|gave|made|left|won|lost|"
    r"[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|continues?|exists?)\b", re.IGNORECASE)
_NEWS_PAST = re.compile(
    r"\b(?:said|announced|hit|issued|reported|confirmed|told|was|were|died|killed|met|voted|"
    r"signed|launched|began|ended|opened|closed|arrived|left|struck|declared|held|won|lost)\b",
    re.IGNORECASE,
)
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,300}")


def tense(sentence: str) -> Tense:
    """Whether a sentence speaks of something still to come, something past, or neither."""
    if _FUTURE.search(sentence):
        return "future"
    return "past" if _PAST.search(sentence) else ""


def dated_today(text: str, start: int, end: int, opens: bool) -> bool:
    """Whether "today" at text[start:end] is a day, not "nowadays".

    It is in "earlier today" and "today at 10:00", and opening a sentence that tells
    of something done or to come ("Today, the storm hit the coast").
    """
    if re.search(r"(?:[Ee]arlier|[Ll]ater)\s+$", text[max(0, start - 8) : start]):
        return True
    if re.match(r"\s+at\s+\d", text[end : end + 8]):
        return True
    if not opens or text[end : end + 1] != ",":
        return False
    sentence = _SENTENCE_REST.match(text, end)
    rest = sentence.group() if sentence else ""
    if _PRESENT.search(rest):
        return False  # "Today, the museum is supported by …": nowadays
    return _FUTURE.search(rest) is not None or _NEWS_PAST.search(rest) is not None
