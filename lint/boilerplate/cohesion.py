"""Lexical cohesion: TF-IDF vectors of lines and how much two stretches of text share.

A document's paragraphs keep coming back to the same names and terms; a pasted
article on another subject does not use them. Each non-blank line becomes a
sparse TF-IDF vector (content words only, lightly stemmed), with idf weights
from the built-in vocabulary table, so shared rare words (names, topic terms)
count for much and shared common words for little.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Iterable

from lint.boilerplate.lines import line_infos
from lint.boilerplate.vocab import vocabulary
from lint.document import Document
from lint.text import STOPWORDS

Vector = dict[str, float]


# Each distinct word's term ("" for no term), so a word is judged and stemmed once per
# process, not once per occurrence; bounded so a huge corpus cannot grow it forever.
_TERMS: dict[str, str] = {}
_MAX_TERMS = 200_000


def terms(tokens: Iterable[str]) -> list[str]:
    """Content words among lower-cased `tokens`, lightly stemmed (plurals, possessives)."""
    known = _TERMS
    found = []
    for word in tokens:
        term = known.get(word)
        if term is None:
            term = _term(word)
            if len(known) < _MAX_TERMS:
                known[word] = term
        if term:
            found.append(term)
    return found


def _term(word: str) -> str:
    """The stemmed content term of one word, or "" for a stopword, a short word or a number."""
    if word in STOPWORDS or len(word) < 3 or not word.isalpha():
        return ""
    return _stem(word)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


def vector(tokens: Iterable[str]) -> Vector:
    """The TF-IDF vector of a stretch of lower-cased words (sublinear term frequency)."""
    idf = vocabulary().idf
    counts = Counter(terms(tokens))
    return {t: (1.0 + math.log(n)) * idf(t) for t, n in counts.items()}


def add(vectors: Iterable[Vector]) -> Vector:
    """The sum of several vectors: the profile of a stretch of lines."""
    total: Vector = {}
    for vec in vectors:
        for term, weight in vec.items():
            total[term] = total.get(term, 0.0) + weight
    return total


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return dot / norm


_CACHE: weakref.WeakKeyDictionary[Document, dict[int, Vector]] = weakref.WeakKeyDictionary()


def line_vectors(document: Document) -> dict[int, Vector]:
    """The vector of every non-blank line, by line number, computed once per document."""
    cached = _CACHE.get(document)
    if cached is None:
        cached = {info.number: vector(info.tokens) for info in line_infos(document)}
        _CACHE[document] = cached
    return cached
