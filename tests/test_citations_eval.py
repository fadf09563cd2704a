"""The citation rules on the labelled evaluation set keep their precision and recall.

The set is tests/eval/citations (see its README); `python tests/eval/citations/score.py`
prints the table. A rule that falls below these floors is a regression.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scorers import load_scorer

SCORE = Path(__file__).parent / "eval" / "citations" / "score.py"
FLOOR = {"precision": 0.95, "recall": 0.95}


def _score_module() -> ModuleType:
    return load_scorer("citations_score", SCORE)


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    result: dict[str, object] = _score_module().score()
    return result


RULES = [
    "citations.dangling-pointer",
    "citations.duplicate-reference",
    "citations.malformed-reference",
    "citations.reference-numbering",
    "citations.uncited-reference",
    "citations.uncited-reference-list",
    "citations.undated-reference",
    "citations.unresolved-citation",
]


@pytest.mark.parametrize("rule", RULES)
def test_rule_keeps_precision_and_recall(rule: str, scores: dict[str, object]) -> None:
    score = scores[rule]
    assert score.expected >= 5, f"{rule}: too few labels to measure"  # type: ignore[attr-defined]
    assert score.precision >= FLOOR["precision"], score  # type: ignore[attr-defined]
    assert score.recall >= FLOOR["recall"], score  # type: ignore[attr-defined]


def test_corpus_negatives_have_no_finding(scores: dict[str, object]) -> None:
    """Untouched Wikipedia and Wikinews articles in the set are labelled clean."""
    labels = _score_module().load_labels()
    negatives = [name for name in labels if name.startswith("corpus_")]
    assert len(negatives) >= 30 and all(labels[name] == [] for name in negatives)
