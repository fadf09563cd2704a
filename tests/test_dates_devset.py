"""The dates rules keep their scores on the development set (../shared/devset).

The set's own scorer (`score.py`, stdlib only) is loaded from the set and fed the findings
of the shipped dates rules; the floors sit a little under the figures measured when this
test was written (README: Dates and provenance records). Skipped when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lint.cli import default_rules_dir
from lint.engine import lint
from lint.loader import load_rule_dirs
from lint.selection import select_rules
from tests.scorers import load_scorer

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
# (precision, F1) per set; measured: web 1.000 / 0.980, news 1.000 / 0.995.
FLOORS = {"web": (0.97, 0.95), "news": (0.97, 0.96)}
MAX_DATED_FALSE_RATE = 0.02  # dated documents given any dates finding (measured: 0 of 153)

pytestmark = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")


def _scorer() -> ModuleType:
    return load_scorer("devset_score", DEVSET / "score.py")


@pytest.fixture(scope="module")
def findings() -> list[dict[str, Any]]:
    rules = select_rules(load_rule_dirs([default_rules_dir()]), ["dates"], [], "selection")
    paths = sorted(str(p) for p in (DEVSET / "corpus").rglob("*.txt"))
    return [
        {
            "path": f.path[f.path.rfind("corpus/") :],
            "line": f.location.line,
            "end_line": f.location.end_line,
            "rule": f.rule,
            "category": "dates",
        }
        for f in lint(paths, rules).findings
    ]


def test_dates_scores_per_set(findings: list[dict[str, Any]]) -> None:
    scorer = _scorer()
    gold = scorer.read_jsonl(str(DEVSET / "gold.jsonl"))
    ignore = scorer.read_jsonl(str(DEVSET / "ignore.jsonl"))
    counts, details, _, _ = scorer.score(findings, gold, ignore, set())
    for name, (min_precision, min_f1) in FLOORS.items():
        precision, _, f1 = scorer.prf(counts[(name, "dates")])
        misses = [d for d in details["fp"] + details["fn"] if f"/{name}/" in d["path"]]
        assert precision >= min_precision, misses
        assert f1 >= min_f1, misses


def test_dated_documents_get_no_dates_finding(findings: list[dict[str, Any]]) -> None:
    manifest = json.loads((DEVSET / "build" / "manifest.json").read_text("utf-8"))
    dated = {
        d["path"]
        for d in manifest["documents"]
        if d.get("undated") == "no" or d.get("dated") is True or d["set"] == "papers"
    }
    flagged = sorted(dated & {f["path"] for f in findings})
    assert len(flagged) / len(dated) <= MAX_DATED_FALSE_RATE, flagged
