"""What a document has said so far: its date, vocabulary, section heading and last count.

A clause that only refers to its subject ("the two countries", "bilateral trade",
"the region") is completed from the heading of its section and the sentences just
before it. The date and the vocabulary are looked up only when a figure needs them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from lint import text as textlib
from lint.dates.publication import publication_date
from lint.document import Document
from lint.figures import subjects

_CONTEXT_LINES = 2  # sentences of this many lines before a figure are its context
_CONTEXT_CHARS = 1500  # but no further back than this


@dataclass(frozen=True, slots=True)
class Count:
    """The last counted noun, for "over 30 of them": where, what, where about, how."""

    at: int
    lemma: str
    places: tuple[str, ...]
    modifiers: tuple[str, ...]


class Reader:
    """One pass over a document: shared, lazily computed facts about it."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.heading_text = ""
        self.heading_line = -1
        self._heading: tuple[str, tuple[str, ...]] = ("", ())
        self.last_count: Count | None = None

    def published(self) -> datetime.date | None:
        """The publication date (day 1 for a month-precision date), or None."""
        return self._published[0]

    @property
    def stamp(self) -> str:
        """The period key of a present-tense figure: "present@<date>", or "present"."""
        return self._published[1]

    @cached_property
    def _published(self) -> tuple[datetime.date | None, str]:
        found = publication_date(self.document)
        if found is None:
            return None, "present"
        mention = found.mention
        day = datetime.date(mention.year, mention.month, mention.day or 1)
        return day, f"present@{mention.iso()}"

    @cached_property
    def words(self) -> subjects.Vocabulary:
        """The document's vocabulary (computed on first use)."""
        return subjects.vocabulary(self.document)

    def set_heading(self, line: int, heading: str) -> None:
        """Enter a section: its heading's places become the topic."""
        self.heading_text, self.heading_line = heading, line

    @property
    def heading(self) -> tuple[str, ...]:
        """The places named by the current section's heading."""
        if self._heading[0] != self.heading_text:
            places = subjects.subject(self.heading_text, 0, len(self.heading_text), self.words)
            self._heading = (self.heading_text, places.places)
        return self._heading[1]


def resolve(
    reader: Reader, needs: str, places: tuple[str, ...], where: tuple[int, int, int]
) -> tuple[str, ...] | None:
    """Complete `places` from the context when the clause only refers to them.

    `needs` is "pair" (two parties), "region", "country", or "" (nothing to do);
    `where` is the clause's (line, sentence start, clause start). Returns None
    when the context does not supply what is missing.
    """
    found = list(places)
    if not needs or _satisfied(needs, found):
        return places
    for place in _context(reader, *where):
        if place in found:
            continue
        if needs == "pair" or (needs == "region") == subjects.is_region(place):
            found.append(place)
        if _satisfied(needs, found):
            return tuple(sorted(found))
    return None


def _satisfied(needs: str, places: list[str]) -> bool:
    if needs == "pair":
        return len(places) >= 2
    if needs == "region":
        return any(subjects.is_region(p) for p in places)
    return any(not subjects.is_region(p) for p in places)


def _context(reader: Reader, line: int, sentence: int, clause: int) -> Iterator[str]:
    """Places the text refers back to, in order: the sentence's earlier clauses ("Kazakhstan
    was China's largest partner, with bilateral trade of ..."), the section heading, then
    the sentences before, nearest first."""
    text = reader.text
    if clause > sentence:
        yield from subjects.subject(text, sentence, clause, reader.words).places
    yield from reader.heading
    first = max(line - _CONTEXT_LINES, reader.heading_line + 1, 0)
    if first > line:
        return
    begin = max(reader.document.line_starts[first], sentence - _CONTEXT_CHARS)
    for start, end in reversed(list(textlib.sentences(text, begin, sentence))):
        yield from subjects.subject(text, start, end, reader.words).places
