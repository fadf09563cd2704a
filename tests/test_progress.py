"""Progress bar: on stderr only when it is a terminal and the corpus is large."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from lint.progress import MIN_DOCUMENTS, Progress, bar


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"doc{n:04}.txt").write_text(f"Note {n}: the harbour opened on time.\n")
    return folder


def run_on_pty(args: list[str]) -> tuple[str, str]:
    """Run `lint` with stderr on a pseudo-terminal and stdout on a pipe."""
    main, secondary = pty.openpty()
    entry = "import sys; from lint.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", entry, *args, "--isolated", "--no-cache"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the pty closes (EIO) once the process has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    out = proc.stdout.read().decode() if proc.stdout else ""
    proc.wait()
    os.close(main)
    return out, b"".join(chunks).decode()


def test_bar_on_a_terminal_for_a_large_corpus_never_on_stdout(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", MIN_DOCUMENTS)
    out, err = run_on_pty([str(docs), "--format", "json", "--select", "hygiene"])
    assert f"{MIN_DOCUMENTS}/{MIN_DOCUMENTS} documents" in err
    bar_text, summary = err.rsplit("\r\x1b[K", 1)  # the bar is erased before the summary
    assert "documents," in bar_text and summary.strip() == f"No findings in {MIN_DOCUMENTS} files."
    assert "documents," not in out
    assert json.loads(out)["summary"]["files"] == MIN_DOCUMENTS


def test_silent_for_a_small_corpus_or_a_pipe(tmp_path: Path) -> None:
    small = corpus(tmp_path / "small", 3)
    out, err = run_on_pty([str(small), "--select", "hygiene"])
    assert "in 3 files" in out and "documents," not in err
    stream = io.StringIO()  # not a terminal
    bar_ = Progress(stream)
    bar_(MIN_DOCUMENTS, MIN_DOCUMENTS)
    assert "documents," in stream.getvalue()  # Progress draws; the CLI never builds one here


def test_bar_text() -> None:
    assert bar(50, 200, 10.0) == "[######..................] 50/200 documents, 5/s, 0:30 left"
