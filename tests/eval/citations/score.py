"""Score the citation rules on the labelled evaluation set: precision and recall per rule.

    python tests/eval/citations/score.py [-v]

A finding matches a label of the same rule and document when the finding's first
line lies in the label's line range (an entry's lines; one line otherwise). Each
label matches at most one finding. `-v` lists the unmatched findings and labels.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402


@dataclass
class Score:
    """Matched findings and labels of one rule."""

    found: int = 0
    expected: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def load_labels() -> dict[str, list[dict[str, int | str]]]:
    """Expected findings per document: generated labels and hand-written ones."""
    labels: dict[str, list[dict[str, int | str]]] = {}
    for name in ("labels.json", "hand_labels.json"):
        labels.update(json.loads((HERE / name).read_text(encoding="utf-8")))
    return labels


def score(verbose: bool = False) -> dict[str, Score]:
    """Lint the documents with the shipped citation rules and compare with the labels."""
    labels = load_labels()
    rules = [r for r in load_rule_dirs([default_rules_dir()]) if r.category == "citations"]
    paths = [str(HERE / "docs" / name) for name in sorted(labels)]
    findings = lint(paths, rules).findings
    by_doc: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for finding in findings:
        by_doc[Path(finding.path).name].append((finding.rule, finding.location.line))
    scores: dict[str, Score] = defaultdict(Score)
    for name, expected in sorted(labels.items()):
        open_labels = list(expected)
        for label in expected:
            scores[str(label["rule"])].expected += 1
        for rule, line in sorted(by_doc.get(name, [])):
            scores[rule].found += 1
            hit = next(
                (
                    lb
                    for lb in open_labels
                    if lb["rule"] == rule and lb["line"] <= line <= lb["end_line"]
                ),
                None,
            )
            if hit is not None:
                open_labels.remove(hit)
                scores[rule].matched += 1
            elif verbose:
                print(f"FP {name}:{line} {rule}")
        if verbose:
            for label in open_labels:
                print(f"FN {name}:{label['line']} {label['rule']}")
    return dict(scores)


def report(scores: dict[str, Score]) -> str:
    """A table of precision and recall per rule, and over all rules."""
    rows = [f"{'rule':36} {'found':>6} {'expected':>8} {'precision':>9} {'recall':>7}"]
    total = Score()
    for rule, s in sorted(scores.items()):
        rows.append(f"{rule:36} {s.found:6} {s.expected:8} {s.precision:9.3f} {s.recall:7.3f}")
        total.found, total.expected, total.matched = (
            total.found + s.found,
            total.expected + s.expected,
            total.matched + s.matched,
        )
    rows.append(
        f"{'all':36} {total.found:6} {total.expected:8} {total.precision:9.3f} {total.recall:7.3f}"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list unmatched findings and labels"
    )
    print(report(score(parser.parse_args().verbose)))
