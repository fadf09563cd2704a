"""Every number of a sentence as written, for comparing restatements: value, unit, bound.

Unlike `numbers.quantities`, which keeps only the figures it can attach to a subject,
this reads every number, because a restatement is recognised by its words, not by
what the number measures: "98 to 96", "a nine-count indictment", "7-1/4 dlrs",
"60-kilo bags". Each number becomes a slot (a value in base units, with the unit,
bound and rounding precision) or a time (a year, a day of a month, a clock time),
which tells statements of different periods apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.figures import units
from lint.figures.bounds import bound_before
from lint.figures.numbers import SCALES, labelled

_WORDS = dict(
    (word, int(value))
    for word, value in (
        item.split("=")
        for item in """one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10
        eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17
        eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70
        eighty=80 ninety=90 hundred=100 dozen=12""".split()
    )
)
_SCALE = r"hundred|thousand|million|billion|trillion|trn|tn|bln|bn|mln|mn|crore|lakh|[kmb]"
_NUMBER = re.compile(
    rf"(?P<cur>{units.CURRENCY_PREFIX})?"
    r"(?:(?P<whole>\d+)[-\s](?P<fn>\d)/(?P<fd>[1-9]\d?)(?![\d/])"  # 7-1/4
    r"|(?<![\d/.])(?P<frac>\d)/(?P<den>[1-9]\d?)(?![\d/])"  # 1/8
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)"
    r"(?:(?P<dash>[-–])(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(?![\d/]))?"
    rf"|(?P<word>(?i:{'|'.join(_WORDS)}))\b)"
    rf"(?:(?P<sep>[\s-]?)(?P<scale>(?i:{_SCALE}))(?![\w$]))?"
)
_PREFIX_END = re.compile(rf"(?:{units.CURRENCY_PREFIX})$")
_PREFIX_LAST = frozenset(p.strip()[-1] for p in units.PREFIXES)
_LOOSE_SCALES = frozenset({"k", "m", "b"})
_GLUE = "_/·[=<>≤≥±×~−"  # a number after these is a code, a citation or a statistic
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_AFTER_YEAR = frozenset(" ,;:)\n")  # a year ends there ("1986." may be "1986.5")
_SCALE_AFTER = re.compile(rf"[\s-]?(?i:{_SCALE})(?![\w$])")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_CODE = re.compile(r"[\w.-]*\w")
_SCIENTIFIC = re.compile(r"\s?[×x]\s?10|e[-+]?\d")
_CLOCK = re.compile(
    r"[:.]\d\d(?!\d)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|(?i:gmt|utc|est|edt|cet|bst|hrs)\b|local\s+time)"
)
_SEASON = re.compile(r"/(?:\d\d){1,2}(?![\d/])")  # "1986/87": a crop or fiscal year
_DATE = re.compile(r"/\d{1,2}/\d{2,4}")  # "5/14/82"
_WORD_AFTER = re.compile(r"(?:-|\s+(?:or\s+\w+\s+)?)([a-z][a-z’'-]*)")
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    "sep|sept|september|oct|october|nov|november|dec|december"
)
_MONTH_BEFORE = re.compile(rf"\b(?i:{_MONTHS})\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s+(?i:{_MONTHS})\b")


@dataclass(frozen=True, slots=True)
class Slot:
    """A number in a sentence: its span, value in base units, unit, bound and precision.

    `unit` is a currency code, "%", a physical unit, "" for a bare count, or "~word"
    for a number of something never converted (days, times, shares of a split).
    `time` is set instead for a year, a date or a clock time ("1987", "d26", "t"), and
    `code` for a number that names rather than counts ("EA-3990", "Figure 3", "10th"):
    such numbers tell subjects apart and are never compared.
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    bound: str
    precision: float
    unit: str
    time: str = ""
    code: str = ""


def slot_at(text: str, pos: int, start: int, end: int) -> Slot | None:
    """The number whose first digit (or number word) is at `pos`, as a slot or a time.

    None when it is no number to compare: part of a code, a label ("Figure 3"), a
    statistic ("p < 0.05") or a word that counts nothing ("one of them").
    `start`..`end` is the sentence.
    """
    prefix = _glued_code(text, pos, start)
    if prefix is None and _glued_before(text, pos, start):
        return _code(text, pos, end) if text[pos - 1].isalpha() or text[pos - 1] == "-" else None
    year = _plain_year(text, pos, start) if prefix is None else ""
    if year:
        return Slot(pos, pos + 4, 0.0, 0.0, 0.0, "exact", 0.0, "", "y" + year)
    if (
        prefix is None
        and pos > start
        and (text[pos - 1] in _PREFIX_LAST or text[pos - 2 : pos - 1] in _PREFIX_LAST)
    ):
        prefix = _PREFIX_END.search(text, max(start, pos - 6), pos)
    match = _NUMBER.match(text, prefix.start() if prefix else pos, end)
    if match is None or (match["word"] and not _counts(text, match, end)):
        return None
    if match["cur"] is None and not match["scale"] and labelled(text, match.start(), start):
        return _code(text, pos, end)  # "Boeing 747"; but "Orla Air 280 mln dlrs" is an amount
    if _ORDINAL.match(text, match.end(), end):
        return _code(text, pos, end)
    return _slot(text, match, start, end)


