"""The period a figure refers to: "in 2022", "in the first quarter of 2023", "last year".

`periods(text, start, end, published)` finds period expressions in a sentence and
returns each with the period it names as a short key ("2024", "2023-Q1",
"2024-H1", "2025-04", "2025-01..05", "2010..2014", "since 2013", "FY2024"), or
None when it names a time that cannot be pinned down ("before the initiative",
"over the past three decades", "last year" in an undated document). Relative
expressions are resolved against the document's publication date. Comparison
bases ("up from the year before", "than in 2022") are marked, so a figure never
takes its baseline's period.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from lint.dates.mentions import MONTHS

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "final": 4, "last": 4}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10, "eleven": 11}
_YEAR = r"(?:1[89]|20)\d\d"
_REL = r"(?:this|last|next|the\s+previous|the\s+past|the\s+current)\s+year"
_Y = rf"(?:{_YEAR}|{_REL})"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERN = re.compile(
    rf"(?P<quarter>(?:the\s+)?(?P<qn>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
    rf"quarter(?:\s+of)?\s+(?P<qy>{_Y}))"
    rf"|(?P<qcode>\bQ(?P<qc>[1-4])(?:\s+of)?\s+(?P<qcy>{_YEAR}))"
    rf"|(?P<half>(?:the\s+)?(?P<hn>first|second)\s+half(?:\s+of)?\s+(?P<hy>{_Y}))"
    rf"|(?P<hcode>\bH(?P<hc>[12])\s+(?P<hcy>{_YEAR}))"
    rf"|(?P<months>(?:the\s+)?first\s+(?P<mn>\d{{1,2}}|{'|'.join(_COUNTS)})\s+months"
    rf"(?:\s+of)?\s+(?P<my>{_Y}))"
    rf"|(?P<mspan>\b(?:from|between)\s+(?P<ma>{_MONTH})\.?\s+(?P<mya>{_YEAR})\s+(?:to|and|until|"
    rf"through)\s+(?P<mb>{_MONTH})\.?\s+(?P<myb>{_YEAR}))"
    rf"|(?P<mrange>\b(?P<ra>{_MONTH})\.?\s*[-–]\s*(?P<rb>{_MONTH})\.?(?:\s+of)?,?\s+(?P<ry>{_Y}))"
    rf"|(?P<fiscal>\b(?:fiscal(?:\s+year)?|FY)\s?'?(?P<fy>{_YEAR}|\d\d)\b)"
    rf"|(?P<month>\b(?P<mm>{_MONTH})\.?(?:\s+of)?,?\s+(?P<mmy>{_Y}))"
    rf"|(?P<span>\b(?:from|between)\s+(?P<s1>{_YEAR})\s+(?:to|and|until|through)\s+(?P<s2>{_YEAR}))"
    rf"|(?P<dash>\b(?P<d1>{_YEAR})\s?[-–/]\s?(?P<d2>{_YEAR}|\d\d)\b)"
    rf"|(?P<since>\bsince\s+(?P<sy>{_YEAR})\b)"
    rf"|(?P<year>\b(?:in|during|for|as\s+of|by|through|throughout|at\s+the\s+end\s+of|"
    rf"end\s+of|of|until)\s+(?P<yy>{_YEAR})\b(?![-–]))"
    rf"|(?P<rel>\b{_REL}\b)"
    rf"|(?P<vague>\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous|next|coming)\s+"
    rf"(?:\w+\s+)?(?:years?|decades?|months?|weeks?|days?)|in\s+recent\s+(?:years|months)|"
    rf"(?:before|prior\s+to|after|since|until|following)\s+(?:the|its|his|her|their|this|"
    rf"that|then)\b|(?:years|decades)\s+ago|at\s+the\s+time|previously|formerly|initially|"
    rf"originally|back\s+then))"
    rf"|(?P<now>\b(?:now|today|currently|at\s+present|presently|so\s+far)\b)",
    re.IGNORECASE,
)
# The words a period expression can start with: the pattern is tried only there.
# NOTE: `finditer` with the whole pattern tries every alternative at every character.
_START = re.compile(
    rf"\b(?:in|during|for|as|by|through|throughout|at|end|of|until|since|from|between|the|"
    rf"first|second|third|fourth|final|last|1st|2nd|3rd|4th|this|next|past|current|Q[1-4]|"
    rf"H[12]|fiscal|FY|over|before|prior|after|following|years|decades|previously|formerly|"
    rf"initially|originally|back|now|today|currently|presently|so|{_MONTH}|{_YEAR})\b",
    re.IGNORECASE,
)
_BASELINE = re.compile(
    r"(?:\bfrom|\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bover|\bon)"
    r"(?:\s+(?:the\s+same\s+period\s+(?:of|in)|in|the\s+year\s+before|that\s+of))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Period:
    """A period expression in a sentence.

    `key` is the period's key, "present" for "now"/"today", or None when the
    time cannot be pinned down. `baseline` marks a comparison base.
    """

    start: int
    end: int
    key: str | None
    baseline: bool


Today = Callable[[], "datetime.date | None"]


def periods(text: str, start: int, end: int, published: Today) -> list[Period]:
    """Return the period expressions of `text[start:end]`, in order.

    `published` returns the document's date; it is called only for a relative
    expression, so undated sentences never make anyone look for the date.
    """
    found: list[Period] = []
    taken = start
    for word in _START.finditer(text, start, end):
        if word.start() < taken:
            continue
        match = _PATTERN.match(text, word.start(), end)
        if match is None:
            continue
        taken = match.end()
        before = text[max(start, match.start() - 30) : match.start()]
        baseline = _BASELINE.search(before) is not None and match["span"] is None
        found.append(Period(match.start(), match.end(), _key(match, published), baseline))
    return found


def _key(match: re.Match[str], published: Today) -> str | None:
    form = match.lastgroup
    if form == "quarter":
        year = _year(match["qy"], published)
        return year and f"{year}-Q{_ORDINALS[match['qn'].lower()]}"
    if form in ("qcode", "hcode"):
        code = "Q" if form == "qcode" else "H"
        return f"{match[form[0] + 'cy']}-{code}{match[form[0] + 'c']}"
    if form == "half":
        year = _year(match["hy"], published)
        return year and f"{year}-H{_ORDINALS[match['hn'].lower()]}"
    if form == "months":
        year, count = _year(match["my"], published), match["mn"].lower()
        months = int(count) if count.isdigit() else _COUNTS[count]
        return year and f"{year}-01..{months:02d}" if 1 < months < 12 else year
    if form == "fiscal":
        fiscal = match["fy"]
        return f"FY{fiscal if len(fiscal) == 4 else '20' + fiscal}"
    if form == "month":
        year = _year(match["mmy"], published)
        return year and f"{year}-{MONTHS[match['mm'].lower()]:02d}"
    return _simple_key(match, published)


def _simple_key(match: re.Match[str], published: Today) -> str | None:
    form = match.lastgroup
    if form == "mrange":
        year = _year(match["ry"], published)
        opens, closes = MONTHS[match["ra"].lower()], MONTHS[match["rb"].lower()]
        return year and f"{year}-{opens:02d}..{closes:02d}" if opens < closes else None
    if form == "mspan":
        first = f"{match['mya']}-{MONTHS[match['ma'].lower()]:02d}"
        return f"{first}..{match['myb']}-{MONTHS[match['mb'].lower()]:02d}"
    if form == "span":
        return f"{match['s1']}..{match['s2']}"
    if form == "dash":
        second = match["d2"] if len(match["d2"]) == 4 else match["d1"][:2] + match["d2"]
        return f"{match['d1']}..{second}" if second > match["d1"] else None
    if form == "since":
        return f"since {match['sy']}"
    if form == "year":
        return match["yy"]
    if form == "rel":
        return _year(match["rel"], published)
    if form == "now":
        return "present"
    return None


def _year(words: str, published: Today) -> str | None:
    """A year written out, or "last year"/"this year" resolved against the date."""
    if words[:1].isdigit():
        return words
    today = published()
    if today is None:
        return None
    folded = " ".join(words.lower().split())
    shift = -1 if folded.startswith(("last", "the previous", "the past")) else 0
    shift = 1 if folded.startswith("next") else shift
    return str(today.year + shift)
