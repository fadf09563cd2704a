"""Unchanged files are known by their `stat` and never read again; changed ones always are.

Why (issue 13): a warm pre-commit run must not read and hash every file of the corpus,
yet a file changed since the last run must never be taken for the old one, even when
its size is the same or it changed within the clock's granularity (git's racy case).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint import filestate
from lint.cache import ExtractCache
from lint.engine import lint
from lint.schema import Rule
from tests.file_reads import OLD_NS, count_reads, write_old


@pytest.fixture
def dup_rule(shipped_rules: list[Rule]) -> Rule:
    return next(r for r in shipped_rules if r.id == "hygiene.duplicate-file")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return count_reads(monkeypatch)


def corpus(tmp_path: Path) -> tuple[str, list[str]]:
    write_old(tmp_path / "a.txt", "The same text.\n")
    write_old(tmp_path / "b.txt", "Other words...\n")
    write_old(tmp_path / "c.txt", "Third one here.\n")
    return str(tmp_path / "a.txt"), [str(tmp_path / "b.txt"), str(tmp_path / "c.txt")]


def test_unchanged_corpus_files_are_not_read(
    tmp_path: Path, dup_rule: Rule, reads: list[str]
) -> None:
    target, others = corpus(tmp_path)
    lint([target, *others], [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    reads.clear()
    lint([target], [dup_rule], others, cache=ExtractCache(tmp_path / "cache"))
    assert reads == ["a.txt"]  # the target is checked; the corpus is known by its stat


def test_a_change_of_the_same_size_is_seen(
    tmp_path: Path, dup_rule: Rule, reads: list[str]
) -> None:
    target, others = corpus(tmp_path)
    lint([target, *others], [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    assert len((tmp_path / "b.txt").read_bytes()) == len(b"The same text.\n")
    (tmp_path / "b.txt").write_text("The same text.\n", encoding="utf-8")  # same size
    reads.clear()
    cached = lint([target], [dup_rule], others, cache=ExtractCache(tmp_path / "cache"))
    assert "b.txt" in reads
    assert cached.findings == lint([target], [dup_rule], others).findings
    assert [f.path for f in cached.findings] == [target]


def test_a_record_taken_within_the_granularity_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    write_old(path, "Text.\n")
    state = filestate.state_of(str(path))
    assert state is not None
    digest = filestate.content_digest(path.read_bytes())
    later = OLD_NS + 10 * filestate.RACY_NS
    assert filestate.unchanged(filestate.pack(state, later, digest), state) == digest
    racy = OLD_NS + filestate.RACY_NS // 2
    assert filestate.unchanged(filestate.pack(state, racy, digest), state) is None
    touched = filestate.FileState(
        state.device, state.inode, state.size, state.mtime_ns, state.ctime_ns + 1
    )
    assert filestate.unchanged(filestate.pack(state, later, digest), touched) is None


def test_a_racy_file_is_hashed_again(tmp_path: Path, dup_rule: Rule, reads: list[str]) -> None:
    target, others = corpus(tmp_path)
    (tmp_path / "c.txt").write_text("Third one here.\n", encoding="utf-8")  # written just now
    lint([target, *others], [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    reads.clear()
    lint([target], [dup_rule], others, cache=ExtractCache(tmp_path / "cache"))
    assert sorted(reads) == ["a.txt", "c.txt"]
