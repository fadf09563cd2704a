"""What a bare number counts, and per what: "30 partner universities", "$20 per person".

A count is a figure only through the noun it counts (its plural head, with the
modifiers before it) or a counted measure of its clause (a death toll, a population);
"over 30 of them" counts what the text counted just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.figures.clauses import Clause, Measures
from lint.figures.measures import COUNT_MEASURES, IRREGULAR_PLURALS
from lint.figures.numbers import Quantity

_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")
_PER = re.compile(
    r"\s+(?:per|a|an|each|every)\s+(?:year|month|week|day|game|match|season|capita|head|person)\b"
)


@dataclass(frozen=True, slots=True)
class Head:
    """The noun a bare number counts: its lemma ("" for people), modifiers and end."""

    lemma: str
    modifiers: tuple[str, ...]
    end: int


_VAGUE_MODIFIERS = frozenset("additional new more other further such total extra".split())


def count_head(text: str, at: int, end: int, stopwords: frozenset[str]) -> Head | None:
    """The plural noun a bare number counts ("30 partner universities" -> university).

    "of them" gives the lemma "them", for the caller to resolve from the context.
    """
    pos, modifiers = at, list[str]()
    for index in range(4):
        word = _WORD.match(text, pos, end)
        if word is None:
            return None
        token = word.group(1).lower()
        if index == 0 and token == "of":
            follow = _WORD.match(text, word.end(), end)
            if follow and follow.group(1).lower() in ("them", "these", "those"):
                return Head("them", (), follow.end())
            return None
        if token in stopwords:
            return None
        lemma = plural_lemma(token)
        if lemma is not None:
            if not word.group(1).islower() or _PER.match(text, word.end()):
                return None  # a title ("33 Variations") or a rate ("yards per game")
            return Head(lemma, tuple(modifiers), word.end())
        if word.group(1).islower() and token not in _VAGUE_MODIFIERS:
            modifiers.append(token)
        pos = word.end()
    return None


def plural_lemma(token: str) -> str | None:
    """The singular of a plural noun ("universities" -> "university"), "" for people, or None."""
    if token in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[token]
    if len(token) < 4 or not token.endswith("s") or token.endswith(("ss", "us", "is", "'s", "’s")):
        return None
    if token.endswith("ies"):
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "ches", "shes")):
        return token[:-2]
    return token[:-1]


_RATE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?P<per>annually|yearly|per\s+[a-z]+|a\s+year|each\s+year|"
    r"every\s+year|daily|a\s+day|each\s+day|monthly|a\s+month|weekly|a\s+week|an\s+hour)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def rate(text: str, quantity: Quantity, clause: Clause) -> str:
    """ "/year", "/day", "/person", ... for a figure given per something, else ""."""
    found = _RATE.match(text, quantity.end, clause.end)
    if found is None:
        return ""
    per = " ".join(found["per"].lower().split())
    if per.startswith("per "):
        noun = per[4:]
        return (
            "/year" if noun == "annum" else "/person" if noun in ("capita", "head") else f"/{noun}"
        )
    for word, suffix in (("da", "/day"), ("month", "/month"), ("week", "/week"), ("hour", "/hour")):
        if word in per:
            return suffix
    return "/year"


def count_measure(measures: Measures, clause: Clause) -> str | None:
    """A counted measure named in the clause ("death toll", "population")."""
    for start, end, measure in measures:
        if clause.start <= start and end <= clause.end and measure in COUNT_MEASURES:
            return measure
    return None
