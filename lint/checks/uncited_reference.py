"""Uncited reference: a reference-list entry the text never cites.

Flags:
    Each entry of a reference list that no citation in the text points to: no
    "[12]" or "[10-14]" for a numbered entry, no "(Nye, 2004)" or "Nye (2004)"
    for an author-year one, no footnote mark for a note.

Why:
    A reference nobody cites is padding, or the sign that citations were lost when
    the text was extracted (a PDF's superscripts and links often are). Either way,
    a reader cannot tell which claim rests on which source.

Parameters:
    Only lists under the headings in `labels` are checked: a "Sources" or
    "Further reading" list need not be cited entry by entry. An entry counts as
    cited when a citation resolves to it, or when its first author's name and its
    year appear close together in the text ("Nye's 2004 book"), outside any
    citation (in "(Sallis and Thorée, 2007)" Thorée is a co-author, not a mention). A
    text that cites by number ("[12]") cites its numbered lists only by number:
    there "[Hartley 1921]" or a species' authority does not cite entry 12. A
    citation with a wrong year ("(Harlow 2016)" for "Harlow K 2017") is reported
    by `unresolved_citation`, and keeps the first author's entries cited. With
    `only_when_cited`, entries are reported only in documents that cite at least
    one entry, leaving a list that is never cited at all to
    `uncited_reference_list`.

Passes:
    Soft power (Nye, 2004) shapes order (Keohane, 1984).
    References
    Nye, J. S. (2004). Soft power. PublicAffairs.
    Keohane, R. O. (1984). After hegemony. Princeton University Press.

Fails:
    Soft power matters (Nye, 2004).
    References
    Nye, J. S. (2004). Soft power. PublicAffairs.
    Keohane, R. O. (1984). After hegemony. Princeton University Press.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.citations.model import entry_label, preview
from lint.citations.params import CITED_LABELS, Labels
from lint.document import Document
from lint.finding import Hit

NAME = "uncited_reference"
SCOPE = "document"
PLACEHOLDERS = {
    "entry": "the entry's text, folded onto one line and shortened",
    "which": "'entry 12' for a numbered entry, 'the entry' otherwise",
    "heading": "the list's heading as written ('References')",
}


class Params(BaseModel):
    """Parameters of the uncited-reference kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: Labels = Field(
        default=CITED_LABELS,
        description="Headings (lower case) of the lists whose every entry must be cited.",
    )
    only_when_cited: bool = Field(
        default=False,
        description="Report entries only in documents that cite at least one entry.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per entry that nothing in the text cites."""
    analysis = analyse(document)
    if params.only_when_cited and not analysis.cited:
        return
    for li, ref_list in enumerate(analysis.lists):
        if ref_list.label not in params.labels:
            continue
        for entry in ref_list.entries:
            if (li, entry.index) in analysis.cited:
                continue
            args = {
                "entry": preview(entry.text),
                "which": entry_label(entry),
                "heading": ref_list.heading,
            }
            yield Hit(entry.marker_start, entry.end, args, text=preview(entry.text, 200))
