"""The fix model: a byte span of the raw file and what replaces it.

Why bytes: the file keeps its encoding, BOM and line endings everywhere the fix
is not about them, so edits are made on the raw bytes, never on decoded text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from lint.document import Document
from lint.finding import Finding

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace raw[start:end] with `replacement`; `safe` edits need no review."""

    rule: str
    start: int
    end: int
    replacement: bytes
    safe: bool
    first_line: int
    last_line: int
    tidy: bool = False  # a whole-line cut that may take the blank lines it leaves doubled


_BREAK = re.compile(rb"\r\n|\r|\n")


def line_offsets(raw: bytes) -> list[int]:
    """Byte offset of each line's start (index 0 is line 1), plus the file's length.

    Lines break at LF, CRLF and a bare CR, as `Document` counts them, so a finding's
    line numbers name the same bytes here.
    """
    offsets = [0, *(m.end() for m in _BREAK.finditer(raw))]
    if offsets[-1] != len(raw):
        offsets.append(len(raw))
    return offsets


class Source:
    """One file's bytes, with its decoded text and the maps between the two.

    Fixers read findings in lines and columns of the decoded text and write edits in
    bytes; this is the one place that converts, so no fixer searches for text again.
    """

    def __init__(self, path: str, raw: bytes) -> None:
        self.path = path
        self.raw = raw

    @cached_property
    def offsets(self) -> list[int]:
        """Byte offset of each line's start, plus the file's length (see `line_offsets`)."""
        return line_offsets(self.raw)

    @cached_property
    def document(self) -> Document | None:
        """The decoded document, or None when the file is not UTF-8 text."""
        document = Document(self.path, self.raw)
        return document if document.error is None else None

    def line_bytes(self, line: int) -> bytes:
        """A 1-based line's bytes, its line break included."""
        return self.raw[self.offsets[line - 1] : self.offsets[line]]

    def is_blank(self, line: int) -> bool:
        """True when a 1-based line holds only whitespace."""
        return not self.line_bytes(line).strip()

    @property
    def line_count(self) -> int:
        """How many lines the file has (a final line break opens no new line)."""
        return len(self.offsets) - 1

    def byte_offset(self, char_offset: int) -> int:
        """The byte offset of a character offset into the decoded text."""
        document = self.document
        assert document is not None, "only decoded files have character offsets"
        bom = len(_BOM) if document.has_bom else 0
        return bom + len(document.text[:char_offset].encode("utf-8"))

    def char_span(self, finding: Finding) -> tuple[int, int] | None:
        """A finding's half-open character span, from its inclusive line and columns."""
        document = self.document
        loc = finding.location
        if document is None or not 1 <= loc.line <= loc.end_line <= len(document.line_starts):
            return None
        start = document.line_starts[loc.line - 1] + loc.column - 1
        end = document.line_starts[loc.end_line - 1] + loc.end_column
        return (start, end) if start < end <= len(document.text) else None


def delete_lines(
    rule: str, source: Source, first: int, last: int, safe: bool, tidy: bool = False
) -> Edit | None:
    """Cut whole lines `first`..`last`, their line breaks included."""
    if first < 1 or last > source.line_count or first > last:
        return None
    offsets = source.offsets
    return Edit(rule, offsets[first - 1], offsets[last], b"", safe, first, last, tidy)


def tidy_blank_lines(edits: Sequence[Edit], source: Source) -> list[Edit]:
    """Widen runs of whole-line cuts (`tidy` edits) over the blank lines they would double.

    Why: a block cut from between two blank lines would leave two blank lines where
    the text had one, and one cut from the top or the bottom would leave the file
    opening or ending with blank lines. So the blank lines after a run go with it
    when a blank line (or the start of the file) comes before it, and the blank
    lines before it go when nothing but blank lines follows. Cuts that touch (a
    menu above share links) count as one run. `edits` are sorted and disjoint.
    """
    out = list(edits)
    index = 0
    while index < len(out):
        last = index
        while (
            last + 1 < len(out)
            and out[last].tidy
            and out[last + 1].tidy
            and (out[last + 1].start == out[last].end)
        ):
            last += 1
        if out[index].tidy:
            _widen(out, index, last, source)
        index = last + 1
    return out


def _widen(out: list[Edit], first: int, last: int, source: Source) -> None:
    """Widen the run out[first..last] in place, never into a neighbouring edit."""
    offsets = source.offsets
    start_line = bisect_right(offsets, out[first].start)
    end_line = bisect_right(offsets, out[last].end - 1)
    floor = out[first - 1].end if first else 0
    ceiling = out[last + 1].start if last + 1 < len(out) else len(source.raw)
    end = end_line
    if start_line == 1 or source.is_blank(start_line - 1):
        while end < source.line_count and source.is_blank(end + 1) and offsets[end + 1] <= ceiling:
            end += 1
    start = start_line
    if end == source.line_count:
        while start > 1 and source.is_blank(start - 1) and offsets[start - 2] >= floor:
            start -= 1
    out[first] = replace(out[first], start=offsets[start - 1])
    out[last] = replace(out[last], end=offsets[end])


def apply_edits(raw: bytes, edits: Sequence[Edit]) -> bytes:
    """Apply sorted, non-overlapping edits; every byte outside them is kept."""
    out, here = [], 0
    for edit in edits:
        out += [raw[here : edit.start], edit.replacement]
        here = edit.end
    out.append(raw[here:])
    return b"".join(out)
