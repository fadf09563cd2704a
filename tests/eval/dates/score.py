"""Precision and recall of the dates rules and provenance.missing-fields on this set.

python tests/eval/dates/score.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

# NOTE: run as a script, the checkout's `lint` must win over an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lint.cli import default_rules_dir
from lint.engine import lint
from lint.loader import load_rule_dirs
from lint.selection import select_rules

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FIELDS = {"title": "title", "author": "author", "publisher": "publisher"}
RULES = (
    "missing-publication-date",
    "unresolved-relative-date",
    "ambiguous-date",
    "impossible-date",
    "missing-fields",
)


@dataclass(frozen=True)
class Score:
    """Counts for one rule, and the disagreements for reading."""

    tp: int
    fp: int
    fn: int
    false_positives: tuple[str, ...]
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def expected() -> dict[str, set[str]]:
    labels: dict[str, Any] = YAML(typ="safe").load((HERE / "labels.yaml").read_text("utf-8"))
    found: dict[str, set[str]] = {rule: set() for rule in RULES}
    for name, rules in labels.items():
        for rule, values in (rules or {}).items():
            found[rule] |= {f"{name}:{value}" for value in values}
    return found


def predicted() -> dict[str, set[str]]:
    rules = select_rules(
        load_rule_dirs([default_rules_dir()]),
        ["dates", "provenance.missing-fields"],
        [],
        "selection",
    )
    paths = sorted(str(p) for p in DOCS.glob("*.txt"))
    found: dict[str, set[str]] = {rule: set() for rule in RULES}
    for finding in lint(paths, rules).findings:
        name, rule = Path(finding.path).name, finding.rule.split(".", 1)[1]
        if rule == "missing-fields":
            missing = finding.message.split(":", 1)[1]
            found[rule] |= {f"{name}:{f}" for f in FIELDS if re.search(rf"\b{f}\b", missing)}
        elif rule in found:
            found[rule].add(f"{name}:{finding.location.line}")
    return found


def scores() -> dict[str, Score]:
    want, got = expected(), predicted()
    return {
        rule: Score(
            len(want[rule] & got[rule]),
            len(got[rule] - want[rule]),
            len(want[rule] - got[rule]),
            tuple(sorted(got[rule] - want[rule])),
            tuple(sorted(want[rule] - got[rule])),
        )
        for rule in RULES
    }


def main() -> None:
    print(f"{'rule':<28} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}")
    for rule, s in scores().items():
        print(f"{rule:<28} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>10.3f} {s.recall:>7.3f}")
        for item in s.false_positives:
            print(f"    false positive: {item}")
        for item in s.misses:
            print(f"    missed: {item}")


if __name__ == "__main__":
    main()
