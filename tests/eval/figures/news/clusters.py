"""Clusters of Wikinews stories about one event, found by their titles and dates.

Wikinews often runs several stories on one event (a storm, a vote, a trial), and
the stories of one event restate each other's figures: the clean stories most
likely to draw false findings. Two stories are of one event when their titles
share two content words that few titles use (a name, a place, a rare noun) and
their dates are at most `DAYS` apart; a cluster is a connected group of such pairs.

    python tests/eval/figures/news/clusters.py     # prints the clusters
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "MANIFEST.tsv"
DAYS = 14
_RARE = 6  # a title word in more titles than this is common ("dies", "election")
_SHARED = 2
_STOP = frozenset(
    """a an the of in on at to for and or by from with as is are be after over into says
    say said new its his her their than more up out about amid against first two three""".split()
)


def stories() -> list[tuple[str, date, set[str]]]:
    """(file, date, title words) of the Wikinews stories of the manifest."""
    found = []
    for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]:
        name, source, day, title = line.split("\t")[:4]
        if source == "wikinews":
            words = {w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _STOP}
            found.append((name, date.fromisoformat(day), words))
    return found


def clusters() -> list[list[str]]:
    """Groups of two or more stories of one event, each sorted, in file order."""
    listed = stories()
    frequency = Counter(w for _, _, words in listed for w in words)
    parent = {name: name for name, _, _ in listed}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for (a, day_a, wa), (b, day_b, wb) in combinations(listed, 2):
        rare = {w for w in wa & wb if frequency[w] <= _RARE}
        if len(rare) >= _SHARED and abs((day_a - day_b).days) <= DAYS:
            parent[root(b)] = root(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for name, _, _ in listed:
        groups[root(name)].append(name)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


if __name__ == "__main__":
    titles = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        titles[parts[0]] = f"{parts[2]} {parts[3]}"
    for group in clusters():
        print(" | ".join(f"{n}: {titles[n]}" for n in group))
