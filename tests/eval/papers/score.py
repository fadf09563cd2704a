"""Precision, recall and F1 of the boilerplate and citation rules on the papers-and-pages set.

Matching follows the devset's rules: a finding matches a gold item of its category when
their line ranges overlap (one finding per item, one item per finding); a finding that
overlaps no gold item and no ignore line of its category is a false positive; extra
findings on gold lines are neither. Also counts the boilerplate warnings on the clean
papers and clean pages, per 50 documents.

    python tests/eval/papers/score.py [tune|blind] [-v]
    python tests/eval/papers/score.py corpus   # clean corpus articles only
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.finding import Finding  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402

CORPUS = next(
    (
        p
        for p in (HERE.parents[3] / "shared" / "corpus", HERE.parents[4] / "shared" / "corpus")
        if p.is_dir()
    ),
    HERE.parents[3] / "shared" / "corpus",
)
CATEGORIES = ("boilerplate", "citation")
_RULE_CATEGORY = {"boilerplate": "boilerplate", "citations": "citation"}


@dataclass(frozen=True)
class Score:
    """Counts and rates of one category (or of clean documents)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def run(part: str) -> tuple[list[Finding], dict[str, dict[str, list[object]]]]:
    """Lint one part with the shipped boilerplate and citation rules."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    rules = [
        r
        for r in load_rule_dirs([default_rules_dir()])
        if r.category in ("boilerplate", "citations") and r.enabled
    ]
    paths = sorted(str(p) for p in (HERE / "docs" / part).glob("*.txt"))
    mine = {name: value for name, value in labels.items() if name.startswith(part + "/")}
    return lint(paths, rules).findings, mine


def _name(finding: Finding) -> str:
    path = Path(finding.path)
    return f"{path.parent.name}/{path.name}"


def _category(finding: Finding) -> str:
    return _RULE_CATEGORY[finding.rule.split(".")[0]]


def score(part: str, verbose: bool = False) -> dict[str, object]:
    """Score per category; boilerplate warnings per 50 clean papers and per 50 clean pages."""
    findings, labels = run(part)
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    for name, label in labels.items():
        own = [f for f in findings if _name(f) == name]
        for category in CATEGORIES:
            gold = [g for g in label["gold"] if isinstance(g, dict) and g["category"] == category]
            mine = [f for f in own if _category(f) == category]
            tp, fp, fn = _match(mine, gold, [int(n) for n in label["ignore"]], verbose, name)
            counts[category][0] += tp
            counts[category][1] += fp
            counts[category][2] += fn
    result: dict[str, object] = {c: Score(*counts[c]) for c in CATEGORIES}
    for kind in ("paper", "page"):
        clean = [n for n in labels if Path(n).name.startswith(kind) and "_clean" in n]
        warnings = [
            f
            for f in findings
            if _name(f) in clean and _category(f) == "boilerplate" and f.severity == "warning"
        ]
        result[f"clean_{kind}s_per_50"] = 50 * len(warnings) / max(1, len(clean))
        if verbose:
            for f in warnings:
                print(f"  clean {_name(f)}:{f.location.line} {f.rule} {f.message[:90]}")
    return result


def _match(
    findings: list[Finding],
    gold: list[dict[str, object]],
    ignore: list[int],
    verbose: bool,
    name: str,
) -> tuple[int, int, int]:
    taken: set[int] = set()
    fp = 0
    for finding in findings:
        first, last = finding.location.line, finding.location.end_line
        hits = [
            i
            for i, g in enumerate(gold)
            if first <= int(str(g["last"])) and last >= int(str(g["first"]))
        ]
        free = [i for i in hits if i not in taken]
        if free:
            taken.add(free[0])
        elif not hits and not any(first <= n <= last for n in ignore):
            fp += 1
            if verbose:
                print(f"  FP {name}:{first}-{last} {finding.rule} {finding.message[:100]}")
    if verbose:
        for i, g in enumerate(gold):
            if i not in taken:
                print(f"  FN {name}:{g['first']}-{g['last']} {g['category']} {g['note']}")
    return len(taken), fp, len(gold) - len(taken)


def corpus_clean(count: int = 50) -> dict[str, float]:
    """Boilerplate warnings per 50 untouched corpus articles: Wikipedia (paper-like), Wikinews.

    The articles are the first `count` of each folder in SHA-1 order of their names, so
    the sample is fixed and spread over the whole folder.
    """
    rules = [
        r
        for r in load_rule_dirs([default_rules_dir()])
        if r.category == "boilerplate" and r.enabled
    ]
    result: dict[str, float] = {}
    for folder in ("wikipedia", "wikinews"):
        names = sorted(
            (p for p in (CORPUS / folder).glob("*.txt")),
            key=lambda p: hashlib.sha1(p.name.encode()).hexdigest(),
        )[:count]
        findings = lint([str(p) for p in names], rules).findings
        warnings = [f for f in findings if f.severity == "warning"]
        result[folder] = 50 * len(warnings) / max(1, len(names))
        for f in warnings:
            print(f"  {folder} {Path(f.path).name}:{f.location.line} {f.rule} {f.message[:80]}")
    return result


def main() -> int:
    """Print the scores of the part named on the command line (tune by default)."""
    if "corpus" in sys.argv[1:]:
        for folder, rate in corpus_clean().items():
            print(f"{folder:12} boilerplate warnings per 50 clean articles: {rate:.1f}")
        return 0
    part = next((a for a in sys.argv[1:] if a in ("tune", "blind")), "tune")
    result = score(part, "-v" in sys.argv)
    print(f"part {part}")
    for key, value in result.items():
        if isinstance(value, Score):
            print(
                f"{key:12} TP {value.tp:4} FP {value.fp:4} FN {value.fn:4}  "
                f"P {value.precision:.3f} R {value.recall:.3f} F1 {value.f1:.3f}"
            )
        else:
            print(f"{key:24} {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
