"""Calendar arithmetic for relative dates: "last month" on 2025-06-25 is 2025-05.

Pure functions from an expression and the date it counts from to a value; no text.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from lint.dates.anchors import Anchor
from lint.dates.expressions import MONTH_NAMES, Expression
from lint.dates.tense import Tense

_STEP = {"this": 0, "last": -1, "next": 1}
_DAY_OFFSET = {"yesterday": -1, "tomorrow": 1, "tonight": 0, "today": 0}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_DAY_UNITS = ("week", "weekend")
_BY_DAY = ("minute", "hour", "day", "week")  # "two days ago" needs the day of publication


@dataclass(frozen=True, slots=True)
class Basis:
    """What a relative date counts from, and how to say so."""

    anchor: Anchor | None
    description: str
    publication: bool = False

    def describe(self) -> str:
        """Say where the meaning came from, for a message."""
        if self.publication:
            return f"from the {self.description}"
        return f"year from {self.description}"


@dataclass(frozen=True, slots=True)
class Meaning:
    """A resolved value, or the problem that prevents one."""

    value: str | None
    problem: str = ""
    impossible: bool = False


def meaning(expression: Expression, basis: Basis, timing: Tense = "") -> Meaning:
    """Work out what `expression` means counted from `basis`.

    `timing` is the tense of its sentence: a weekday or a day without a year said of
    the future is the next one after the publication date, said of the past the last
    one before it; otherwise the nearest.
    """
    if expression.form == "month_day" and not _exists(2024, expression.month, expression.day):
        name = f"{MONTH_NAMES[expression.month - 1]} {expression.day}"
        return Meaning(None, f"{name} does not exist in any year", impossible=True)
    anchor = basis.anchor
    if anchor is None:
        return Meaning(None, _unknown(expression))
    if not basis.publication:
        return _from_text(expression, anchor)
    needs_day = expression.form in ("day", "weekday") or expression.unit in _DAY_UNITS
    if expression.form == "ago" and expression.unit in _BY_DAY:
        needs_day = True
    if needs_day and anchor.date is None:
        return Meaning(None, f"it needs the day of publication; the date {anchor.iso} has none")
    if expression.form == "ago":
        return Meaning(_ago(expression, anchor))
    return _from_publication(expression, anchor, timing)


def _unknown(expression: Expression) -> str:
    if expression.deictic:
        return "it counts from when the document was written, and it has no publication date"
    if expression.form == "weekday":
        return "it names a weekday but not its week, and the document has no publication date"
    return "it has no year, and neither the paragraph nor a publication date gives one"


def _from_text(expression: Expression, anchor: Anchor) -> Meaning:
    if expression.form == "weekday" and anchor.date is not None:
        ahead = (expression.weekday - anchor.date.weekday()) % 7
        return Meaning((anchor.date + datetime.timedelta(days=ahead)).isoformat())
    if expression.form == "month_day":
        return _day_in(anchor.year, expression)
    if expression.form == "month":
        return Meaning(f"{anchor.year}-{expression.month:02d}")
    # A quoted deictic date counts from the date its paragraph gives, as far as it goes.
    if _precise_enough(expression, anchor):
        return (
            Meaning(_ago(expression, anchor))
            if expression.form == "ago"
            else (_from_publication(expression, anchor, ""))
        )
    return Meaning(f"around {anchor.iso}")


def _precise_enough(expression: Expression, anchor: Anchor) -> bool:
    if expression.form in ("day", "weekday") or expression.unit in (*_DAY_UNITS, *_BY_DAY):
        return anchor.date is not None
    return bool(anchor.month) or expression.unit in ("year", "decade")


def _from_publication(expression: Expression, anchor: Anchor, timing: Tense) -> Meaning:
    year, month, day = anchor.year, anchor.month, anchor.date
    form = expression.form
    if form == "day" and day is not None:
        shift = _DAY_OFFSET.get(expression.unit, -1 if expression.modifier == "last" else 0)
        return Meaning((day + datetime.timedelta(days=shift)).isoformat())
    if form == "weekday" and day is not None:
        return Meaning(_weekday(day, expression, timing == "future").isoformat())
    if form == "period":
        return Meaning(_period(expression, year, month, day))
    if expression.year_modifier:
        year += _STEP[expression.year_modifier]
        if form == "month_day":
            return _day_in(year, expression)
        return Meaning(f"{year}-{expression.month:02d}")
    if form == "month_day":
        reference = day or datetime.date(year, month, 15)
        return _day_in(_year_of_day(reference, expression, timing), expression)
    return Meaning(f"{_month_year(expression, year, month):04d}-{expression.month:02d}")


def _ago(expression: Expression, anchor: Anchor) -> str:
    """ "Two weeks ago" counted back from the publication date; "a few years ago" roughly."""
    unit, count = expression.unit, expression.count
    if not count:
        return f"some {unit}s before {anchor.iso}"
    if unit in _BY_DAY and anchor.date is not None:
        days = {"minute": 0, "hour": 0, "day": count, "week": 7 * count}[unit]
        day = anchor.date - datetime.timedelta(days=days)
        if unit == "week":
            return f"week of {(day - datetime.timedelta(days=day.weekday())).isoformat()}"
        return day.isoformat()
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{anchor.year - count * (10 if unit == 'decade' else 1)}"


def _weekday(day: datetime.date, expression: Expression, future: bool) -> datetime.date:
    back = (day.weekday() - expression.weekday) % 7
    ahead = (expression.weekday - day.weekday()) % 7
    if expression.modifier == "last":
        return day - datetime.timedelta(days=back or 7)
    if expression.modifier in ("next", "coming"):
        return day + datetime.timedelta(days=ahead or 7)
    if expression.modifier == "this":
        return day - datetime.timedelta(days=day.weekday() - expression.weekday)
    return day + datetime.timedelta(days=ahead) if future else day - datetime.timedelta(days=back)


def _period(expression: Expression, year: int, month: int, day: datetime.date | None) -> str:
    step, unit = _STEP[expression.modifier], expression.unit
    if unit == "year":
        shown = f"{year + step}"
        return f"{shown}-{expression.month:02d}" if expression.month else shown
    if unit == "month":
        index = year * 12 + month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit in _DAY_UNITS and day is not None:
        monday = day - datetime.timedelta(days=day.weekday()) + datetime.timedelta(weeks=step)
        if unit == "weekend":
            return f"weekend of {(monday + datetime.timedelta(days=5)).isoformat()}"
        return f"week of {monday.isoformat()}"
    if unit == "quarter":
        index = year * 4 + (month - 1) // 3 + step
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "semester":
        index = year * 2 + (month > 6) + step
        return f"{('spring', 'fall')[index % 2]} semester {index // 2}"
    return _season(unit, year, month, step)


def _season(unit: str, year: int, month: int, step: int) -> str:
    if unit == "winter":  # a winter runs from December to February and is named by both years
        if month == 12 or month <= 2:
            start = (year if month == 12 else year - 1) + step
        else:
            start = year - 1 if step == -1 else year
        return f"winter {start}-{start + 1}"
    first, last = _SEASONS[unit]
    if step == -1:  # the season before this year's, unless this year's ended long ago
        year -= 1 if month <= last + 3 else 0
    elif step == 1:
        year += 1 if month >= first else 0
    return f"{unit} {year}"


def _month_year(expression: Expression, year: int, month: int) -> int:
    if expression.modifier == "last":
        return year if expression.month < month else year - 1
    if expression.modifier == "next":
        return year if expression.month > month else year + 1
    if expression.modifier == "this":
        return year
    current = year * 12 + month
    return min(
        (year - 1, year, year + 1), key=lambda y: (abs(y * 12 + expression.month - current), y)
    )


def _year_of_day(reference: datetime.date, expression: Expression, timing: Tense) -> int:
    """The year that puts the day after the reference (future), before it (past), or nearest.

    A day need not exist in the year chosen: February 29 said in 2023 is impossible.
    """

    def offset(year: int) -> int:
        last = calendar.monthrange(year, expression.month)[1]
        day = datetime.date(year, expression.month, min(expression.day, last))
        return (day - reference).days

    years = (reference.year - 1, reference.year, reference.year + 1)
    if timing == "future":
        return min((y for y in years if offset(y) >= 0), key=offset)
    if timing == "past":
        return max((y for y in years if offset(y) <= 0), key=offset)
    return min(years, key=lambda y: abs(offset(y)))


def _day_in(year: int, expression: Expression) -> Meaning:
    if not _exists(year, expression.month, expression.day):
        name = f"{MONTH_NAMES[expression.month - 1]} {expression.day}"
        return Meaning(None, f"{name} does not exist in {year}", impossible=True)
    return Meaning(datetime.date(year, expression.month, expression.day).isoformat())


def _exists(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
