"""Restatements: two sentences whose words agree apart from a number, and whose numbers differ.

Whatever the subject, a figure copied wrongly keeps the words around it: "the storm
cut power to 40,000 homes and at least 12 schools" restated with 21. Statements are
indexed by the three-token windows around each number (numbers masked to their
unit), so candidates come only from shared keys; a key shared by very many
statements is a stock phrase ("Shr ... cts vs ... cts") and is left out. A candidate
pair is aligned token by token (rapidfuzz, longest common subsequence), and a pair of
numbers in the same place of a run of common tokens is compared. It is a conflict
when the sentences agree enough (their common runs weigh at least `evidence`, names
and equal numbers weighing most), the words right around the number agree, no
other name or time stands in its place on both sides (another subject, another
period), and the values cannot be the same number rounded (bounds stated alike are
taken at their word: "at least 53" is not "at least 35").
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from lint.figures.index import Index, Source, focused, related, two_days
from lint.figures.statements import (
    NAME,
    SLOT,
    STOP,
    TIME,
    WORD,
    Statement,
    Value,
    earlier_only,
    kind,
)

_WEIGHTS = {STOP: 0.25, WORD: 1.0, NAME: 2.0, TIME: 1.0, SLOT: 0.0}
_EQUAL_NUMBER = 2.0  # an aligned number with the same value: a strong sign of one statement
_CONVERSION = 2  # two changed numbers this close are one figure and its conversion
_LOCAL = 3  # tokens on each side of a number that must agree
_LOCAL_WEIGHT = 2.0  # ... and weigh at least this much
_SUBSTITUTIONS = 2  # places with other words on both sides, across documents (0 within one)
_VERBATIM = 0.9  # share of a sentence in common runs that makes it a copy of the other
_NEAR = 6  # a name or time within this many tokens of the number, unmatched on both sides


@dataclass(frozen=True, slots=True)
class Side:
    """One number of a conflict: the document, statement and value."""

    source: int
    statement: int
    value: Value


def conflicts(
    sources: Sequence[Source],
    evidence: float,
    approximate: float,
    rounding: float,
    focus: frozenset[int] | None = None,
) -> Iterator[tuple[Side, Side]]:
    """Yield pairs of numbers that restate one figure with values that cannot both be right.

    With `focus` (source indexes), only pairs with a side in it are aligned: each pair
    is judged on its own, against the index of the whole corpus.
    """
    flat = [(s, i) for s, source in enumerate(sources) for i in range(len(source.statements))]
    index = Index(sources, flat) if focus is None else focused(sources, flat, focus)
    for x, y in index.pairs():
        (sa, ia), (sb, ib) = flat[x], flat[y]
        if focus is not None and sa not in focus and sb not in focus:
            continue
        a, b = sources[sa].statements[ia], sources[sb].statements[ib]
        if sa == sb and a.line == b.line:
            continue  # one paragraph: a list or a comparison, not a restatement
        if sa != sb and two_days(sources[sa], sources[sb]) and (a.relative or b.relative):
            continue  # "on Tuesday" in stories of two days: two days' figures
        needed, one_thing = evidence, None
        if sa != sb:
            one_thing = related(sources[sa], sources[sb], a, b)
            needed = evidence if one_thing else 2 * evidence
        for va, vb in _aligned(a, b, needed, sa != sb, one_thing):
            if sa != sb and updated(sources[sa].date, va, sources[sb].date, vb):
                continue  # "has already killed 1,000", a week later 2,000: a running total
            if not index.template(sa, a, va, within=sa == sb) and differ(
                va, vb, approximate, rounding
            ):
                yield Side(sa, ia, va), Side(sb, ib, vb)


Block = tuple[int, int, int]  # start and end in the first statement, start in the second


def _aligned(
    a: Statement, b: Statement, evidence: float, across: bool, related: bool | None
) -> Iterator[tuple[Value, Value]]:
    """Numbers in the same place of two statements that agree enough to be one statement.

    `across`: of two documents, whose sentences must then share a name or a distinctive
    number, or be word for word the same sentence, which alone will do when the
    documents are not `related` (their names are others'); a few other words are
    allowed across documents, none within one.
    """
    blocks = [
        (op.src_start, op.src_end, op.dest_start)
        for op in Indel.opcodes(a.tokens, b.tokens)
        if op.tag == "equal"
    ]
    at_b = {value.index: value for value in b.values}
    pairs = []
    for value in a.values:
        block = next((blk for blk in blocks if blk[0] <= value.index < blk[1]), None)
        other = None if block is None else at_b.get(block[2] + value.index - block[0])
        if block is not None and other is not None:
            pairs.append((value, other, block))
    equal = [va for va, vb, _ in pairs if va.value == vb.value]
    if not equal and len(pairs) < min(len(a.values), len(b.values)):
        return  # no number kept, others not even in place: another report ("moving at 3 mph")
    weight = _EQUAL_NUMBER * len(equal) + sum(
        _WEIGHTS[kind(t)]
        for first, last, _ in blocks
        if last - first > 2
        for t in a.tokens[first:last]
    )
    if weight < evidence or _unmatched_times(a, b, blocks):
        return
    substituted = _substitutions(a, b, blocks)
    if substituted > (_SUBSTITUTIONS if across else 0):
        return
    verbatim = not substituted and _coverage(a, b, blocks) >= _VERBATIM
    anchor = _shares_name(a, blocks) or any(distinctive(v) for v in equal) or verbatim
    if across and not (anchor if related is not False else verbatim):
        return
    differing = [(va, vb, block) for va, vb, block in pairs if va.value != vb.value]
    if differing and differing[-1][0].index - differing[0][0].index > _CONVERSION:
        return  # several numbers changed apart: another statement in the same words
    # One figure changed (with its conversion, "55 miles (88 km)"): every number of it must
    # sit in agreeing words, or none is reported.
    kept = {va.index for va in equal}
    if all(
        _local(a, b, va, vb, block, kept)
        and not _clash(a, b, va, vb, blocks)
        and not earlier_only(a, va.index, b, vb.index)
        for va, vb, block in differing
    ):
        yield from ((va, vb) for va, vb, _ in differing)


def _substitutions(a: Statement, b: Statement, blocks: list[Block]) -> int:
    """How many places put other words in the same slot of the sentence on both sides.

    A copy with a number changed has none; "In the northern district, ..." and "In the
    southern district, ..." one; one event retold in other words several.
    """
    count, end_a, end_b = 0, 0, 0
    for first, last, dest in [*blocks, (len(a.tokens), len(a.tokens), len(b.tokens))]:
        if _content(a.tokens[end_a:first], words=True) and _content(
            b.tokens[end_b:dest], words=True
        ):
            count += 1
        end_a, end_b = last, dest + last - first
    return count


def _coverage(a: Statement, b: Statement, blocks: list[Block]) -> float:
    """The share of the shorter statement's tokens in common runs."""
    common = sum(last - first for first, last, _ in blocks)
    return common / min(len(a.tokens), len(b.tokens))


def _shares_name(a: Statement, blocks: list[Block]) -> bool:
    return any(
        kind(t) == NAME
        for first, last, _ in blocks
        if last - first > 1
        for t in a.tokens[first:last]
    )


def distinctive(value: Value) -> bool:
    """A number unlikely to agree by chance: with a unit, or of three digits or more."""
    return (value.unit != "" and not value.unit.startswith("~")) or abs(value.value) >= 100


def _local(a: Statement, b: Statement, va: Value, vb: Value, block: Block, kept: set[int]) -> bool:
    """The words right around the number agree: common words on both sides of it.

    A number kept in both (`kept`, positions in `a`) counts as a common word: "by 7.25
    pct to 15.8 mln". A side may be empty only where both statements end (or begin)
    at the number.
    """
    first, last, _ = block
    i, j = va.index, vb.index
    left = range(max(first, i - _LOCAL), i)
    right = range(i + 1, min(last, i + 1 + _LOCAL))
    left_ok = _agreeing(a, left, kept) or (i == 0 and j == 0)
    right_ok = _agreeing(a, right, kept) or (i == len(a.tokens) - 1 and j == len(b.tokens) - 1)
    near = sum(_WEIGHTS[kind(a.tokens[k])] for k in [*left, *right])
    near += _EQUAL_NUMBER * sum(k in kept for k in [*left, *right])
    return left_ok and right_ok and near >= _LOCAL_WEIGHT


def _agreeing(a: Statement, positions: range, kept: set[int]) -> bool:
    return any(kind(a.tokens[k]) in (WORD, NAME) or k in kept for k in positions)


def _content(tokens: str, words: bool = False) -> bool:
    """Whether the tokens hold a word or a name (or a number, unless only `words`)."""
    kinds = (WORD, NAME) if words else (WORD, NAME, SLOT)
    return any(kind(t) in kinds for t in tokens)


def _unmatched(statement: Statement, blocks: list[tuple[int, int]]) -> list[int]:
    """Positions of a statement's tokens outside the common runs."""
    inside = [False] * len(statement.tokens)
    for first, last in blocks:
        inside[first:last] = [True] * (last - first)
    return [i for i, flag in enumerate(inside) if not flag]


def _sides(blocks: list[Block]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The common runs as spans of the first statement and of the second."""
    return [(f, e) for f, e, _ in blocks], [(d, d + e - f) for f, e, d in blocks]


def _unmatched_times(a: Statement, b: Statement, blocks: list[Block]) -> bool:
    """A time in each statement that the other does not share: two periods."""
    ours, theirs = _sides(blocks)
    return any(kind(a.tokens[i]) == TIME for i in _unmatched(a, ours)) and any(
        kind(b.tokens[i]) == TIME for i in _unmatched(b, theirs)
    )


def _clash(a: Statement, b: Statement, va: Value, vb: Value, blocks: list[Block]) -> bool:
    """Other words beside the number on each side: the same frame about another subject.

    "In the northern district, 266 votes" and "In the southern district, 231 votes";
    "Kuwait's quota of ..." and "Qatar's quota of ...": a name within `_NEAR` tokens,
    or a word within `_LOCAL`, that each side has and the other has not.
    """
    ours, theirs = _sides(blocks)
    return _other_near(a, va.index, ours, b.tokens) and _other_near(b, vb.index, theirs, a.tokens)


def _other_near(
    statement: Statement, index: int, blocks: list[tuple[int, int]], others: str
) -> bool:
    """Whether an unmatched name or word near the number is another subject: one the other
    statement lacks, or one tied to another number ("4 from Europe, 3 from Asia"). A
    name only moved in the sentence ("Acme said Globex holds" / "Globex said it holds")
    is the same subject."""
    numbers = [v.index for v in statement.values if v.index != index]
    for i in _unmatched(statement, blocks):
        moved = statement.tokens[i] in others
        if moved and all(abs(i - n) > _LOCAL for n in numbers):
            continue
        token_kind, distance = kind(statement.tokens[i]), abs(i - index)
        if (token_kind == NAME and distance <= _NEAR) or (
            token_kind == WORD and distance <= _LOCAL
        ):
            return True
    return False


def updated(first_date: str, first: Value, second_date: str, second: Value) -> bool:
    """Whether a running total (`Value.running`) is reported higher on a later day: a
    toll or a count that rose between two dated reports, each true on its own day."""
    if not (first.running or second.running):
        return False
    try:
        one = datetime.date.fromisoformat(first_date[:10])
        two = datetime.date.fromisoformat(second_date[:10])
    except ValueError:
        return False  # undated: no order to tell an update from a contradiction
    if one == two:
        return False
    earlier, later = (first, second) if one < two else (second, first)
    return later.value > earlier.value


def differ(a: Value, b: Value, approximate: float, rounding: float) -> bool:
    """Whether two values of one restated figure cannot be the same number.

    Bounds stated alike are taken at their word ("about 55" is not "about 65", "up to
    2.4 million" not "as many as 2.3 million"): the numbers must agree to the precision
    written, give or take `rounding`. Different bounds compare as intervals ("at
    least 14" allows 17, "some 3,000" does not allow 2,500).
    """
    slack = max(a.precision, b.precision) + rounding * max(abs(a.value), abs(b.value))
    if _same_bound(a.bound, b.bound):
        return abs(a.low - b.low) > slack * 1.000001 or abs(a.high - b.high) > slack * 1.000001
    return apart(a, b, approximate, rounding)


def apart(a: Value, b: Value, approximate: float, rounding: float) -> bool:
    """Whether two values cannot be one number: the intervals they allow do not meet
    (whatever their bounds: "about 300" and "some 290" are not restated to the digit),
    or, both being a point ("about" or exact), neither is the other rounded.

    "About 43 billion" is 42.91 billion rounded, and "about 300" is 290 rounded, but
    "about 401 mln" is no rounding of "about 410 mln", nor 401 of "about 410" (that
    would be "about 400"): give or take `rounding`, the finer value must lie within
    half a step of the coarser one's last significant digit.
    """
    slack = max(a.precision, b.precision) + rounding * max(abs(a.value), abs(b.value))
    low_a, high_a = _interval(a, approximate)
    low_b, high_b = _interval(b, approximate)
    if high_a + slack < low_b or high_b + slack < low_a:
        return True
    if a.bound not in _POINTS or b.bound not in _POINTS:
        return False
    half = max(step(a), step(b)) / 2 + rounding * max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) > half * 1.000001


_POINTS = ("approx", "exact")


def step(value: Value) -> float:
    """The unit of a value's last significant digit: 10 million for "410 mln", 1 million for
    "401 mln", 0.01 for "42.91", a quarter for "7-1/4" (trailing zeros are not significant)."""
    step = 2 * value.precision
    if step <= 0:
        return 0.0
    number = abs(value.value)
    while step * 10 <= number and _multiple(number, step * 10):
        step *= 10
    return step


def _multiple(number: float, step: float) -> bool:
    ratio = number / step
    return abs(ratio - round(ratio)) < 1e-6


def _same_bound(first: str, second: str) -> bool:
    sides = {"upper": "upper", "near": "upper", "lower": "lower"}
    return first == second or (first in sides and sides.get(first) == sides.get(second))


def _interval(value: Value, approximate: float) -> tuple[float, float]:
    number = value.value
    return {
        "exact": (value.low, value.high),
        "range": (value.low, value.high),
        "approx": (number * (1 - approximate), number * (1 + approximate)),
        "near": (number * (1 - approximate), number),
        "lower": (number, math.inf),
        "upper": (-math.inf, number),
    }[value.bound]
