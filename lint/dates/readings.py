"""How a match of a relative-date pattern is read: a date, or a name, habit or heading.

lint/dates/relative.py finds the candidates; here each one is kept as an Expression, or
dropped when its context shows it is not a date to resolve: a title or a name ("The
Tonight Show", "Black Friday", "Sunday Times", "Since May took office"), a habit ("on
Sunday evenings", "every Monday", "in June each year"), an attribute ("Thursday night
previews", "Sunday school"), a heading or schedule row ("Monday"), an anaphoric
reference ("the next year") or a "today" that means "nowadays".
"""

from __future__ import annotations

import re
from functools import lru_cache

from lint.dates.context import (
    FUNCTION_WORDS,
    POSSESSORS,
    WORD_AFTER,
    WORD_BEFORE,
    modifier_of,
    opens_sentence,
    quoted_alone,
)
from lint.dates.expressions import Expression
from lint.dates.mentions import MONTHS
from lint.dates.tense import past_verb, tense, today_sense
from lint.dates.weekdays import read_weekday

# The year that completes a date, after a range or list of days: "May 29–31, 2025",
# "February 19, 25 and 26, 2005", "16 August 1492", "12 August 30 BC".
_YEAR_AFTER = re.compile(
    r"(?:\s*(?:,|and|&|or|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\b)*,?\s+(?:of\s+)?"
    r"(?:[1-9]\d{0,3}\s*(?:BC|BCE|AD|CE)\b|[1-9]\d{2,3}(?!\d))"
)
# Days under ten as wire copy spells them after the month ("Pay April Three").
SPELLED_DAYS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")
_EVENT_WORDS = frozenset(
    "attack attacks movement incident revolution massacre uprising protests protest coup "
    "riots riot crisis rebellion strike bombing bombings war offensive".split()
)
_HABIT = re.compile(
    r"\b(?:every|each|annually|usually|typically|generally|traditionally|normally|always|"
    r"per\s+year|a\s+year|yearly)\b",
    re.IGNORECASE,
)
_COUNTS = {
    **{w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    "a": 1,
    "an": 1,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_UNITS = {"min": "minute", "hr": "hour", "h": "hour", "d": "day", "wk": "week", "w": "week"}
_UNITS |= {"mo": "month", "yr": "year", "y": "year"}
_SENTENCE_REACH = 200
# Where a sentence ends: a full stop before a space ("10.5 pct" is none), a blank line, a
# line that opens an indented paragraph, or a line break after a short line (a heading, a
# row); a hard wrap, the break after a long line that ends no sentence, is none.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]{2,}\S)|\n")
# A month whose year the text gives by another date, as "a year earlier" does.
_OF_THAT_YEAR = re.compile(
    r"(?:\s+(?:to|and|or|through|until|[-–])\s+[A-Z][a-z]+\.?)?\s+of\s+(?:that|the\s+(?:previous"
    r"|prior|preceding|following|same|next))\s+year\b",
    re.IGNORECASE,
)
_WRAPPED_LINE = 45  # a line this long that ends mid-sentence is hard-wrapped


def read(text: str, match: re.Match[str]) -> Expression | None:
    """The expression a match of relative.py's pattern stands for, or None."""
    form = match.lastgroup
    g = match.groupdict()
    before = WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    previous = before.group(1).lower() if before else ""
    if form == "day":
        return _day(text, match, g, previous)
    if form == "period":
        return _period(match, g, previous)
    if form == "weekend":
        return _weekend(text, match)
    if form == "ago":
        return _ago(match, g)
    if form == "weekday":
        named = before is not None and before.group(1)[:1].isupper()
        named = named and before is not None and "\n" not in text[before.end(1) : match.start()]
        return read_weekday(text, match, g, previous, named)
    if form == "month_day":
        return _month_day(text, match, g, previous)
    if form == "month":
        return _month(text, match, g)
    return None


def _day(text: str, match: re.Match[str], g: dict[str, str], previous: str) -> Expression | None:
    word = g["dword"] or ""
    if previous == "of" and not re.search(
        r"\b[Aa]s\s+of\s+$", text[max(0, match.start() - 8) : match.start()]
    ):
        return None  # "the leaders of tomorrow", but not "as of yesterday"
    opens = opens_sentence(text, match.start())
    if word[:1].isupper() and not opens:
        return None  # a title or name: "The Tonight Show", the song "Yesterday"
    if quoted_alone(text, match.start(), match.end()):
        return None
    sense = today_sense(text, match.start(), match.end(), bool(opens))
    if word.lower() == "today" and sense == "nowadays":
        return None
    hedged = word.lower() == "today" and sense in ("unsure", "likely")
    unit = g["dpart"] or word.lower()
    return Expression(
        match.start(),
        match.end(),
        "day",
        (g["dmod"] or "").lower(),
        unit,
        hedged=hedged,
        news_only=hedged and sense == "likely",
    )


def _period(match: re.Match[str], g: dict[str, str], previous: str) -> Expression | None:
    if previous in POSSESSORS and not g["pmonth"]:  # "the next year", "his last year"
        return None
    month = _month_number(g["pmonth"]) if g["unit"] == "year" else 0
    return Expression(
        match.start(), match.end(), "period", g["pmod"].lower(), g["unit"], month=month
    )


def _weekend(text: str, match: re.Match[str]) -> Expression:
    """ "Over the weekend": the last one when the clause before it tells of the past ("the
    firm said over the weekend that it will…"), else the weekend of the week of writing."""
    low = max(0, match.start() - _SENTENCE_REACH)
    opening = max(text.rfind(mark, low, match.start()) for mark in (". ", "! ", "? ", "\n\n"))
    modifier = "last" if tense(text[max(opening, low) : match.start()]) == "past" else "this"
    return Expression(match.start(), match.end(), "period", modifier, "weekend", news_only=True)


def _ago(match: re.Match[str], g: dict[str, str]) -> Expression:
    """ "Two weeks ago", "a year ago", "a few months ago" (count 0: not said exactly)."""
    word = " ".join(g["count"].lower().split())
    count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
    unit = _UNITS.get(g["agounit"].lower(), g["agounit"].lower())
    return Expression(match.start(), match.end(), "ago", unit=unit, count=count)


def _month_day(
    text: str, match: re.Match[str], g: dict[str, str], previous: str
) -> Expression | None:
    month = _month_number(g["mdmonth"] or g["dmmonth"])
    spelled = g["mdword"]
    digits = g["mdday"] or g["dmday"]
    day = SPELLED_DAYS.index(spelled) + 1 if spelled else int(re.sub(r"\D", "", digits))
    if spelled and not _ends_spelled_day(text, match.end()):
        return None  # "in March Two companies": a count of what follows, not a day
    if not 1 <= day <= 31 or (not g["mdymod"] and _YEAR_AFTER.match(text, match.end())):
        return None
    after = WORD_AFTER.match(text, match.end())
    word = after.group(1) if after else ""
    if word.lower() in _EVENT_WORDS or (previous == "the" and word[:1].isupper()):
        return None  # a name: "the May 4th Movement", "the September 11 attacks"
    return Expression(
        match.start(),
        match.end(),
        "month_day",
        "on" if previous == "on" else "",
        month=month,
        day=day,
        year_modifier=(g["mdymod"] or "").lower(),
    )


def _ends_spelled_day(text: str, end: int) -> bool:
    """A spelled day ends its phrase: punctuation, the end of the line or a function word
    follows ("Record December Four", "expire April Three unless extended")."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1).lower()
    return word in FUNCTION_WORDS or word == "unless" or "\n" in text[end : after.start(1)]


def _month(text: str, match: re.Match[str], g: dict[str, str]) -> Expression | None:
    """A month without a day or year: "last December", "in March", "a planned June meeting"."""
    month = _month_number(g["mname"])
    if g["mmod"]:
        return Expression(match.start(), match.end(), "month", modifier_of(g["mmod"]), month=month)
    after = WORD_AFTER.match(text, match.end())
    following = after.group(1) if after else ""
    if g["mart"]:  # attributive: the month must qualify a noun ("a June meeting")
        if not following[:1].islower() or following.lower() in FUNCTION_WORDS:
            return None
        start = match.start("mname")
    else:  # after a preposition: no name ("May took office") or title ("Ides of March");
        # a verb may follow the phrase it closes, inside a sentence ("talks since
        # December failed"; "Since May took office" opens one with a name)
        closes = past_verb(following) and _lower_word_before(text, match.start())
        if following[:1].isupper() or (
            following and following.lower() not in FUNCTION_WORDS and not closes
        ):
            return None
        if g["mprep"].lower() == "of" and not _lower_word_before(text, match.start()):
            return None
        start = match.start()
    if _OF_THAT_YEAR.match(text, match.end()):
        return None  # "from January to November of the previous year": the text's own year
    # "by the end of May", "since March", "until June": one time, whatever the tense
    deadline = (g["mprep"] or "").lower() in ("by", "of", "since", "until")
    if _habitual(text, match.start(), match.end(), deadline):
        return None
    return Expression(start, match.end(), "month", (g["mprep"] or "").lower(), month=month)


def _lower_word_before(text: str, start: int) -> bool:
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].islower()


def _habitual(text: str, start: int, end: int, deadline: bool) -> bool:
    """Whether the sentence around the span tells of a habit, not of one time.

    "Every year in June", or the present tense alone: "they spawn in March and April",
    "the event is held in June"; "the talks began in March" and "it will launch in
    December" tell of one time.
    """
    first, last = max(0, start - _SENTENCE_REACH), end + _SENTENCE_REACH
    before = [m.end() for m in _stops(text, first, start)]
    after = next(iter(_stops(text, end, last)), None)
    sentence = text[before[-1] if before else first : after.start() if after else last]
    return _HABIT.search(sentence) is not None or (not deadline and tense(sentence) == "")


def _stops(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sentence stops in text[start:end], hard wraps left out."""
    found = []
    for stop in _SENTENCE_STOP.finditer(text, start, end):
        if stop.group() == "\n":
            line = text[text.rfind("\n", 0, stop.start()) + 1 : stop.start()].rstrip()
            if len(line) >= _WRAPPED_LINE:
                continue
        found.append(stop)
    return found


@lru_cache(maxsize=64)
def _month_number(name: str | None) -> int:
    if not name:
        return 0
    return MONTHS[name.rstrip(".").lower()]
