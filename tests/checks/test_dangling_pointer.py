"""dangling_pointer: prose that points at a link the text no longer has."""

from __future__ import annotations

import pytest

from tests.checks.cite_helpers import places, shipped, with_params

RULE = "citations.dangling-pointer"


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("Body.\nCheck out the full report here.\n", 2, 1),
        ("The council published its findings. Read the full statement here.\n", 1, 37),
        ("The complete dataset is available here.\n", 1, 1),
        ("For details, click here to register.\n", 1, 14),
        ("See the link below for the full list.\n", 1, 5),
        ("The council said it would respond (link).\n", 1, 35),
        ("The liner notes (which you can download below) explain it.\n", 1, 32),
        ("Some text.\n\nRead the full\nstatement here.\n", 3, 1),
        ("Background\nCheck out the full report here.\n", 2, 1),
    ],
)
def test_pointer_without_link(text: str, line: int, column: int) -> None:
    assert places(shipped(RULE), text) == [(line, column, RULE)]


@pytest.mark.parametrize(
    "text",
    [
        "The families have lived here since 1950.\n",
        "More than 300 people died here.\n",
        "The link between the two events is unclear.\n",
        "He said he would stay here.\n",
        "Details of the method are given below.\n",
        "The W(here) Festival and the union (HERE) are names.\n",
    ],
)
def test_ordinary_prose_passes(text: str) -> None:
    assert places(shipped(RULE), text) == []


def test_url_on_the_same_line_keeps_the_link() -> None:
    assert places(shipped(RULE), "Read the full report here: https://example.org/r.pdf\n") == []


def test_look_ahead_lines_boundary() -> None:
    text = "Read the full report here.\nIt is long.\nhttps://example.org/r.pdf\n"
    assert places(shipped(RULE), text) == [(1, 1, RULE)]
    assert places(with_params(shipped(RULE), look_ahead_lines=2), text) == []


def test_max_words_boundary() -> None:
    text = "You can read the whole of the long and detailed annual report of the council here.\n"
    assert places(with_params(shipped(RULE), max_words=16), text) == [(1, 1, RULE)]
    assert places(with_params(shipped(RULE), max_words=15), text) == []
