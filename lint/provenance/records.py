"""Provenance records: where a document came from, kept beside it or at its top.

A record is a YAML mapping found, in this order of precedence, in
1. front matter: the document starts with a `---` line, the mapping, and a closing
   `---` (or `...`) line;
2. a sidecar file `<document>.meta.yaml` (`story.txt` → `story.txt.meta.yaml`);
3. the folder manifest `_provenance.yaml`: a mapping from file name to record.
Shared by the provenance kinds, the starter-record writer and the publication date.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError

from lint import yamlsafe
from lint.document import Document
from lint.files import MANIFEST_NAME as MANIFEST_NAME
from lint.files import SIDECAR_SUFFIX as SIDECAR_SUFFIX
from lint.finding import Related

FIELDS = (
    "title",
    "author",
    "publisher",
    "source_url",
    "published",
    "retrieved",
    "license",
    "sha256",
)
_FENCE = re.compile(r"---[ \t]*")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_FRONT_MATTER_LINES = 200  # a closing fence further down is not front matter
_MAX_RECORD_BYTES = 1_000_000  # a record (front matter, sidecar) is a few hundred bytes
_MAX_MANIFEST_CHARS = 16_000_000  # a folder manifest: tens of thousands of records
_NOT_MAPPING = "the record is not a YAML mapping"

Origin = Literal["front matter", "sidecar", "manifest"]


class _Constructor(RoundTripConstructor):
    """Round-trip YAML that keeps dates as written: 2025-02-30 is a value to report, not a
    crash, and 2025-06 and 2025-06-25 are read alike."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    return yaml


@dataclass(frozen=True, slots=True)
class RecordField:
    """One value of a record and the 1-based line it is written on in `Record.path`."""

    value: Any
    line: int
    node: Any = None  # the YAML node of a mapping or list value, for positions inside it
    first_line: int = 1  # add to a node's 0-based `lc` line to get the file's line


@dataclass(frozen=True, slots=True)
class Record:
    """A provenance record: its fields, where it lives, or why it cannot be read."""

    origin: Origin
    path: str
    line: int
    fields: dict[str, RecordField] = field(default_factory=dict)
    error: str | None = None

    def value(self, name: str) -> Any:
        """The field's value, or None when the record does not have it."""
        found = self.fields.get(name)
        return None if found is None else found.value


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front-matter block: its last line (the closing fence) and its parsed record."""

    last_line: int
    body_offset: int
    record: Record


def front_matter(document: Document) -> FrontMatter | None:
    """Return the document's front-matter block, or None; computed once per document."""
    return document.memo("front_matter", lambda: _front_matter(document))


def body_start_line(document: Document) -> int:
    """The 1-based line where the text proper starts: 1, or the line after front matter."""
    found = front_matter(document)
    return 1 if found is None else found.last_line + 1


def body_offset(document: Document) -> int:
    """The character offset where the text proper starts (after any front matter)."""
    found = front_matter(document)
    return 0 if found is None else found.body_offset


def find_record(document: Document) -> Record | None:
    """Return the document's record: front matter, else sidecar, else manifest entry."""
    return document.memo("provenance_record", lambda: _find_record(document))


def text_sha256(document: Document) -> str:
    """The sha256 a record must hold: of the file's bytes, or of those after front matter."""
    found = front_matter(document)
    if found is None:
        return hashlib.sha256(document.raw).hexdigest()
    skipped = len(document.text[: found.body_offset].encode("utf-8"))
    skipped += 3 if document.has_bom else 0
    return hashlib.sha256(document.raw[skipped:]).hexdigest()


def place(document: Document, record: Record, line: int) -> tuple[int, int, tuple[Related, ...]]:
    """Where a finding about a record's line goes: that line of front matter, or line 1
    of the document with the record file's line as the related location."""
    if record.origin == "front matter":
        start, end = document.line_span(line)
        return start, end, ()
    return 0, 0, (Related(record.path, line, line, f"{record.origin} record"),)


def sidecar_path(document_path: str) -> str:
    """The sidecar record's path for a document."""
    return document_path + SIDECAR_SUFFIX


