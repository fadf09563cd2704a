"""The dates rules keep their scores on the page-shaped evaluation set (tests/eval/dates/pages)."""

from __future__ import annotations

import pytest

from tests.eval.dates.pages.score import scores

# (precision, recall, dated pages with a finding at most), a little under what was measured
# (see tests/eval/dates/pages/README.md): tuning 1.000 / 1.000 / 0 of 40, blind 1.000 /
# 0.973 / 0 of 26.
FLOORS = {"tuning": (0.97, 0.95, 0), "blind": (0.97, 0.93, 1)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_scores_of_each_part(part: str) -> None:
    tally = scores(part)
    precision, recall, dated_flagged = FLOORS[part]
    assert tally.precision >= precision, tally.notes
    assert tally.recall >= recall, tally.notes
    assert tally.dated_with_findings <= dated_flagged, tally.notes


def test_the_true_date_is_found_on_dated_pages() -> None:
    tally = scores("all")
    assert tally.right_dates == tally.dated, tally.notes
