"""A built-in table of common words and their document frequencies.

The boilerplate checks judge text without a corpus at hand (a pre-commit run sees
one file), so they fall back on a fixed table: document frequencies of the ~11,000
most common words in 2,650 clean English articles (rebuilt by
tests/eval/boilerplate/make_vocab.py). It gives idf weights for lexical cohesion
and tells a known word from two words glued together.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("vocabulary.tsv")


class Vocabulary:
    """Document frequencies of common words, and the idf weights derived from them."""

    def __init__(self, documents: int, frequencies: dict[str, int]) -> None:
        self.documents = documents
        self.frequencies = frequencies
        # A word missing from the table is rarer than every word in it.
        self.max_idf = math.log(documents / 1.0)
        # Worked out once: cohesion asks for the weight of every word of every line.
        self._idf = {word: math.log(documents / count) for word, count in frequencies.items()}

    def idf(self, word: str) -> float:
        """Inverse document frequency: high for rare words, near 0 for 'the'."""
        return self._idf.get(word, self.max_idf)

    def __contains__(self, word: str) -> bool:
        return word in self.frequencies


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Load the built-in table once per process."""
    documents = 1
    frequencies: dict[str, int] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        if word == "#documents":
            documents = int(count)
        elif count:
            frequencies[word] = int(count)
    return Vocabulary(documents, frequencies)
