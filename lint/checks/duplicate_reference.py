"""Duplicate reference: the same work listed twice in one reference list.

Flags:
    An entry that repeats an earlier entry of its list: the same DOI, the same
    URL, or the same authors, title and year written almost alike. The earlier
    entry is given as the related location.

Why:
    Two entries for one work split its citations between two numbers or keys and
    inflate the list; one of them is usually a leftover of an edit or of an
    entry split in two by extraction. Keep one and repoint its citations.

Parameters:
    `compare` picks the tests: `doi` and `url` compare identifiers (URLs without
    scheme, "www." or trailing slash); `text` compares the entries' words with
    links, access dates and years removed, using rapidfuzz's token-sort ratio,
    and reports a pair scoring at least `threshold` that has the same year and the
    same other numbers (volume, pages). Entries are compared within buckets of
    the same first word and year, never all pairs of a long list.

Passes:
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Nye, J. S. (2011). The future of power. PublicAffairs.

Fails:
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Nye, J.S. (2004). Soft Power. Public Affairs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from lint.citations import analyse, fields
from lint.citations.model import Entry, entry_label, preview
from lint.document import Document
from lint.finding import Hit, Related

NAME = "duplicate_reference"
SCOPE = "document"
PLACEHOLDERS = {
    "entry": "the later entry's text, folded onto one line and shortened",
    "which": "'entry 19' for a numbered entry, 'the entry' otherwise",
    "other": "the earlier entry: 'entry 18 (line 38)' or 'the entry on line 38'",
    "reason": "why they are the same: 'same DOI …', 'same URL …', 'same authors, title and year'",
}
Test = Literal["doi", "url", "text"]
_BUCKET_REACH = 50  # earlier entries of a text bucket compared with each entry


class Params(BaseModel):
    """Parameters of the duplicate-reference kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    compare: tuple[Test, ...] = Field(
        default=("doi", "url", "text"), min_length=1, description="Tests to run: doi, url, text."
    )
    threshold: int = Field(
        default=90,
        ge=50,
        le=100,
        description="Text test: lowest token-sort ratio (0-100) at which two entries are the same.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per entry that repeats an earlier one of its list."""
    for ref_list in analyse(document).lists:
        seen: dict[tuple[str, ...], list[tuple[Entry, str]]] = {}
        for entry in ref_list.entries:
            keys, core = _keys(entry, params)
            found = _earlier(core, keys, seen, params.threshold)
            if found is not None:
                yield _hit(document, entry, *found)
            for key in keys:
                seen.setdefault(key, []).append((entry, core))


def _keys(entry: Entry, params: Params) -> tuple[list[tuple[str, ...]], str]:
    """The entry's index keys (DOIs, URLs, a text bucket) and its folded words."""
    keys: list[tuple[str, ...]] = []
    if "doi" in params.compare:
        keys += [("doi", doi) for doi in sorted(fields.doi_keys(entry.text))]
    if "url" in params.compare:
        urls = {fields.url_key(url) for _, _, url in fields.urls(entry.text)}
        keys += [("url", url) for url in sorted(urls) if "doi.org/" not in url]
    core = fields.core(entry.text) if "text" in params.compare else ""
    if core:
        # NOTE: the bucket holds the first word, the year and the other numbers, which
        # duplicates share; so a long list is never compared pair by pair.
        years = fields.years(entry.text)
        year = fields.base_year(years[0]) if years else ""
        numbers = " ".join(sorted(fields.numbers(entry.text)))
        keys.append(("text", core.split()[0], year, numbers))
        # NOTE: a second listing often drops or adds a volume or a co-author; the same
        # first author, year and title are then what it shares with the first.
        title = fields.title_key(entry.text)
        if title:
            keys.append(("title", fields.fold(fields.surname(entry.text) or ""), year, title))
    return keys, core


def _earlier(
    core: str,
    keys: list[tuple[str, ...]],
    seen: dict[tuple[str, ...], list[tuple[Entry, str]]],
    threshold: int,
) -> tuple[Entry, str] | None:
    for key in keys:
        for other, other_core in seen.get(key, [])[-_BUCKET_REACH:]:
            if key[0] == "title":
                return other, "same authors, title and year"
            if key[0] != "text":
                return other, f"same {key[0].upper()} {preview(key[1], 60)}"
            if fuzz.token_sort_ratio(core, other_core) >= threshold:
                return other, "same authors, title and year"
    return None


def _hit(document: Document, entry: Entry, other: Entry, reason: str) -> Hit:
    where = f"{entry_label(other)} (line {other.first_line})"
    if other.number is None:
        where = f"the entry on line {other.first_line}"
    related = (Related(document.path, other.first_line, other.last_line, "earlier entry"),)
    args = {"entry": preview(entry.text), "which": entry_label(entry), "other": where}
    args["reason"] = reason
    return Hit(entry.marker_start, entry.end, args, related, text=preview(entry.text, 200))
