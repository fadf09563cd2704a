"""Uncited reference list: a document with a reference list and no citation at all.

Flags:
    A reference list (heading through last entry) in a document whose text holds
    no citation of any form and mentions none of the list's works. A bibliography
    whose works the document's notes cite is not reported, but the notes list,
    whose marks were lost, is.

Why:
    A paper whose body cites nothing while it ends with a list of references has
    almost always lost its citations on the way to plain text: superscripts,
    bracketed numbers or linked author-year citations were dropped by the
    extraction. The claims can no longer be traced to their sources; re-extract
    the document or restore the citations.

Parameters:
    Only lists under the headings in `labels` are checked. A list needs at least
    `min_entries` entries to be reported, so a stray heading over one line is not.

Passes:
    Soft power matters [1].
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Keohane, R. O. (1984). After hegemony. Princeton University Press.

Fails:
    Soft power matters.
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Keohane, R. O. (1984). After hegemony. Princeton University Press.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.citations.params import CITED_LABELS, Labels
from lint.document import Document
from lint.finding import Hit

NAME = "uncited_reference_list"
SCOPE = "document"
PLACEHOLDERS = {
    "heading": "the list's heading as written ('References')",
    "count": "how many entries the list has",
    "lines": "the list's line range ('9-55')",
}


class Params(BaseModel):
    """Parameters of the uncited-reference-list kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: Labels = Field(
        default=CITED_LABELS,
        description="Headings (lower case) of the lists that must be cited.",
    )
    min_entries: int = Field(
        default=2, ge=1, description="Report only lists with at least this many entries."
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per list when the document cites nothing at all."""
    analysis = analyse(document)
    if analysis.citations:
        return
    for li, ref_list in enumerate(analysis.lists):
        if ref_list.label not in params.labels or len(ref_list.entries) < params.min_entries:
            continue
        if any((li, entry.index) in analysis.cited for entry in ref_list.entries):
            continue  # cited from a notes list, or mentioned by name and year
        args = {
            "heading": ref_list.heading,
            "count": str(len(ref_list.entries)),
            "lines": f"{ref_list.heading_line}-{ref_list.last_line}",
        }
        yield Hit(ref_list.heading_start, ref_list.end, args, text=f"uncited {ref_list.label}")
