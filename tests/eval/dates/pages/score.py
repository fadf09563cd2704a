"""Score the dates rules on the page-shaped set, the way the development set is scored.

python tests/eval/dates/pages/score.py [--part tuning|blind|all] [--details]

Per document: a dated page must get no dates finding at all (each one is a false positive).
An undated page has one item for its missing date (lines 1-2, where the finding sits) and
one per labelled relative-date line; a finding overlapping an item matches it (one to one),
a finding on an ignored line or on a line that is not article text (navigation, lists of
other stories, footers) is neither right nor wrong, any other finding is a false positive.
Also printed: the share of dated pages with any dates finding, and how often the date the
publication-date finder took is the true one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

# NOTE: run as a script, the checkout's `lint` must win over an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from lint.cli import default_rules_dir
from lint.dates.publication import publication_date
from lint.document import Document
from lint.engine import lint
from lint.finding import Finding
from lint.loader import load_rule_dirs
from lint.selection import select_rules
from tests.eval.dates.tally import Tally, run

HERE = Path(__file__).parent
DOCS = HERE / "docs"


def layout() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = json.loads((HERE / "layout.json").read_text("utf-8"))
    return loaded


def labels() -> dict[str, dict[str, list[int]]]:
    loaded: dict[str, dict[str, list[int]]] = YAML(typ="safe").load(
        (HERE / "labels.yaml").read_text("utf-8")
    )
    return loaded


def findings(names: list[str]) -> dict[str, list[Finding]]:
    rules = select_rules(load_rule_dirs([default_rules_dir()]), ["dates"], [], "selection")
    found: dict[str, list[Finding]] = {name: [] for name in names}
    for finding in lint([str(DOCS / n) for n in names], rules).findings:
        found[Path(finding.path).name].append(finding)
    return found


def score_page(
    name: str, info: dict[str, Any], label: dict[str, list[int]], got: list[Finding], tally: Tally
) -> None:
    spans = [(f.location.line, f.location.end_line, f) for f in got]
    if info["date"] is not None:
        tally.dated += 1
        tally.dated_with_findings += bool(got)
        tally.fp += len(got)
        tally.notes += [f"FP {name}:{a} {f.rule}: {f.message[:90]}" for a, _, f in spans]
        found = publication_date(Document.read(str(DOCS / name)))
        right = found is not None and found.mention.iso() == info["date"]
        tally.right_dates += right
        if not right:
            seen = "none" if found is None else f"{found.mention.iso()} (line {found.line})"
            tally.notes.append(f"DATE {name}: true {info['date']}, found {seen}")
        return
    items = [(1, 2), *((n, n) for n in label.get("relative", []))]
    neutral = set(label.get("ignore", [])) | set(range(3, _last_line(name) + 1)) - set(
        info["content"]
    )
    tally.match(name, items, spans, neutral)


def _last_line(name: str) -> int:
    return len((DOCS / name).read_text("utf-8").splitlines())


def scores(part: str = "tuning") -> Tally:
    pages = {n: i for n, i in layout().items() if part == "all" or i["blind"] == (part == "blind")}
    names = sorted(pages)
    got, hand = findings(names), labels()
    tally = Tally()
    for name in names:
        score_page(name, pages[name], hand.get(name, {}), got[name], tally)
    return tally


if __name__ == "__main__":
    run(scores)
