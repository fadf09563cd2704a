"""Recall and precision of duplication.duplicate-passage on the labelled wire-copy set.

A labelled pair is found when a finding on one side overlaps its lines there and
names the other document, at lines overlapping its lines there, as related. A
finding is right when it finds a labelled pair (or an `ignore` pair: fewer than
40 words in common, neither right nor wrong); every other finding is a false
one. Whole copies are also checked for the whole-document message.

    python tests/eval/duplication/score.py            # the tuned part
    python tests/eval/duplication/score.py --part blind
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.finding import Finding  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402

RULE = "duplication.duplicate-passage"


def findings(part: str) -> list[Finding]:
    """Run the shipped rule over one part of the set."""
    rule = next(r for r in load_rule_dirs([default_rules_dir()]) if r.id == RULE)
    paths = sorted(str(p) for p in (HERE / "docs" / part).glob("*.txt"))
    return lint(paths, [rule]).findings


def _hits(finding: Finding, mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    loc = finding.location
    if Path(finding.path).name != mine["path"]:
        return False
    if loc.end_line < mine["first"] or loc.line > mine["last"]:
        return False
    return any(
        Path(r.path).name == theirs["path"]
        and r.end_line >= theirs["first"]
        and r.line <= theirs["last"]
        for r in finding.related
    )


def _matches(finding: Finding, pair: dict[str, Any]) -> bool:
    return _hits(finding, pair["a"], pair["b"]) or _hits(finding, pair["b"], pair["a"])


def score(part: str) -> dict[str, tuple[int, int]]:
    """(found, total) per pair type, (right, reported) for precision, false ones on clean."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))[part]
    found = findings(part)
    result: dict[str, tuple[int, int]] = {}
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for pair in labels["pairs"]:
        total[pair["type"]] += 1
        matching = [f for f in found if _matches(f, pair)]
        hit[pair["type"]] += bool(matching)
        if pair["type"] == "whole":
            total["whole-message"] += 1
            hit["whole-message"] += any(f.message.startswith("the whole") for f in matching)
    for kind in sorted(total):
        result[f"recall:{kind}"] = (hit[kind], total[kind])
    pairs = labels["pairs"] + labels["ignore"]
    right = [f for f in found if any(_matches(f, pair) for pair in pairs)]
    result["precision"] = (len(right), len(found))
    clean = set(labels["clean"])
    wrong_clean = [f for f in found if Path(f.path).name in clean and f not in right]
    result["false-on-clean"] = (len(wrong_clean), len(clean))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", default="tuned", choices=["tuned", "blind"])
    parser.add_argument("--details", action="store_true", help="print misses and false findings")
    args = parser.parse_args()
    for name, (good, count) in score(args.part).items():
        share = good / count if count else 1.0
        if name == "false-on-clean":
            print(f"{name:24} {good} on {count} clean documents ({50 * share:.1f} per 50)")
        else:
            print(f"{name:24} {share:6.1%}  ({good}/{count})")
    if args.details:
        details(args.part)


def details(part: str) -> None:
    """Print every missed pair and every false finding."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))[part]
    found = findings(part)
    for pair in labels["pairs"]:
        if not any(_matches(f, pair) for f in found):
            a, b = pair["a"], pair["b"]
            print(
                f"MISS {pair['type']} {pair['words']}w {a['path']}:{a['first']}-{a['last']} "
                f"~ {b['path']}:{b['first']}-{b['last']}"
            )
    pairs = labels["pairs"] + labels["ignore"]
    for f in found:
        if not any(_matches(f, pair) for pair in pairs):
            print(f"FALSE {Path(f.path).name}:{f.location.line}-{f.location.end_line} {f.message}")


if __name__ == "__main__":
    main()
