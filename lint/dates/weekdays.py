"""Weekdays in text: a date ("said Tuesday", "on Monday", "Sunday's vote") or not.

Not a date to resolve: a habit ("on Sunday evenings", "every Monday", "Monday to Friday"),
an anaphora ("the following Monday"), the weekday of a date ("Tuesday, June 3",
"(Thursday)"), a name ("Sunday Times", "Black Friday"), an attribute ("Thursday night
previews", "Sunday school", "the Sunday trade ban"), a heading or a schedule row.
"""

from __future__ import annotations

import re

from lint.dates.context import (
    FUNCTION_WORDS,
    POSSESSORS,
    WORD_AFTER,
    WORD_BEFORE,
    capitalised_after,
    modifier_of,
    opens_sentence,
    quoted_alone,
)
from lint.dates.expressions import FULL_MONTHS, WEEKDAYS, Expression

_ANY_MONTH = rf"(?:{FULL_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATE_AFTER = re.compile(
    rf",?\s+(?:the\s+)?(?:{_ANY_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?(?:{FULL_MONTHS}))\b"
)
_RANGE_AFTER = re.compile(
    rf"\s*(?:to|through|until|till|and|or|-|–|—)\s*(?:{'|'.join(WEEKDAYS)})\b"
)
_RANGE_BEFORE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\s*(?:to|through|till|-|–|—)\s*$")
# "the following Tuesday", "the second Saturday of November": counted from another day.
_ANAPHORIC = frozenset(
    "following preceding previous same first second third fourth fifth final".split()
)
# Nouns a weekday qualifies without dating anything: "Sunday school", "Friday prayers".
_WEEKDAY_ATTRIBUTES = frozenset(
    "school schools service services mass prayers paper papers newspaper edition editions "
    "league market markets trading opening closing shopping working brunch roast best".split()
)
_VERB_FORM = re.compile(r"(?:ing|ed)$")
# Days the calendar names: "Black Friday", "Good Friday", "Super Tuesday", "Ash Wednesday".
_DAY_NAMES = frozenset(
    "black good super ash easter palm holy maundy cyber bloody shrove giving".split()
)
_MIN_LINE_WORDS = 6  # a weekday alone on a shorter line is a heading or a schedule row


def read_weekday(
    text: str, match: re.Match[str], g: dict[str, str], previous: str, named: bool
) -> Expression | None:
    modifier = modifier_of(g["wmod"] or "")
    owner = previous in POSSESSORS and not (previous == "her" and not g["wpart"])
    if g["wplural"] or owner or previous in _ANAPHORIC:
        return None  # "on Sunday evenings", "every Monday", "the following Monday"
    if _RANGE_AFTER.match(text, match.end()) or _RANGE_BEFORE.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return None  # "Monday to Friday"
    if text[match.start() - 1 : match.start()] == "(":
        return None  # "May 24, 2018 (Thursday)" names the day of a date
    possessive = match.group()[-2:] in ("'s", "’s")
    if _DATE_AFTER.match(text, match.end()) or (
        not possessive and capitalised_after(text, match.end())
    ):
        return (
            None  # "Tuesday, June 3" is a date; "Sunday Times" a name; not "Monday's Senate vote"
        )
    after = WORD_AFTER.match(text, match.end())
    following = after.group(1).lower() if after else ""
    if g["wpart"] and following and following not in FUNCTION_WORDS:
        return None  # an attribute: "Thursday night previews", "a Sunday morning service"
    if not (modifier or g["wpart"] or _bare_weekday(text, match, named, following, possessive)):
        return None
    return Expression(
        match.start(), match.end(), "weekday", modifier, weekday=WEEKDAYS.index(g["wname"])
    )


def _bare_weekday(
    text: str, match: re.Match[str], named: bool, following: str, possessive: bool
) -> bool:
    """A weekday with no preposition, in news style: "announced Tuesday", "Sunday's vote".

    Not a name ("Black Friday", "Super Tuesday Primaries": a capitalised word before it
    and a noun after it, or a name of the calendar), an attribute ("Sunday school", "the
    Sunday trade ban"), or a heading or schedule row (a short line).
    """
    opens = opens_sentence(text, match.start())
    before = WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is not None and before.group(1).lower() in _DAY_NAMES:
        return False
    attribute = bool(following) and following not in FUNCTION_WORDS
    if named and attribute:
        return False
    if quoted_alone(text, match.start(), match.end()) or following in _WEEKDAY_ATTRIBUTES:
        return False
    if attribute and not possessive and not _VERB_FORM.search(following):
        return False  # "the Sunday trade ban": a weekday before a noun qualifies it
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(opens) or len(line.split()) >= _MIN_LINE_WORDS
