"""The sentences of a document's paragraphs, split once for every figures reader.

Both figures readers need sentences: the keyed extractor reads a document line by
line (a heading line sets the topic of what follows), the restatement reader
paragraph by paragraph (a sentence wrapped over two lines is one statement).
Splitting each paragraph once and clipping its sentences to a line gives the
extractor exactly what splitting the line would, because a sentence end is decided
by the marks and the text right after them, which a line end never hides (the part
of a line after its last end is a sentence either way). A paragraph is split only
when a reader asks for it, so paragraphs without a number cost nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from lint import text as textlib
from lint.document import Document

Span = tuple[int, int]
_WRAP = 50  # a line this long without a final mark continues on the next line
_FINAL = ".!?:;\"”'’"


class Sentences:
    """A document's paragraphs and, once asked for, the sentence spans of each."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.paragraphs = list(_paragraphs(document))
        self._starts = [start for start, _ in self.paragraphs]
        self._split: dict[int, list[Span]] = {}

    def of_paragraph(self, number: int) -> list[Span]:
        """The sentences of paragraph `number` (an index of `paragraphs`)."""
        found = self._split.get(number)
        if found is None:
            start, end = self.paragraphs[number]
            found = self._split[number] = list(textlib.sentences(self.text, start, end))
        return found

    def within(self, start: int, end: int) -> Iterator[Span]:
        """The sentences of the paragraphs that `start:end` overlaps, clipped to it (the
        spans a split of `text[start:end]` alone gives when it holds whole lines)."""
        number = max(0, bisect_right(self._starts, start) - 1)
        while number < len(self.paragraphs) and self.paragraphs[number][0] < end:
            for first, last in self.of_paragraph(number):
                clipped = _trim(self.text, max(first, start), min(last, end))
                if clipped[0] < clipped[1]:
                    yield clipped
            number += 1


def sentences(document: Document) -> Sentences:
    """The document's sentence table (one per document, shared by the figures readers)."""
    return document.memo("figures.sentences", lambda: Sentences(document))


def _paragraphs(document: Document) -> Iterator[Span]:
    """Spans of paragraphs: the first line (the title) alone, then a line, or wrapped lines
    joined (a line of `_WRAP` characters or more without a final mark, followed by a line
    that does not open with a space)."""
    lines, starts = document.lines, document.line_starts
    if not lines:
        return
    yield 0, len(lines[0])
    begin = None
    for index in range(1, len(lines)):
        line = lines[index]
        if begin is None:
            begin = starts[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        wrapped = (
            len(line) >= _WRAP and line.rstrip()[-1:] not in _FINAL and following[:1].strip() != ""
        )
        if not wrapped:
            yield begin, starts[index] + len(line)
            begin = None


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
