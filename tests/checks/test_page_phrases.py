"""The shipped phrase and pattern rules for promos, pitches and disclosures inside an article."""

from __future__ import annotations

import pytest

from tests.checks.helpers import places, shipped

PROSE = "The council approved the budget on Monday after a long debate about schools and roads."


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("boilerplate.read-more", "See also: Council delays the school plan again"),
        ("boilerplate.read-more", "Up Next Council delays the school plan again"),
        ("boilerplate.read-more", "Most Read Local Stories"),
        ("boilerplate.read-more", "Profile | The new mayor"),
        ("boilerplate.affiliate-disclosure", "This post contains affiliate links to shops."),
        ("boilerplate.subscription-pitch", "Newsletter sign up: the week in one email"),
        ("boilerplate.web-chrome", "Love this article?"),
    ],
)
def test_promo_pitch_and_disclosure_lines(rule: str, line: str) -> None:
    assert places(shipped(rule), f"{PROSE}\n{line}\n{PROSE}\n") == [(2, 1, rule)]


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("boilerplate.read-more", "More than thirty people came to the meeting."),
        ("boilerplate.read-more", "Most read books of the year were about the sea."),
        ("boilerplate.affiliate-disclosure", "Affiliate marketing grew quickly in the 2000s."),
        ("boilerplate.subscription-pitch", "The group wanted to make a contribution to the city."),
        ("boilerplate.web-chrome", "I keep reading about the council."),
    ],
)
def test_the_same_words_in_prose_pass(rule: str, line: str) -> None:
    assert places(shipped(rule), f"{PROSE}\n{line}\n{PROSE}\n") == []
