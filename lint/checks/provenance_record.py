"""Provenance record: a document without a usable record of where it came from.

Flags:
    A document with no provenance record (no front matter, no
    `<name>.meta.yaml` sidecar, no entry in its folder's `_provenance.yaml`), or
    whose record cannot be read (invalid YAML, not a mapping).

Why:
    A corpus that cannot say where each text came from can be neither trusted
    nor cited, and a text without a checksum can change unnoticed. The record is
    where the source URL, publisher, dates, licence and checksum are kept; `lint
    --write-provenance` starts one from what the text says.

Parameters:
    With `require: folder` (the default) a record is required only in folders
    that keep records (a `.meta.yaml` sidecar or a `_provenance.yaml` manifest is
    there), so a corpus that has never kept them is not buried in findings while
    a new document added without one to a recorded corpus is reported. `require:
    always` requires one everywhere.

Passes:
    story.txt with story.txt.meta.yaml beside it.

Fails:
    story.txt alone in a folder where other.txt.meta.yaml exists.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import Hit, Related
from lint.provenance.records import MANIFEST_NAME, SIDECAR_SUFFIX, find_record, sidecar_path

NAME = "provenance_record"
SCOPE = "document"
PLACEHOLDERS = {
    "reason": "none was found (and where it was looked for), or why it cannot be read",
}


class Params(BaseModel):
    """Parameters of the provenance-record kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    require: Literal["folder", "always"] = Field(
        default="folder",
        description="Require a record for every document (`always`) or only in folders that "
        "keep records (`folder`: a sidecar or manifest is there).",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit on line 1 for a missing or unreadable record."""
    record = find_record(document)
    if record is not None and record.error is not None:
        related = (Related(record.path, record.line, record.line, "provenance record"),)
        reason = f"{record.path} cannot be used: {record.error}"
        yield Hit(0, 0, {"reason": reason}, related, text="unreadable provenance record")
    elif record is None and (params.require == "always" or _keeps_records(document.path)):
        name = os.path.basename(sidecar_path(document.path))
        reason = f"none found (front matter, {name} or {MANIFEST_NAME})"
        yield Hit(0, 0, {"reason": reason}, text="no provenance record")


def _keeps_records(path: str) -> bool:
    folder = os.path.dirname(path) or "."
    try:
        mtime = os.stat(folder).st_mtime_ns
    except OSError:
        return False
    return _folder_keeps_records(folder, mtime)


@lru_cache(maxsize=64)
def _folder_keeps_records(folder: str, mtime_ns: int) -> bool:
    """Whether a folder holds a manifest or any sidecar record (cached per folder version)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n == MANIFEST_NAME or n.endswith(SIDECAR_SUFFIX) for n in names)