def _front_matter(document: Document) -> FrontMatter | None:
    lines = document.lines
    if not lines or not _FENCE.fullmatch(lines[0]):
        return None
    for index in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        if _CLOSE.fullmatch(lines[index]):
            break
    else:
        return None
    source = "\n".join(lines[1:index])
    record = _parse(source, "front matter", document.path, first_line=2)
    if record.error == _NOT_MAPPING or (record.error is None and not source.strip()):
        return None  # horizontal rules around prose, or around nothing
    record = dataclasses.replace(record, line=1)
    end = document.line_starts[index + 1] if index + 1 < len(lines) else len(document.text)
    return FrontMatter(index + 1, end, record)


def _find_record(document: Document) -> Record | None:
    found = front_matter(document)
    if found is not None:
        return found.record
    sidecar = sidecar_path(document.path)
    if os.path.isfile(sidecar):
        return _read_record(sidecar)
    folder, name = os.path.split(document.path)
    manifest = os.path.join(folder, MANIFEST_NAME)
    if os.path.isfile(manifest):
        return _manifest_entry(manifest, os.stat(manifest).st_mtime_ns, name)
    return None


def _read_record(path: str) -> Record:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_RECORD_BYTES + 1)
        if len(raw) > _MAX_RECORD_BYTES:
            return Record("sidecar", path, 1, error="the record is larger than 1 MB")
        source = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return Record("sidecar", path, 1, error=f"cannot read the record: {err}")
    return _parse(source, "sidecar", path, first_line=1)


def forget_manifests() -> None:
    """Drop the parsed manifests, so a manifest just rewritten is read again.

    Why: they are cached by modification time, which a rewrite within the clock's
    resolution may leave unchanged (`--fix` rewrites a manifest and lints again).
    """
    _manifest_entry.cache_clear()
    _load_manifest.cache_clear()


@lru_cache(maxsize=256)
def _manifest_entry(path: str, mtime_ns: int, name: str) -> Record | None:
    """The record for `name` in a folder manifest (cached per manifest version and name)."""
    manifest = _load_manifest(path, mtime_ns)
    if isinstance(manifest, str):
        return Record("manifest", path, 1, error=manifest)
    entry = manifest.get(name)
    if entry is None:
        return None
    line = manifest.lc.key(name)[0] + 1
    if not isinstance(entry, CommentedMap):
        return Record("manifest", path, line, error=f"the entry for {name} is not a mapping")
    return Record("manifest", path, line, _fields(entry, 1))


@lru_cache(maxsize=16)
def _load_manifest(path: str, mtime_ns: int) -> CommentedMap | str:
    """The parsed manifest, or why it cannot be used; parsed once per folder and version."""
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read(_MAX_MANIFEST_CHARS + 1)
        data = yamlsafe.load(_yaml(), source, _MAX_MANIFEST_CHARS)
    except (OSError, UnicodeDecodeError, YAMLError, ValueError, TypeError) as err:
        return f"cannot read the manifest: {_one_line(err)}"
    if not isinstance(data, CommentedMap):
        return "the manifest is not a mapping from file name to record"
    return data


def _parse(source: str, origin: Origin, path: str, first_line: int) -> Record:
    try:
        data = yamlsafe.load(_yaml(), source, _MAX_RECORD_BYTES)
    except yamlsafe.YAMLLimitError as err:
        line = first_line + err.line - 1
        return Record(origin, path, line, error=f"the record is refused: {_one_line(err)}")
    except (YAMLError, ValueError, TypeError) as err:
        return Record(origin, path, first_line, error=f"invalid YAML: {_one_line(err)}")
    if data is None:
        return Record(origin, path, first_line)
    if not isinstance(data, CommentedMap):
        return Record(origin, path, first_line, error=_NOT_MAPPING)
    return Record(origin, path, first_line, _fields(data, first_line))


def _fields(data: CommentedMap, first_line: int) -> dict[str, RecordField]:
    """Plain values by key, with the 1-based line each key is written on."""
    fields = {}
    for key in data:
        line = data.lc.key(key)[0] + first_line
        value = data[key]
        node = value if isinstance(value, (CommentedMap, CommentedSeq)) else None
        fields[str(key)] = RecordField(_plain(value), line, node, first_line)
    return fields


def _plain(value: Any) -> Any:
    """Turn ruamel's round-trip values into str, list, date, number or None."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())
