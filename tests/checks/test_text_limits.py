"""Text limits: content checks read bounded text; positions stay those of the original."""

from __future__ import annotations

from lint.document import MAX_LINE_CHARS, MAX_TEXT_CHARS, Document
from lint.engine import lint_file
from lint.schema import Rule


def test_a_long_line_is_clipped_and_everything_else_kept() -> None:
    long_line = "word " * (MAX_LINE_CHARS // 2)
    document = Document("a.txt", f"Title\n{long_line}\nLast line.\r\n".encode())
    bounded = document.bounded()
    assert bounded is not document and bounded.raw is document.raw
    assert bounded.lines == ["Title", long_line[:MAX_LINE_CHARS], "Last line."]
    assert bounded.line_starts[2] < document.line_starts[2]
    assert bounded.clipping is not None and bounded.clipping.longest == len(long_line)
    assert bounded.text.endswith("Last line.\r\n")


def test_short_documents_are_their_own_bounded_view() -> None:
    document = Document("a.txt", b"Short.\n" * 1000)
    assert document.bounded() is document and document.clipping is None


def test_too_much_text_stops_at_a_line_boundary() -> None:
    line = "x" * 999 + "\n"
    document = Document("a.txt", (line * (MAX_TEXT_CHARS // 1000 + 10)).encode())
    bounded = document.bounded()
    assert bounded.clipping is not None and bounded.clipping.dropped_lines == 10
    assert len(bounded.text) == MAX_TEXT_CHARS and bounded.text.endswith("\n")


def test_text_limits_reports_once(shipped_rules: list[Rule]) -> None:
    rule = next(r for r in shipped_rules if r.id == "hygiene.oversized-text")
    text = "Short.\n" + "a" * (MAX_LINE_CHARS + 5) + "\n" + "b" * (MAX_LINE_CHARS * 2) + "\n"
    findings = lint_file(Document("a.txt", text.encode()), [rule]).findings
    assert [(f.location.line, f.location.column) for f in findings] == [(2, 1)]
    assert findings[0].message == (
        "text too long to check whole: 2 lines longer than 100,000 characters from line 2 "
        "(the longest: 200,000); content checks read the first 100,000 characters of each line"
    )
