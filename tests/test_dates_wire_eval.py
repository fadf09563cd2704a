"""The dates rules keep their scores on the wire stress sets (tests/eval/dates/wire, wire2)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.eval.dates.tally import Tally
from tests.eval.dates.wire import score as round1
from tests.eval.dates.wire2 import score as round2

# (precision, recall, dated pages with a finding at most, dates found right at least), a
# little under what was measured (see the README of each set). Round 1's blind part and
# round 2 were scored once before the fixes they showed; these floors guard the figures
# measured after them.
FLOORS = {
    "wire-tuning": (0.97, 0.95, 0, 59),
    "wire-blind": (0.97, 0.95, 0, 39),
    "wire2-blind": (0.97, 0.95, 0, 34),
}
SCORERS: dict[str, Callable[[str], Tally]] = {"wire": round1.scores, "wire2": round2.scores}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_scores_of_each_part(part: str) -> None:
    name, which = part.split("-")
    tally = SCORERS[name](which)
    precision, recall, dated_flagged, right = FLOORS[part]
    assert tally.precision >= precision, tally.notes
    assert tally.recall >= recall, tally.notes
    assert tally.dated_with_findings <= dated_flagged, tally.notes
    assert tally.right_dates >= right, tally.notes
