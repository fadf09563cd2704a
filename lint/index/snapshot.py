"""The corpus as a run that saw all of it recorded it: every file's record, sealed as one.

A warm pre-commit run used to look up and verify one record per corpus file. The
snapshot holds the same records (`lint.filestate`: device, inode, size, times and
the digest of the bytes) for the whole corpus in one payload, so it is read and
verified once; each file is still compared with its own record, by `stat`, and
one that differs (or is racy, new, or gone) is left to the ordinary path.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from lint import filestate

_MAGIC = b"SLS1"
_HEAD = struct.Struct("<4sII")  # magic, files, bytes of the NUL-joined paths


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Path keys in sorted order (`lint.filestate.path_key`) and their records, back to back.

    `ident` is the digest of the payload: every index row names the snapshot it
    was built with, so rows of another snapshot are never read as this one's.
    """

    paths: tuple[bytes, ...]
    records: bytes
    ident: bytes

    def record(self, doc: int) -> bytes:
        """The record of document `doc` (its position in `paths`)."""
        size = filestate.RECORD_BYTES
        return self.records[doc * size : (doc + 1) * size]


@dataclass
class Comparison:
    """How the files of a run stand against a snapshot.

    `unchanged`: files as recorded, by path, with their document number and digest.
    `fresh`: files to lint the ordinary way (targets, and files changed or new).
    `dirty`: documents of the snapshot whose recorded version is not in this run
    (targets, changed or removed files), with their recorded digest.
    """

    unchanged: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    fresh: list[str] = field(default_factory=list)
    dirty: dict[int, bytes] = field(default_factory=dict)


def encode(records: Sequence[tuple[bytes, bytes]]) -> bytes:
    """The payload of a snapshot of `(path key, record)` pairs; malformed records left out."""
    kept = sorted(
        (path, record)
        for path, record in records
        if len(record) == filestate.RECORD_BYTES and b"\0" not in path
    )
    paths = b"\0".join(path for path, _ in kept)
    return _HEAD.pack(_MAGIC, len(kept), len(paths)) + paths + b"".join(r for _, r in kept)


def decode(payload: bytes) -> Snapshot | None:
    """The snapshot in a verified payload, or None when it is not one."""
    if len(payload) < _HEAD.size:
        return None
    magic, count, size = _HEAD.unpack_from(payload)
    body = payload[_HEAD.size :]
    if magic != _MAGIC or len(body) != size + count * filestate.RECORD_BYTES:
        return None
    paths = tuple(body[:size].split(b"\0")) if count else ()
    if len(paths) != count or list(paths) != sorted(set(paths)):
        return None  # not one sorted entry per file
    return Snapshot(paths, body[size:], ident(payload))


def ident(payload: bytes) -> bytes:
    """The digest that names a snapshot payload."""
    return hashlib.blake2b(payload, digest_size=16, person=b"seedlint-snap").digest()


def compare(
    snapshot: Snapshot, files: Sequence[str], names: Sequence[bytes], targets: Collection[str]
) -> Comparison:
    """Sort the files of a run (`names`: their path keys) into unchanged and fresh, and
    find the dirty documents."""
    position = {path: doc for doc, path in enumerate(snapshot.paths)}
    found = Comparison()
    for path, name in zip(files, names, strict=True):
        doc = position.pop(name, None)
        if doc is None:
            found.fresh.append(path)
            continue
        record = snapshot.record(doc)
        state = None if path in targets else filestate.state_of(path)
        digest = filestate.unchanged(record, state) if state is not None else None
        if digest is None:
            found.fresh.append(path)
            found.dirty[doc] = record[-filestate.DIGEST_BYTES :]
        else:
            found.unchanged[path] = (doc, digest)
    for doc in position.values():
        found.dirty[doc] = snapshot.record(doc)[-filestate.DIGEST_BYTES :]
    return found
