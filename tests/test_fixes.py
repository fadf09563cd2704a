"""Acceptance tests of `--fix` and `--diff` on a copy of the seeds."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from lint.cli import main
from lint.fixes.model import line_offsets

SEEDS = Path(__file__).parent.parent / "seeds"
DOC = "004_79bd4435c0f0e9a8.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_diff_writes_nothing(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(corpus)
    main([str(corpus), "--diff", "--select", "boilerplate.foreign-tail", "--no-cache"])
    out = capsys.readouterr().out
    assert f"+++ b/{corpus / DOC}" in out
    assert any(line.startswith("-") and not line.startswith("---") for line in out.splitlines())
    assert _snapshot(corpus) == before


def test_fix_cuts_tail_and_updates_sidecar(corpus: Path) -> None:
    doc = corpus / DOC
    head = doc.read_bytes().splitlines(keepends=True)[:40]
    main([str(corpus), "--fix", "--select", "boilerplate.foreign-tail", "--no-cache"])
    fixed = doc.read_bytes()
    assert fixed.splitlines(keepends=True)[:40] == head
    sidecar = (corpus / (DOC + ".meta.yaml")).read_text(encoding="utf-8")
    assert hashlib.sha256(fixed).hexdigest() in sidecar
    assert "boilerplate.foreign-tail" in sidecar
    code = main(
        [
            str(doc),
            "--select",
            "provenance.checksum-mismatch,boilerplate.foreign-tail",
            "--no-cache",
            "--fail-on",
            "info",
        ]
    )
    assert code == 0


def test_final_newline_keeps_crlf(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"\xef\xbb\xbfFirst line of an invented note.\r\nSecond line")
    main([str(doc), "--fix", "--select", "hygiene.final-newline", "--no-cache"])
    assert doc.read_bytes() == b"\xef\xbb\xbfFirst line of an invented note.\r\nSecond line\r\n"


def test_fix_refuses_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"no newline here")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    main([str(link), "--fix", "--select", "hygiene.final-newline", "--no-cache"])
    assert real.read_bytes() == b"no newline here"


def test_plain_lint_writes_nothing(corpus: Path) -> None:
    before = _snapshot(corpus)
    main([str(corpus), "--no-cache", "--unsafe-fixes"])
    assert _snapshot(corpus) == before


def test_line_offsets_break_where_documents_do() -> None:
    # LF, CRLF and a bare CR each end a line, as Document counts them.
    assert line_offsets(b"a\nb\r\nc\rd") == [0, 2, 5, 7, 8]
    assert line_offsets(b"a\n") == [0, 2]
