"""Empty file: a document with no text at all, or only whitespace.

Flags:
    A document that is empty or holds nothing but whitespace.

Why:
    An empty seed is almost always a failed download or extraction; it counts as a
    document in every statistic while holding nothing.

Parameters:
    None.

Passes:
    Any visible text.

Fails:
    (a file of zero bytes)
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import Document
from lint.finding import Hit

NAME = "empty_file"
SCOPE = "document"
PLACEHOLDERS = {"detail": "'0 bytes' or how much whitespace the file holds"}


class Params(BaseModel):
    """The empty-file kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on line 1 when the document holds no visible text."""
    if document.text.strip():
        return
    size = len(document.raw)
    if size == 0:
        detail = "0 bytes"
    elif not document.text:
        detail = "only a byte-order mark"
    else:
        detail = f"only whitespace ({size} bytes)"
    yield Hit(0, 0, {"detail": detail}, text=detail)
