"""Score figures.conflicting-figures on a set built by build.py: recall per kind of plant,
precision, planted agreements flagged, and false findings per 50 clean stories.

A planted conflict is found when a finding sits on its line or on the line it
contradicts (as the devset's scorer counts; `strict` also wants the other side as
related). Every other finding is false, except on the lines of a plant's other
side; findings on clean stories are counted apart, per 50 stories.

    python tests/eval/figures/news/score.py                     # the Wikinews set
    python tests/eval/figures/news/score.py --set OUT --blind   # another set, blind plants
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"

from lint.cli import default_rules_dir  # noqa: E402
from lint.engine import lint  # noqa: E402
from lint.loader import load_rule_dirs  # noqa: E402

RULE = "figures.conflicting-figures"
Place = tuple[str, int]


def findings(folder: Path, clean: list[str]) -> list[tuple[Place, list[Place]]]:
    """(file, line) of each finding of the rule, with its related places."""
    paths = sorted(str(p) for p in (folder / "docs").glob("*.txt"))
    for name in clean:
        copied = folder / "docs" / name.replace("/", "-")
        paths.append(str(copied if copied.exists() else CORPUS / name))
    rules = [r for r in load_rule_dirs([default_rules_dir()]) if r.id == RULE]
    found = []
    for f in lint(sorted(set(paths)), rules).findings:
        related = [(_name(r.path), r.line) for r in f.related]
        found.append(((_name(f.path), f.location.line), related))
    return found


def _name(path: str) -> str:
    """A finding's file as labels.json names it."""
    parts = Path(path).parts
    if len(parts) >= 2 and parts[-2] in ("wikinews", "wikipedia"):
        return f"{parts[-2]}-{parts[-1]}"
    return parts[-1]


def score(folder: Path, blind: bool | None) -> dict[str, object]:
    """The table: per kind found/total (lenient and strict), false findings, clean rate."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    gold = [g for g in labels["gold"] if blind is None or g["blind"] == blind]
    agree = [a for a in labels["agree"] if blind is None or a["blind"] == blind]
    found = findings(folder, labels["clean"])
    at = {place for place, _ in found}
    related = defaultdict(set)
    for place, others in found:
        related[place].update(others)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    covered: set[Place] = set()
    for item in labels["gold"]:
        covered |= {
            (item["path"], item["line"]),
            (item["related"]["path"], item["related"]["line"]),
        }
    for item in gold:
        mine = (item["path"], item["line"])
        other = (item["related"]["path"], item["related"]["line"])
        row = kinds[_kind(item["kind"])]
        row[0] += 1
        row[1] += mine in at or other in at
        row[2] += other in related[mine] or mine in related[other]
    clean_files = {n.replace("/", "-") for n in labels["clean"]}
    false = [p for p in at if p not in covered and p[0] not in clean_files]
    on_clean = [p for p in at if p[0] in clean_files and p not in covered]
    flagged_agree = [a for a in agree if (a["path"], a["line"]) in at]
    # An agreement stated beside a planted conflict disagrees with the plant: a finding on
    # it whose other sides are all planted lines has found the plant, from a third side.
    planted = {(item["path"], item["line"]) for item in labels["gold"]}
    against_plant = [
        (a["path"], a["line"])
        for a in flagged_agree
        if related[(a["path"], a["line"])] and related[(a["path"], a["line"])] <= planted
    ]
    hits = sum(row[1] for row in kinds.values())
    return {
        "kinds": dict(kinds),
        "precision": hits / (hits + len(false) + len(on_clean)) if hits or false else 1.0,
        "false": sorted(false),
        "agree flagged": [(a["path"], a["line"]) for a in flagged_agree],
        "agree flagged against a plant": against_plant,
        "agree total": len(agree),
        "clean": (len(on_clean), len(clean_files), 50 * len(on_clean) / max(1, len(clean_files))),
        "clean false": sorted(on_clean),
    }


def _clustered(folder: Path) -> set[str]:
    """The clean stories (as labels.json names them) that belong to a cluster of one event."""
    from tests.eval.figures.news.clusters import clusters

    clean = {n.replace("/", "-") for n in json.loads((folder / "labels.json").read_text())["clean"]}
    return {n.replace("/", "-") for g in clusters() for n in g} & clean


def _kind(kind: str) -> str:
    return "within" if kind.startswith("within") else kind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=HERE, help="a folder built by build.py")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--blind", action="store_true", help="only the blind plants")
    which.add_argument("--tuned", action="store_true", help="only the plants tuned on")
    args = parser.parse_args()
    table = score(args.set, True if args.blind else False if args.tuned else None)
    for kind, (total, lenient, strict) in sorted(table["kinds"].items()):  # type: ignore[attr-defined]
        print(f"{kind:8} found {lenient}/{total} (with the right other side: {strict}/{total})")
    print(f"precision {table['precision']:.2f}; false findings: {table['false']}")
    print(f"agreements flagged: {table['agree flagged']} of {table['agree total']}")
    print(f"  of which only against a planted conflict: {table['agree flagged against a plant']}")
    count, stories, rate = table["clean"]  # type: ignore[misc]
    print(f"clean stories: {count} false findings in {stories} ({rate:.2f} per 50)")
    print(f"  on: {table['clean false']}")
    in_clusters = _clustered(args.set)
    on_clusters = [p for p in table["clean false"] if p[0] in in_clusters]  # type: ignore[attr-defined]
    print(f"  of which in clusters of stories about one event: {len(on_clusters)} "
          f"(the clean part holds {len(in_clusters)} such stories)")  # fmt: skip


if __name__ == "__main__":
    main()
