"""Document: one file read and decoded once, with the tables every check shares."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from lint import timers
from lint.finding import Location
from lint.sniff import not_a_file, sniff_unreadable

T = TypeVar("T")

_BOM = b"\xef\xbb\xbf"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_LINE = re.compile(r"[ \t\f\v\u00a0]*")
# Bounds on what content checks read (see lint/limits.py): far above real documents.
MAX_LINE_CHARS = 100_000
MAX_TEXT_CHARS = 4_000_000


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph: a maximal run of non-blank lines, as a half-open character span."""

    start: int
    end: int
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Clipping:
    """What `Document.bounded` left out: the tails of long lines, the lines past the bound."""

    long_lines: int
    first_long_line: int
    longest: int
    dropped_lines: int
    first_dropped_line: int


class Document:
    """A decoded document: its text, line-start table and paragraphs, built once.

    Line breaks are LF, CRLF and bare CR, so line numbers match what an editor shows.
    A document that cannot be decoded keeps `error` and an empty text; only the
    unreadable-file check looks at it.
    """

    def __init__(self, path: str, raw: bytes, error: str | None = None) -> None:
        self.path = path
        self.raw = raw
        self.error = error if error is not None else sniff_unreadable(raw)
        self.has_bom = raw.startswith(_BOM)
        if self.error is None:
            self.text = raw[len(_BOM) if self.has_bom else 0 :].decode("utf-8")
        else:
            self.text = ""
        self._memo: dict[Hashable, Any] = {}
        self.clipping: Clipping | None = None

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Compute an analysis of this document once and share it between kinds.

        Several kinds need the same analysis (the publication date, the reference
        list); the first one to ask computes it under `key`, the others reuse it.
        """
        if key not in self._memo:
            started = timers.start()
            self._memo[key] = compute()
            timers.add(f"analysis {key[0] if isinstance(key, tuple) else key}", started)
        result: T = self._memo[key]
        return result

    @classmethod
    def read(cls, path: str) -> Document:
        """Read a file; an operating-system error becomes the document's `error`.

        A FIFO, a device or a folder is never opened (a FIFO would block the run):
        its error says what it is.
        """
        problem = not_a_file(path)
        if problem is not None:
            return cls(path, b"", error=problem)
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as err:
            return cls(path, b"", error=f"cannot read file: {err.strerror or err}")
        return cls(path, raw)

    def bounded(self) -> Document:
        """This document as content checks read it: itself, unless a line is longer than
        MAX_LINE_CHARS or the text than MAX_TEXT_CHARS.

        Then a copy whose long lines keep their first MAX_LINE_CHARS characters and
        whose text stops at the line that passes MAX_TEXT_CHARS. Every kept character
        keeps its line and column, so findings on the copy point at the original; the
        bytes (`raw`) are the original's. `clipping` says what was left out.
        """
        if len(self.text) <= MAX_LINE_CHARS:
            return self  # no line can be too long: the everyday case costs one comparison
        return self.memo("bounded", self._bounded)

    def _bounded(self) -> Document:
        text, starts = self.text, self.line_starts
        pieces: list[str] = []
        total = long_lines = first_long = longest = 0
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            if start == end:
                break  # the empty "line" after a final line break
            if total + min(end - start, MAX_LINE_CHARS) > MAX_TEXT_CHARS:
                dropped = len(starts) - index - (1 if starts[-1] == len(text) else 0)
                return self._clipped(pieces, long_lines, first_long, longest, dropped, index + 1)
            body = end
            while body > start and text[body - 1] in "\r\n":
                body -= 1
            if body - start > MAX_LINE_CHARS:
                long_lines += 1
                first_long = first_long or index + 1
                longest = max(longest, body - start)
                pieces.append(text[start : start + MAX_LINE_CHARS] + text[body:end])
            else:
                pieces.append(text[start:end])
            total += len(pieces[-1])
        if not long_lines:
            return self
        return self._clipped(pieces, long_lines, first_long, longest, 0, 0)

    def _clipped(self, pieces: list[str], *clipping: int) -> Document:
        copy = Document(self.path, b"", error="")
        copy.raw, copy.error, copy.has_bom = self.raw, None, self.has_bom
        copy.text = "".join(pieces)
        copy.clipping = Clipping(*clipping)
        return copy

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets at which each line starts; line N starts at `line_starts[N - 1]`."""
        text = self.text
        if "\r" not in text:
            starts = [0]
            find = text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            return starts
        return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    @property
    def line_count(self) -> int:
        """Number of lines as an editor counts them (a final newline opens no new line)."""
        starts = self.line_starts
        if len(starts) > 1 and starts[-1] == len(self.text):
            return len(starts) - 1
        return len(starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """Return the half-open span of a 1-based line, without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line, without its line break."""
        start, end = self.line_span(line)
        return self.text[start:end]

    @cached_property
    def lines(self) -> list[str]:
        """All lines, without line breaks (index 0 is line 1)."""
        text = self.text
        if "\r" not in text:
            lines = text.split("\n")
            if len(lines) > 1 and text.endswith("\n"):
                lines.pop()  # a final newline opens no new line
            return lines
        return [self.line_text(n) for n in range(1, self.line_count + 1)]

    def position(self, offset: int) -> tuple[int, int]:
        """Map a character offset to a 1-based (line, column)."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, start: int, end: int) -> Location:
        """Map a half-open span to an inclusive 1-based location.

        An empty span, or one at the very end, points at the character where it
        starts, so a finding always has a place an editor can jump to.
        """
        line, column = self.position(start)
        if end <= start:
            return Location(line, column, line, column)
        last = end - 1
        # A span that ends with a line break ends on the line the break closes.
        while last > start and self.text[last] in "\r\n":
            last -= 1
        end_line, end_column = self.position(last)
        return Location(line, column, end_line, end_column)

    @cached_property
    def blocks(self) -> list[Block]:
        """Paragraphs: maximal runs of non-blank lines."""
        blocks: list[Block] = []
        first: int | None = None
        for number, line in enumerate(self.lines, start=1):
            blank = _BLANK_LINE.fullmatch(line) is not None
            if not blank and first is None:
                first = number
            elif blank and first is not None:
                blocks.append(self._block(first, number - 1))
                first = None
        if first is not None:
            blocks.append(self._block(first, self.line_count))
        return blocks

    def _block(self, first: int, last: int) -> Block:
        return Block(self.line_span(first)[0], self.line_span(last)[1], first, last)
