"""The document model: decoding, line table, positions and paragraphs."""

from __future__ import annotations

import pytest

from lint.document import Document, sniff_unreadable
from lint.finding import Location


def doc(raw: bytes) -> Document:
    return Document("t.txt", raw)


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        (b"a\nb\nc", ["a", "b", "c"]),
        (b"a\r\nb\r\nc\r\n", ["a", "b", "c"]),
        (b"a\rb\rc", ["a", "b", "c"]),
        (b"a\r\nb\nc\rd", ["a", "b", "c", "d"]),
        (b"a\n\nb\n", ["a", "", "b"]),
        (b"", [""]),
    ],
)
def test_lines_follow_every_line_break_style(raw: bytes, lines: list[str]) -> None:
    assert doc(raw).lines == lines


def test_bom_is_dropped_but_remembered() -> None:
    document = doc(b"\xef\xbb\xbfTitle\nBody\n")
    assert document.text == "Title\nBody\n"
    assert document.has_bom
    assert document.error is None


def test_position_counts_characters_not_bytes() -> None:
    document = doc("é€x\nsecond ü line\n".encode())
    assert document.position(2) == (1, 3)
    assert document.position(document.text.index("ü")) == (2, 8)


def test_location_is_inclusive_and_stops_before_the_line_break() -> None:
    document = doc(b"one\r\ntwo\r\n")
    start, end = 0, document.text.index("two") + 3
    assert document.location(start, end) == Location(1, 1, 2, 3)
    assert document.location(0, 5) == Location(1, 1, 1, 3)  # "one\r\n" ends on line 1


def test_empty_span_points_at_its_start() -> None:
    assert doc(b"abc\n").location(0, 0) == Location(1, 1, 1, 1)


def test_blocks_are_runs_of_non_blank_lines() -> None:
    document = doc(b"Title\n\nPara one\nstill one\n \t\nPara two\n")
    assert [(b.first_line, b.last_line) for b in document.blocks] == [(1, 1), (3, 4), (6, 6)]
    assert document.text[document.blocks[1].start : document.blocks[1].end] == "Para one\nstill one"


def test_line_count_ignores_the_final_newline() -> None:
    assert doc(b"a\nb\n").line_count == 2
    assert doc(b"a\nb").line_count == 2


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"text\x00with nul", "NUL bytes"),
        ("café au lait\n".encode("latin-1"), "not valid UTF-8: byte 0xE9 at line 1"),
        (b"ok\nline two \xff\n", "at line 2"),
    ],
)
def test_unreadable_files_say_why(raw: bytes, fragment: str) -> None:
    reason = sniff_unreadable(raw)
    assert reason is not None and fragment in reason
    assert doc(raw).text == ""


def test_missing_file_becomes_an_error_not_an_exception(tmp_path: object) -> None:
    document = Document.read("/nonexistent/seed.txt")
    assert document.error is not None and document.error.startswith("cannot read file")
