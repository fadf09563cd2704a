"""One sentence's figures: each quantity with the measure, places, period and mode of its clause.

A sentence is cut into clauses at ";", dashes and ", with", ", while", ", making" and
the like, so "trade reached $95 billion, with China-Kazakh trade accounting for about
46% of the total" gives the first figure the subject of the first clause and makes
the second a derived figure (46% of $95 billion) about China-Kazakhstan trade.
Bases of comparison ("up from $25 billion") and differences ("rose by $5 billion")
are not figures of the subject and are skipped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lint.figures.measures import (
    BLOCKED,
    CHANGE_WORDS,
    KINDS,
    RATE_MEASURES,
)
from lint.figures.numbers import Quantity
from lint.figures.periods import Period
from lint.text import STOPWORDS

_BOUNDARY = re.compile(
    r";|:\s|\s[—–]\s|\s\(|\)|,\s+(?=(?:with|while|whereas|but|although|though|making|which|"
    r"according\s+to|compared|up\s+from|down\s+from|and|or|as|after|before|when)\b)"
    # ", the Times reported": an attribution, whose names are not the subject's
    r"|,\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+(?:said|says|"
    r"reported|reports|told|added|noted|announced|estimated|found|showed|shows|stated)\b)",
    re.IGNORECASE,
)
_GOODS_MEASURES = frozenset({"output", "exports", "imports", "capacity", "reserves", "sales"})
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+\Z")
# Modifiers of a measure of goods that say how it is counted, not which goods.
_NOT_GOODS = frozenset(
    """annual total monthly daily weekly yearly quarterly average domestic world net gross
    overall current combined estimated expected projected record new higher lower first
    last national global local foreign official actual planned targeted raw crude peak
    industrial commodity merchandise""".split()
)
_JOINER = re.compile(r"[\s-]*(?:(?:in|of|for|worth\s+of)\s+)?", re.IGNORECASE)
_ACCORDING = re.compile(r"\s*according\s+to\s+[^,]{1,80},\s*", re.IGNORECASE)
_FIGURE_ASIDE = re.compile(r"\s\(\s*(?:about\s+|around\s+|some\s+)?[^\s()]{0,4}\d[^()]{0,30}\)")
_FIGURE_START = re.compile(r"\s*(?:and|or)\s+(?:about|around|over|more|nearly|some|[$€£¥\d])")
_BASELINE = re.compile(
    r"(?:\bfrom|\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bby|\bout\s+of)"
    r"(?:\s+(?:a|an|the))?\s*$",
    re.IGNORECASE,
)
_OF_TOTAL = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:total|overall|combined|whole|figure|amount|"
    r"sum|volume|value)\b",
    re.IGNORECASE,
)
_PAIR = re.compile(
    r"\b(?:bilateral|two-way|mutual|trad(?:e|ing)\s+partners?|trade\s+with|exports?\s+to|"
    r"imports?\s+from|(?:the|both)\s+(?:two\s+)?(?:countries|nations|sides|states|economies|"
    r"neighbou?rs|partners))\b",
    re.IGNORECASE,
)
_REGION = re.compile(r"\bthe\s+region\b", re.IGNORECASE)
_COUNTRY = re.compile(r"\bthe\s+(?:country|nation)\b", re.IGNORECASE)
_PRESENT = re.compile(
    r"\b(?:is|are|has|have|stands?|remains?|totals|owes?|employs?|holds?|numbers|"
    r"comprises?|includes?|boasts?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|did|ago|used\s+to)\b", re.IGNORECASE)
_FORECAST = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|expected|expects?|(?:is|are|was|were)\s+forecast|"
    r"forecast(?:s|ed)?\s+to|projected|plans?\s+to|planned|aims?\s+to|targets?\s+(?:of|to)|"
    r"targeted|set\s+to|likely|poised|seeks?\s+to|intends?\s+to|hopes?\s+to|estimates?\s+"
    r"that)\b",
    re.IGNORECASE,
)
_PLEDGE = re.compile(
    r"\b(?:pledged?|pledges|promised?|promises|committed|commits?|offers?|offered)\b",
    re.IGNORECASE,
)
_BASIS = (
    (re.compile(r"year[\s-]on[\s-]year|\byoy\b|y-o-y|annual|from\s+a\s+year", re.I), "%yoy"),
    (re.compile(r"month[\s-]on[\s-]month|\bmom\b", re.I), "%mom"),
    (re.compile(r"quarter[\s-]on[\s-]quarter|\bqoq\b", re.I), "%qoq"),
)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    """A span of a sentence that holds one subject."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Draft:
    """A figure before its subject is completed from the context and its line resolved."""

    quantity: Quantity
    measure: str
    unit: str
    period: str | None
    mode: str
    places: tuple[str, ...]
    names: tuple[str, ...]
    needs: str
    value: float
    low: float
    high: float
    bound: str
    precision: float
    stated: str
    derived: bool = False
    timed: bool = True
    clause: int = 0  # where the figure's clause starts: the context ends there
    goods: str = ""  # what a measure of goods is of ("sugar output"), see `goods_of`


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """Cut a sentence into clauses; ", and $90 billion" and "($3.6 billion)" stay in theirs."""
    cuts = [start]
    asides = [m.span() for m in _FIGURE_ASIDE.finditer(text, start, end)]
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group().startswith(",") and _FIGURE_START.match(text, match.end()):
            continue
        if any(a <= match.start() < b for a, b in asides):
            continue  # "26 billion yuan ($3.6 billion) in aid": one clause
        cuts.append(match.end())
    cuts.append(end)
    parts = []
    for first, last in itertools.pairwise(cuts):
        attribution = _ACCORDING.match(text, first, last)
        first = attribution.end() if attribution else first
        if last > first:
            parts.append(Clause(first, last))
    return parts


