"""Where a report goes: standard output, or a file replaced atomically, and what a
failing stream means.

A report file is written to a temporary file beside it and renamed over it only when
complete, so an interrupted or failed run never leaves half a report, and a report
is never written over a file the run reads (a linted document, its record, a rule
file, the configuration). A reader that goes away (`lint … | head`) ends the run
quietly; a stream that cannot be written (a full disk) is one message and exit 2.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from typing import TextIO


class OutputError(Exception):
    """The report could not be written (exit code 2, one message)."""


class ReaderGone(Exception):
    """Standard output was closed by its reader (a broken pipe): stop writing, quietly."""


def check_not_an_input(output: str, inputs: Iterable[str]) -> None:
    """Refuse to write the report over a file the run reads."""
    target = os.path.realpath(output)
    if os.path.isdir(target):
        raise OutputError(f"--output {output} is a folder; give a file name")
    for path in inputs:
        if os.path.realpath(path) == target:
            raise OutputError(
                f"--output {output} is one of the inputs ({path}); "
                "the report would overwrite it, so nothing was written"
            )


def write_file(output: str, write: Callable[[TextIO], None]) -> None:
    """Write the report to a temporary file in the same folder, then rename it over `output`.

    A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written as it is: renaming
    over it would replace the device with a plain file. A symbolic link keeps pointing
    where it did: the file it names is the one replaced.
    """
    target = os.path.realpath(output)
    if os.path.exists(target) and not stat.S_ISREG(os.stat(target).st_mode):
        _write_in_place(output, target, write)
        return
    _write_replacing(output, target, write)


def _write_in_place(output: str, target: str, write: Callable[[TextIO], None]) -> None:
    try:
        with open(target, "w", encoding="utf-8", errors="backslashreplace") as out:
            write(out)
    except OSError as err:
        raise OutputError(f"cannot write {output}: {err.strerror or err}") from None


def _write_replacing(output: str, target: str, write: Callable[[TextIO], None]) -> None:
    folder = os.path.dirname(target)
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(output)}.", suffix=".tmp"
        )
    except OSError as err:
        raise OutputError(f"cannot write {output}: {err.strerror or err}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as err:
        raise OutputError(f"cannot write {output}: {err.strerror or err}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def write_stdout(write: Callable[[TextIO], None]) -> None:
    """Write the report to standard output; ReaderGone or OutputError when it fails."""
    out = sys.stdout
    with contextlib.suppress(AttributeError, ValueError):
        # Reporters escape what they print; this only guards a strict ASCII or UTF-8 stdout.
        out.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        write(out)
        out.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise ReaderGone() from None
    except OSError as err:
        _silence_stdout()
        raise OutputError(
            f"cannot write the report to standard output: {err.strerror or err}"
        ) from None


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush cannot fail too."""
    try:
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, sys.stdout.fileno())
        os.close(descriptor)
    except (OSError, ValueError, AttributeError):
        return  # not a real file (a test's capture): nothing will flush it at exit


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
