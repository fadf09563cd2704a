"""The ambiguous-date kind: numeric dates that read two ways."""

from __future__ import annotations

from tests.checks.family_helper import places, run

RULE = "dates.ambiguous-date"


def test_ambiguous_header_date() -> None:
    assert places("ambiguous_date", "Title\n03/04/2025\n") == [(2, 1, RULE)]
    [finding] = run("ambiguous_date", "Title\n03/04/2025\n")
    assert "4 March 2025 (month first) or 3 April 2025 (day first)" in finding.message


def test_numeric_dates_param_decides() -> None:
    assert places("ambiguous_date", "Title\n03/04/2025\n", numeric_dates="mdy") == []
    assert places("ambiguous_date", "Title\n03/04/2025\n", numeric_dates="dmy") == []


def test_document_decides_under_auto() -> None:
    assert places("ambiguous_date", "Title\n03/04/2025\nAlso 13/04/2025.\n") == []
    assert places("ambiguous_date", "Title\n03/04/2025\nAlso 04/13/2025.\n") == []


def test_a_document_showing_both_conventions_stays_ambiguous() -> None:
    text = "Title\n03/04/2025\n13/04/2025 and 04/13/2025.\n"
    assert places("ambiguous_date", text) == [(2, 1, RULE)]


def test_front_matter_is_not_text() -> None:
    assert places("ambiguous_date", "---\nnote: 03/04/2025\n---\nTitle\n") == []