def clause_of(parts: list[Clause], offset: int) -> Clause:
    """The clause that holds `offset`."""
    for part in parts:
        if part.start <= offset < part.end:
            return part
    return parts[-1]


Measures = list[tuple[int, int, str]]


def nearest_match(
    text: str,
    measures: Measures,
    clause: Clause,
    quantity: Quantity,
    kind: str | None,
    segment: int,
    shared: bool = True,
) -> tuple[int, int, str] | None:
    """The measure of a quantity: named in its own stretch of the clause, else shared.

    A measure right after the number ("$5 million surplus", "$3.7 billion in
    funding") wins. Else `segment`, where the quantity's own stretch starts (after
    the previous figure of the clause), to the number: the measure nearest before
    it; else the first one after it; else, when `shared` (the stretch holds only
    function words: "$70 billion in 2022 and $90 billion"), the measure named
    earlier in the clause. Only measures that take the quantity's `kind` of unit
    count (any, for None).
    """
    fitting = [m for m in measures if m[2] != BLOCKED and (kind is None or kind in KINDS[m[2]])]
    for start, _, measure in fitting:
        if quantity.end <= start <= quantity.end + 12 and _JOINER.fullmatch(
            text, quantity.end, start
        ):
            return start, _, measure
    own = [m for m in fitting if segment <= m[0] and m[1] <= quantity.start]
    if own:
        return own[-1]
    later = [m for m in fitting if quantity.end <= m[0] and m[1] <= clause.end]
    if later:
        return later[0]
    earlier = [m for m in fitting if clause.start <= m[0] and m[1] <= segment]
    return earlier[-1] if earlier and shared else None


def goods_of(text: str, clause: Clause, match: tuple[int, int, str]) -> str:
    """What a measure of goods is of, from the noun right before it: "sugar" in "raw
    sugar output", "wheat" in "wheat imports"; "" when none is named.

    One country's sugar output and its copra output share subject, measure and unit,
    so without it two crops of one report read as one figure told twice. Only a plain
    lower-case word counts: a name is a subject (`subjects.py`), and "annual", "total",
    "crude" say how the goods are counted, not which.
    """
    start, _, measure = match
    if measure not in _GOODS_MEASURES:
        return ""
    before = _WORD_BEFORE.search(text, clause.start, start)
    word = before.group(1) if before else ""
    if not word.islower() or word in STOPWORDS or word in _NOT_GOODS:
        return ""
    return word


def percent_unit(text: str, clause: Clause, quantity: Quantity, measure: str | None) -> str:
    """ "%change"/"%yoy" for a change, "%" for a rate, "" for a share we cannot use."""
    before = text[max(clause.start, quantity.start - 40) : quantity.start]
    after = text[quantity.end : min(clause.end, quantity.end + 20)]
    near = {w.lower() for w in re.findall(r"[A-Za-z-]+", before + " " + after)}
    if near & CHANGE_WORDS and not _LEVEL_BEFORE.search(before):
        clause_text = text[clause.start : clause.end]
        for pattern, unit in _BASIS:
            if pattern.search(clause_text):
                return unit
        return "%change"
    return "%" if measure in RATE_MEASURES else ""


def is_baseline(text: str, clause: Clause, quantity: Quantity) -> bool:
    """ "up from $25 billion", "more than in 2022", "rose by $5 billion"."""
    before = text[max(clause.start, quantity.start - 16) : quantity.start]
    return _BASELINE.search(before) is not None and not quantity.unit.startswith("%")


def of_total(text: str, quantity: Quantity, end: int) -> re.Match[str] | None:
    """ "46% of the total": the share is of the figure stated just before."""
    return _OF_TOTAL.match(text, quantity.end, end)


def tense_period(text: str, clause: Clause) -> str | None:
    """ "present" for a present-tense clause with no past marker, else None."""
    part = text[clause.start : clause.end]
    if _PRESENT.search(part) and not _PAST.search(part):
        return "present"
    return None


def mode(text: str, clause: Clause) -> str:
    """ "forecast", "pledge" or "" (a reported fact)."""
    part = text[clause.start : clause.end]
    if _FORECAST.search(part):
        return "forecast"
    return "pledge" if _PLEDGE.search(part) else ""


def needs(text: str, clause: Clause) -> str:
    """What the clause refers to without naming it: "pair", "region", "country" or ""."""
    part = text[clause.start : clause.end]
    if _PAIR.search(part):
        return "pair"
    if _REGION.search(part):
        return "region"
    return "country" if _COUNTRY.search(part) else ""


def choose_period(
    found: list[Period], quantity: Quantity, next_start: int, owned: set[int]
) -> Period | None:
    """The period right after the figure (before the next one), else the nearest before it.

    A period taken from right after an earlier figure is that figure's own ("$70
    billion in 2022 and $90 billion in 2023"); `owned` holds their starts and is
    updated here.
    """
    for period in found:
        if quantity.end <= period.start < next_start and not period.baseline:
            owned.add(period.start)
            return period
    for period in reversed(found):
        if period.end <= quantity.start and not period.baseline and period.start not in owned:
            return period
    return None
