"""When two figures of one subject disagree: value intervals, bounds and names.

A figure stands for an interval: "$30 billion" for 29.5 to 30.5 (half a unit of the
last digit), "about 46%" for the value give or take `approximate`, "over 30" for
30 and up. Both are widened by the relative `tolerance`. Two figures contradict
when their intervals do not meet; they disagree only in wording when they meet,
state the same number, and bound it differently ("over 30" and "around 30").
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from lint.figures.record import Figure

_SOFT_PAIRS = frozenset(
    {
        frozenset({"lower", "approx"}),
        frozenset({"upper", "approx"}),
        frozenset({"lower", "upper"}),
        frozenset({"lower", "near"}),
    }
)


def interval(figure: Figure, approximate: float, tolerance: float) -> tuple[float, float]:
    """The values a figure allows, widened by the tolerance.

    The side a bound states ("more than 400", "nearly 3,000") is taken at its
    word, widened only by the rounding of its number: "more than 400" excludes 373.
    """
    if figure.unit.startswith("%"):
        tolerance = 0.0  # percentages are restated to the digit: 6.1% is not 6.6%
    value, slack = figure.value, figure.precision
    low, high = {
        "exact": (value - slack, value + slack),
        "approx": (value * (1 - approximate) - slack, value * (1 + approximate) + slack),
        "lower": (value - slack, math.inf),
        "near": (value * (1 - approximate) - slack, value + slack),
        "upper": (-math.inf, value + slack),
        "range": (figure.low - slack, figure.high + slack),
    }[figure.bound]
    if figure.bound != "lower":
        low *= 1 - tolerance
    if figure.bound not in ("upper", "near"):
        high *= 1 + tolerance
    return low, high


def contradicts(a: Figure, b: Figure, approximate: float, tolerance: float) -> bool:
    """Whether no value satisfies both figures."""
    low_a, high_a = interval(a, approximate, tolerance)
    low_b, high_b = interval(b, approximate, tolerance)
    return high_a < low_b or high_b < low_a


def rewords(a: Figure, b: Figure, approximate: float, tolerance: float) -> bool:
    """Whether two compatible figures state one number with bounds that disagree."""
    if frozenset({a.bound, b.bound}) not in _SOFT_PAIRS:
        return False
    if contradicts(a, b, approximate, tolerance):
        return False
    return abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value))


def tied(a: Figure, b: Figure) -> bool:
    """Whether two figures are tied closely enough to a time to be compared.

    Counts of things ("1,154 service personnel", "25,000 service personnel") that
    share only a present tense, with no time said on either side, are too loosely
    tied: at least one of them must say when ("now", "in 2024").
    """
    counted = a.unit.startswith("count:") and a.unit != "count:"
    return a.timed or b.timed or not counted


def same_names(a: Figure, b: Figure, similarity: int) -> bool:
    """Whether the other names of two figures allow one subject.

    Figures without other names fit any; otherwise one name must be shared, or
    close enough by rapidfuzz's token-set ratio ("Development Bank of Kazakhstan",
    "Kazakhstan Development Bank").
    """
    if not a.names or not b.names:
        return True
    if set(a.names) & set(b.names):
        return True
    return any(fuzz.token_set_ratio(x, y) >= similarity for x in a.names for y in b.names)


def same_goods(a: Figure, b: Figure) -> bool:
    """Whether two figures may measure the same goods: either leaves them unnamed, or
    both name the same ("sugar output" is not "copra output")."""
    return not a.goods or not b.goods or a.goods == b.goods
