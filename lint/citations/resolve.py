"""Link citations to entries.

A number cites the entry with that number in any numbered list. An author-year
citation cites an entry when a word of its first author's name is among the
words that open the entry (before its year) and one of the entry's years is the
cited year ("2004a" matches "2004", not "2004b"). Matching is loose on purpose:
a finding that a citation has no entry must be right.

A document that cites by number ("[12]") cites its numbered lists only by number:
there, "Hartley (1921)" is a name in the text (a species' authority, a historical
work), not a citation, and is neither reported nor taken to cite entry 12.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lint.citations import fields, shapes
from lint.citations.model import Citation, ReferenceList, Unresolved

EntryKey = tuple[int, int]  # (list index, entry index)
_FIRST_AUTHOR = re.compile(r"\s*(?:,|\band\b|&|\bet\s+al\b)\s*")
_LEADING_WORD = re.compile(r"^\s*\S+,\s+(?=\S)")  # "However, " before "Smith et al."
_ANONYMOUS = frozenset({"anonymous", "anon"})
_PAGED_MIN = 2
_NUMERIC_MIN = 2  # resolving numeric citations that make a document cite by number
_TITLE_WORDS = 4  # words of a title that stands for a missing author


class EntryIndex:
    """Entries by number and by year, for looking citations up without scanning lists.

    `named` are the lists that names may cite; the others are looked up by number only.
    """

    def __init__(self, lists: tuple[ReferenceList, ...], named: frozenset[int]) -> None:
        self.by_number: dict[int, list[EntryKey]] = defaultdict(list)
        self.by_year: dict[str, list[tuple[EntryKey, str, frozenset[str]]]] = defaultdict(list)
        self.undated: list[tuple[EntryKey, frozenset[str]]] = []
        self.named: list[tuple[EntryKey, frozenset[str]]] = []
        self.first: dict[str, list[EntryKey]] = defaultdict(list)  # by first author's surname
        self.lead: dict[EntryKey, str] = {}  # each entry's first author's surname
        self.authorless: list[tuple[EntryKey, frozenset[str]]] = []  # and their base years
        for li, ref_list in enumerate(lists):
            for entry in ref_list.entries:
                key = (li, entry.index)
                if entry.number is not None:
                    self.by_number[entry.number].append(key)
                if li in named:
                    self._add_named(key, entry.text)

    def _add_named(self, key: EntryKey, text: str) -> None:
        opening = fields.name_words(fields.head(text))
        if not opening:  # no author: the title stands first and is cited by its words
            opening = fields.name_words(fields.leading_title(text))[:_TITLE_WORDS]
        words = frozenset(opening)
        years = set(fields.years(text))
        # NOTE: an entry dated "2019a" is not also "2019c" because its title says
        # "Outlook 2019": a lettered year speaks for the whole entry.
        lettered = {y for y in years if y[-1:].isalpha() and y != "n.d."}
        for year in lettered or years:
            self.by_year[fields.base_year(year)].append((key, year, words))
        if not years - {"n.d."}:
            self.undated.append((key, words))
        self.named.append((key, words))
        surname = fields.surname(text)
        if surname:
            self.first[fields.fold(surname)].append(key)
            self.lead[key] = fields.fold(surname)
        if shapes.AUTHOR_START.match(text) is None:
            self.authorless.append((key, frozenset(fields.base_year(y) for y in years)))

    def numbered(self, number: int, home: int | None) -> list[EntryKey]:
        """Entries numbered `number`, outside the list the citation sits in."""
        return [key for key in self.by_number.get(number, []) if key[0] != home]

    def authored(self, names: str, year: str, home: int | None) -> list[EntryKey]:
        """Entries whose opening names the first author and whose years include `year`.

        An entry with no year matches on the name alone: its missing year is a
        defect of the entry, reported as such, not of the citation. "Anonymous"
        cites an entry that names no author. A word before a comma that names no
        entry is not the first author ("However, Smith et al. (2004)").
        """
        found = self._authored(names, year, home)
        leading = _LEADING_WORD.match(names)
        if not found and leading:
            found = self._authored(names[leading.end() :], year, home)
        return found

    def _authored(self, names: str, year: str, home: int | None) -> list[EntryKey]:
        first = _FIRST_AUTHOR.split(names, maxsplit=1)[0]
        if fields.fold(first).rstrip(".") in _ANONYMOUS:
            return self._anonymous(year, home)
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
        # NOTE: "(Sallis and Thorée, 2007)" cites Sallis's 2007 work, not "Thorée MJ,
        # Farnell A, Sallis V (2007)"; a co-author's match counts only when no entry
        # has the cited first author first.
        leading = {key for key in found if self.lead.get(key) in wanted}
        return sorted(leading or found)

    def _anonymous(self, year: str, home: int | None) -> list[EntryKey]:
        """Entries that name no author, of the cited year (or of none)."""
        base = fields.base_year(year) if year and year != "n.d." else ""
        found = []
        for key, years in self.authorless:
            dated = years - {"n.d."}
            if key[0] != home and (base in dated or not dated):
                found.append(key)
        return found

    def by_first_author(self, names: str) -> list[EntryKey]:
        """Entries whose first author is the citation's first author, whatever their year."""
        words = fields.name_words(_FIRST_AUTHOR.split(names, maxsplit=1)[0])
        return sorted({key for word in words[-1:] for key in self.first.get(word, [])})


