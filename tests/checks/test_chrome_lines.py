"""chrome_lines: runs of short, sentence-less lines and menu or social lines."""

from __future__ import annotations

from tests.checks.helpers import places, shipped, with_params

RULE = "boilerplate.chrome-lines"
PROSE = "The council approved the budget on Monday after a long debate about schools and roads."


def test_menu_at_top_is_one_finding() -> None:
    text = f"Home\nNews\nSport\nWeather\n\nCouncil approves budget\n\n{PROSE}\n"
    assert places(shipped(RULE), text) == [(1, 1, RULE)]


def test_clean_article_passes() -> None:
    text = (
        f"Council approves budget\n\nBy Jane Smith\nMarch 3, 2020\n\n{PROSE}\nBackground\n{PROSE}\n"
    )
    assert places(shipped(RULE), text) == []


def test_min_run_boundary() -> None:
    text = f"{PROSE}\nAbout us\nContact\nCareers\n"
    assert places(with_params(shipped(RULE), min_run=3), text) == [(2, 1, RULE)]
    assert places(with_params(shipped(RULE), min_run=4), text) == []


def test_min_segments_boundary() -> None:
    text = f"{PROSE}\nHome | World\n{PROSE}\n"
    assert places(with_params(shipped(RULE), min_segments=2), text) == [(2, 1, RULE)]
    assert places(with_params(shipped(RULE), min_segments=3), text) == []


def test_bulleted_links_inside_the_body() -> None:
    text = f"{PROSE}\n• Facebook\n• Twitter\n• Email\n{PROSE}\n"
    assert places(shipped(RULE), text) == [(2, 1, RULE)]


def test_list_after_colon_and_bad_input() -> None:
    assert places(shipped(RULE), f"{PROSE} They are:\nOslo\nBergen\nTromsø\n") == []
    assert places(shipped(RULE), "") == []
    assert places(shipped(RULE), "\u200b\x00\n" + "x" * 100_000 + "\n") == []
