"""The index of restatement candidates: statements by the words around their numbers.

Each statement is indexed by the three-token windows around its numbers (numbers
masked to their unit), so the pairs worth aligning come only from shared keys, never
from all pairs. The index also knows how each key is filled, which tells a list or a
template from the restatement of one fact, and which documents are about one thing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lint.figures.statements import NAME, WORD, Statement, Value, kind

_MAX_BUCKET = 24  # statements sharing one key; more is a stock phrase
_SHARED_KEYS = 2  # keys two statements must share to be compared at all
_TEMPLATE = 3  # documents and distinct values that make a frame a template
_FEW_NAMES = 3  # other names a document needs before its subject can be compared
_SHARED_NAMES = 0.2  # share of the other names two documents about one event have in common


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
    more, on every side of the number, is a template ("an approval rating of 62% based
    on 84 reviews" in every film article), not the restatement of one fact.
    """

    def __init__(self, sources: Sequence[Source], flat: list[tuple[int, int]]) -> None:
        self.members: dict[str, list[int]] = defaultdict(list)
        self.frames: Counter[tuple[int, str]] = Counter()
        self.documents: dict[str, set[int]] = defaultdict(set)
        self.values: dict[str, set[float]] = defaultdict(set)
        for number, (s, i) in enumerate(flat):
            statement = sources[s].statements[i]
            keys: set[str] = set()
            for value in statement.values:
                for key in windows(statement, value):
                    self.documents[key].add(s)
                    self.values[key].add(value.value)
                    keys.add(key)
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
            for key in keys
        )


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


def windows(statement: Statement, value: Value) -> list[str]:
    tokens, found = statement.tokens, []
    for first in range(max(0, value.index - 2), value.index + 1):
        window = tokens[first : first + 3]
        if len(window) == 3 and any(kind(t) in (WORD, NAME) for t in window):
            found.append(window)
    return found or [tokens[max(0, value.index - 1) : value.index + 2]]
