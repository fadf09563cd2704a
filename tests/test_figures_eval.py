"""The figures rules keep their precision and recall on the labelled set."""

from __future__ import annotations

import pytest

from tests.eval.figures.score import score

# Measured when the set was built (all 1.00); the margins allow one or two misses.
MINIMUM = {
    "figures.conflicting-figures": (0.95, 0.90),
    "figures.figure-wording": (0.90, 0.75),
}


@pytest.mark.parametrize("rule", sorted(MINIMUM))
def test_precision_and_recall(rule: str) -> None:
    precision, recall, *_ = score()[rule]
    least_precision, least_recall = MINIMUM[rule]
    assert precision >= least_precision, f"{rule} precision {precision:.2f}"
    assert recall >= least_recall, f"{rule} recall {recall:.2f}"
