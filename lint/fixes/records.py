"""Updating a fixed document's provenance record: front matter, sidecar or manifest entry.

Why: a record's `sha256` says the text is what was collected. After a fix it must
hold the new digest, and a `fixes:` list must say what changed and what the
digest was before, so the record still tells the truth about the text's origin.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from lint import yamlsafe
from lint.document import Document
from lint.fixes.model import Edit, line_offsets
from lint.fixes.write import write_atomic
from lint.provenance.records import find_record, forget_manifests, front_matter, text_sha256

_MAX_RECORD_CHARS = 16_000_000  # as much as a manifest may hold


class RecordNotUpdated(Exception):
    """The record could not be rewritten; the document was fixed, its record is stale."""


@dataclass(frozen=True, slots=True)
class RecordUpdate:
    """What to write for one fixed document: its bytes, and its record file if separate."""

    document: bytes
    record_path: str | None = None
    record: bytes = b""


def plan_record(path: str, before: bytes, after: bytes, edits: Sequence[Edit]) -> RecordUpdate:
    """The writes that fix a document from `before` to `after` and update its record.

    Front matter is rewritten inside the document's new bytes; a sidecar or
    manifest is a second file, written after the document. No record: nothing
    to update. Reads, never writes.
    """
    old = Document(path, before)
    record = find_record(old)
    if record is None:
        return RecordUpdate(after)
    if record.error is not None:
        raise RecordNotUpdated(f"{record.path}: cannot update the record ({record.error})")
    new = Document(path, after)
    fixes = _fix_entries(edits, text_sha256(old))
    if record.origin == "front matter":
        return RecordUpdate(_rewrite_front_matter(new, after, text_sha256(new), fixes))
    data, entry = _load(record.path, os.path.basename(path) if record.origin == "manifest" else "")
    _update(entry, text_sha256(new), fixes, record.path)
    return RecordUpdate(after, record.path, _dump(data, "\n").encode("utf-8"))


def write_update(path: str, update: RecordUpdate) -> None:
    """Write the document, then its record file: a crash between leaves a stale record,
    which `provenance.checksum-mismatch` reports, never a record that lies."""
    write_atomic(path, update.document)
    if update.record_path is not None:
        write_atomic(update.record_path, update.record)
        forget_manifests()


def _fix_entries(edits: Sequence[Edit], before: str) -> list[dict[str, str]]:
    """One entry per rule, its lines as ranges ("3-3, 7-9"), in the order fixed."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for edit in edits:
        spans = ranges.setdefault(edit.rule, [])
        if spans and edit.first_line <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], edit.last_line))
        else:
            spans.append((edit.first_line, edit.last_line))
    return [
        {
            "rule": rule,
            "lines": ", ".join(f"{a}-{b}" for a, b in sorted(spans)),
            "sha256_before": DoubleQuotedScalarString(before),
        }
        for rule, spans in ranges.items()
    ]


def _update(entry: Any, sha256: str, fixes: list[dict[str, str]], where: str) -> None:
    """Set the record's sha256 (quoted, as records write it) and append the fixes."""
    if not isinstance(entry, dict):
        raise RecordNotUpdated(f"{where}: cannot update the record (not a mapping)")
    entry["sha256"] = DoubleQuotedScalarString(sha256)
    listed = entry.setdefault("fixes", [])
    if not isinstance(listed, list):
        raise RecordNotUpdated(f"{where}: cannot update the record (`fixes` is not a list)")
    listed.extend(fixes)


def _yaml() -> YAML:
    """Round-trip YAML that writes a record back as it was written: quotes, comments,
    `null` spelt out, long values never folded onto a second line."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.representer.add_representer(type(None), _null)
    return yaml


def _null(representer: Any, value: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _load(path: str, name: str) -> tuple[Any, Any]:
    """The parsed record file, and the mapping to update (a manifest's entry `name`)."""
    try:
        source = Path(path).read_text(encoding="utf-8")
        data = yamlsafe.load(_yaml(), source, _MAX_RECORD_CHARS)
    except (OSError, UnicodeDecodeError, YAMLError, ValueError) as err:
        raise RecordNotUpdated(f"{path}: cannot update the record ({err})") from None
    entry = data.get(name) if name and isinstance(data, dict) else data
    return data, entry


def _dump(data: Any, newline: str) -> str:
    buffer = StringIO()
    _yaml().dump(data, buffer)
    return buffer.getvalue().replace("\n", newline)


def _rewrite_front_matter(
    document: Document, raw: bytes, sha256: str, fixes: list[dict[str, str]]
) -> bytes:
    """The document with its front matter's mapping rewritten; fences and text kept.

    The front-matter sha256 is of the bytes after the closing fence, so rewriting
    the block above them never invalidates the digest written into it.
    """
    found = front_matter(document)
    if found is None:
        raise RecordNotUpdated(f"{document.path}: the fix would remove the front matter")
    offsets = line_offsets(raw)
    opening, closing = offsets[1], offsets[found.last_line - 1]
    fence = raw[: offsets[1]]
    newline = "\r\n" if fence.endswith(b"\r\n") else "\r" if fence.endswith(b"\r") else "\n"
    try:
        data = yamlsafe.load(_yaml(), raw[opening:closing].decode("utf-8"), _MAX_RECORD_CHARS)
    except (YAMLError, ValueError) as err:
        raise RecordNotUpdated(f"{document.path}: cannot update the front matter ({err})") from None
    _update(data, sha256, fixes, document.path)
    return raw[:opening] + _dump(data, newline).encode("utf-8") + raw[closing:]
