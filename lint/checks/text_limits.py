"""Text limits: a document with lines or text too long for the content checks to read whole.

Flags:
    A document with a line longer than 100,000 characters, or more than 4,000,000
    characters of text: one finding, on the first such line, saying what the content
    checks left unread.

Why:
    No article has a 100,000-character line; such a file is a minified page, a
    dump, or an extraction that lost every line break, and checking every word of it
    would take minutes and gigabytes. The content checks (boilerplate, dates,
    figures, citations, duplication) read the first 100,000 characters of each line
    and the first 4,000,000 of the document; the byte-level hygiene checks, phrase
    lists and patterns read everything. This finding says the rest was not read, so
    a clean report is never taken for a full one.

Parameters:
    None; the bounds are the engine's (`lint/limits.py`).

Passes:
    Any document whose lines are shorter than 100,000 characters.

Fails:
    (one line of 200,000 characters)
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import MAX_LINE_CHARS, MAX_TEXT_CHARS, Document
from lint.finding import Hit

NAME = "text_limits"
SCOPE = "document"
PLACEHOLDERS = {"detail": "what is too long, and what the content checks did not read"}


class Params(BaseModel):
    """The text-limits kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on the first line that was cut, or where reading stopped."""
    clipping = document.bounded().clipping
    if clipping is None:
        return
    parts = []
    if clipping.long_lines:
        count = clipping.long_lines
        lines = f"{count} lines" if count > 1 else "line"
        parts.append(
            f"{lines} longer than {MAX_LINE_CHARS:,} characters from line "
            f"{clipping.first_long_line} (the longest: {clipping.longest:,}); content checks "
            f"read the first {MAX_LINE_CHARS:,} characters of each line"
        )
    if clipping.dropped_lines:
        parts.append(
            f"the text is longer than {MAX_TEXT_CHARS:,} characters; content checks stopped "
            f"before line {clipping.first_dropped_line} ({clipping.dropped_lines:,} lines unread)"
        )
    line = clipping.first_long_line or clipping.first_dropped_line
    start, end = document.line_span(line)
    detail = "; ".join(parts)
    yield Hit(start, min(end, start + 1), {"detail": detail}, text="text limits")
