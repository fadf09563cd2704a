"""Malformed reference: an entry whose link, DOI, year, brackets or title is broken.

Flags:
    In a reference-list entry: a URL broken by a space or line break
    ("…/china- central-asia-relations/"), a doubled DOI prefix
    ("https://doi.org/https://doi.org/10…", "doi:doi:10…"), a "DOI" that is not one, no year or
    only "n.d.", brackets that do not pair up, an empty title ("(2020). .", "“”"),
    and, in a list whose entries each take one line, an entry split over two
    (it goes on after a line break in mid-sentence).

Why:
    These are the marks text extraction and careless editing leave on a list: a
    broken URL or DOI no longer resolves, an entry without a year cannot be told
    from another edition or matched to "(Nye, 2004)", and a stray bracket or
    empty title shows that part of the entry was lost; a line break inside one
    entry of a one-per-line list shows where extraction cut it in two.

Parameters:
    `problems` picks what to report (`broken_url`, `doubled_doi_prefix`,
    `invalid_doi`, `no_year`, `unbalanced_brackets`, `empty_title`,
    `split_entry`), so one
    rule can report broken links as warnings and another undated entries as
    information. Years in URLs and in access dates ("Retrieved 17 April 2024")
    are not publication years. Entries of notes lists are not checked for a
    year, since a note may be commentary.

Passes:
    1. Nye, J. S. (2021). Soft power: the evolution of a concept. Journal of
    Political Power, 14(1), 196-208. https://doi.org/10.1080/2158379X.2021.1879572

Fails:
    1. Nye, J. S. (2021). Soft power. https://doi.org/https://doi.org/10.1080/2158379X.2021.1879572
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.citations.defects import FINDERS
from lint.citations.model import entry_label, preview
from lint.document import Document
from lint.finding import Hit

NAME = "malformed_reference"
SCOPE = "document"
PLACEHOLDERS = {
    "problem": "what is wrong ('URL broken by whitespace', 'no year', 'not a DOI: 1080/x')",
    "match": "the faulty text, shortened",
    "which": "'entry 12' for a numbered entry, 'the entry' otherwise",
    "entry": "the entry's text, folded onto one line and shortened",
}
Problem = Literal[
    "broken_url",
    "doubled_doi_prefix",
    "invalid_doi",
    "no_year",
    "unbalanced_brackets",
    "empty_title",
    "split_entry",
]


class Params(BaseModel):
    """Parameters of the malformed-reference kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    problems: tuple[Problem, ...] = Field(
        default=(
            "broken_url",
            "doubled_doi_prefix",
            "invalid_doi",
            "no_year",
            "unbalanced_brackets",
            "empty_title",
            "split_entry",
        ),
        min_length=1,
        description="What to report: broken_url, doubled_doi_prefix, invalid_doi, no_year, "
        "unbalanced_brackets, empty_title, split_entry.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per problem found in an entry, at the faulty text."""
    for ref_list in analyse(document).lists:
        for entry in ref_list.entries:
            for problem in params.problems:
                if problem == "no_year" and ref_list.family == "notes":
                    continue
                if problem == "split_entry" and not ref_list.one_per_line:
                    continue
                for start, end, detail in FINDERS[problem](entry.text):
                    shown = entry.text[max(0, start - 40) if end - start < 4 else start : end]
                    args = {
                        "problem": detail,
                        "match": preview(shown, 80),
                        "which": entry_label(entry),
                        "entry": preview(entry.text),
                    }
                    whole = detail == "no year" or problem == "split_entry"
                    hit_start = entry.marker_start if whole else entry.start + start
                    yield Hit(hit_start, entry.start + end, args, text=f"{problem} {args['match']}")
