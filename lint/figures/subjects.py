"""What a figure is about: the places, names and measure its clause attaches it to.

Places are normalised through `places.NAMES` ("Kazakh", "Kazakhstani" -> Kazakhstan),
compound adjectives are split ("China-Kazakh", "Sino-Kazakh"), and names of
organisations ("Development Bank of Kazakhstan") are kept whole as qualifiers so
the country inside them does not become the subject. A misspelt place name is
matched to the table with rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import ahocorasick_rs
from rapidfuzz import fuzz, process

from lint.document import Document
from lint.figures.measures import MEASURES
from lint.figures.places import MEMBERS, NAMES, PREFIXES, REGION_NAMES
from lint.text import STOPWORDS

_FUZZY_CUTOFF = 93
_ORG_WORDS = frozenset(
    """Bank University Corporation Company Corp Inc Ltd Agency Ministry Institute Academy
    Council Organization Organisation Group Fund Forum Center Centre Office Association
    Commission Committee Authority Administration Department Service Services Airlines
    Airways Railway Railways Party Times News Post School College Foundation Society
    Programme Program Project Summit Conference Treaty Mechanism Station Court Exchange
    Museum Press Network Television Radio Club League Federation Union Institution Board
    Bureau""".split()
)
_NOT_NAMES = frozenset(
    """The A An In On At As Of For And But Or To By From With Since After Before During Under
    Over About Around This That These Those Its Their His Her Our We They It He She I
    President Prime Minister Foreign Deputy Vice Chairman Secretary Mr Mrs Ms Dr Professor
    Prof King Queen Prince Governor Mayor Senator CEO Chief Executive Director Ambassador
    Assistant Chair Head General Total Today Now According Meanwhile However Also Additionally
    Furthermore Moreover Notably Beyond Despite Although While Since Last Next First Second
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday USD EUR RMB CNY GBP JPY
    Chancellor Premier Defence Defense Finance Trade Economy Interior Army Navy Air Force
    Forces Government Parliament Senate Congress State Police Embassy Consulate Customs
    Ambassador Envoy Leader Leaders Officials Authorities Border Military LLC Inc Ltd PLC Plc
    Corp Co GmbH AG SA NV Limited""".split()
)
_PLACE_NAMES = sorted(NAMES, key=len, reverse=True)
_PLACE = re.compile(
    r"(?<![\w])(?:(?P<prefix>"
    + "|".join(PREFIXES)
    + r")-(?=[A-Z])|(?P<place>"
    + "|".join(re.escape(n) for n in _PLACE_NAMES)
    + r")(?![\w]|\.\w))"
)
_CAPITALISED = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|the|de)\s+)*[A-Z][\w’'.&-]*)*")
_MEASURE_PHRASES = sorted(MEASURES, key=len, reverse=True)
_MEASURE_AUTOMATON = ahocorasick_rs.AhoCorasick(
    _MEASURE_PHRASES, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)
_PLURAL_END = re.compile(r"(?:e?s)?(?![\w-])")
_POSSESSIVE = re.compile(r"['’]s?$")
_CODE = re.compile(r"[QH][1-4]|FY\d*|[A-Z]\d+")  # "Q1", "H1", "FY2024": periods, not names
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|cents?)\b")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")


class Vocabulary:
    """How a document writes a word: in lower case somewhere, capitalised inside a sentence.

    "Trade" opening a sentence is an ordinary word when the document also writes
    "trade"; a capitalised word opening a sentence is a name only when the document
    capitalises it inside a sentence too. Each table is built on first use.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _lower(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def _capitalised(self) -> frozenset[str]:
        return frozenset(_INNER_CAPITAL.findall(self.text))

    def written_lower(self, word: str) -> bool:
        """Whether the lower-case form of `word` occurs in the document."""
        return word.lower() in self._lower

    def names(self) -> frozenset[str]:
        """The words the document capitalises inside sentences: its names."""
        return self._capitalised

    def capitalised_inside(self, word: str) -> bool:
        """Whether `word` occurs capitalised after a lower-case word or a comma."""
        return word in self._capitalised


def vocabulary(document: Document) -> Vocabulary:
    """The document's vocabulary, shared by every figures analysis of it."""
    return document.memo("figures.vocabulary", lambda: Vocabulary(document.text))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_INNER_CAPITAL = re.compile(r"[a-z,;] ([A-Z][\w’'-]+)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")


@dataclass(frozen=True, slots=True)
class Subject:
    """Places (canonical names, sorted) and other names (lower case) found."""

    places: tuple[str, ...]
    names: tuple[str, ...]


def subject(text: str, start: int, end: int, words: Vocabulary) -> Subject:
    """Return the places and other names mentioned in `text[start:end]`."""
    places: list[str] = []
    names: list[str] = []
    for run in _CAPITALISED.finditer(text, start, end):
        if text.startswith("$", run.end()) or _CURRENCY_AFTER.match(text, run.end()):
            continue  # "US$", "U.S. dollars", "Hong Kong dollars": a currency, not a place
        found = run.group()
        opening = _SENTENCE_OPEN.search(text, max(start, run.start() - 3), run.start())
        if opening is not None or run.start() == start:
            first = found.split(None, 1)
            word = _POSSESSIVE.sub("", first[0])
            if not _PLACE.search(word) and not _opening_name(word, words):
                found = first[1] if len(first) > 1 else ""
        _classify(found, words, places, names)
    return Subject(tuple(sorted(set(places))), tuple(sorted(set(names))))


def _opening_name(word: str, words: Vocabulary) -> bool:
    """Whether a capitalised word opening a sentence is a name ("Trump paid", not "Trade")."""
    if word in _NOT_NAMES or word.lower() in MEASURES or word.lower() in STOPWORDS:
        return False
    return words.capitalised_inside(word) or not words.written_lower(word)


def _classify(run: str, vocabulary: Vocabulary, places: list[str], names: list[str]) -> None:
    """Split a capitalised run into places and other names.

    A capitalised word that the document also writes in lower case ("Trade" opening
    a sentence, "Road" in a title) is an ordinary word, not a name.
    """
    words = run.split()
    if any(_POSSESSIVE.sub("", w) in _ORG_WORDS for w in words):
        kept = [w for w in words if _POSSESSIVE.sub("", w).strip(".,") not in _NOT_NAMES]
        names.append(_POSSESSIVE.sub("", " ".join(kept)).lower())
        return
    rest = _PLACE.sub(lambda m: _add_place(m, places), run)
    for part in re.split(r"[\s-]+", rest):
        word = _POSSESSIVE.sub("", part.strip(".,"))
        if len(word) < 2 or not word[:1].isupper() or word in _NOT_NAMES or _CODE.fullmatch(word):
            continue
        if word.lower() in MEASURES or vocabulary.written_lower(word):
            continue
        place = None if word in NAMES else fuzzy_place(word)
        if place is not None:
            places.append(place)
        else:
            names.append(word.lower())


def _add_place(match: re.Match[str], places: list[str]) -> str:
    """Record a place and blank it out, unless it begins a longer name ("British Columbia")."""
    following = _NEXT_WORD.match(match.string, match.end())
    if following is not None:
        word = _POSSESSIVE.sub("", following.group(1))
        if word not in _NOT_NAMES and word not in NAMES and not match["prefix"]:
            return match.group()
    if match["prefix"]:
        places.append(PREFIXES[match["prefix"]])
    else:
        places.append(NAMES[match["place"]])
    return " "


@lru_cache(maxsize=4096)
def fuzzy_place(word: str) -> str | None:
    """Match a misspelt place ("Kyrgystan") to the table; short words never match."""
    if len(word) < 8 or not word[:1].isupper():
        return None
    best = process.extractOne(word, _PLACE_NAMES, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return None if best is None else NAMES[best[0]]


def measures(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return (start, end, canonical measure) for every measure phrase in the span.

    One Aho-Corasick pass over the lower-cased span; a phrase counts on word
    boundaries, with an optional plural ending ("exports", "taxes").
    """
    span = text[start:end].lower()
    if len(span) != end - start:  # a few characters lower-case to two ("İ")
        span = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:end])
    found = []
    for index, first, last in _MEASURE_AUTOMATON.find_matches_as_indexes(span):
        if first > 0 and (span[first - 1].isalnum() or span[first - 1] == "-"):
            continue
        written = text[start + first : start + last]
        if first > 0 and written[0].isupper() and not written.isupper():
            continue  # "Solar Exports", "Ministry of Trade": part of a name ("GDP" is not)
        ending = _PLURAL_END.match(span, last)
        if ending is None:
            continue
        found.append((start + first, start + ending.end(), MEASURES[_MEASURE_PHRASES[index]]))
    return found


# Words that make a line worth reading for figures ("*": a stem, any ending).
_TRIGGER_WORDS = [
    *"$ € £ ¥ ₹ ₽ ₩ ₸ %".split(),
    *"""percent pct hundred thousand million billion trillion bn mn mln bln trn crore lakh usd
    eur gbp rmb cny jpy inr rub kzt chf hkd cad aud dollar euro yuan renminbi yen rupee
    sterling rouble ruble tenge złot* zlot* peso rand naira rupiah baht reais lira hryvnia
    dinar dirham riyal shilling kronor kroner krona franc manat tonne ton km kilomet* mile kg
    kilogram bcm barrel mw gw kwh twh megawatt gigawatt hectare magnitude killed died dead
    death fatalit* injur* wounded casualt* population inhabitant resident case infection
    bilateral two-way countries nations sides region country""".split(),
    "per cent",
    "cubic met",
    "square kilomet",
    "square mile",
]
_TRIGGERS = ahocorasick_rs.AhoCorasick(
    [w.rstrip("*") for w in _TRIGGER_WORDS], matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)
_STEMS = frozenset(i for i, w in enumerate(_TRIGGER_WORDS) if w.endswith("*") or " " in w)
_PLACE_NAMES_AC = ahocorasick_rs.AhoCorasick([*_PLACE_NAMES, *(f"{p}-" for p in PREFIXES)])
_WORD_END = re.compile(r"(?:e?s)?(?![^\W\d_])")


def might_hold_figure(text: str) -> bool:
    """Whether a line can hold a figure: a unit, a currency, a counted measure or a place.

    A cheap test (Aho-Corasick passes) before the number pattern: a bare count
    ("12 goals") is a figure only about a place or as a death toll, a population.
    """
    lower = text.lower()
    for index, start, end in _TRIGGERS.find_matches_as_indexes(lower):
        if not lower[start].isalpha():
            return True
        if start and lower[start - 1].isalpha():
            continue
        if index in _STEMS or _WORD_END.match(lower, end):
            return True
    return bool(_PLACE_NAMES_AC.find_matches_as_indexes(text))


def contains(region: str, places: tuple[str, ...]) -> bool:
    """Whether a region is known to hold one of `places` (Central Asia holds Kazakhstan).

    A region whose members are not listed (a continent) holds any other place.
    """
    if not is_region(region):
        return False
    members = MEMBERS.get(region)
    others = [p for p in places if p != region]
    return bool(others) and (members is None or any(p in members for p in others))


def is_region(place: str) -> bool:
    """Whether a canonical place is a region or bloc rather than a country."""
    return place in REGION_NAMES
