"""Final newline: a document whose last line has no line break.

Flags:
    A non-empty document that does not end with a line break.

Why:
    POSIX tools treat a last line without a newline as incomplete: `cat` glues the
    next file onto it, `wc -l` miscounts it, and diffs show "No newline at end of
    file". Files saved by copy and paste often lose it.

Parameters:
    None.

Passes:
    The last line ends with a newline.⏎

Fails:
    The last line ends without one.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import Document
from lint.finding import Hit

NAME = "final_newline"
SCOPE = "document"
PLACEHOLDERS: dict[str, str] = {}


class Params(BaseModel):
    """The final-newline kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield a hit on the last character when the text does not end with a line break."""
    text = document.text
    if text.strip() and not text.endswith(("\n", "\r")):
        yield Hit(len(text) - 1, len(text), text="no final newline")
