"""Running text on the lines of a document (lint/dates/prose.py), hard wraps included."""

from __future__ import annotations

from lint.dates.prose import prose
from lint.document import Document

WRAPPED = (
    "The coastal ferry operator said it had ordered two new\n"
    "vessels from a local yard, and that the order was worth\n"
    "about forty mln crowns, a spokesman told reporters.\n"
)


def _words(text: str) -> list[int]:
    found = prose(Document("a.txt", text.encode()))
    return [found.words(n) for n in range(1, text.count("\n") + 1)]


def test_the_lines_of_a_hard_wrapped_paragraph_are_running_text() -> None:
    assert all(_words(WRAPPED))
    assert prose(Document("a.txt", WRAPPED.encode())).sentence(1)


def test_a_lone_line_of_a_wrapped_paragraph_is_not() -> None:
    assert _words("Title\n\nThe coastal ferry operator said it had ordered two new\n\nEnd\n") == [
        0,
        0,
        0,
        0,
        0,
    ]


def test_a_column_of_titles_and_dates_joins_into_no_paragraph() -> None:
    titles = "Harbour Board Raises Its Fees Again\nShipyard Wins A Navy Contract Today\n" * 3
    assert not any(_words(titles))


def test_an_indented_line_opens_a_paragraph_of_its_own() -> None:
    text = "Ferry Operator Orders Vessels From The Yard\n    " + WRAPPED
    assert _words(text)[0] == 0 and all(_words(text)[1:])


def test_a_short_last_line_that_ends_the_sentence_closes_the_paragraph() -> None:
    text = (
        "The coastal ferry operator said it had ordered two new\nvessels from a yard in\nBergen.\n"
    )
    assert _words(text)[:2] == [10, 5]
