"""Words of running text on the lines of a document, measured only where they are asked for.

The publication date needs to know whether article text follows a date line, and a
narrative whether a year stands in a sentence; both read a few dozen lines of a
document, so each line is measured with the boilerplate family's line shapes
(lint/boilerplate/lines.py) when first asked for, not the whole document up front.

Wire copy and archive dumps keep their hard wraps: a paragraph is several lines of 60-70
characters, none of them a sentence on its own. Such a line is running text when the
paragraph it wraps is (its lines joined read as prose with a sentence in them), so that
a short wire story counts as article text; a list of titles, a menu or a column of
dates joins into no sentence.
"""

from __future__ import annotations

import re

from lint.boilerplate.lines import LineInfo, line_info
from lint.document import Document

_PARAGRAPH = 200
_WRAP_LINES = 30  # a hard-wrapped paragraph is looked for this far around a line
_WRAP_WORDS = 4  # a wrapped line of a paragraph has at least this many words
_TAIL = re.compile(r"\S[.!?][\"'”’)]*\s*$")  # a paragraph's short last line ends a sentence
_INDENT = re.compile(r"\s{2,}\S")  # wire copy opens a paragraph with an indent


class Prose:
    """Lazily measured prose of a document's lines (1-based line numbers)."""

    def __init__(self, document: Document) -> None:
        self.lines = document.lines
        self._words: dict[int, int] = {}
        self._sentences: dict[int, bool] = {}

    def words(self, line: int) -> int:
        """Words of running text on a line: 0 for chrome, headings, lists and blanks."""
        if line not in self._words:
            self._measure(line)
        return self._words[line]

    def sentence(self, line: int) -> bool:
        """Whether a line is running text or ends like a sentence."""
        if line not in self._sentences:
            self._measure(line)
        return self._sentences[line]

    def between(self, first: int, last: int) -> int:
        """Words of running text on lines first..last (inclusive, clipped to the document)."""
        return sum(self.words(n) for n in range(max(1, first), min(len(self.lines), last) + 1))

    def _measure(self, line: int) -> None:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        if len(text) >= _PARAGRAPH:  # NOTE: a line this long is running text; skip measuring
            self._words[line], self._sentences[line] = text.count(" ") + 1, True
            return
        info = line_info(line, text) if text.strip() else None
        if info is not None and not info.prose and self._wrapped(line, info):
            self._words[line], self._sentences[line] = info.words, True
            return
        self._words[line] = info.words if info is not None and info.prose else 0
        self._sentences[line] = info is not None and (info.prose or info.sentence)

    def _wrapped(self, line: int, info: LineInfo) -> bool:
        """Whether a line is one of a hard-wrapped paragraph that reads as running text."""
        if info.words < _WRAP_WORDS or info.bullet:
            return False
        first, last = self._paragraph(line)
        if first == last:
            return False
        joined = " ".join(self.lines[n - 1].strip() for n in range(first, last + 1))
        whole = line_info(line, joined)
        return whole.prose and whole.sentence

    def _paragraph(self, line: int) -> tuple[int, int]:
        """The run of lines around `line` a hard-wrapped paragraph may take: no blank
        line, no short line (a title, a menu item) and no indented opening inside it; a
        short line that ends a sentence may close it."""
        first = line
        while (
            first > max(1, line - _WRAP_LINES)
            and not _INDENT.match(self.lines[first - 1])
            and self._wraps(first - 1)
        ):
            first -= 1
        last = line
        while (
            last < min(len(self.lines), line + _WRAP_LINES)
            and self._wraps(last + 1)
            and not _INDENT.match(self.lines[last])
        ):
            last += 1
        if last < len(self.lines) and not _INDENT.match(self.lines[last]):
            last += bool(_TAIL.search(self.lines[last]))  # "investors." ends the paragraph
        return first, last

    def _wraps(self, line: int) -> bool:
        return len(self.lines[line - 1].split()) >= _WRAP_WORDS


def prose(document: Document) -> Prose:
    """The document's lazily measured prose, shared by the dates analyses."""
    return document.memo("prose", lambda: Prose(document))
