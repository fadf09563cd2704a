"""Relative and incomplete dates in text: "next year", "said Tuesday", "June 8", "in May".

Only expressions whose meaning depends on a date the text does not give are found:
deictic ones ("last month", "yesterday", "two weeks ago", "this spring", "over the
weekend", a weekday in news style: "said Thursday") that count from the day the
document was written, and calendar dates without a year ("on May 24", "8 June", "in
March", "a planned June meeting"). Anaphoric ones ("the next year", "that May", "four
months later") count from a time the text itself names and are left alone, as are habits
("on Mondays", "in June each year") and names ("Black Friday", "the May Fourth
Movement"): lint/dates/readings.py tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs

from lint.dates.expressions import FULL_MONTHS, MONTH_NAMES, WEEKDAYS, Expression
from lint.dates.readings import SPELLED_DAYS, read

# An abbreviation is a month before a day even without its dot: "Sep 23", "Jan. 11".
_ABBREVIATED = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_ANY_MONTH = rf"(?:{FULL_MONTHS}|{_ABBREVIATED})"
# Wire datelines and all-caps headlines write the month in capitals: "NEW YORK, MARCH 9 -".
_DAY_MONTH = rf"(?:{_ANY_MONTH}|{'|'.join(m.upper() for m in MONTH_NAMES)})"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# Wire copy spells days under ten after the month, capitalised: "Pay April Three".
_SPELLED_DAY = "|".join(SPELLED_DAYS)
# Up to 99: "10,000 years ago" dates nothing the publication date would fix.
_COUNT = (
    r"(?<![\d,.])\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+few|a\s+couple\s+of|several|some"
)


def _ci(*words: str) -> str:
    """Words that may start a sentence: the first letter in either case."""
    return "|".join(f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" for w in words)


_PATTERNS = {
    # "today" alone is as often "nowadays"; only its clearly dated uses count.
    "day": rf"\b(?:(?P<dword>{_ci('yesterday', 'tomorrow', 'tonight', 'today')})|"
    rf"(?P<dmod>{_ci('this', 'last')})\s+(?P<dpart>morning|afternoon|evening|night))\b",
    "period": rf"\b(?:(?P<pmonth>{FULL_MONTHS})\s+(?:of\s+)?(?=(?:this|last|next)\s+year))?"
    rf"(?:(?P<pre>{_ci('earlier', 'later')}|{_ci('early', 'late', 'mid')}-?)\s*)?"
    rf"(?P<pmod>{_ci('this', 'last', 'next')})\s+"
    r"(?P<unit>week|weekend|month|year|spring|summer|autumn|fall|winter|semester|quarter)\b",
    # "said over the weekend", "met at the weekend": the weekend the story stands in (not
    # "over the weekend of January 8-9", which names it).
    "weekend": rf"\b(?P<wkprep>{_ci('over', 'at', 'during')})\s+the\s+weekend\b(?!\s+of\b)",
    # "two weeks ago", "a year ago", and the stamps of pages: "15d ago", "3 hrs ago".
    "ago": rf"\b(?P<count>(?i:{_COUNT}))(?:\s+|(?<=\d))"
    r"(?P<agounit>minute|min|hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y|decade)s?\s+ago\b",
    "month_day": rf"\b(?:(?P<mdmonth>{_DAY_MONTH})\s+"
    rf"(?:(?P<mdday>{_DAY})|(?P<mdword>{_SPELLED_DAY}))|"
    rf"(?P<dmday>{_DAY})\s+(?:of\s+)?(?P<dmmonth>{_DAY_MONTH}))\b(?![.,]?\d)"
    rf"(?:,?\s+(?:of\s+)?(?P<mdymod>this|last|next)\s+year\b)?",
    "weekday": rf"\b(?:(?P<wmod>[Tt]his\s+past|"
    rf"{_ci('on', 'last', 'next', 'this', 'since', 'by', 'until')}|"
    rf"{_ci('from', 'before', 'after', 'early', 'late', 'earlier', 'later', 'coming')}|"
    r"[Aa]s\s+of)\s+)?"
    rf"(?P<wname>{'|'.join(WEEKDAYS)})(?!s\b)(?:['’]s)?\b"
    r"(?:\s+(?P<wpart>morning|afternoon|evening|night)(?P<wplural>s)?\b)?",
    # A month with "last"/"next"/"this", after a preposition ("in June", "since March",
    # "in mid-April", "by the end of May") or between an article and a noun ("a planned
    # June meeting"); never when a day or a year follows, which other forms read.
    "month": rf"(?:\b(?P<mmod>[Tt]his\s+past|{_ci('last', 'next', 'this')})\s+|"
    rf"\b(?P<mprep>{_ci('in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'for')}|"
    rf"{_ci('before', 'after', 'of', 'early', 'late', 'mid')})-?\s*"
    r"(?:(?:early|late|mid)-?\s*)?|"
    rf"\b(?P<mart>{_ci('a', 'an', 'the')})\s+(?:[a-z]+\s+)?)"
    rf"(?P<mname>{FULL_MONTHS})(?:['’]s)?\b"
    r"(?!,?\s+(?:of\s+)?(?:this|last|next)\s+year|\s+[0-3]?\d(?:st|nd|rd|th)?\b|,?\s+\d{3,4}|"
    rf"\s+(?:{_SPELLED_DAY})\b)",
}
# NOTE: alternation order matters: "December last year" is a period, "June 8" a month_day.
_ORDER = ("day", "period", "weekend", "ago", "month_day", "weekday", "month")
_EXPRESSION = re.compile("|".join(f"(?P<{k}>{_PATTERNS[k]})" for k in _ORDER))
# The words an expression holds, and the forms that can hold each: the window around a
# word is searched with those forms only.
_FORMS_OF = {
    **dict.fromkeys(
        "yesterday tomorrow tonight today night morning afternoon evening".split(), ("day",)
    ),
    **dict.fromkeys(
        "week month year spring summer autumn fall winter semester quarter".split(),
        ("period",),
    ),
    "weekend": ("period", "weekend"),
    "ago": ("ago",),
    **dict.fromkeys((w.lower() for w in WEEKDAYS), ("weekday",)),
    **dict.fromkeys(
        [
            *(m.lower() for m in MONTH_NAMES),
            *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
        ],
        ("period", "month_day", "month"),
    ),
}
_FORM_PATTERNS = {
    forms: re.compile("|".join(f"(?P<{k}>{_PATTERNS[k]})" for k in forms))
    for forms in set(_FORMS_OF.values())
}
_WORDS = list(_FORMS_OF)
_TRIGGERS = ahocorasick_rs.AhoCorasick(_WORDS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_REACH_BEFORE = 40  # "December of last ", "earlier this ", "a couple of months " fit before
_REACH_AFTER = 40  # "24th, this year" or " morning" follow it


def find_expressions(text: str, start: int, end: int) -> Iterator[Expression]:
    """Yield the relative and incomplete dates in `text[start:end]`.

    Each expression holds one of a few words (a weekday, a month, "year", "ago",
    "yesterday"…); one Aho-Corasick pass finds them, and the full pattern runs only in
    a window around each: the same expressions as a scan of the whole text, far faster.
    """
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a few characters lower-case to two: scan it all
        yield from _scan(text, start, end)
        return
    cursor = start
    for index, s, e in _TRIGGERS.find_matches_as_indexes(lowered):
        low, high = start + s, start + e
        if low < cursor or not _word_at(lowered, s, e):
            continue
        window = (max(cursor, low - _REACH_BEFORE), min(end, high + _REACH_AFTER))
        match = _holding(_FORM_PATTERNS[_FORMS_OF[_WORDS[index]]], text, low, high, window)
        if match is not None:
            cursor = match.end()
            expression = read(text, match)
            if expression is not None:
                yield expression


def _holding(
    pattern: re.Pattern[str], text: str, low: int, high: int, window: tuple[int, int]
) -> re.Match[str] | None:
    """The match of `pattern` in `window` that holds text[low:high], if any."""
    for match in pattern.finditer(text, *window):
        if match.start() > low:
            return None
        if match.end() >= high:
            return match
    return None


def _scan(text: str, start: int, end: int) -> Iterator[Expression]:
    for match in _EXPRESSION.finditer(text, start, end):
        expression = read(text, match)
        if expression is not None:
            yield expression


def _word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word (an abbreviation may end with its dot)."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isalnum() or (after.isalnum() and text[end - 1] != "."))
