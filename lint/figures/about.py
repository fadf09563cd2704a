"""What a number is about: the stems of the words around it and the noun it counts.

A paraphrase keeps few words of the statement it restates, but it keeps what the
number is about: "about $2,000 to repair the school's old boiler" and "a $900
repair bill for the boiler" share "boiler"; "up to 2.4 million voters" and "as many
as 2.1 million voters" the counted noun. Words are reduced to a crude stem
(plural and verb endings cut) and the few measure words the press uses for one
thing in several ways ("killed", "dead", "death toll"; "injured", "wounded") to one
word, so that the paraphrase index (`paraphrase.py`) can match them.
"""

from __future__ import annotations

from functools import lru_cache

from lint.text import STOPWORDS

# One word for the measures news writes in several ways (the genre's vocabulary,
# not one story's): deaths, injuries, arrests.
_SAME = {
    **dict.fromkeys(
        "killed kill kills killing dead death deaths died die dies fatalities fatality toll "
        "lives".split(),
        "death",
    ),
    **dict.fromkeys("injured injuries injury injuring wounded wounding hurt".split(), "injur"),
    **dict.fromkeys("arrested arrests arrest detained".split(), "arrest"),
}
_CASUALTIES = frozenset({"death", "injur"})
_ENDINGS = ("ings", "ing", "ies", "ied", "es", "ed", "s")
# Words that say the figure is a change, not a level ("rose 5 pct", "lost 60 seats"),
# upwards or downwards.
_UP = frozenset(
    """rose rise rises risen rising increase increased increases jumped jump surged gain
    gained gains climbed grew grow growth up added won additional extra""".split()
)
_DOWN = frozenset(
    """fell fall falls fallen falling drop dropped drops declined decline declines decrease
    decreased cut cuts slumped plunged down lost lose loses losing shed""".split()
)
# Words that say the figure is expected, not stated as fact.
_MODAL = frozenset(
    """will would could might may expected expects expect forecast forecasts projected
    plans plan planned proposed proposes target targets aims seeks estimate if unless
    intends intend intended""".split()
)
# Numbers of these are spans of time: another period, rarely the same fact restated.
_DURATIONS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries""".split()
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem of a lower-case word: "devices" -> "devic", "wounded" -> "injur"
    (cached: the same few thousand words come back in every document)."""
    same = _SAME.get(word)
    if same is not None:
        return same
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def casualty(word: str) -> bool:
    """Whether a lower-case word counts the dead or the injured ("killed", "toll", "wounded")."""
    return stem(word) in _CASUALTIES


def content(word: str) -> bool:
    """Whether a lower-case word can say what a number is about (no function word)."""
    return len(word) > 2 and word not in STOPWORDS


def duration(word: str) -> bool:
    """Whether a counted noun is a span of time ("five weeks", "33 years")."""
    return word in _DURATIONS


def change(words: list[str]) -> str:
    """ "Δ+" or "Δ-" when a word among `words` makes a number a change ("rose", "lost
    60 seats"), else ""."""
    for word in words:
        if word in _UP:
            return "Δ+"
        if word in _DOWN:
            return "Δ-"
    return ""


def modal(word: str) -> bool:
    """Whether a word makes a statement a forecast or a plan ("will", "expected")."""
    return word in _MODAL
