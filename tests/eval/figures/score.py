"""Precision and recall of the figures rules on the labelled set in docs/ (labels.json).

A finding is correct when labels.json lists its file, line and rule; every other
finding is a false positive, and every listed finding not reported is missed.

    python tests/eval/figures/score.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402

RULES = ("figures.conflicting-figures", "figures.figure-wording")


def findings() -> set[tuple[str, int, str]]:
    """(file, line, rule) of every figures finding on the labelled documents."""
    rules = [r for r in load_rule_dirs([default_rules_dir()]) if r.id in RULES]
    paths = sorted(str(p) for p in (HERE / "docs").glob("*.txt"))
    return {(Path(f.path).name, f.location.line, f.rule) for f in lint(paths, rules).findings}


def expected() -> set[tuple[str, int, str]]:
    """(file, line, rule) of every labelled finding."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    return {
        (name, int(item["line"]), item["rule"]) for name, items in labels.items() for item in items
    }


def score() -> dict[str, tuple[float, float, int, int, int]]:
    """Per rule: (precision, recall, true positives, false positives, missed)."""
    got, want = findings(), expected()
    table = {}
    for rule in RULES:
        found = {f for f in got if f[2] == rule}
        labelled = {f for f in want if f[2] == rule}
        hits = len(found & labelled)
        precision = hits / len(found) if found else 1.0
        recall = hits / len(labelled) if labelled else 1.0
        table[rule] = (precision, recall, hits, len(found - labelled), len(labelled - found))
    return table


def main() -> None:
    """Print the table, and the false positives and misses."""
    got, want = findings(), expected()
    for rule, (precision, recall, hits, wrong, missed) in score().items():
        print(
            f"{rule:30} precision {precision:.2f}  recall {recall:.2f}  "
            f"(tp {hits}, fp {wrong}, missed {missed})"
        )
    for item in sorted(got - want):
        print("false positive:", *item)
    for item in sorted(want - got):
        print("missed:", *item)


if __name__ == "__main__":
    main()
