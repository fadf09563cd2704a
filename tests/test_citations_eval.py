"""The citation rules on the labelled evaluation set keep their precision and recall.

The set is tests/eval/citations (see its README); `python tests/eval/citations/score.py`
prints the table. A rule that falls below these floors is a regression.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

SCORE = Path(__file__).parent / "eval" / "citations" / "score.py"
FLOOR = {"precision": 0.95, "recall": 0.95}


@lru_cache(maxsize=1)
def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("citations_score", SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


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
