"""The duplicate-passage rule keeps its recall and precision on real and re-edited wire copy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lint.engine import lint
from tests.checks.helpers import shipped
from tests.scorers import load_scorer

HERE = Path(__file__).parent
SCORE = HERE / "eval" / "duplication" / "score.py"
DEVSET = HERE.parents[1] / "shared" / "devset"
RULE = "duplication.duplicate-passage"

# Floors a little under the figures of the tuned part (see tests/eval/duplication).
MIN_RECALL = {"whole": 0.95, "reedit": 0.9, "planted": 0.9, "whole-message": 0.85}
MIN_PRECISION = 0.95


def test_tuned_part_keeps_its_floors() -> None:
    module = load_scorer("duplication_score", SCORE)
    figures = module.score("tuned")
    for kind, floor in MIN_RECALL.items():
        found, total = figures[f"recall:{kind}"]
        assert total and found / total >= floor, f"recall of {kind}: {found}/{total}"
    right, reported = figures["precision"]
    assert right / reported >= MIN_PRECISION, f"precision: {right}/{reported}"
    assert figures["false-on-clean"][0] == 0


def _devset_items(category: str) -> list[dict[str, Any]]:
    lines = (DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [item for item in map(json.loads, lines) if item["category"] == category]


def test_devset_news_copies_found_and_nothing_else() -> None:
    """The devset's six copied passages are found; no news finding is off every label."""
    if not (DEVSET / "gold.jsonl").is_file():
        pytest.skip("../shared/devset is not here")
    paths = sorted(str(p) for p in (DEVSET / "corpus").rglob("*.txt"))
    found = lint(paths, [shipped(RULE)]).findings
    ignore_lines = (DEVSET / "ignore.jsonl").read_text(encoding="utf-8").splitlines()
    labels = _devset_items("duplicate-passage") + [
        item for item in map(json.loads, ignore_lines) if item["category"] == "duplicate-passage"
    ]

    def places(item: dict[str, Any]) -> list[tuple[str, int, int]]:
        sides = [item, *([item["related"]] if "related" in item else [])]
        return [(s["path"], s["line"], s["end_line"]) for s in sides]

    def on(finding_path: str, line: int, end: int, item: dict[str, Any]) -> bool:
        suffix = "corpus/" + finding_path.split("corpus/")[-1]
        return any(p == suffix and line <= e and s <= end for p, s, e in places(item))

    for gold in _devset_items("duplicate-passage"):
        assert any(on(f.path, f.location.line, f.location.end_line, gold) for f in found), gold
    for f in found:
        labelled = any(on(f.path, f.location.line, f.location.end_line, x) for x in labels)
        assert labelled, (f.path, f.location.line, f.message)
