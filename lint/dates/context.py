"""What stands around a relative-date match: the words before and after it, quotes.

Shared by the readings of each form (lint/dates/readings.py, lint/dates/weekdays.py).
"""

from __future__ import annotations

import re

from lint.text import STOPWORDS

WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")
WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
# NOTE: wire copy indents the line that opens a paragraph ("\n    Today's issue ...").
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n[ \t]*)[\"'“‘(]?$")
_OPENING_REACH = 12
QUOTES = "\"“”‘’'«»"
POSSESSORS = frozenset("the a an its his her their our my your that every each whose one".split())
FUNCTION_WORDS = STOPWORDS | {"through", "to", "until", "till"}


def modifier_of(word: str) -> str:
    """One modifier for each meaning: "this past" says what "last" says."""
    word = " ".join(word.lower().split())
    return "last" if word == "this past" else word


def capitalised_after(text: str, end: int) -> bool:
    """Whether the word after `end` starts with a capital: "Sunday Times"."""
    after = WORD_AFTER.match(text, end)
    return after is not None and after.group(1)[0].isupper()


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line or an indented paragraph."""
    return SENTENCE_START.search(text, max(0, start - _OPENING_REACH), start) is not None


def quoted_alone(text: str, start: int, end: int) -> bool:
    """A quoted title: the expression is all that stands between two quote marks."""
    return text[start - 1 : start] in QUOTES and text[end : end + 1] in QUOTES
