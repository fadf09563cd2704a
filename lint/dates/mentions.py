"""Calendar dates written in text: "25 June 2025", "06/25/2025", "Apr. 2024", "12.22.14".

Shared by the dates, provenance and figures families. `find_dates` reads dates with a
four-digit year anywhere; `find_line_dates` also reads the shapes that only a date line
of a page header uses: two-digit years ("Posted on 12/16/08", "11.03.17", "12th Jan '19")
dates glued to a name by a naive text dump ("By Jane Holm2014-12-22") and clock stamps
with the year after the time ("Tue Mar  3 09:37:53 1987").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# French and Spanish month names, which sites that syndicate English copy keep in a page
# header ("12 mars 1987", "12 de marzo de 1987"). Read in date lines only, always with a
# day before them: in running text "Mars 2020" is a mission, not a month.
FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janvier", "enero"),
            ("février", "fevrier", "febrero"),
            ("mars", "marzo"),
            ("avril", "abril"),
            ("mai", "mayo"),
            ("juin", "junio"),
            ("juillet", "julio"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre"),
            ("octobre", "octubre"),
            ("novembre", "noviembre"),
            ("décembre", "decembre", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
Convention = Literal["auto", "mdy", "dmy"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
# {B} is the left edge of a date: a word boundary in running text; in a date line also
# the seam of two glued words ("SportsOctober 13", "Holm2014-12-22").
_FORMS = {
    # 2025-06-25, 2025/06/25, 2025.06.25: one separator, used twice.
    "iso": rf"{{B}}{_YEAR}(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d|[-/.]\d)",
    # 06/25/2025, 25.06.2025, 25-06-2025.
    "numeric": r"{B}(?<!\d[./-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:1[6-9]|20)\d\d)\b",
    "mdy": rf"{{B}}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    # 25 June 2025, 25th of June, 2025, and the hyphenated 25-Jun-2025 of logs and feeds.
    "dmy": rf"{{B}}{_WEEKDAY}{_DAY}(?:\s+(?:of\s+)?|-(?=[^\W\d_])){_MONTH}(?:,?\s+|-){_YEAR}\b",
    "my": rf"{{B}}{_MONTH},?\s+{_YEAR}\b",
}
# Two-digit years, read in date lines only: "12/16/08", "11.03.17" (not "1.2.3" or a score).
_SHORT_FORM = (
    "short",
    r"{B}(?<!\d[./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)(?![\d/.]|\.\d)",
)
# Apostrophe years, in date lines only: "12th Jan '19", "Jan 12, '19".
_APOSTROPHE_YEAR = r"['\u2018\u2019](?P<yy>\d\d)\b"
_APOSTROPHE_FORMS = (
    ("apos_mdy", rf"{{B}}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_APOSTROPHE_YEAR}"),
    ("apos_dmy", rf"{{B}}{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_APOSTROPHE_YEAR}"),
    # ... and the day-month-year of logs and wire dumps, with no apostrophe: "26-FEB-87",
    # "26 FEB 87 15:01", ending the date (not "5 May 21 people", "3 May 12:30").
    (
        "short_dmy",
        rf"{{B}}{_DAY}(?P<sep>[- ]){_MONTH}(?P=sep)(?P<yy>\d\d)"
        r"(?=\s*(?:$|[<|,;)\]]|[0-2]?\d:[0-5]\d|(?-i:[A-Z]{2,4})\b))",
    ),
)
# A day, a French or Spanish month name and the year, Spanish with its "de", the weekday
# before it taken in: "12 mars 1987", "jeudi 12 mars 1987", "lunes, 9 de marzo de 1987",
# "12 de marzo de 1987", "1er avril 1987" (date lines only).
_FOREIGN_FORM = (
    "foreign",
    r"{B}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?\s+)?"
    r"(?P<day>[0-3]?\d)(?:er)?\s+(?:de\s+)?(?P<month>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s+(?:de\s+)?(?P<year>(?:1[6-9]|20)\d\d)\b",
)
# The clock stamp of logs and wire archives, the year after the time: "Tue Mar  3 09:37:53
# 1987", "Mon Oct 19 15:14 EST 1987" (date lines only).
_CLOCK_FORM = (
    "clock",
    rf"{{B}}{_WEEKDAY}{_MONTH}\s+{_DAY}\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s+[A-Z]{{2,4}})?\s+{_YEAR}\b",
)
# A line that holds nothing but a short date with hyphens, as a syndication credit or a
# print stamp sets it ("3-12-87"); within other text "3-12-87" is as often a score or a
# range, so the shape is read only when it is the whole line.
_BARE_DASHED = re.compile(r"\s*(?P<date>(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<yy>\d\d))\s*")
_WORD_EDGE = r"\b"
_GLUED_EDGE = r"(?:\b|(?<=[^\W\d_])(?=\d)|(?-i:(?<=[a-z])(?=[A-Z])))"
_YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d\d")
_LINE_YEAR = re.compile(
    r"(?:1[6-9]|20)\d\d|(?<=\d[/.])\d\d(?![\d/.])|(?<=['\u2018\u2019])\d\d\b|"
    r"(?<=[A-Za-z][- ])\d\d(?![\d:.])"
)
_REACH_BEFORE = 64  # "Wednesday, 12th of September, " and more fit before the year
# NOTE: a clock stamp puts the time before the year ("Tue Mar  3 09:37:53 1987"), the
# longest form before it fits this reach too.
_REACH_AFTER = 12  # "-06-25" and the character after it fit after the year
_CENTURY_PIVOT = 70  # a two-digit year below this is 20xx, else 19xx


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date written in the text, as a half-open span.

    `day` is None for a month-and-year date ("Apr. 2024"). `valid` is False for a
    date that does not exist (31 April). `ambiguous` is True for a numeric date
    whose day and month could be swapped (03/04/2025) under the `auto` convention.
    `numeric` is "mdy" or "dmy" when the digits alone show the order (06/25/2025).
    """

    start: int
    end: int
    year: int
    month: int
    day: int | None
    valid: bool = True
    ambiguous: bool = False
    numeric: Literal["mdy", "dmy", ""] = ""

    @property
    def date(self) -> datetime.date | None:
        """The date, for a valid day-precision mention."""
        if self.day is None or not self.valid:
            return None
        return datetime.date(self.year, self.month, self.day)

    def iso(self) -> str:
        """YYYY-MM-DD, or YYYY-MM for a month-precision date."""
        head = f"{self.year:04d}-{self.month:02d}"
        return head if self.day is None else f"{head}-{self.day:02d}"

    def shifted(self, offset: int) -> DateMention:
        """The same mention, its span moved by `offset` characters."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@lru_cache(maxsize=2)
def _pattern(line_forms: bool) -> re.Pattern[str]:
    edge = _GLUED_EDGE if line_forms else _WORD_EDGE
    line_only = [_SHORT_FORM, *_APOSTROPHE_FORMS, _CLOCK_FORM, _FOREIGN_FORM] if line_forms else []
    forms = [*_FORMS.items(), *line_only]
    named = [(k, v.replace("?P<", f"?P<{k}_").replace("?P=", f"?P={k}_")) for k, v in forms]
    return re.compile(
        "|".join(f"(?P<{k}>{v.replace('{B}', edge)})" for k, v in named), re.IGNORECASE
    )


def find_dates(
    text: str, start: int = 0, end: int | None = None, convention: Convention = "auto"
) -> Iterator[DateMention]:
    """Yield the calendar dates in `text[start:end]` (full dates and month-year dates).

    Every form holds a four-digit year, so the full pattern runs only in a window
    around each year: the same mentions as a scan of the whole text, far faster.
    """
    stop = len(text) if end is None else end
    cursor = start
    pattern = _pattern(False)
    for year in _YEAR_DIGITS.finditer(text, start, stop):
        if year.start() < cursor:
            continue
        low = max(cursor, year.start() - _REACH_BEFORE)
        for match in pattern.finditer(text, low, min(stop, year.end() + _REACH_AFTER)):
            if match.start() > year.start():
                break
            if match.end() >= year.end():
                cursor = match.end()
                mention = _mention(match, convention)
                if mention is not None:
                    yield mention
                break


def find_line_dates(line: str, convention: Convention = "auto") -> list[DateMention]:
    """The dates of one short line, with the shapes only date lines use (see the module doc).

    As in `find_dates`, the pattern runs only in a window around each year (four digits,
    or the two of a short numeric date).
    """
    bare = _BARE_DASHED.fullmatch(line)
    if bare is not None:
        return _dashed(bare, convention)
    found: list[DateMention] = []
    cursor = 0
    pattern = _pattern(True)
    for year in _LINE_YEAR.finditer(line):
        if year.start() < cursor:
            continue
        low = max(cursor, year.start() - _REACH_BEFORE)
        for match in pattern.finditer(line, low, min(len(line), year.end() + _REACH_AFTER)):
            if match.start() > year.start():
                break
            if match.end() >= year.end():
                cursor = match.end()
                mention = _mention(match, convention)
                if mention is not None:
                    found.append(mention)
                break
    return found


def _dashed(match: re.Match[str], convention: Convention) -> list[DateMention]:
    """The date of a line that holds only "3-12-87" or "03-12-87"."""
    first, second = int(match["a"]), int(match["b"])
    month, day, ambiguous = _numeric(first, second, convention)
    short = int(match["yy"])
    year = short + (2000 if short < _CENTURY_PIVOT else 1900)
    if not 1 <= month <= 12:
        return []
    valid = _exists(year, month, day)
    numeric: Literal["mdy", "dmy", ""] = (
        "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else ""
    )
    start, end = match.span("date")
    return [DateMention(start, end, year, month, day, valid, ambiguous, numeric)]


def _mention(match: re.Match[str], convention: Convention) -> DateMention | None:
    form = match.lastgroup or ""
    g = match.groupdict()
    ambiguous = False
    numeric: Literal["mdy", "dmy", ""] = ""
    day: int | None
    if form in ("short", "apos_mdy", "apos_dmy", "short_dmy"):
        short = int(g[f"{form}_yy"])
        year = short + (2000 if short < _CENTURY_PIVOT else 1900)
    else:
        year = int(g[f"{form}_year"])
    if form == "iso":
        month, day = int(g["iso_m"]), int(g["iso_d"])
    elif form in ("numeric", "short"):
        first, second = int(g[f"{form}_a"]), int(g[f"{form}_b"])
        month, day, ambiguous = _numeric(first, second, convention)
        numeric = "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else ""
    elif form == "foreign":
        month, day = FOREIGN_MONTHS[g["foreign_month"].lower()], int(g["foreign_day"])
    else:
        month = MONTHS[g[f"{form}_month"].lower()]
        day = None if form == "my" else int(g[f"{form}_day"])
    if not 1 <= month <= 12:
        return None
    valid = _exists(year, month, day)
    return DateMention(match.start(), match.end(), year, month, day, valid, ambiguous, numeric)


def _numeric(first: int, second: int, convention: Convention) -> tuple[int, int, bool]:
    """Return (month, day, ambiguous) for `first/second/year`."""
    if first > 12 >= second:
        return second, first, False
    if second > 12 >= first:
        return first, second, False
    if convention == "dmy":
        return second, first, False
    return first, second, convention == "auto" and first != second


def _exists(year: int, month: int, day: int | None) -> bool:
    if day is None:
        return True
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
