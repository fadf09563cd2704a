"""Numbers with their units and bounds: "$95 billion", "about 46%", "over 30", "4 or 5".

`quantities(text, start, end)` finds every stated quantity in a sentence and returns
it with its value in base units (dollars, kilometres, tonnes, cubic metres), its
bound ("about" and "over" are kept, not thrown away) and its rounding precision.
Years, dates, times, ordinals, model numbers and durations are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint.figures import units
from lint.figures.bounds import bound_before, is_bound_word
from lint.text import STOPWORDS

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBERS = dict(
    (word, int(value))
    for word, value in (
        item.split("=")
        for item in """a=1 an=1 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9
        ten=10 twelve=12 fifteen=15 twenty=20 thirty=30 forty=40 fifty=50""".split()
    )
)
SCALES = dict(
    (word, float(value))
    for word, value in (
        item.split("=")
        for item in """hundred=1e2 thousand=1e3 k=1e3 million=1e6 mn=1e6 mln=1e6 m=1e6
        billion=1e9 bn=1e9 bln=1e9 b=1e9 trillion=1e12 tn=1e12 trn=1e12 crore=1e7
        lakh=1e5""".split()
    )
)
_LOOSE_SCALES = frozenset({"k", "m", "b"})  # only after a currency or glued to the digits
_SCALE = r"hundred|thousand|million|billion|trillion|trn|tn|bln|bn|mln|mn|crore|lakh|[kmb]"
_WORD_NUMBER = "|".join(_WORD_NUMBERS)
_NUMBER = re.compile(
    rf"(?P<cur>{units.CURRENCY_PREFIX})?"
    rf"(?P<num>{_DIGITS}|(?i:{_WORD_NUMBER})(?=[\s-]+(?i:hundred|thousand|[mbtr]illion)\b))"
    rf"(?:(?P<rsep>\s?[-–]\s?|\s(?:to|or|and)\s)(?:{units.CURRENCY_PREFIX})?(?P<num2>{_DIGITS}))?"
    rf"(?:(?P<ssep>[\s-]?)(?P<scale>(?i:{_SCALE}))(?![\w$]))?"
)
# Where a quantity may start: digits or a scale word. A year followed by punctuation or
# a common word ("In 2024, ...", "in 2022 and") is never one, and is skipped here.
_BARE_YEAR = (
    r"(?:1[6-9]|20)\d\d(?![\d,.]\d)(?=\s*(?:[,.;:)\]\"'”’]|$|(?:and|to|in|the|was|when|as|"
    r"with|for|of|at|on|by|a|an|that|which|he|she|it|they)\b))"
)
_ANCHOR = re.compile(rf"(?<!\d)(?!{_BARE_YEAR})\d+|\b(?i:hundred|thousand|[mbtr]illion)\b")
_PREFIX_END = re.compile(rf"(?:{units.CURRENCY_PREFIX})$")
_PREFIX_LAST = frozenset(p.strip()[-1] for p in units.PREFIXES)
_WORD_BEFORE = re.compile(rf"\b(?i:{_WORD_NUMBER})[\s-]+$")
_BEFORE_BAD = re.compile(r"(?:[\w.#/№:]|[A-Za-z\d]-)$")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w’'-]*)\s$")
_AFTER_BAD = re.compile(r"[.:/,]\d|['’]s\b|-year-old|\syears?\s+old|-strong")
_TIME = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)", re.IGNORECASE)
_MONTH = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"\s" + _MONTH.pattern.removesuffix("\\.?$") + r"\b", re.IGNORECASE)
# Words after which a number is a label, not a quantity: "Route 66", "Figure 3", "age 40".
LABEL_WORDS = frozenset(
    """no nos number article section chapter page pages route flight vol volume level phase
    grade class type model version episode season stage round room block lot unit platform
    gate row seat figure table item rank ranked size hole game week day top group district
    zone ward paragraph line step part series age aged ages fig figs eq ref refs ch sec issue
    bug""".split()
)
_LABEL_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(LABEL_WORDS, key=len, reverse=True)) + r"|age\s+of)\.?\s*$",
    re.IGNORECASE,
)
_HALF = re.compile(r"\bhalf\s+$", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated quantity: span (document offsets), value in base units and its bound.

    `bound` is exact, approx, near ("nearly", "almost"), lower, upper or range;
    `low`/`high` hold a range's ends. `precision` is half a unit of the last
    written digit, in base units.
    `unit` is a currency code, "%", a unit symbol, or "" for a bare count.
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    bound: str
    precision: float
    unit: str
    words: str


def quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Return the quantities stated in `text[start:end]`, in order."""
    found: list[Quantity] = []
    for match in _numbers(text, start, end):
        quantity = _quantity(text, match, start, end)
        if quantity is None:
            continue
        if found and _joins_between(text, found[-1], quantity):
            quantity = _between(found.pop(), quantity)
        found.append(quantity)
    return found


