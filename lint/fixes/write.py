"""Writing fixed files: atomically, never through symlinks or to odd files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class FixRefused(OSError):
    """A file the fixer will not write: a symlink or not a regular file."""


def write_atomic(path: str, data: bytes) -> None:
    """Write via a temp file in the same folder, fsync, rename; keep the file's mode.

    Why: a crash mid-write must leave either the old or the new file, never half.
    """
    target = Path(path)
    if target.is_symlink() or not target.is_file():
        raise FixRefused(f"{path}: not a regular file; not fixed")
    mode = target.stat().st_mode & 0o7777
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
