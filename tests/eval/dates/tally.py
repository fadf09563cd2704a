"""The tally the page and wire date sets share: items right and wrong, and dated pages
that were flagged or dated right, so both scorers print the same figures."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lint.finding import Finding


@dataclass
class Tally:
    """Counts of one part of the set, and what went wrong, for reading."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0
    dated_with_findings: int = 0
    right_dates: int = 0
    notes: list[str] = field(default_factory=list)

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

    def match(
        self,
        name: str,
        items: list[tuple[int, int]],
        spans: Iterable[tuple[int, int, Finding]],
        neutral: set[int],
    ) -> None:
        """Count each labelled item (a line range) found once; a finding that touches no
        item and no neutral line is a false positive, one on a neutral line is neither."""
        matched: set[int] = set()
        for a, b, f in spans:
            hit = next(
                (i for i, (lo, hi) in enumerate(items) if a <= hi and b >= lo and i not in matched),
                None,
            )
            if hit is not None:
                matched.add(hit)
            elif not any(lo <= b and hi >= a for lo, hi in items) and not (
                set(range(a, b + 1)) & neutral
            ):
                self.fp += 1
                self.notes.append(f"FP {name}:{a} {f.rule}: {f.message[:90]}")
        self.tp += len(matched)
        self.fn += len(items) - len(matched)
        self.notes += [f"FN {name}:{items[i][0]}" for i in range(len(items)) if i not in matched]


def run(
    scores: Callable[[str], Tally], sets: Callable[[str], Callable[[str], Tally]] | None = None
) -> None:
    """Score the part named on the command line and print its tally.

    With `sets`, `--set NAME` picks one of several sets scored alike (`sets(NAME)` gives
    its scorer); without it, or by default, `scores` is used.
    """
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("tuning", "blind", "all"), default="tuning")
    parser.add_argument("--details", action="store_true")
    if sets is not None:
        parser.add_argument("--set", help="the set to score (default: this script's own)")
    args = parser.parse_args()
    chosen = sets(args.set) if sets is not None and args.set else scores
    t = chosen(args.part)
    print(
        f"part {args.part}: TP {t.tp} FP {t.fp} FN {t.fn}  "
        f"P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}"
    )
    rate = t.dated_with_findings / t.dated if t.dated else 0.0
    print(f"dated pages with a dates finding: {t.dated_with_findings}/{t.dated} = {rate:.3f}")
    print(f"publication date right: {t.right_dates}/{t.dated}")
    if args.details:
        print("\n".join(t.notes))
