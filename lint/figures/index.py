"""The index of restatement candidates: statements by the words around their numbers.

Each statement is indexed by the three-token windows around its numbers (numbers
masked to their unit), so the pairs worth aligning come only from shared keys, never
from all pairs. The index also knows how each key is filled, which tells a list or a
template from the restatement of one fact, and which documents are about one thing.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick_rs

from lint.figures.statements import NAME, WORD, Statement, Value, kind

_MAX_BUCKET = 24  # statements sharing one key; more is a stock phrase
_SHARED_KEYS = 2  # keys two statements must share to be compared at all
_TEMPLATE = 3  # documents and distinct values that make a frame a template
_FEW_NAMES = 3  # other names a document needs before its subject can be compared
_SHARED_NAMES = 0.2  # share of the other names two documents about one event have in common
_FRAME = 2  # words on each side of a number in the wider frame a template repeats


@dataclass(frozen=True, slots=True)
class Source:
    """A document's statements, with its path, its date (ISO, or "") and its names.

    `names` holds the distinct name characters of all its statements: two documents
    about one event share many of them, two articles built on one template few.
    `within` is False for a paper (it has a reference list), whose figures in other
    words are those of other experiments, not restatements.
    """

    path: str
    date: str
    statements: tuple[Statement, ...]
    names: str
    within: bool = True


class Index:
    """Statements by the keys around their numbers, and how each key is filled.

    A key filled in one document again and again is a list ("36 constituencies ...,
    10 constituencies"); one filled with three values or more in three documents or
    more, on every side of the number and in the wider frame of two words each side,
    is a template ("an approval rating of 62% based on 84 reviews" in every film
    article), not the restatement of one fact. Wire copy puts stock phrases right
    around most of its numbers ("a 35 pct increase in", "a gain of 2.9 mln dlrs in"):
    the narrow keys of such a number recur everywhere, its wider frame does not.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        flat: list[tuple[int, int]],
        numbers: Iterable[int] | None = None,
    ) -> None:
        """Index the statements `flat[n]` for each n of `numbers` (default: all of them)."""
        self.members: dict[str, list[int]] = defaultdict(list)
        self.frames: Counter[tuple[int, str]] = Counter()
        self.documents: dict[str, set[int]] = defaultdict(set)
        self.values: dict[str, set[float]] = defaultdict(set)
        for number in range(len(flat)) if numbers is None else numbers:
            s, i = flat[number]
            statement = sources[s].statements[i]
            keys: set[str] = set()
            for value in statement.values:
                for key in windows(statement, value):
                    self.documents[key].add(s)
                    self.values[key].add(value.value)
                    keys.add(key)
                frame = _frame(statement, value)
                self.documents[frame].add(s)
                self.values[frame].add(value.value)
            for key in keys:
                self.members[key].append(number)
                self.frames[s, key] += 1

    def pairs(self) -> list[tuple[int, int]]:
        """Pairs of statements sharing keys that are no stock phrases (two at least: a copy
        shares every key of its numbers), each pair once, sorted."""
        shared: Counter[tuple[int, int]] = Counter()
        for members in self.members.values():
            if 1 < len(members) <= _MAX_BUCKET:
                for a, x in enumerate(members):
                    shared.update((x, y) for y in members[a + 1 :])
        return sorted(pair for pair, count in shared.items() if count >= _SHARED_KEYS)

    def template(self, source: int, statement: Statement, value: Value, within: bool) -> bool:
        """Whether the number's frame is a list (within a document) or a template."""
        keys = windows(statement, value)
        if within and max(self.frames[source, key] for key in keys) > 2:
            return True
        return all(
            len(self.documents[key]) >= _TEMPLATE and len(self.values[key]) >= _TEMPLATE
            for key in [*keys, _frame(statement, value)]
        )