def _glued_code(text: str, pos: int, start: int) -> re.Match[str] | None:
    """A currency code written against its number, as wire copy does ("USD15", "EUR2.5
    bln"): the code, when it is a whole word of capitals."""
    first = pos - 3
    if first < start or not text[first:pos].isupper() or text[first:pos] not in units.PREFIXES:
        return None
    if first > start and text[first - 1].isalnum():
        return None  # "XUSD15": a product code
    return _PREFIX_END.search(text, first, pos)


def _plain_year(text: str, pos: int, start: int) -> str:
    """ "in 1986,": a year with nothing around it that could make it a quantity (a fast path,
    most numbers of encyclopedic text being years)."""
    year = text[pos : pos + 4]
    if (
        not (year.isdigit() and "1500" <= year <= "2099")
        or text[pos + 4 : pos + 5] not in _AFTER_YEAR
    ):
        return ""
    if pos > start and text[pos - 1] in _PREFIX_LAST:
        return ""
    return "" if _SCALE_AFTER.match(text, pos + 4) else year


def _code(text: str, pos: int, end: int) -> Slot:
    """A number that is part of a name, a label or a rank: its characters are the name."""
    found = _CODE.match(text, pos, end)
    last = found.end() if found else pos + 1
    return Slot(pos, last, 0.0, 0.0, 0.0, "exact", 0.0, "", code=text[pos:last].lower())


def _glued_before(text: str, pos: int, start: int) -> bool:
    """Digits inside a word or code ("B-1B", "M-1B", "757-200") are not numbers."""
    if pos <= start:
        return False
    before = text[pos - 1]
    if before.isalnum() or before in _GLUE:
        return True
    if before == " " and pos - 2 >= start and text[pos - 2] in _GLUE:
        return True  # "p < 0.05", "N = 26": statistics, not statements of fact
    return before == "-" and pos - 2 >= start and text[pos - 2].isalnum()


def _counts(text: str, match: re.Match[str], end: int) -> bool:
    """A number word counts something: "nine-count", "two billion", "three banks"."""
    if match["scale"] and match["scale"].lower() not in _LOOSE_SCALES:
        return True
    word = match["word"].lower()
    after = _WORD_AFTER.match(text, match.end(), end)
    if after is None:
        return False
    following = after.group(1)
    if text[match.end() : match.end() + 1] == "-":
        return True  # "seven-count", "three-member"
    if word == "one":
        return units.after(text, match.end(), end, None)[0] not in ("", None)
    return following.endswith("s") or units.after(text, match.end(), end, None)[0] != ""


def _slot(text: str, match: re.Match[str], start: int, end: int) -> Slot | None:
    scale = (match["scale"] or "").lower()
    if scale in _LOOSE_SCALES and match["cur"] is None and match["sep"]:
        scale = ""
    number_end = match.end() if scale else _number_end(match)
    after = text[number_end : min(end, number_end + 12)]
    if _SCIENTIFIC.match(after):
        return None  # "8×10^4 cells": a measurement in scientific notation
    time = _time(text, match, start, after, scale)
    if time:
        return Slot(match.start(), number_end, 0.0, 0.0, 0.0, "exact", 0.0, "", time)
    unit, factor, unit_end = units.after(text, number_end, end, match["cur"])
    if unit is None:
        word = _WORD_AFTER.match(text, number_end, end)
        unit, factor, unit_end = "~" + (word.group(1) if word else ""), 1.0, number_end
    factor *= SCALES.get(scale, 1.0)
    value, precision = _value(match)
    bound_start, bound = bound_before(text, match.start(), start)
    low = high = value * factor
    if match["num2"]:
        second, precision = _parse(match["num2"])
        if second <= value or not (scale or unit):
            return None  # "3-1" is a score, "1985-86" a span of years
        high, bound = second * factor, "range"
    if bound == "between":
        bound = "approx"
    return Slot(bound_start, unit_end, value * factor, low, high, bound, precision * factor, unit)


def _number_end(match: re.Match[str]) -> int:
    for group in ("num2", "num", "fd", "den", "word"):
        if match[group]:
            return match.end(group)
    return match.end()


def _time(text: str, match: re.Match[str], start: int, after: str, scale: str) -> str:
    """A year, a date or a clock time: "1987", "d26" (Feb 26), "s1986/87", "t"; else ""."""
    number = match["num"]
    if not number or match["cur"] or scale or match["num2"]:
        return ""
    if _CLOCK.match(after) and "," not in number and "." not in number:
        return "t"
    if _DATE.match(after):
        return "date"
    if _YEAR.fullmatch(number):
        season = _SEASON.match(after)
        return "y" + number + (season.group() if season else "")
    if number.isdigit() and len(number) <= 2 and int(number) <= 31:
        before = text[max(start, match.start() - 12) : match.start()]
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return "d" + str(int(number))
    return ""


def _value(match: re.Match[str]) -> tuple[float, float]:
    """The written value and half a unit of its last digit."""
    if match["whole"]:
        denominator = int(match["fd"])
        return int(match["whole"]) + int(match["fn"]) / denominator, 0.5 / denominator
    if match["frac"]:
        denominator = int(match["den"])
        return int(match["frac"]) / denominator, 0.5 / denominator
    if match["word"]:
        return float(_WORDS[match["word"].lower()]), 0.5
    return _parse(match["num"])


def _parse(number: str) -> tuple[float, float]:
    plain = number.replace(",", "")
    decimals = len(plain.partition(".")[2])
    return float(plain), 0.5 * 10.0**-decimals
