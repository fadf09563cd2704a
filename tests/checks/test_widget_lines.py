"""widget_lines: buttons, counters and labels inside a saved article."""

from __future__ import annotations

from tests.checks.helpers import places, shipped, with_params

RULE = "boilerplate.in-body-widgets"
PROSE = "The council approved the budget on Monday after a long debate about schools and roads."
# A page whose site shows around the article (so the document is a web page).
TOP = "News\nSport\nWeather\nCulture\nTravel\n"
BOTTOM = "© 2024 The Daily Ledger\nPrivacy Policy\n"


def _page(body: str) -> str:
    return f"{TOP}Council approves budget\n{PROSE}\n{body}\n{PROSE}\n{BOTTOM}"


def test_interface_labels_inside_the_body() -> None:
    text = _page("Enlarge Image")
    assert places(shipped(RULE), text) == [(8, 1, RULE)]
    assert places(shipped(RULE), _page("View full size image")) == [(8, 1, RULE)]


def test_a_run_of_widgets_is_one_finding() -> None:
    text = _page("Share\nTweet\n6366\nLink Copied")
    assert places(shipped(RULE), text) == [(8, 1, RULE)]


def test_a_single_interface_word_needs_a_web_page() -> None:
    assert places(shipped(RULE), _page("Advertisement")) == [(8, 1, RULE)]
    plain = f"Council approves budget\n{PROSE}\nAdvertising\n{PROSE}\n"
    assert places(shipped(RULE), plain) == []
    assert places(shipped(RULE), f"{PROSE}\nShare on Facebook\n{PROSE}\n") == [(2, 1, RULE)]


def test_counters_promos_files_and_markup() -> None:
    for widget in ("12", "[Read: Council delays the school plan]", "IMG_2041.JPG", "/a>"):
        assert places(shipped(RULE), _page(widget)) == [(8, 1, RULE)], widget
    assert places(with_params(shipped(RULE), counters=False), _page("12")) == []


def test_a_label_printed_three_times() -> None:
    text = _page("How to Save Money How to Save Money How to Save Money")
    assert places(shipped(RULE), text) == [(8, 1, RULE)]


def test_sentences_names_and_section_headings_pass() -> None:
    for line in ("Photographs of the river were taken.", "Picture-in-Picture", "Comments"):
        assert places(shipped(RULE), _page(line)) == [], line
    assert places(shipped(RULE), _page("82 Comments")) == [(8, 1, RULE)]


def test_max_words_boundary() -> None:
    text = _page("Share this on Facebook, Twitter or by Email")
    assert places(with_params(shipped(RULE), max_words=8), text) == [(8, 1, RULE)]
    assert places(with_params(shipped(RULE), max_words=7), text) == []


def test_papers_are_left_alone() -> None:
    paper = f"Abstract\n{PROSE}\nIntroduction\n{PROSE}\nMethods\nEnlarge Image\n{PROSE}\n"
    assert places(shipped(RULE), paper) == []


def test_a_publishers_buttons_above_a_papers_title_are_widgets() -> None:
    body = f"Abstract\n{PROSE}\nIntroduction\n{PROSE}\nMethods\n{PROSE}\n"
    top = "Download PDF\nCite this article\nShare\nRiver samples of the dry season\nAna Costa\n"
    assert places(shipped(RULE), top + body) == [(1, 1, RULE), (3, 1, RULE)]
    assert places(shipped(RULE), "River samples of the dry season\nAna Costa\n" + body) == []


def test_a_block_of_share_buttons_is_left_to_social_links() -> None:
    text = _page("Share\nFacebook\nTwitter\nEmail")
    assert places(shipped(RULE), text) == []
    assert places(shipped("boilerplate.social-links"), text) == [(8, 1, "boilerplate.social-links")]
