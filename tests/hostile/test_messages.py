"""Right messages: UTF-16, a late NUL, FIFOs and devices, unlistable folders, no files."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lint.document import Document
from tests.conftest import Run

Lint = Callable[..., Run]


def _unreadable(result: Run) -> dict[str, str]:
    found = json.loads(result.out)["findings"]
    return {f["path"]: f["message"] for f in found if f["rule"] == "hygiene.unreadable-file"}


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-16", "UTF-16 text (little-endian), not UTF-8; convert it"),
        ("utf-16-be", "UTF-16 text (UTF-16BE, no byte-order mark)"),
        ("utf-16-le", "UTF-16 text (UTF-16LE, no byte-order mark)"),
        ("utf-32", "UTF-32 text"),
    ],
)
def test_utf16_is_called_utf16(encoding: str, expected: str) -> None:
    raw = "The council met on Monday and voted.\n".encode(encoding)
    error = Document("a.txt", raw).error
    assert error is not None and error.startswith(expected) and "iconv" in error


def test_a_nul_after_the_first_8_kib_is_reported() -> None:
    raw = b"The council met on Monday.\n" * 1000 + b"tail\x00end\n"
    assert Document("a.txt", raw).error == (
        "a NUL byte at line 1001 (offset 27004), after 27,004 bytes of text: "
        "binary data or a damaged file; not linted"
    )
    assert Document("a.txt", b"Plain text.\n" * 1000).error is None


def test_a_fifo_and_dev_null_on_the_command_line_say_what_they_are(
    tmp_path: Path, run_lint: Lint
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text("Text.\n", encoding="utf-8")
    result = run_lint(
        "--isolated",
        "--select",
        "hygiene",
        "--format",
        "json",
        str(fifo),
        os.devnull,
        str(tmp_path / "ok.txt"),
    )  # fmt: skip  (a FIFO opened for reading would block this test forever)
    assert _unreadable(result) == {
        str(fifo): "a named pipe (FIFO), not a file; not read",
        os.devnull: "a character device (such as /dev/null), not a file; not read",
    }
    assert json.loads(result.out)["summary"]["files"] == 3


def test_a_fifo_inside_a_folder_is_reported_not_skipped(tmp_path: Path, run_lint: Lint) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_lint("--isolated", "--select", "hygiene", "--format", "json", str(tmp_path))
    assert list(_unreadable(result)) == [f"{tmp_path}/pipe.txt"]


def test_a_folder_that_cannot_be_listed_is_reported(
    tmp_path: Path, run_lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Hidden.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Text.\n", encoding="utf-8")
    scandir, listdir = os.scandir, os.listdir

    def refuse(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any = ".") -> Any:
            if os.fspath(path).rstrip("/").endswith("locked"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        return call

    # NOTE: as root (CI) chmod 000 does not stop listing, so the refusal is simulated.
    monkeypatch.setattr(os, "scandir", refuse(scandir))
    monkeypatch.setattr(os, "listdir", refuse(listdir))
    result = run_lint("--isolated", "--select", "hygiene", "--format", "json", str(tmp_path))
    assert _unreadable(result) == {
        f"{tmp_path}/locked": "cannot list this folder (Permission denied); "
        "its files were not linted"
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_a_folder_without_permissions_is_reported(tmp_path: Path, run_lint: Lint) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = run_lint("--isolated", "--select", "hygiene", "--format", "json", str(tmp_path))
    finally:
        locked.chmod(0o755)
    assert "cannot list this folder" in _unreadable(result)[f"{tmp_path}/locked"]


@pytest.mark.parametrize("how", ["empty folder", "all excluded"])
def test_linting_no_file_says_so_and_exits_2(tmp_path: Path, run_lint: Lint, how: str) -> None:
    args = ["--isolated", str(tmp_path)]
    if how == "all excluded":
        (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
        args += ["--exclude", "*"]
    result = run_lint(*args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"lint: no files to lint in {tmp_path}")