def _numbers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Matches of the number pattern, tried only where digits or scale words are.

    NOTE: running the whole pattern with `finditer` tries it at every character,
    which costs five times more than finding the digits first.
    """
    consumed = start
    for anchor in _ANCHOR.finditer(text, start, end):
        if anchor.start() < consumed:
            continue
        if anchor.group()[0].isdigit():
            prefix = None
            if _may_follow_prefix(text, anchor.start(), start):
                prefix = _PREFIX_END.search(text, max(start, anchor.start() - 6), anchor.start())
        else:
            prefix = _WORD_BEFORE.search(text, max(start, anchor.start() - 12), anchor.start())
            if prefix is None:
                continue
        match = _NUMBER.match(text, prefix.start() if prefix else anchor.start(), end)
        if match is not None:
            consumed = match.end()
            yield match


def _may_follow_prefix(text: str, pos: int, start: int) -> bool:
    """Cheap test before the prefix pattern: the character before could end a currency."""
    before = text[max(start, pos - 2) : pos]
    return bool(before) and (before[-1] in _PREFIX_LAST or before[0] in _PREFIX_LAST)


def _quantity(text: str, match: re.Match[str], start: int, end: int) -> Quantity | None:
    scale_word = (match["scale"] or "").lower()
    if scale_word in _LOOSE_SCALES and match["cur"] is None and match["ssep"]:
        scale_word = ""
    last = "num2" if match["num2"] else "num"
    number_end = match.end() if scale_word else match.end(last)
    unit, factor, unit_end = units.after(text, number_end, end, match["cur"])
    if unit == "" and _MAGNITUDE_BEFORE.search(text, max(start, match.start() - 10), match.start()):
        unit = "magnitude"
    if unit is None or (not (match["cur"] or scale_word or unit) and _years(match)):
        return None
    if _rejected(text, match, start, end):
        return None
    if match["num2"] and match["rsep"].strip() in "-–" and not (scale_word or unit):
        return None  # "3-1" is a score
    if (
        match["num2"]
        and match["rsep"].strip() == "and"
        and bound_before(text, match.start(), start)[1] != "between"
    ):
        return None  # "5 and 6" without "between" is two numbers, not a range
    factor *= SCALES.get(scale_word, 1.0)
    value, precision = _parse(match["num"])
    first = match.start()
    half = _HALF.search(text, max(start, first - 6), first) if match["num"].lower() == "a" else None
    if half is not None:
        value, first = 0.5, half.start()  # "half a million"
    bound_start, bound = bound_before(text, first, start)
    low = high = value * factor
    if match["num2"]:
        second, precision = _parse(match["num2"])
        if second <= value:
            return None
        high, bound = second * factor, "range"
    if value == 0:
        return None
    return Quantity(
        bound_start,
        unit_end,
        value * factor,
        low,
        high,
        bound,
        precision * factor,
        unit,
        text[bound_start:unit_end],
    )


def _rejected(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Dates, times, ordinals, labels ("Route 66") and glued codes ("C5", "5G")."""
    before = text[max(start, match.start() - 16) : match.start()]
    after = text[match.end() : min(end, match.end() + 12)]
    if match["cur"] is None:
        if _BEFORE_BAD.search(before) or _LABEL_BEFORE.search(before) or _named(before):
            return True
        if _MONTH.search(before.rstrip()) or (not match["scale"] and _MONTH_AFTER.match(after)):
            return True
    if after[:1].isalpha() and not match["scale"] and not units.glued(after):
        return True
    return bool(_AFTER_BAD.match(after) or _TIME.match(after))


def labelled(text: str, pos: int, start: int) -> bool:
    """Whether the number at `pos` is part of a name or a label: "Route 66", "Figure 3".

    Reads only the word before the number (no pattern search): the label words, or a
    capitalised word that is neither a stopword nor a bound and does not open a sentence.
    """
    before = text[max(start, pos - 16) : pos]
    if not before.endswith((" ", ".")) and before:
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    word = last.rstrip(".").lower()
    if word in LABEL_WORDS or (word == "of" and len(words) > 1 and words[-2].lower() == "age"):
        return True
    if not last[:1].isupper() or len(words) < 2 or words[-2][-1:] in ".!?:":
        return False
    if _MONTH.fullmatch(word):
        return False  # "March 7": a date, which the caller reads
    return word not in STOPWORDS and not is_bound_word(last) and last.isalpha()


def _named(before: str) -> bool:
    """A number right after a name is part of it: "IEEE 754", "Cloud 9", "Boeing 737"."""
    name = _NAME_BEFORE.search(before)
    if name is None or name.start() == 0:
        return False
    word = name.group(1)
    return word.lower() not in STOPWORDS and not is_bound_word(word)


def _years(match: re.Match[str]) -> bool:
    """A bare year ("in 2013"), or a span of years ("2010-2014")."""
    numbers = [match["num"], match["num2"]] if match["num2"] else [match["num"]]
    return all(_YEAR.fullmatch(n) for n in numbers)


def _parse(number: str) -> tuple[float, float]:
    """Return a written number's value and half a unit of its last digit."""
    word = _WORD_NUMBERS.get(number.lower())
    if word is not None:
        return float(word), 0.5
    plain = number.replace(",", "")
    decimals = len(plain.partition(".")[2])
    return float(plain), 0.5 * 10.0**-decimals


def _joins_between(text: str, first: Quantity, second: Quantity) -> bool:
    """ "between $5 billion and $6 billion": two matches that make one range."""
    return (
        first.bound == "between"
        and first.unit == second.unit
        and text[first.end : second.start].strip().lower() == "and"
        and second.value > first.value
    )


def _between(first: Quantity, second: Quantity) -> Quantity:
    return Quantity(
        first.start,
        second.end,
        first.value,
        first.value,
        second.value,
        "range",
        second.precision,
        first.unit,
        first.words + " and " + second.words,
    )
