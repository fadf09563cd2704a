"""Acceptance: one corpus holding every hostile case at once.

The run exits 0 or 1, reports each bad file once with a clear message, lints every
good file, writes nothing into the corpus, and leaves every document byte-identical.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.hostile.helpers import CHROME, digests, lint_process


def _bomb() -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    return "\n".join(lines) + "\n"


def _hostile_corpus(root: Path) -> tuple[Path, dict[str, str]]:
    """The corpus, and the message fragment expected for each bad file (by shown path)."""
    folder = root / "corpus"
    (folder / "sub").mkdir(parents=True)
    write = {
        "good-1.txt": CHROME,
        "sub/good-2.txt": "A second, ordinary document.\n",
        "utf16.txt": "Text saved as UTF-16.\n".encode("utf-16"),
        "latin1.txt": "Caf\xe9 au lait.\n".encode("latin-1"),
        "late-nul.txt": b"Plain text.\n" * 2000 + b"\x00\n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "front-bomb.txt": f"---\ntitle: T\n{_bomb()}---\nThe body.\n",
        "sidecar-bomb.txt": "A document whose record is a bomb.\n",
        "sidecar-bomb.txt.meta.yaml": _bomb(),
        "long-line.txt": ("word " * 40_000) + "\n",
        "crlf-mixed.txt": "one\r\ntwo\nthree\r",
    }
    for name, content in write.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    with open(os.path.join(os.fsencode(folder), b"name\xff\nodd.txt"), "wb") as out:
        out.write(CHROME.encode())
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expected = {
        "utf16.txt": "UTF-16 text",
        "latin1.txt": "not valid UTF-8",
        "late-nul.txt": "a NUL byte at line 2001",
        "image.txt": "a PNG image",
        "pipe.txt": "a named pipe (FIFO)",
        "dangling.txt": "cannot read file",
        "front-bomb.txt": "alias bomb",
        "sidecar-bomb.txt": "alias bomb",
        "long-line.txt": "text too long to check whole",
    }
    return folder, expected


def test_every_hostile_case_at_once(tmp_path: Path) -> None:
    folder, expected = _hostile_corpus(tmp_path)
    before = digests(folder)
    report = tmp_path / "report.json"
    result = lint_process(
        "--isolated", "-j", "2", "--format", "json", "--output", str(report), ".", cwd=folder
    )
    assert result.returncode in (0, 1), result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().count("\n") == 1  # the summary line, nothing else
    data = json.loads(report.read_text(encoding="utf-8"))
    findings = data["findings"]
    assert data["summary"]["files"] == 13  # every file but the sidecar record
    for path, fragment in expected.items():
        matching = [f for f in findings if f["path"] == path and fragment in f["message"]]
        assert len(matching) == 1, (path, [f["message"] for f in findings if f["path"] == path])
    unreadable = [f["path"] for f in findings if f["rule"] == "hygiene.unreadable-file"]
    assert sorted(unreadable) == sorted(set(unreadable))  # once per file
    chrome = {f["path"] for f in findings if f["rule"] == "boilerplate.web-chrome"}
    assert chrome == {"good-1.txt", "name\\xff\\nodd.txt".replace("\\n", "\n")}
    assert any(f["path"] == "crlf-mixed.txt" for f in findings)
    assert digests(folder) == before  # byte-identical, and nothing written inside
    again = lint_process("--isolated", "--format", "json", ".", cwd=folder)
    assert json.loads(again.stdout)["findings"] == findings  # same with one process, no file
