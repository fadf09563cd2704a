"""The tally the page and wire date sets share: items right and wrong, and dated pages
that were flagged or dated right, so both scorers print the same figures."""

from __future__ import annotations

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
