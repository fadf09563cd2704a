"""Words of running text on the lines of a document, measured only where they are asked for.

The publication date needs to know whether article text follows a date line, and a
narrative whether a year stands in a sentence; both read a few dozen lines of a
document, so each line is measured with the boilerplate family's line shapes
(lint/boilerplate/lines.py) when first asked for, not the whole document up front.
"""

from __future__ import annotations

from lint.boilerplate.lines import line_info
from lint.document import Document

_PARAGRAPH = 200


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
        self._words[line] = info.words if info is not None and info.prose else 0
        self._sentences[line] = info is not None and (info.prose or info.sentence)


def prose(document: Document) -> Prose:
    """The document's lazily measured prose, shared by the dates analyses."""
    return document.memo("prose", lambda: Prose(document))
