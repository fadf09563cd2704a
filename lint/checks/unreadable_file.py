"""Unreadable file: a file that cannot be read as UTF-8 text.

Flags:
    A file the operating system will not read, a binary file (an image, a PDF, an
    archive, anything with NUL bytes), or text that is not valid UTF-8.

Why:
    Every other check needs the text. A file in another encoding (Latin-1,
    Windows-1252) or a binary renamed `.txt` would otherwise be skipped in silence
    or linted as garbage; this finding says which file and why, and the rest of
    the corpus is linted as usual.

Parameters:
    None. The engine runs this kind, and only this kind, on files it could not
    decode.

Passes:
    A UTF-8 file, with or without a byte-order mark.

Fails:
    caf\\xe9 (Latin-1)
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import Document
from lint.finding import Hit

NAME = "unreadable_file"
SCOPE = "document"
PLACEHOLDERS = {"reason": "why the file could not be read as UTF-8 text"}


class Params(BaseModel):
    """The unreadable-file kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on line 1 when the document could not be decoded."""
    if document.error is not None:
        yield Hit(0, 0, {"reason": document.error}, text=document.error)
