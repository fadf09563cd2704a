"""Bound words before a number: "about 46%" is approximate, "over 30" a lower bound.

The press bounds figures all the time, and the bound changes what the figure claims:
"surpassed $70 billion" agrees with "$70 billion", "more than 400" does not with 373.
"""

from __future__ import annotations

import re

# Bound kind -> the words that introduce it. "near" is below but close ("nearly 3,000");
# "between" opens a range ("between $5 billion and $6 billion").
_KINDS = {
    "approx": """about | around | approximately | approx. | roughly | some | an estimated |
        estimated | circa | ~""",
    "near": "nearly | almost | close to | just under",
    "lower": """over | more than | above | exceeding | exceeded | exceeds | surpassed |
        surpassing | surpasses | topped | topping | in excess of | upwards of | at least |
        no less than | north of | just over""",
    "upper": """under | less than | fewer than | below | up to | at most | no more than |
        as many as | as much as""",
    "between": "between",
}
_KIND = {
    " ".join(words.split()): kind for kind, table in _KINDS.items() for words in table.split("|")
}
_BOUND = re.compile(
    r"(?<![\w-])(?P<w>"
    + "|".join(
        re.escape(words).replace(r"\ ", r"\s+") for words in sorted(_KIND, key=len, reverse=True)
    )
    + r")\s*$",
    re.IGNORECASE,
)
_REACH = 24  # bound words end at most this far before the number
# The last word of every bound: a number not right after one of them has no bound, and
# the pattern is not tried (most numbers have none).
_ENDINGS: dict[str, tuple[str, ...]] = {}
for _phrase in sorted(_KIND, key=len, reverse=True):
    _ENDINGS[_phrase.split()[-1]] = (*_ENDINGS.get(_phrase.split()[-1], ()), _phrase)


def bound_before(text: str, number: int, start: int) -> tuple[int, str]:
    """Return where the bound words before `number` begin, and the bound kind.

    The kind is exact, approx, near, lower, upper or between; without bound words,
    `number` itself and "exact". Nothing before `start` is looked at.
    """
    head = text[max(start, number - _REACH) : number]
    if not _may_bound(head):
        return number, "exact"
    found = _BOUND.search(head)
    if found is None:
        return number, "exact"
    return number - len(head) + found.start(), _KIND[" ".join(found["w"].lower().split())]


def _may_bound(head: str) -> bool:
    """Whether the words before a number end like a bound (a cheap test before the pattern)."""
    if head.rstrip().endswith("~"):
        return True
    words = head.lower().split()[-4:]
    phrases = _ENDINGS.get(words[-1], ()) if words else ()
    tail = " ".join(words)
    return any(tail == p or tail.endswith(" " + p) or len(tail) < len(p) for p in phrases)


def is_bound_word(word: str) -> bool:
    """Whether a single word opens a bound ("Over", "About", "Nearly")."""
    return word.lower() in _KIND
