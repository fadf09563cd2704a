"""Entries the text refers to without a citation form: "Nye's 2004 book", a name in a note.

Such an entry is not reported as uncited. Only lists that names may cite are looked
at (see `resolve.name_cited`): in a document that cites by number, a name and a
year in passing do not cite a numbered entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lint.citations import fields, shapes
from lint.citations.model import ReferenceList
from lint.citations.resolve import EntryKey

Region = tuple[int, int, int | None]  # a citing span of text and the list it sits in
_MENTION_REACH = 100  # characters between a surname and its year in a mention


def mentioned(
    text: str,
    lists: tuple[ReferenceList, ...],
    regions: list[Region],
    cited: set[EntryKey],
    named: frozenset[int],
    citations: list[tuple[int, int]],
) -> set[EntryKey]:
    """Entries not formally cited whose first author and year appear close together.

    `regions` are the citing parts of the text, each with the list it belongs to
    (None for the body); `named` are the lists names may cite. A name inside one of
    the formal `citations` (start, end) is no mention: "(Sallis and Thorée, 2007)"
    cites Sallis's work, it does not mention one of Thorée's.
    """
    found: set[EntryKey] = set()
    for li, ref_list in enumerate(lists):
        if ref_list.family == "notes" or li not in named:
            continue  # a note is cited by its mark, never by a name in passing
        spans = [(start, end, home is not None) for start, end, home in regions if home != li]
        for entry in ref_list.entries:
            key = (li, entry.index)
            if key in cited or not shapes.ENTRY_START.match(entry.text):
                continue
            # NOTE: a title's first word ("China") is no name to look for in the body.
            authored = shapes.AUTHOR_START.match(entry.text) is not None
            where = spans if authored else [span for span in spans if span[2]]
            name = fields.surname(entry.text)
            years = {fields.base_year(y) for y in fields.years(entry.text) if y != "n.d."}
            if name and _near(text, where, name, years, citations):
                found.add(key)
    return found


def _near(
    text: str,
    spans: list[tuple[int, int, bool]],
    name: str,
    years: set[str],
    citations: list[tuple[int, int]],
) -> bool:
    """True when `name` occurs close to one of `years`, or anywhere in a note.

    Notes cite by name and title ("Nye, Soft Power, 45"), so in a note the name
    is enough.
    """
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    starts = [start for start, _ in citations]
    for start, end, in_note in spans:
        for match in pattern.finditer(text, start, end):
            at = bisect_right(starts, match.start()) - 1
            if at >= 0 and match.start() < citations[at][1]:
                continue
            if in_note:
                return True
            low, high = max(start, match.start() - _MENTION_REACH), match.end() + _MENTION_REACH
            window = text[low : min(end, high)]
            if any(year in window for year in years):
                return True
    return False
