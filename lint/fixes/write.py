"""Writing fixed files: atomically, never through symlinks or to odd files."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML

from lint.fixes.model import Edit
from lint.provenance.records import sidecar_path


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


def update_sidecar(path: str, before: bytes, after: bytes, edits: Sequence[Edit]) -> bool:
    """Record the new sha256 and the fixes in the document's sidecar, if it has one."""
    sidecar = Path(sidecar_path(path))
    if not sidecar.is_file() or sidecar.is_symlink():
        return False
    yaml = YAML()
    yaml.preserve_quotes = True
    data = yaml.load(sidecar.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        return False
    old = hashlib.sha256(before).hexdigest()
    data["sha256"] = hashlib.sha256(after).hexdigest()
    fixes = data.setdefault("fixes", [])
    for edit in edits:
        fixes.append(
            {
                "rule": edit.rule,
                "lines": f"{edit.first_line}-{edit.last_line}",
                "sha256_before": old,
            }
        )
    buffer = StringIO()
    yaml.dump(data, buffer)
    write_atomic(str(sidecar), buffer.getvalue().encode("utf-8"))
    return True
