"""Properties of the document model and its line table, on any text and any bytes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lint.document import Document
from tests.properties.strategies import documents


@given(documents())
def test_the_line_table_agrees_with_the_text(text: str) -> None:
    document = Document("a.txt", text.encode("utf-8"))
    if document.error is not None:
        return  # a NUL, or text that looks like UTF-16: reported, not parsed
    assert len(document.lines) == document.line_count
    for number in range(1, document.line_count + 1):
        start, end = document.line_span(number)
        assert 0 <= start <= end <= len(document.text)
        assert "\r" not in document.text[start:end] and "\n" not in document.text[start:end]
        assert document.position(start) == (number, 1)
        assert document.line_text(number) == document.lines[number - 1]
    for offset in range(0, len(document.text), max(1, len(document.text) // 50)):
        line, column = document.position(offset)
        assert document.line_starts[line - 1] + column - 1 == offset
        location = document.location(offset, min(offset + 3, len(document.text)))
        assert (location.line, location.column) <= (location.end_line, location.end_column)
    previous = -1
    for block in document.blocks:
        assert previous < block.start <= block.end <= len(document.text)
        assert 1 <= block.first_line <= block.last_line <= document.line_count
        previous = block.end


@given(documents())
def test_the_bounded_view_keeps_every_line_and_column(text: str) -> None:
    document = Document("a.txt", text.encode("utf-8"))
    if document.error is not None:
        return
    bounded = document.bounded()
    assert bounded.raw is document.raw
    assert len(bounded.lines) <= len(document.lines)
    for kept, original in zip(bounded.lines, document.lines, strict=False):
        assert original.startswith(kept)


@given(st.binary(max_size=3000))
def test_any_bytes_make_a_document_or_a_reason(raw: bytes) -> None:
    document = Document("a.txt", raw)
    if document.error is None:
        assert document.text == raw.decode("utf-8").removeprefix("\ufeff")
    else:
        assert document.text == "" and document.error.strip()
