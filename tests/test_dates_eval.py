"""The evaluation set's precision and recall must not fall below what was measured."""

from __future__ import annotations

import pytest

from tests.eval.dates.score import scores

# Measured when the set was built (see the README); a regression fails here.
THRESHOLDS = {
    "missing-publication-date": (0.95, 0.95),
    "unresolved-relative-date": (0.95, 0.9),
    "ambiguous-date": (1.0, 1.0),
    "impossible-date": (1.0, 1.0),
    "missing-fields": (0.9, 0.9),
}


@pytest.mark.parametrize("rule", sorted(THRESHOLDS))
def test_precision_and_recall(rule: str) -> None:
    score = scores()[rule]
    precision, recall = THRESHOLDS[rule]
    assert score.precision >= precision, score.false_positives
    assert score.recall >= recall, score.misses
