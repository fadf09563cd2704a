"""Score the devset's figures in two halves: events tuned on, and events kept blind.

A news event (the cluster of stories whose file names share the part before the
first "-") falls in the tuned half when the sha1 of its name is even, else in the
blind half: a finding, a label and the other side of a conflict stay in one half.
Only the tuned half's misses are printed (with --details); the blind half is how a
change is known to generalise. The devset's text stays in ../shared/devset.

    lint ../shared/devset/corpus --isolated --no-cache -j 1 --format json -o F.json
    python tests/eval/figures/news/devset_halves.py F.json [--details]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

DEVSET = Path(__file__).resolve().parents[5] / "shared" / "devset"


def half(path: str) -> str:
    """ "tuned" or "blind": the half of the event a devset path belongs to."""
    event = Path(path).name.split("-", 1)[0]
    return "tuned" if hashlib.sha1(event.encode()).digest()[-1] % 2 == 0 else "blind"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_score", DEVSET / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("findings", type=Path)
    parser.add_argument("--details", action="store_true", help="misses and false findings (tuned)")
    args = parser.parse_args()
    scorer = _scorer()
    found = json.loads(args.findings.read_text(encoding="utf-8"))["findings"]
    found = [f for f in found if f.get("category") == "figures"]
    gold = [g for g in scorer.read_jsonl(str(DEVSET / "gold.jsonl")) if g["category"] == "figures"]
    ignore = scorer.read_jsonl(str(DEVSET / "ignore.jsonl"))
    for name in ("tuned", "blind"):
        mine = [f for f in found if half(scorer.norm_path(f["path"])) == name]
        labels = [g for g in gold if half(g["path"]) == name]
        counts, details, _, _ = scorer.score(mine, labels, ignore, None)
        c = counts[(None, "figures")]
        p, r, f1 = scorer.prf(c)
        show = [f"{x:.3f}" if x is not None else "-" for x in (p, r, f1)]
        print(f"{name}: gold {len(labels)} tp {c['tp']} fp {c['fp']} fn {c['fn']} "
              f"P {show[0]} R {show[1]} F1 {show[2]}")  # fmt: skip
        if args.details and name == "tuned":
            for g in details["fn"]:
                print("  miss", g["path"], g["line"], "->", g.get("related"), g.get("note"))
            for f in details["fp"]:
                print("  false", f.get("path"), f.get("line"), f.get("message"))


if __name__ == "__main__":
    main()
