"""The dates rules keep their scores on round 6 of the wire set (tests/eval/dates/wire6).

Agency copy in renderings rounds 3 to 5 never showed (a syndication credit block, a slug
with a priority code, a photo caption, "Story filed:", a newsletter's contents, ISO stamps
with an offset, a date split over two lines, French and Spanish month names, "Yesterday
at ..."). Its licence keeps it out of the repository: it is built, from stories
transcribed by hand, in the folder `SEEDLINT_WIRE6` names (see tests/eval/dates/README.md),
and these tests skip where it is not.
"""

from __future__ import annotations

import pytest

from tests.eval.dates.wire6.score import FOLDER, scores

pytestmark = pytest.mark.skipif(
    not (FOLDER / "layout.json").is_file(), reason=f"wire6 is not built at {FOLDER}"
)

# (precision, recall, dated documents with a finding at most, share of dates right at
# least), a little under what was measured after the fixes (see the README): the tuning
# part 0.947 / 1.000, 1 of 31 flagged, 30 of 31 right; the blind part, scored once blind
# and once more with the final code, 0.867 / 0.963, 1 of 21 flagged, 20 of 21 right (its
# misses were not looked into; the tuning part's one is a photo-caption page).
FLOORS = {"tuning": (0.94, 0.97, 1, 0.96), "blind": (0.86, 0.95, 1, 0.95)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_scores_of_each_part(part: str) -> None:
    tally = scores(part)
    precision, recall, dated_flagged, right = FLOORS[part]
    assert tally.precision >= precision, tally.notes
    assert tally.recall >= recall, tally.notes
    assert tally.dated_with_findings <= dated_flagged, tally.notes
    assert tally.right_dates >= right * tally.dated, tally.notes
