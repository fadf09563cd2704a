"""The dates rules keep their scores on the wire stress set (tests/eval/dates/wire)."""

from __future__ import annotations

import pytest

from tests.eval.dates.wire.score import scores

# (precision, recall, dated pages with a finding at most, dates found right at least), a
# little under what was measured (see tests/eval/dates/wire/README.md).
FLOORS = {"tuning": (0.97, 0.95, 0, 58), "blind": (0.78, 0.9, 2, 37)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_scores_of_each_part(part: str) -> None:
    tally = scores(part)
    precision, recall, dated_flagged, right = FLOORS[part]
    assert tally.precision >= precision, tally.notes
    assert tally.recall >= recall, tally.notes
    assert tally.dated_with_findings <= dated_flagged, tally.notes
    assert tally.right_dates >= right, tally.notes
