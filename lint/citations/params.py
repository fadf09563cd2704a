"""Parameter types shared by the citation kinds (not a kind itself)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from lint.citations.shapes import LABELS


def _known(labels: tuple[str, ...]) -> tuple[str, ...]:
    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown heading {unknown[0]!r}; known: {', '.join(sorted(LABELS))}")
    return labels


Labels = Annotated[tuple[str, ...], AfterValidator(_known)]

# Headings whose lists are meant to be cited entry by entry. "Sources", "Works
# consulted" and bibliographies marked "select(ed)" list reading, not citations.
CITED_LABELS: tuple[str, ...] = tuple(
    sorted(
        label
        for label, family in LABELS.items()
        if family != "sources" and not label.startswith("select")
    )
)