def name_cited(lists: tuple[ReferenceList, ...], citations: list[Citation]) -> frozenset[int]:
    """The lists that names may cite: all of them, unless the text cites by number
    (then only the unnumbered ones)."""
    numbers = {e.number for ref_list in lists for e in ref_list.entries if e.number is not None}
    resolving = sum(
        1
        for c in citations
        if c.form in ("numeric", "footnote") and any(n in numbers for n in c.numbers)
    )
    every = frozenset(range(len(lists)))
    if resolving < _NUMERIC_MIN:
        return every
    return frozenset(li for li in every if not lists[li].numbered)


def resolve(
    lists: tuple[ReferenceList, ...],
    citations: list[tuple[Citation, int | None]],
    named: frozenset[int],
) -> tuple[set[EntryKey], list[Unresolved]]:
    """Return the cited entries and the citations (or parts) that match none."""
    index = EntryIndex(lists, named)
    numbered = any(ref_list.numbered for ref_list in lists)
    cited: set[EntryKey] = set()
    missing: list[Unresolved] = []
    misdated: list[str] = []  # first authors of author-year citations that match no entry
    paged = 0  # author-page citations that resolve
    for citation, home in citations:
        for what, names, keys in _lookups(citation, index, home):
            cited.update(keys)
            paged += bool(keys) and citation.form == "author_page"
            if keys:
                continue
            if citation.form == "author_year":
                misdated.append(names)
            if citation.strong and (numbered or citation.form != "numeric"):
                missing.append(Unresolved(citation, what))
    # NOTE: "(Route 66)" has the shape of an MLA citation too; author-page citations
    # are trusted only in a text where others of them resolve.
    unresolved = [
        u
        for u in missing
        if (u.citation.form != "author_page" or paged >= _PAGED_MIN)
        and (u.citation.form in ("numeric", "footnote") or named)
    ]
    # NOTE: "(Harlow 2016)" with only "Harlow K 2017" listed is a wrong year, not a
    # lost entry: the citation is reported, but the entry is not also uncited.
    for names in misdated:
        cited.update(index.by_first_author(names))
    return cited, unresolved


def _lookups(
    citation: Citation, index: EntryIndex, home: int | None
) -> list[tuple[str, str, list[EntryKey]]]:
    """What each part of a citation names (for the message), its names, and its entries."""
    if citation.form in ("author_year", "author_page"):
        return [(f"{n} {y}".strip(), n, index.authored(n, y, home)) for n, y in citation.works]
    return [(str(n), "", index.numbered(n, home)) for n in citation.numbers]
