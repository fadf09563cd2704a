"""The impossible-date kind: days a month does not have."""

from __future__ import annotations

from tests.checks.family_helper import places, run

RULE = "dates.impossible-date"


def test_full_and_yearless_impossible_dates() -> None:
    text = "Ended 31 April 2025.\nVote on February 30.\nFine: 30 April 2025.\n"
    assert places("impossible_date", text) == [(1, 7, RULE), (2, 9, RULE)]


def test_numeric_dates_param_changes_the_reading() -> None:
    assert places("impossible_date", "On 06/31/2025.\n", numeric_dates="mdy") == [(1, 4, RULE)]
    # 31 can only be the day, whatever the convention
    assert places("impossible_date", "On 06/31/2025.\n", numeric_dates="dmy") == [(1, 4, RULE)]
    assert places("impossible_date", "On 30/06/2025.\n", numeric_dates="dmy") == []


def test_feb_29_resolved_into_a_common_year() -> None:
    text = "Title\n2023-03-01\n\nThe vote took place on February 29.\n"
    [finding] = run("impossible_date", text)
    assert finding.location.line == 4
    assert "February 29 does not exist in 2023" in finding.message
