"""Unresolved citation: a citation in the text that matches no reference-list entry.

Flags:
    A numeric citation ("[12]", "[3-5, 9]") naming a number no entry carries, an
    author-year citation ("(Nye, 2004)", "Nye et al. (2021)") naming a work no
    entry lists, or a superscript footnote mark with no note.

Why:
    A citation with no entry sends the reader nowhere: the entry was dropped, the
    list was cut short in extraction, or the citation has the wrong number or
    year. Only documents that have a reference list are checked; a text without
    one is not a paper with a broken list.

Parameters:
    `forms` picks the citation forms to report. An author-year citation matches
    an entry when a word of the first author's name opens the entry and the entry
    has the cited year ("2004a" matches "2004" but not "2004b"), in any layout:
    "Kosal, M. E., & Huang" (APA), "Moreau JP, Tanaka KL. 2011." (PLOS, Chicago),
    "van Dijk J", "R Core Team"; "Anonymous" matches an entry that names no
    author. A date ("(June 2009)"), a name before a year that is not an author's
    ("(Olympics 2012)"), a species' authority ("Vulpes alpina (Hartmann, 1823)")
    and, in a text that cites by number, any author-year citation are not
    reported. Footnote digits glued to a word ("power.12") mark notes as cited but
    are never reported, since "p.12" looks the same. Each citation is reported
    once, naming all its unmatched parts.

Passes:
    Soft power matters [1].
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Keohane, R. O. (1984). After hegemony. Princeton University Press.

Fails:
    Soft power matters [3].
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Keohane, R. O. (1984). After hegemony. Princeton University Press.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.citations.model import Unresolved, preview
from lint.document import Document
from lint.finding import Hit

NAME = "unresolved_citation"
SCOPE = "document"
PLACEHOLDERS = {
    "citation": "the citation as written ('[3, 12]', '(Nye, 2004)')",
    "missing": "what no entry matches ('12', 'Nye 2004'), comma-separated",
    "form": "the citation form: numeric, author_year or footnote",
}
Form = Literal["numeric", "author_year", "author_page", "footnote"]


class Params(BaseModel):
    """Parameters of the unresolved-citation kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    forms: tuple[Form, ...] = Field(
        default=("numeric", "author_year", "author_page", "footnote"),
        min_length=1,
        description="Citation forms to report: numeric, author_year, author_page, footnote.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per citation with parts that match no entry."""
    grouped: dict[tuple[int, int], list[Unresolved]] = {}
    for item in analyse(document).unresolved:
        if item.citation.form in params.forms:
            grouped.setdefault((item.citation.start, item.citation.end), []).append(item)
    for (start, end), items in sorted(grouped.items()):
        written = document.text[start:end]
        args = {
            "citation": preview(written, 80),
            "missing": ", ".join(dict.fromkeys(item.what for item in items)),
            "form": items[0].citation.form,
        }
        yield Hit(start, end, args, text=written)
