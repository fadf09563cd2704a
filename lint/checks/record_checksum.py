"""Record checksum: a text that changed after its provenance record was written.

Flags:
    A document whose sha256 differs from the `sha256` in its provenance record.

Why:
    The checksum is taken when the text is collected; if it no longer matches,
    the text was edited, truncated or re-saved since (a different encoding, a
    hook that "fixed" whitespace), and what the corpus holds is no longer what
    the source said. Compare it with the source, then update the record.

Parameters:
    The digest is of the file's bytes as stored (`sha256sum story.txt`), or for
    front matter, of the bytes after the closing `---` line. A record without a
    valid sha256 is the record-fields kind's concern. No parameters.

Passes:
    sha256 in story.txt.meta.yaml equals `sha256sum story.txt`.

Fails:
    story.txt edited after its record was written.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lint.document import Document
from lint.finding import Hit
from lint.provenance.records import find_record, place, text_sha256

NAME = "record_checksum"
SCOPE = "document"
PLACEHOLDERS = {
    "recorded": "the sha256 in the record (first 12 digits)",
    "actual": "the sha256 of the text now (first 12 digits)",
}


class Params(BaseModel):
    """The record-checksum kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit when the recorded sha256 is valid and differs from the text's."""
    record = find_record(document)
    found = None if record is None or record.error else record.fields.get("sha256")
    if record is None or found is None or not isinstance(found.value, str):
        return
    recorded = found.value.strip().lower()
    actual = text_sha256(document)
    if len(recorded) == 64 and recorded != actual:
        start, end, related = place(document, record, found.line)
        args = {"recorded": recorded[:12], "actual": actual[:12]}
        yield Hit(start, end, args, related, text="checksum mismatch")
