"""Relative and incomplete dates in text: "next year", "on Tuesday", "June 8", "in May".

Only expressions whose meaning depends on a date the text does not give are found:
deictic ones ("last month", "yesterday", "this spring") that count from the day the
document was written, and calendar dates without a year ("on May 24", "8 June",
"in March"). Anaphoric ones ("the next year", "that May", "four months later")
count from a time the text itself names and are left alone, as are habits
("on Mondays") and names ("Black Friday", "the May Fourth Movement").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import ahocorasick_rs

from lint.dates.dating import MONTHS
from lint.dates.tense import dated_today
from lint.text import STOPWORDS

Form = Literal["day", "period", "weekday", "month_day", "month"]

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_ABBREVIATED = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_FULL = "|".join(MONTH_NAMES)
_ANY_MONTH = rf"(?:{_FULL}|{_ABBREVIATED})"
_YEAR = r"(?:1[6-9]|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"


def _ci(*words: str) -> str:
    """Words that may start a sentence: the first letter in either case."""
    return "|".join(f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" for w in words)


def _year_modifier(group: str) -> str:
    """An optional "this year" / "last year" after a month: "in December last year"."""
    return rf"(?:,?\s+(?:of\s+)?(?P<{group}>this|last|next)\s+year\b)?"


_PATTERNS = {
    # "today" alone is as often "nowadays"; only its clearly dated uses count.
    "day": rf"\b(?:(?P<dword>{_ci('yesterday', 'tomorrow', 'tonight', 'today')})|"
    rf"(?P<dmod>{_ci('this', 'last')})\s+(?P<dpart>morning|afternoon|evening|night))\b",
    "period": rf"\b(?:(?P<pmonth>{_FULL})\s+(?:of\s+)?(?=(?:this|last|next)\s+year))?"
    rf"(?:(?P<pre>{_ci('earlier', 'later')}|{_ci('early', 'late', 'mid')}-?)\s*)?"
    rf"(?P<pmod>{_ci('this', 'last', 'next')})\s+"
    r"(?P<unit>week|weekend|month|year|spring|summer|autumn|fall|winter|semester|quarter)\b",
    "weekday": rf"\b(?:(?P<wmod>[Tt]his\s+past|"
    rf"{_ci('on', 'last', 'next', 'this', 'since', 'by', 'until')}|"
    rf"{_ci('from', 'before', 'after', 'early', 'late', 'earlier', 'later', 'coming')}|"
    r"[Aa]s\s+of)\s+)?"
    rf"(?P<wname>{'|'.join(WEEKDAYS)})(?!s\b)(?:['’]s)?\b"
    r"(?:\s+(?P<wpart>morning|afternoon|evening|night)(?P<wplural>s)?\b)?",
    "month_day": rf"\b(?:(?P<mdmonth>{_ANY_MONTH})\s+(?P<mdday>{_DAY})|"
    rf"(?P<dmday>{_DAY})\s+(?:of\s+)?(?P<dmmonth>{_ANY_MONTH}))\b(?![.,]?\d)"
    rf"(?:,?\s+(?:of\s+)?(?P<mdymod>this|last|next)\s+year\b)?",
    # A month alone is a date only with "last", "next" or "this": "in June" is as often a
    # habit ("flowers in June") as a date, and "May" and "August" are also names.
    "month": rf"\b(?P<mmod>[Tt]his\s+past|{_ci('last', 'next', 'this')})\s+"
    rf"(?P<mname>{_FULL})\b",
}
# NOTE: alternation order matters: "December last year" is a period, "June 8" a month_day.
_ORDER = ("day", "period", "month_day", "weekday", "month")
_EXPRESSION = re.compile("|".join(f"(?P<{k}>{_PATTERNS[k]})" for k in _ORDER))
# The year that completes a date, after a range or list of days: "May 29–31, 2025",
# "February 19, 25 and 26, 2005", "16 August 1492", "12 August 30 BC".
_YEAR_AFTER = re.compile(
    r"(?:\s*(?:,|and|&|or|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\b)*,?\s+(?:of\s+)?"
    r"(?:[1-9]\d{0,3}\s*(?:BC|BCE|AD|CE)\b|[1-9]\d{2,3}(?!\d))"
)
_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:{_ANY_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_FULL})\b")
_RANGE_AFTER = re.compile(
    rf"\s*(?:to|through|until|till|and|or|-|–|—)\s*(?:{'|'.join(WEEKDAYS)})\b"
)
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"'“‘(]?$")
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,300}")
_QUOTES = "\"“”‘’'«»"
_POSSESSORS = frozenset("the a an its his her their our my your that every each whose one".split())
_EVENT_WORDS = frozenset(
    "attack attacks movement incident revolution massacre uprising protests protest coup "
    "riots riot crisis rebellion strike bombing bombings war offensive".split()
)
_TRIGGERS = ahocorasick_rs.AhoCorasick(
    [
        *"yesterday tomorrow tonight today night morning afternoon evening".split(),
        *"week weekend month year spring summer autumn fall winter semester quarter".split(),
        *(w.lower() for w in WEEKDAYS),
        *(m.lower() for m in MONTH_NAMES),
        *"jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split(),
    ],
    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
)
_REACH_BEFORE = 40  # "December of last " or "earlier this " stand before the word
_REACH_AFTER = 40  # "24th, this year" or " morning" follow it
_FUNCTION_WORDS = STOPWORDS | {"through", "to", "until", "till"}


@dataclass(frozen=True, slots=True)
class Expression:
    """A relative or incomplete date as written: span, form and its parts."""

    start: int
    end: int
    form: Form
    modifier: str = ""  # this / last / next / on / since ... (lower case)
    unit: str = ""  # week, month, year, spring, ... for periods; morning, ... for days
    month: int = 0
    day: int = 0
    weekday: int = -1  # 0 = Monday
    year_modifier: str = ""  # "last" in "December last year"

    @property
    def deictic(self) -> bool:
        """Counts from the day of writing; otherwise a preceding year in the text may fix it."""
        if self.form in ("day", "period") or self.year_modifier:
            return True
        return self.modifier in ("this", "last", "next", "coming")


def find_expressions(text: str, start: int, end: int) -> Iterator[Expression]:
    """Yield the relative and incomplete dates in `text[start:end]`.

    Each expression holds one of a few words (a weekday, a month, "year",
    "yesterday"…); one Aho-Corasick pass finds them, and the full pattern runs only in
    a window around each: the same expressions as a scan of the whole text, far faster.
    """
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a few characters lower-case to two: scan it all
        yield from _scan(text, start, end)
        return
    cursor = start
    for _, s, e in _TRIGGERS.find_matches_as_indexes(lowered):
        low, high = start + s, start + e
        if low < cursor or not _word_at(lowered, s, e):
            continue
        window = (max(cursor, low - _REACH_BEFORE), min(end, high + _REACH_AFTER))
        match = _holding(text, low, high, window)
        if match is not None:
            cursor = match.end()
            expression = _expression(text, match)
            if expression is not None:
                yield expression


def _holding(text: str, low: int, high: int, window: tuple[int, int]) -> re.Match[str] | None:
    """The match of the full pattern in `window` that holds text[low:high], if any."""
    for match in _EXPRESSION.finditer(text, *window):
        if match.start() > low:
            return None
        if match.end() >= high:
            return match
    return None


def _scan(text: str, start: int, end: int) -> Iterator[Expression]:
    for match in _EXPRESSION.finditer(text, start, end):
        expression = _expression(text, match)
        if expression is not None:
            yield expression


def _word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word (an abbreviation may end with its dot)."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isalnum() or (after.isalnum() and text[end - 1] != "."))


def _expression(text: str, match: re.Match[str]) -> Expression | None:
    form = match.lastgroup
    g = match.groupdict()
    s, e = match.start(), match.end()
    before = _WORD_BEFORE.search(text, max(0, s - 40), s)
    previous = before.group(1).lower() if before else ""
    if form == "day":
        return _day(text, match, g, previous)
    if form == "period":
        if previous in _POSSESSORS and not g["pmonth"]:  # "the next year", "his last year"
            return None
        month = _month(g["pmonth"]) if g["unit"] == "year" else 0
        return Expression(s, e, "period", g["pmod"].lower(), g["unit"], month=month)
    if form == "weekday":
        return _weekday(text, match, g, previous)
    if form == "month_day":
        return _month_day(text, match, g, previous)
    if form == "month":
        return Expression(s, e, "month", _modifier(g["mmod"]), month=_month(g["mname"]))
    return None


def _day(text: str, match: re.Match[str], g: dict[str, str], previous: str) -> Expression | None:
    word = g["dword"] or ""
    if previous == "of" and not re.search(
        r"\b[Aa]s\s+of\s+$", text[max(0, match.start() - 8) : match.start()]
    ):
        return None  # "the leaders of tomorrow", but not "as of yesterday"
    opens = _SENTENCE_START.search(text, max(0, match.start() - 4), match.start())
    if word[:1].isupper() and not opens:
        return None  # a title or name: "The Tonight Show", the song "Yesterday"
    if _quoted_alone(text, match.start(), match.end()):
        return None
    if word.lower() == "today" and not dated_today(text, match.start(), match.end(), bool(opens)):
        return None
    unit = g["dpart"] or word.lower()
    return Expression(match.start(), match.end(), "day", (g["dmod"] or "").lower(), unit)


def _modifier(word: str) -> str:
    """One modifier for each meaning: "this past" says what "last" says."""
    word = " ".join(word.lower().split())
    return "last" if word == "this past" else word


def _weekday(
    text: str, match: re.Match[str], g: dict[str, str], previous: str
) -> Expression | None:
    modifier = _modifier(g["wmod"] or "")
    if not modifier and not g["wpart"]:
        return None  # a bare weekday is too often part of a name or a heading
    if g["wplural"] or previous in _POSSESSORS or _RANGE_AFTER.match(text, match.end()):
        return None  # habits: "on Sunday evenings", "every Monday", "Monday to Friday"
    if _DATE_AFTER.match(text, match.end()) or _capitalised_after(text, match.end()):
        return None  # "Tuesday, June 3" is a date; "Sunday Times" is a name
    after = _WORD_AFTER.match(text, match.end())
    if g["wpart"] and after and after.group(1).lower() not in _FUNCTION_WORDS:
        return None  # an attribute: "Thursday night previews", "a Sunday morning service"
    return Expression(
        match.start(), match.end(), "weekday", modifier, weekday=WEEKDAYS.index(g["wname"])
    )


def _month_day(
    text: str, match: re.Match[str], g: dict[str, str], previous: str
) -> Expression | None:
    month = _month(g["mdmonth"] or g["dmmonth"])
    day = int(re.sub(r"\D", "", g["mdday"] or g["dmday"]))
    if not 1 <= day <= 31 or (not g["mdymod"] and _YEAR_AFTER.match(text, match.end())):
        return None
    after = _WORD_AFTER.match(text, match.end())
    word = after.group(1) if after else ""
    if _event(word) or (previous == "the" and word[:1].isupper()):
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


def _capitalised_after(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1)[0].isupper()


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A quoted title: the expression is all that stands between two quote marks."""
    return text[start - 1 : start] in _QUOTES and text[end : end + 1] in _QUOTES


def _event(word: str) -> bool:
    return word.lower() in _EVENT_WORDS


@lru_cache(maxsize=64)
def _month(name: str | None) -> int:
    if not name:
        return 0
    return MONTHS[name.rstrip(".").lower()]
