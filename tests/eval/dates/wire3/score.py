"""Score the dates rules on round 3 of the wire set (agency copy with its header fields).

python tests/eval/dates/wire3/score.py [--set wire4|wire5|wire6] [--part tuning|blind|all]
    [--details]

The set is built outside the repository (see README.md) into the folder named by
`SEEDLINT_WIRE3` (default `/work/data/reuters-dates/wire3`). The later rounds (wire4,
wire5, ...) share its layout, labels and counting: `--set wireN` scores the one built in
`SEEDLINT_WIREN` (default `/work/data/reuters-dates/wireN`). Labels come from the build:

- a dated document must get no `missing-publication-date` or `unresolved-relative-date`
  finding (each one is a false positive), and the publication date found must be its own;
- an undated document must get `missing-publication-date` (one item, lines 1-2) and one
  `unresolved-relative-date` on each line labelled relative (the dateline's month-day and
  the body's relative and yearless dates, read by hand); a finding on a neutral line is
  neither right nor wrong, any other is a false positive.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# NOTE: run as a script, the checkout's `lint` must win over an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from lint.dates.publication import publication_date
from lint.document import Document
from lint.finding import Finding
from tests.eval.dates.tally import Tally, run
from tests.eval.dates.wire.score import findings


def folder_of(name: str) -> Path:
    """Where the set `name` (wire3, wire4, ...) is built: `SEEDLINT_<NAME>`, or the default."""
    return Path(os.environ.get(f"SEEDLINT_{name.upper()}", f"/work/data/reuters-dates/{name}"))


FOLDER = folder_of("wire3")


def layout(folder: Path = FOLDER) -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = json.loads((folder / "layout.json").read_text("utf-8"))
    return loaded


def score_document(path: Path, info: dict[str, Any], got: list[Finding], tally: Tally) -> None:
    """Add one document's items to the tally."""
    name = path.name
    if info["date"] is not None:
        tally.dated += 1
        tally.dated_with_findings += bool(got)
        tally.fp += len(got)
        tally.notes += [f"FP {name}:{f.location.line} {f.rule}: {f.message[:80]}" for f in got]
        found = publication_date(Document.read(str(path)))
        right = found is not None and found.mention.iso() == info["date"]
        tally.right_dates += right
        if not right:
            seen = "none" if found is None else f"{found.mention.iso()} ({found.evidence})"
            tally.notes.append(f"DATE {name}: true {info['date']}, found {seen}")
        return
    items = [(1, 2), *((n, n) for n in info["relative"])]
    spans = [(f.location.line, f.location.end_line, f) for f in got]
    tally.match(name, items, spans, set(info["neutral"]))


def scores(part: str = "tuning", folder: Path = FOLDER) -> Tally:
    """The tally of one part of the set built in `folder`."""
    docs = {
        n: i for n, i in layout(folder).items() if part == "all" or i["blind"] == (part == "blind")
    }
    names = sorted(docs)
    got = findings(names, folder / "docs")
    tally = Tally()
    for name in names:
        score_document(folder / "docs" / name, docs[name], got[name], tally)
    return tally


def scorer(name: str) -> Callable[[str], Tally]:
    """The scorer of the set `name`, built where `folder_of` says."""
    return lambda part: scores(part, folder_of(name))


if __name__ == "__main__":
    run(scores, scorer)
