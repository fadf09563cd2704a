"""Link citations to entries, and find the entries the text only mentions.

A number cites the entry with that number in any numbered list. An author-year
citation cites an entry when a word of its first author's name is among the
words that open the entry (before its year) and one of the entry's years is the
cited year ("2004a" matches "2004", not "2004b"). Matching is loose on purpose:
a finding that a citation has no entry must be right.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lint.citations import fields, shapes
from lint.citations.model import Citation, ReferenceList, Unresolved

EntryKey = tuple[int, int]  # (list index, entry index)
Region = tuple[int, int, int | None]  # a citing span of text and the list it sits in
_FIRST_AUTHOR = re.compile(r"\s*(?:,|\band\b|&|\bet\s+al\b)\s*")
_MENTION_REACH = 100  # characters between a surname and its year in a mention


class EntryIndex:
    """Entries by number and by year, for looking citations up without scanning lists."""

    def __init__(self, lists: tuple[ReferenceList, ...]) -> None:
        self.by_number: dict[int, list[EntryKey]] = defaultdict(list)
        self.by_year: dict[str, list[tuple[EntryKey, str, frozenset[str]]]] = defaultdict(list)
        for li, ref_list in enumerate(lists):
            for entry in ref_list.entries:
                key = (li, entry.index)
                if entry.number is not None:
                    self.by_number[entry.number].append(key)
                words = frozenset(fields.name_words(fields.head(entry.text)))
                for year in set(fields.years(entry.text)):
                    self.by_year[fields.base_year(year)].append((key, year, words))

    def numbered(self, number: int, home: int | None) -> list[EntryKey]:
        """Entries numbered `number`, outside the list the citation sits in."""
        return [key for key in self.by_number.get(number, []) if key[0] != home]

    def authored(self, names: str, year: str, home: int | None) -> list[EntryKey]:
        """Entries whose opening names the first author and whose years include `year`."""
        first = _FIRST_AUTHOR.split(names, maxsplit=1)[0]
        wanted = set(fields.name_words(first))
        return sorted(
            {
                key
                for key, listed, words in self.by_year.get(fields.base_year(year), [])
                if key[0] != home and wanted & words and fields.same_year(year, listed)
            }
        )


def resolve(
    lists: tuple[ReferenceList, ...], citations: list[tuple[Citation, int | None]]
) -> tuple[set[EntryKey], list[Unresolved]]:
    """Return the cited entries and the citations (or parts) that match none."""
    index = EntryIndex(lists)
    numbered = any(ref_list.numbered for ref_list in lists)
    cited: set[EntryKey] = set()
    unresolved: list[Unresolved] = []
    for citation, home in citations:
        for what, keys in _lookups(citation, index, home):
            cited.update(keys)
            if not keys and citation.strong and (numbered or citation.form == "author_year"):
                unresolved.append(Unresolved(citation, what))
    return cited, unresolved


def _lookups(
    citation: Citation, index: EntryIndex, home: int | None
) -> list[tuple[str, list[EntryKey]]]:
    if citation.form == "author_year":
        return [(f"{n} {y}", index.authored(n, y, home)) for n, y in citation.works]
    return [(str(n), index.numbered(n, home)) for n in citation.numbers]


def mentioned(
    text: str, lists: tuple[ReferenceList, ...], regions: list[Region], cited: set[EntryKey]
) -> set[EntryKey]:
    """Entries not formally cited whose first author and year appear close together.

    Prose such as "Nye's 2004 book" refers to an entry without a citation form;
    such an entry is not reported as uncited. `regions` are the citing parts of
    the text, each with the list it belongs to (None for the body).
    """
    found: set[EntryKey] = set()
    for li, ref_list in enumerate(lists):
        spans = [(start, end) for start, end, home in regions if home != li]
        for entry in ref_list.entries:
            key = (li, entry.index)
            if key in cited or not shapes.AUTHOR_START.match(entry.text):
                continue
            name = fields.surname(entry.text)
            years = {fields.base_year(y) for y in fields.years(entry.text) if y != "n.d."}
            if name and years and _near(text, spans, name, years):
                found.add(key)
    return found


def _near(text: str, spans: list[tuple[int, int]], name: str, years: set[str]) -> bool:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            low, high = max(start, match.start() - _MENTION_REACH), match.end() + _MENTION_REACH
            window = text[low : min(end, high)]
            if any(year in window for year in years):
                return True
    return False
