"""The boilerplate and duplication rules keep their precision and recall on the labelled set."""

from __future__ import annotations

from pathlib import Path

from tests.scorers import load_scorer

SCORE = Path(__file__).parent / "eval" / "boilerplate" / "score.py"

# Floors a little under the figures measured when the set was built; see score.py.
MIN_PRECISION = 0.95
MIN_RECALL = {
    "chrome": 0.9,
    "pitch": 0.9,
    "tail": 0.8,
    "insert": 0.3,
    "cutoff": 0.9,
    "duplicate": 0.85,
    "glued": 0.8,
    "repeated_title": 0.9,
}


def test_precision_and_recall_floors() -> None:
    module = load_scorer("boilerplate_score", SCORE)
    figures = module.score()
    for name, (_, total, share) in figures.items():
        if name.startswith("label:"):
            kind = name.removeprefix("label:")
            assert share >= MIN_RECALL[kind], f"recall of {kind}: {share:.2f}"
        else:
            assert share >= MIN_PRECISION, f"precision of {name}: {share:.2f} of {total}"
    assert set(MIN_RECALL) <= {n.removeprefix("label:") for n in figures}
