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
_PAGED_MIN = 2
_MENTION_REACH = 100  # characters between a surname and its year in a mention


class EntryIndex:
    """Entries by number and by year, for looking citations up without scanning lists."""

    def __init__(self, lists: tuple[ReferenceList, ...]) -> None:
        self.by_number: dict[int, list[EntryKey]] = defaultdict(list)
        self.by_year: dict[str, list[tuple[EntryKey, str, frozenset[str]]]] = defaultdict(list)
        self.undated: list[tuple[EntryKey, frozenset[str]]] = []
        self.named: list[tuple[EntryKey, frozenset[str]]] = []
        for li, ref_list in enumerate(lists):
            for entry in ref_list.entries:
                key = (li, entry.index)
                if entry.number is not None:
                    self.by_number[entry.number].append(key)
                words = frozenset(fields.name_words(fields.head(entry.text)))
                years = set(fields.years(entry.text))
                # NOTE: an entry dated "2019a" is not also "2019c" because its title
                # says "Outlook 2019": a lettered year speaks for the whole entry.
                lettered = {y for y in years if y[-1:].isalpha() and y != "n.d."}
                for year in lettered or years:
                    self.by_year[fields.base_year(year)].append((key, year, words))
                if not years - {"n.d."}:
                    self.undated.append((key, words))
                self.named.append((key, words))

    def numbered(self, number: int, home: int | None) -> list[EntryKey]:
        """Entries numbered `number`, outside the list the citation sits in."""
        return [key for key in self.by_number.get(number, []) if key[0] != home]

    def authored(self, names: str, year: str, home: int | None) -> list[EntryKey]:
        """Entries whose opening names the first author and whose years include `year`.

        An entry with no year matches on the name alone: its missing year is a
        defect of the entry, reported as such, not of the citation.
        """
        first = _FIRST_AUTHOR.split(names, maxsplit=1)[0]
        wanted = set(fields.name_words(first))
        if not year:  # an author-page citation ("Nye 45") names no year
            return sorted({key for key, words in self.named if key[0] != home and wanted & words})
        found = {
            key
            for key, listed, words in self.by_year.get(fields.base_year(year), [])
            if key[0] != home and wanted & words and fields.same_year(year, listed)
        }
        if not found:
            found = {key for key, words in self.undated if key[0] != home and wanted & words}
        return sorted(found)


def resolve(
    lists: tuple[ReferenceList, ...], citations: list[tuple[Citation, int | None]]
) -> tuple[set[EntryKey], list[Unresolved]]:
    """Return the cited entries and the citations (or parts) that match none."""
    index = EntryIndex(lists)
    numbered = any(ref_list.numbered for ref_list in lists)
    cited: set[EntryKey] = set()
    missing: list[Unresolved] = []
    paged = 0  # author-page citations that resolve
    for citation, home in citations:
        for what, keys in _lookups(citation, index, home):
            cited.update(keys)
            paged += bool(keys) and citation.form == "author_page"
            if not keys and citation.strong and (numbered or citation.form != "numeric"):
                missing.append(Unresolved(citation, what))
    # NOTE: "(Route 66)" has the shape of an MLA citation too; author-page citations
    # are trusted only in a text where others of them resolve.
    unresolved = [u for u in missing if u.citation.form != "author_page" or paged >= _PAGED_MIN]
    return cited, unresolved


def _lookups(
    citation: Citation, index: EntryIndex, home: int | None
) -> list[tuple[str, list[EntryKey]]]:
    if citation.form in ("author_year", "author_page"):
        return [(f"{n} {y}".strip(), index.authored(n, y, home)) for n, y in citation.works]
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
        if ref_list.family == "notes":
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
            if name and _near(text, where, name, years):
                found.add(key)
    return found


def _near(text: str, spans: list[tuple[int, int, bool]], name: str, years: set[str]) -> bool:
    """True when `name` occurs close to one of `years`, or anywhere in a note.

    Notes cite by name and title ("Nye, Soft Power, 45"), so in a note the name
    is enough.
    """
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    for start, end, in_note in spans:
        for match in pattern.finditer(text, start, end):
            if in_note:
                return True
            low, high = max(start, match.start() - _MENTION_REACH), match.end() + _MENTION_REACH
            window = text[low : min(end, high)]
            if any(year in window for year in years):
                return True
    return False
