"""Text primitives shared by check kinds: words, stopwords and sentence spans.

Kinds use these instead of splitting text on their own, so every family agrees on
what a word and a sentence are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# A compact English stopword list (function words), enough for density measures.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how i
    if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says will would may might must shall one two""".split()
)

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt gen gov sen rep col lt sgt capt cmdr adm rev hon pres
    inc ltd co corp bros dept univ assn est approx vs etc al ed eds jan feb mar apr jun jul
    aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m""".split()
)
# Initials with full stops between them ("N.Z. Dlrs", "J.K. Holdings", "R.T. Lee and
# Co"): the country, firm or person abbreviated, never a sentence's last word alone.
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
# Abbreviations that are only abbreviations before a number ("No. 5", "pp. 3-9").
_NUMBER_ABBREVIATIONS = frozenset("no nos vol vols pp p fig figs eq art sec ch".split())
# NOTE: the lookbehind starts a match only at the first mark of a run, so a long run
# of dots costs one pass instead of one pass per dot.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def words(text: str) -> list[str]:
    """Return the words of `text`, lower-cased (letters and digits; inner apostrophes kept)."""
    return [w.lower() for w in WORD.findall(text)]


def stopword_ratio(text: str) -> float:
    """Share of words that are stopwords: high in prose, low in menus and lists of names."""
    found = words(text)
    return sum(w in STOPWORDS for w in found) / len(found) if found else 0.0


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield half-open spans of the sentences in `text[start:end]`, in document offsets.

    A full stop after a known abbreviation ("Dr.", "U.S.", "Jan."), a single capital
    letter ("J. Smith") or initials ("N.Z. Dlrs") does not end a sentence. Line breaks
    between blocks should be handled by calling this per block or line.
    """
    stop = len(text) if end is None else end
    begin = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if _is_abbreviation(text, begin, match.start()):
            continue
        yield _trim(text, begin, match.end())
        begin = match.end()
    if text[begin:stop].strip():
        yield _trim(text, begin, stop)


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    token = text[begin:dot].rsplit(None, 1)[-1] if text[begin:dot].strip() else ""
    token = token.lstrip("(\"'“‘").lower()
    if token in _NUMBER_ABBREVIATIONS:
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    return (
        token in _ABBREVIATIONS
        or (len(token) == 1 and token.isalpha())
        or _INITIALISM.fullmatch(token) is not None
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
