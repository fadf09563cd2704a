"""Score the dates rules on the stress set of scraped pages and wire copy.

python tests/eval/dates/wire/score.py [--part tuning|blind|all] [--details]

Labels come from the build (layout.json), not from seedlint:

- a dated page must get no dates finding at all (each one is a false positive), and the
  publication date found must be the true one;
- an undated page (the twin of a dated one, its date line removed or replaced) must get
  `dates.missing-publication-date` (one item, lines 1-2);
- on the undated pages of labels.yaml (hand labels), one item per relative-date line too;
  a finding on an ignored line or outside the article is neither right nor wrong, any
  other is a false positive. On the other undated pages only the missing date is scored.

Printed: precision/recall/F1 of those items, the share of dated pages with any dates
finding, and how often the date found is the true one.
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
# The rules a missed publication date sets off; ambiguous and impossible dates are about
# one date each, wherever it stands, and are scored by the other sets.
SCORED = ("dates.missing-publication-date", "dates.unresolved-relative-date")
DOCS = HERE / "docs"


def layout(folder: Path = HERE) -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = json.loads((folder / "layout.json").read_text("utf-8"))
    return loaded


def findings(names: list[str], docs: Path = DOCS) -> dict[str, list[Finding]]:
    rules = select_rules(load_rule_dirs([default_rules_dir()]), ["dates"], [], "selection")
    found: dict[str, list[Finding]] = {name: [] for name in names}
    for finding in lint([str(docs / n) for n in names], rules).findings:
        if finding.rule in SCORED:
            found[Path(finding.path).name].append(finding)
    return found


def score_page(
    name: str,
    info: dict[str, Any],
    label: dict[str, list[int]] | None,
    got: list[Finding],
    tally: Tally,
    docs: Path = DOCS,
) -> None:
    if info["date"] is not None:
        tally.dated += 1
        tally.dated_with_findings += bool(got)
        tally.fp += len(got)
        tally.notes += [f"FP {name}:{f.location.line} {f.rule}: {f.message[:80]}" for f in got]
        found = publication_date(Document.read(str(docs / name)))
        right = found is not None and found.mention.iso() == info["date"]
        tally.right_dates += right
        if not right:
            seen = "none" if found is None else f"{found.mention.iso()} ({found.evidence})"
            tally.notes.append(f"DATE {name}: true {info['date']}, found {seen}")
        return
    if label is None:  # scored on its missing date only
        missing = [f for f in got if f.rule == "dates.missing-publication-date"]
        tally.tp += bool(missing)
        tally.fn += not missing
        if not missing:
            tally.notes.append(f"FN {name}: no missing-publication-date")
        return
    items = [(1, 2), *((n, n) for n in label.get("relative", []))]
    neutral = set(label.get("ignore", [])) | (
        set(range(3, _last_line(docs / name) + 1)) - set(info["content"])
    )
    tally.match(name, items, [(f.location.line, f.location.end_line, f) for f in got], neutral)


def _last_line(path: Path) -> int:
    return len(path.read_text("utf-8").splitlines())


def labels(folder: Path = HERE) -> dict[str, dict[str, list[int]]]:
    """The hand labels of the folder's undated pages (a set without them has none)."""
    path = folder / "labels.yaml"
    if not path.exists():
        return {}
    loaded: dict[str, dict[str, list[int]]] = YAML(typ="safe").load(path.read_text("utf-8"))
    return loaded or {}


def scores(part: str = "tuning", folder: Path = HERE) -> Tally:
    """The tally of one part of the set in `folder` (this one, or a later round's)."""
    pages = {
        n: i for n, i in layout(folder).items() if part == "all" or i["blind"] == (part == "blind")
    }
    names = sorted(pages)
    docs = folder / "docs"
    got, hand = findings(names, docs), labels(folder)
    tally = Tally()
    for name in names:
        score_page(name, pages[name], hand.get(name), got[name], tally, docs)
    return tally


if __name__ == "__main__":
    run(scores)
