"""No data loss and no broken reports: --output over an input, atomic writes, file
names that are not UTF-8 or hold newlines, in every format and on a strict stdout."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.hostile.helpers import CHROME, digests, lint_process

Lint = Callable[..., Run]
FORMATS = ("text", "json", "sarif", "github")


@pytest.fixture
def names(tmp_path: Path) -> Path:
    """A corpus whose file names are not UTF-8, hold a newline, a tab and an escape."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (b"bad\xff.txt", b"new\nline.txt", b"tab\there.txt", b"esc\x1b[31m.txt"):
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as out:
            out.write(CHROME + name.hex() + "\n")
    (folder / "plain.txt").write_text(CHROME, encoding="utf-8")
    return folder


def test_output_over_a_linted_document_is_refused(tmp_path: Path, run_lint: Lint) -> None:
    (tmp_path / "seeds").mkdir()
    document = tmp_path / "seeds" / "a.txt"
    document.write_text(CHROME, encoding="utf-8")
    before = document.read_bytes()
    for output in (document, tmp_path / "seeds" / "." / "a.txt"):
        result = run_lint("--isolated", str(tmp_path / "seeds"), "--output", str(output))
        assert result.code == 2
        assert result.err.count("\n") == 1 and "one of the inputs" in result.err
        assert document.read_bytes() == before


def test_output_over_a_record_or_a_linked_input_is_refused(tmp_path: Path, run_lint: Lint) -> None:
    document = tmp_path / "a.txt"
    document.write_text(CHROME, encoding="utf-8")
    record = tmp_path / "a.txt.meta.yaml"
    record.write_text("title: A\n", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(document)
    for output in (record, tmp_path / "link.json"):
        before = digests(tmp_path)
        result = run_lint("--isolated", str(document), "-o", str(output))
        assert result.code == 2 and "one of the inputs" in result.err
        assert digests(tmp_path) == before


def test_output_is_replaced_atomically(
    tmp_path: Path, run_lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(CHROME, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("previous report\n", encoding="utf-8")

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("lint.reporters.json.write", failing)
    result = run_lint("--isolated", str(tmp_path / "a.txt"), "--format", "json", "-o", str(report))
    assert result.code == 2 and "No space left on device" in result.err
    assert report.read_text(encoding="utf-8") == "previous report\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "report.json"]  # no temp file
    monkeypatch.undo()
    result = run_lint("--isolated", str(tmp_path / "a.txt"), "--format", "json", "-o", str(report))
    assert result.code == 1 and json.loads(report.read_text(encoding="utf-8"))["findings"]


def test_output_to_a_device_or_through_a_link_keeps_what_it_names(
    tmp_path: Path, run_lint: Lint
) -> None:
    """`-o /dev/null` must not rename a plain file over the device; a link stays a link."""
    (tmp_path / "a.txt").write_text(CHROME, encoding="utf-8")
    result = run_lint("--isolated", str(tmp_path / "a.txt"), "--format", "json", "-o", os.devnull)
    assert result.code == 1
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    (tmp_path / "reports").mkdir()
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "reports" / "report.json")
    result = run_lint("--isolated", str(tmp_path / "a.txt"), "--format", "json", "-o", str(link))
    assert result.code == 1 and link.is_symlink()
    assert json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_strange_file_names_in_every_format(names: Path, fmt: str, tmp_path: Path) -> None:
    """Valid UTF-8 on a strict stdout, one line per finding, every file reported."""
    before = digests(names)
    result = lint_process(
        "--isolated", "--select", "boilerplate.web-chrome", "--format", fmt, ".",
        cwd=names, env={"PYTHONIOENCODING": "utf-8:strict"},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8")  # strict: raises on a stray byte
    shown = {r"bad\xff.txt", r"new\nline.txt", r"tab\there.txt", r"esc\x1b[31m.txt", "plain.txt"}
    if fmt == "text":
        lines = out.splitlines()
        assert len(lines) == 6 and lines[-1].startswith("Found 5 findings")
        assert {line.split(":", 1)[0] for line in lines[:-1]} == shown
    elif fmt == "github":
        assert len(out.splitlines()) == 5 and "file=new%0Aline.txt," in out
    elif fmt == "json":
        paths = {f["path"] for f in json.loads(out)["findings"]}
        assert paths == {
            r"bad\xff.txt",
            "new\nline.txt",
            "tab\there.txt",
            "esc\x1b[31m.txt",
            "plain.txt",
        }
    else:
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(out)["runs"][0]["results"]
        }
        assert uris == {
            "bad%FF.txt",
            "new%0Aline.txt",
            "tab%09here.txt",
            "esc%1B%5B31m.txt",
            "plain.txt",
        }
    # the same report through --output, byte for byte
    report = tmp_path / f"report.{fmt}"
    again = lint_process(
        "--isolated", "--select", "boilerplate.web-chrome", "--format", fmt, ".", "-o", str(report),
        cwd=names,
    )  # fmt: skip
    assert again.returncode == 1 and report.read_bytes() == result.stdout
    assert digests(names) == before