def focused(sources: Sequence[Source], flat: list[tuple[int, int]], focus: frozenset[int]) -> Index:
    """The index of the statements that can bear on a pair with a side in `focus`.

    Such a pair shares keys with a focused statement, and it is judged by how its
    own keys and frames are filled across the corpus. A statement holds a key only
    if the key's tokens occur in it, so a scan for those tokens (one automaton pass
    per statement) finds every statement that counts, and only those are indexed:
    for these pairs, the index answers as the whole corpus's does.
    """
    chosen = [n for n, (s, _) in enumerate(flat) if s in focus]
    haystack = _Haystack([sources[s].statements[i].tokens for s, i in flat])
    near = haystack.holders(_keys(sources, flat, chosen, frames=False))
    probe = Index(sources, flat, sorted({*chosen, *near}))
    paired = {
        n for x, y in probe.pairs() if flat[x][0] in focus or flat[y][0] in focus for n in (x, y)
    }
    wanted = _keys(sources, flat, sorted({*chosen, *paired}), frames=True)
    return Index(sources, flat, sorted({*chosen, *paired, *haystack.holders(wanted)}))


def _keys(
    sources: Sequence[Source], flat: list[tuple[int, int]], numbers: list[int], frames: bool
) -> set[str]:
    """The tokens of the keys (and, with `frames`, of the frames) of some statements."""
    found: set[str] = set()
    for number in numbers:
        s, i = flat[number]
        statement = sources[s].statements[i]
        for value in statement.values:
            found.update(windows(statement, value))
            if frames:
                found.add(_frame(statement, value)[1:])
    return found


class _Haystack:
    """The tokens of every statement in one string, so that one automaton pass finds
    the statements holding any of some keys (no token is a newline: they are all
    characters above the surrogates)."""

    def __init__(self, tokens: list[str]) -> None:
        self.text = "\n".join(tokens)
        self.starts = list(itertools.accumulate((len(t) + 1 for t in tokens), initial=0))

    def holders(self, keys: set[str]) -> list[int]:
        """The statements in which the tokens of any of `keys` occur."""
        if not keys:
            return []
        automaton = ahocorasick_rs.AhoCorasick(sorted(keys))
        # A match never spans a newline, and every statement holding a key has one.
        found = automaton.find_matches_as_indexes(self.text)
        return sorted({bisect.bisect_right(self.starts, start) - 1 for _, start, _ in found})


def related(a: Source, b: Source, first: Statement, second: Statement) -> bool | None:
    """Whether two documents are about one thing, judged by the names of their other
    statements (None when either has too few to tell)."""
    own = set(first.tokens) | set(second.tokens)
    ours, theirs = set(a.names) - own, set(b.names) - own
    fewer = min(len(ours), len(theirs))
    if fewer < _FEW_NAMES:
        return None
    return len(ours & theirs) >= max(2, _SHARED_NAMES * fewer)


def two_days(a: Source, b: Source) -> bool:
    return bool(a.date and b.date) and a.date != b.date


def _frame(statement: Statement, value: Value) -> str:
    """The number with the tokens around it out to `_FRAME` words or names on each side
    (fewer at the sentence's ends), marked apart from the three-token keys: "sales of
    Cabbage Patch Kids products from 600 mln dlrs to #", not just "dlrs to # ."."""
    tokens, first, last = statement.tokens, value.index, value.index + 1
    for step, words in ((-1, 0), (1, 0)):
        at = value.index + step
        while 0 <= at < len(tokens) and words < _FRAME:
            words += kind(tokens[at]) in (WORD, NAME)
            at += step
        if step < 0:
            first = at + 1
        else:
            last = at
    return "|" + tokens[first:last]


def windows(statement: Statement, value: Value) -> list[str]:
    tokens, found = statement.tokens, []
    for first in range(max(0, value.index - 2), value.index + 1):
        window = tokens[first : first + 3]
        if len(window) == 3 and any(kind(t) in (WORD, NAME) for t in window):
            found.append(window)
    return found or [tokens[max(0, value.index - 1) : value.index + 2]]
