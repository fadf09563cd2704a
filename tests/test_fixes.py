"""Acceptance tests of `--fix` and `--diff` on a copy of the seeds."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

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


# An invented article: the fixes below plant a defect in it and must give it back.
ARTICLE = (
    "Harbour town opens a new ferry route\n"
    "\n"
    "The council said on Monday that a ferry will cross the bay twice a day.\n"
    "Tickets go on sale next week, and the first crossing is planned for spring.\n"
)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fix(path: Path, *more: str) -> int:
    return main([str(path), "--fix", "--no-cache", "--isolated", *more])


def test_front_matter_gets_the_digest_of_the_text_after_it(tmp_path: Path) -> None:
    body = "Skip to main content\n" + ARTICLE
    head = f'---\ntitle: "Ferry"  # kept as written\nsha256: "{_sha(body.encode())}"\n---\n'
    doc = tmp_path / "ferry.txt"
    doc.write_text(head + body, encoding="utf-8")
    _fix(doc, "--select", "boilerplate.web-chrome")
    text = doc.read_text(encoding="utf-8")
    assert text.endswith("---\n" + ARTICLE)
    assert "# kept as written" in text
    record = YAML(typ="safe").load(text.split("---\n")[1])
    assert record["sha256"] == _sha(ARTICLE.encode())
    assert record["fixes"] == [
        {"rule": "boilerplate.web-chrome", "lines": "5-5", "sha256_before": _sha(body.encode())}
    ]
    assert not (tmp_path / "ferry.txt.meta.yaml").exists()
    assert _checksum_silent(doc)


def test_front_matter_keeps_crlf(tmp_path: Path) -> None:
    body = ARTICLE.rstrip("\n").replace("\n", "\r\n")
    head = f'---\ntitle: "Ferry"\nsha256: "{_sha(body.encode())}"\n---\n'.replace("\n", "\r\n")
    doc = tmp_path / "ferry.txt"
    doc.write_bytes((head + body).encode())
    _fix(doc, "--select", "hygiene.final-newline")
    raw = doc.read_bytes()
    assert raw.endswith(body.encode() + b"\r\n")
    assert b"\r\nfixes:\r\n- rule: hygiene.final-newline\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert _checksum_silent(doc)


def test_manifest_entry_is_updated_and_its_neighbours_kept(tmp_path: Path) -> None:
    doc = tmp_path / "ferry.txt"
    doc.write_text("Skip to main content\n\n" + ARTICLE, encoding="utf-8")
    manifest = tmp_path / "_provenance.yaml"
    neighbour = 'other.txt:\n  title: "Another"  # untouched\n  sha256: null\n'
    manifest.write_text(
        f'ferry.txt:\n  title: "Ferry"\n  sha256: "{_sha(doc.read_bytes())}"\n{neighbour}',
        encoding="utf-8",
    )
    before = _sha(doc.read_bytes())
    _fix(doc, "--select", "boilerplate.web-chrome")
    assert doc.read_text(encoding="utf-8") == ARTICLE
    text = manifest.read_text(encoding="utf-8")
    assert text.endswith(neighbour)
    entry = YAML(typ="safe").load(text)["ferry.txt"]
    assert entry["sha256"] == _sha(ARTICLE.encode())
    assert entry["fixes"][0]["sha256_before"] == before
    assert _checksum_silent(doc)


def _checksum_silent(doc: Path) -> bool:
    selected = ["--select", "provenance.checksum-mismatch", "--fail-on", "info"]
    return main([str(doc), *selected, "--no-cache", "--isolated"]) == 0


def test_rule_switch_turns_its_fix_off(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).parent.parent / "rules" / "boilerplate" / "web-chrome.yaml"
    rules = tmp_path / "rules" / "boilerplate"
    rules.mkdir(parents=True)
    (rules / "web-chrome.yaml").write_text(
        shipped.read_text(encoding="utf-8") + "fix: false\n", encoding="utf-8"
    )
    doc = tmp_path / "ferry.txt"
    doc.write_text("Skip to main content\n\n" + ARTICLE, encoding="utf-8")
    switch = ["--rules", str(tmp_path / "rules"), "--select", "boilerplate.web-chrome"]
    capsys.readouterr()
    code = main([str(doc), "--show-fixes", "--no-cache", "--isolated", *switch])
    assert (code, capsys.readouterr().out) == (0, "0 fixes in 0 files\n")
    _fix(doc, *switch)
    assert doc.read_text(encoding="utf-8") == "Skip to main content\n\n" + ARTICLE


def test_show_fixes_lists_and_writes_nothing(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(corpus)
    capsys.readouterr()
    code = main([str(corpus), "--show-fixes", "--no-cache"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{corpus / DOC}:41-58: boilerplate.foreign-tail (safe)\n" in out
    rows = [line for line in out.splitlines() if line.startswith(str(corpus))]
    assert out.splitlines()[-1].startswith(f"{len(rows)} fixes in ")
    assert _snapshot(corpus) == before


def test_pitch_fused_into_a_long_paragraph_is_unsafe(tmp_path: Path) -> None:
    long_line = "The council met. " * 25 + "Sign up for our newsletter to read more.\n"
    doc = tmp_path / "ferry.txt"
    doc.write_text(ARTICLE + long_line, encoding="utf-8")
    _fix(doc, "--select", "boilerplate.subscription-pitch")
    assert doc.read_text(encoding="utf-8") == ARTICLE + long_line
    _fix(doc, "--select", "boilerplate.subscription-pitch", "--unsafe-fixes")
    assert doc.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize(
    ("planted", "fixed"),
    [
        # Cut from between blank lines: one blank line stays.
        ("A.\n\nSkip to content\n\nB.\n", "A.\n\nB.\n"),
        # Cut from between two paragraph lines: nothing else goes.
        ("A.\nSkip to content\nB.\n", "A.\nB.\n"),
        # Cut from the end: the blank lines before it go too.
        ("A.\n\nSkip to content\n", "A.\n"),
        # Two cuts that touch are one run: the blank line after them goes.
        ("Skip to content\nFacebook\nTwitter\n\nA.\n", "A.\n"),
    ],
)
def test_whole_line_cuts_keep_blank_lines_sensible(
    tmp_path: Path, planted: str, fixed: str
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(planted, encoding="utf-8")
    _fix(doc, "--select", "boilerplate.web-chrome,boilerplate.social-links")
    assert doc.read_text(encoding="utf-8") == fixed


def test_line_endings_follow_the_rules_expectation(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "hygiene"
    rules.mkdir(parents=True)
    shipped = Path(__file__).parent.parent / "rules" / "hygiene" / "line-endings.yaml"
    text = shipped.read_text(encoding="utf-8")
    (rules / "line-endings.yaml").write_text(text + "params:\n  expect: crlf\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"one\r\ntwo\nthree\rfour\n")
    _fix(doc, "--rules", str(tmp_path / "rules"), "--select", "hygiene.line-endings")
    assert doc.read_bytes() == b"one\r\ntwo\r\nthree\r\nfour\r\n"


def test_mixed_line_endings_take_the_most_common(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_bytes("één\r\ntwo\nthree\nfour\r".encode())
    _fix(doc, "--select", "hygiene.line-endings")
    assert doc.read_bytes() == "één\ntwo\nthree\nfour\n".encode()


def test_diff_marks_a_missing_final_newline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(ARTICLE.rstrip("\n"), encoding="utf-8")
    capsys.readouterr()
    main([str(doc), "--diff", "--select", "hygiene.final-newline", "--no-cache", "--isolated"])
    assert "\\ No newline at end of file\n+Tickets go on sale" in capsys.readouterr().out


def test_unreadable_record_leaves_the_document_unfixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "ferry.txt"
    planted = "Skip to main content\n\n" + ARTICLE
    doc.write_text(planted, encoding="utf-8")
    (tmp_path / "ferry.txt.meta.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    _fix(doc, "--select", "boilerplate.web-chrome")
    assert doc.read_text(encoding="utf-8") == planted
    assert "cannot update the record" in capsys.readouterr().err


def test_show_fixes_counts_unsafe_fixes_it_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = ARTICLE.splitlines(keepends=True)[0]
    doc = tmp_path / "a.txt"
    doc.write_text("Skip to content\n" + title + ARTICLE, encoding="utf-8")
    capsys.readouterr()
    main([str(doc), "--show-fixes", "--no-cache", "--isolated"])
    out = capsys.readouterr().out
    assert f"{doc}:1: boilerplate.web-chrome (safe)\n" in out
    assert "repeated-title" not in out
    assert out.endswith("1 fix in 1 file; 1 unsafe with --unsafe-fixes\n")
    main([str(doc), "--show-fixes", "--unsafe-fixes", "--no-cache", "--isolated"])
    assert f"{doc}:2: boilerplate.repeated-title (unsafe)\n" in capsys.readouterr().out
