"""Precision and recall of the boilerplate and duplication rules on the labelled set.

A finding is correct when its lines overlap a labelled region of a type its rule
is meant to find; every other finding is a false positive (the clean articles,
bylines, datelines and captions are all unlabelled), except a duplicated passage
that rapidfuzz confirms on the text: the source articles share a few stock
paragraphs of their own, which no label knows. A label is found when an
overlapping finding of a rule meant for it exists; a tail also needs a
foreign-tail finding that starts within one line of it and runs to its end, and
an insert one that starts and ends within one line of it.

    python tests/eval/boilerplate/score.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from rapidfuzz import fuzz  # noqa: E402

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.finding import Finding  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402

CHROME = {"chrome", "pitch", "tail", "insert"}
# Which labelled types each rule is meant to find.
TARGETS: dict[str, set[str]] = {
    "boilerplate.foreign-tail": {"tail", "insert"},
    "boilerplate.glued-words": {"glued"},
    "boilerplate.cut-off-snippet": {"cutoff"},
    "boilerplate.repeated-title": {"repeated_title"},
    "boilerplate.unbalanced-brackets": {"cutoff", "glued", "tail"},
    "duplication.duplicate-passage": {"duplicate"},
}
# Which rules count towards finding each labelled type.
FINDERS = {
    "chrome": None,  # any chrome rule (every boilerplate rule not listed in TARGETS)
    "pitch": None,
    "tail": {"boilerplate.foreign-tail"},
    "insert": {"boilerplate.foreign-tail"},
    "glued": {"boilerplate.glued-words"},
    "cutoff": {"boilerplate.cut-off-snippet"},
    "repeated_title": {"boilerplate.repeated-title"},
    "duplicate": {"duplication.duplicate-passage"},
}


def targets(rule: str) -> set[str]:
    """The labelled types a rule is meant to find (chrome rules: chrome, pitches, tails)."""
    return TARGETS.get(rule, CHROME)


def finders(kind: str, rule: str) -> bool:
    """True when `rule` is one that finds labels of type `kind`."""
    allowed = FINDERS[kind]
    return rule not in TARGETS if allowed is None else rule in allowed


def run() -> tuple[list[Finding], dict[str, list[dict[str, int | str]]]]:
    """Lint the documents with the shipped boilerplate and duplication rules."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    rules = [
        r
        for r in load_rule_dirs([default_rules_dir()])
        if r.category in ("boilerplate", "duplication") and r.enabled
    ]
    paths = sorted(str(p) for p in (HERE / "docs").glob("*.txt"))
    return lint(paths, rules).findings, labels


def overlaps(finding: Finding, label: dict[str, int | str]) -> bool:
    loc = finding.location
    return loc.line <= int(label["last"]) and loc.end_line >= int(label["first"])


def score() -> dict[str, tuple[int, int, float]]:
    """Per rule: (correct, total, precision); per label type: (found, total, recall)."""
    findings, labels = run()
    by_rule: dict[str, Counter[str]] = {}
    for finding in findings:
        mine = labels[Path(finding.path).name]
        good = any(
            label["type"] in targets(finding.rule) and overlaps(finding, label) for label in mine
        ) or _verified_duplicate(finding)
        by_rule.setdefault(finding.rule, Counter())["good" if good else "bad"] += 1
    result = {
        rule: (c["good"], c["good"] + c["bad"], c["good"] / (c["good"] + c["bad"]))
        for rule, c in sorted(by_rule.items())
    }
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name, mine in labels.items():
        own = [f for f in findings if Path(f.path).name == name]
        for label in mine:
            kind = str(label["type"])
            total[kind] += 1
            found[kind] += any(_finds(f, label) for f in own)
    for kind in sorted(total):
        result[f"label:{kind}"] = (found[kind], total[kind], found[kind] / total[kind])
    return result


def _verified_duplicate(finding: Finding) -> bool:
    """An unlabelled duplicate that is real: Wikinews itself repeats some stock paragraphs.

    Both sides are read and compared with rapidfuzz, independently of the rule.
    """
    if finding.rule != "duplication.duplicate-passage" or not finding.related:
        return False
    other = finding.related[0]
    mine = _lines(finding.path, finding.location.line, finding.location.end_line)
    theirs = _lines(other.path, other.line, other.end_line)
    return bool(fuzz.token_set_ratio(mine, theirs) >= 70)


def _lines(path: str, first: int, last: int) -> str:
    return " ".join(Path(path).read_text(encoding="utf-8").split("\n")[first - 1 : last])


def _finds(finding: Finding, label: dict[str, int | str]) -> bool:
    kind = str(label["type"])
    if not finders(kind, finding.rule) or not overlaps(finding, label):
        return False
    if kind not in ("tail", "insert"):
        return True
    loc = finding.location
    if abs(loc.line - int(label["first"])) > 1:
        return False
    if kind == "insert":
        return abs(loc.end_line - int(label["last"])) <= 1
    return loc.end_line >= int(label["last"])


def main() -> int:
    """Print precision per rule and recall per labelled type."""
    for name, (hits, total, share) in score().items():
        what = "recall" if name.startswith("label:") else "precision"
        print(f"{name:40} {what:9} {share:6.1%}  ({hits}/{total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
