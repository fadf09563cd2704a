"""Values the citation analysis produces: reference lists, their entries, in-text citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Family = Literal["references", "notes", "sources"]
CitationForm = Literal["numeric", "author_year", "author_page", "footnote"]


@dataclass(frozen=True, slots=True)
class Marker:
    """A number that opens an entry line ("12.", "[12]", "12)"), as written."""

    number: int
    start: int
    end: int
    line: int
    continuation: bool = False  # the "entry" it opens is only the rest of the one above


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference-list entry, possibly wrapped over several lines.

    `start` is where the entry's text begins, after its marker; `marker_start` is
    where the line begins (the marker, or the text when there is none).
    """

    index: int
    marker_start: int
    start: int
    end: int
    first_line: int
    last_line: int
    number: int | None
    text: str


@dataclass(frozen=True, slots=True)
class ReferenceList:
    """A heading such as "References" and the entries under it."""

    label: str  # the heading folded to lower case ("works cited")
    heading: str  # the heading as written ("WORKS CITED")
    family: Family
    heading_start: int
    heading_end: int
    heading_line: int
    end: int
    last_line: int
    entries: tuple[Entry, ...]
    markers: tuple[Marker, ...] = ()
    one_per_line: bool = False  # every entry on a line of its own (not hard-wrapped)

    @property
    def numbered(self) -> bool:
        """True when the entries carry numbers."""
        return bool(self.markers)


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation in the text: "[3-5]", "(Nye, 2004; Aliyev 2019)", "Nye (2004)", "word.¹²".

    `numbers` holds a numeric or footnote citation's numbers; `works` holds an
    author-year citation's `(names, year)` pairs. A weak citation (a footnote
    digit glued to a word) marks entries as cited but is never reported unresolved.
    """

    start: int
    end: int
    form: CitationForm
    numbers: tuple[int, ...] = ()
    works: tuple[tuple[str, str], ...] = ()
    strong: bool = True


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A citation, or one work or number of it, that matches no entry."""

    citation: Citation
    what: str  # "[12]", "Nye 2004"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the citation kinds need about one document, computed once."""

    lists: tuple[ReferenceList, ...] = ()
    citations: tuple[Citation, ...] = ()  # the body's strong citations
    cited: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    unresolved: tuple[Unresolved, ...] = ()


def preview(text: str, limit: int = 70) -> str:
    """Fold a passage onto one line and shorten it to `limit` characters."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def entry_label(entry: Entry) -> str:
    """How a message names an entry: "entry 12" or "the entry"."""
    return f"entry {entry.number}" if entry.number is not None else "the entry"
