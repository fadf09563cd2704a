"""Tell an unchanged file by what `stat` says of it, before reading or hashing it.

A warm pre-commit run reads the whole corpus for the corpus kinds, yet nearly every
file is as it was on the last run. Like git's index, the cache keeps each file's
device, inode, size, modification and change times and the digest of its bytes:
when all five match, the file is taken as unchanged and its extracts are found by
the recorded digest, without opening it. When any differs, the file is read and
hashed again (a `touch` costs one hash; a change with the same size is caught by
the times).

The racy case is git's: a file changed within the timestamp granularity of the
moment it was recorded could keep its size and times. So a record is trusted only
when the file's modification time is older than the recording by more than
`RACY_NS` (any write sets it, and the change time with it); a file written just
before or during the run is hashed again on the next run, and its record renewed.
What remains is the limit git documents too: a change that keeps the size and both
times (a clock set back, a file system that keeps no change time, as on Windows
where `st_ctime` is the creation time) looks unchanged until `--no-cache`.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
from dataclasses import dataclass

RACY_NS = 2_000_000_000  # coarsest common timestamp granularity (FAT: 2 s)
DIGEST_BYTES = 32
_PACKED = struct.Struct("<QQQqqq")  # device, inode, size, mtime, ctime, recorded (ns)
RECORD_BYTES = _PACKED.size + DIGEST_BYTES


@dataclass(frozen=True, slots=True)
class FileState:
    """What `os.stat` says of a regular file: the fields git's index compares."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int


def state_of(path: str) -> FileState | None:
    """The state of a regular file, or None (missing, not a regular file, unreadable)."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return FileState(
        found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns
    )


def content_digest(raw: bytes) -> bytes:
    """The digest that names a file's bytes in the cache (one hash per read file)."""
    return hashlib.blake2b(raw, digest_size=DIGEST_BYTES).digest()


def path_key(path: str) -> bytes:
    """The absolute path as bytes: the same file named from another folder is one row."""
    return os.fsencode(os.path.abspath(path))


def pack(state: FileState, recorded_ns: int, digest: bytes) -> bytes:
    """A file's record: its state, when it was taken, and the digest of its bytes."""
    fields = (state.device, state.inode, state.size, state.mtime_ns, state.ctime_ns)
    return _PACKED.pack(*fields, recorded_ns) + digest


def unchanged(record: bytes, state: FileState) -> bytes | None:
    """The recorded digest when `state` matches the record and is not racy, else None."""
    if len(record) != RECORD_BYTES:
        return None
    *fields, recorded_ns = _PACKED.unpack_from(record)
    now = (state.device, state.inode, state.size, state.mtime_ns, state.ctime_ns)
    if tuple(fields) != now:
        return None
    if state.mtime_ns >= recorded_ns - RACY_NS:
        return None  # racily clean: it may have changed within the clock's granularity
    return record[_PACKED.size :]
