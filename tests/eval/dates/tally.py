"""The tally the page and wire date sets share: items right and wrong, and dated pages
that were flagged or dated right, so both scorers print the same figures."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field


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


def run(scores: Callable[[str], Tally]) -> None:
    """Score the part named on the command line and print its tally."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("tuning", "blind", "all"), default="tuning")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    t = scores(args.part)
    print(
        f"part {args.part}: TP {t.tp} FP {t.fp} FN {t.fn}  "
        f"P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}"
    )
    rate = t.dated_with_findings / t.dated if t.dated else 0.0
    print(f"dated pages with a dates finding: {t.dated_with_findings}/{t.dated} = {rate:.3f}")
    print(f"publication date right: {t.right_dates}/{t.dated}")
    if args.details:
        print("\n".join(t.notes))
