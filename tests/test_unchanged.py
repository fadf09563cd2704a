"""Bulk reads of a warm cache: what they read must be what the per-file path would read.

Why (issue 13): a warm pre-commit run reads the records and extracts of all unchanged
corpus files in a few queries (`lint.unchanged`). That must never take a changed,
removed or racy file for the old one, nor trust an entry that fails its check, and
its findings must be those of a run without any cache.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from lint import filestate
from lint.cache import FILE_NAME, ExtractCache, entry_key, rule_key
from lint.checks import KINDS
from lint.engine import lint
from lint.extracts import summary_codec
from lint.finding import Finding
from lint.schema import Rule
from tests.file_reads import OLD_NS, count_reads, write_old

STORY = (
    "Trade report\n\nIn 2023, trade between Norway and Chile reached ${volume} billion, "
    "the ministry said.\n\nShipping lines added three new routes.\n"
)
OTHER = "Notes {number}\n\nThe library opened a reading room on {day} and lent {count} books.\n"


@pytest.fixture
def corpus_rules(shipped_rules: list[Rule]) -> list[Rule]:
    return [r for r in shipped_rules if KINDS[r.kind].SCOPE == "corpus"]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return count_reads(monkeypatch)


def make_corpus(folder: Path) -> list[str]:
    """Five documents; a.txt and b.txt disagree on one figure."""
    texts = {
        "a": STORY.format(volume=41),
        "b": STORY.format(volume=14),
        "c": OTHER.format(number=1, day="Monday", count="few"),
        "d": OTHER.format(number=2, day="Friday", count="many"),
        "e": OTHER.format(number=3, day="Sunday", count="some"),
    }
    paths = []
    for name, text in texts.items():
        write_old(folder / f"{name}.txt", text)
        paths.append(str(folder / f"{name}.txt"))
    return paths


def _digest(path: Path) -> bytes:
    return filestate.content_digest(path.read_bytes())


def cold(target: str, others: list[str], rules: list[Rule]) -> list[Finding]:
    return lint([target], rules, others).findings


def test_a_warm_focused_run_looks_up_no_corpus_file_on_its_own(
    tmp_path: Path, corpus_rules: list[Rule], reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, *others = make_corpus(tmp_path)
    lint([target, *others], corpus_rules, cache=ExtractCache(tmp_path / "cache"))
    lookups: list[str] = []
    for name in ("get", "recorded"):
        original = getattr(ExtractCache, name)

        def counted(self: ExtractCache, key: bytes, _o=original, _n=name) -> bytes | None:  # type: ignore[no-untyped-def]
            lookups.append(_n)
            return _o(self, key)

        monkeypatch.setattr(ExtractCache, name, counted)
    reads.clear()
    warm = lint([target], corpus_rules, others, cache=ExtractCache(tmp_path / "cache"))
    assert reads == ["a.txt"]
    assert lookups == ["get"] * len(corpus_rules)  # the target's own extracts only
    assert warm.findings and warm.findings == cold(target, others, corpus_rules)


def test_changed_removed_and_racy_files_among_unchanged_ones_are_read(
    tmp_path: Path, corpus_rules: list[Rule], reads: list[str]
) -> None:
    target, *others = make_corpus(tmp_path)
    lint([target, *others], corpus_rules, cache=ExtractCache(tmp_path / "cache"))
    b, c, d = (tmp_path / name for name in ("b.txt", "c.txt", "d.txt"))
    write_old(b, b.read_text(encoding="utf-8").replace("$14 billion", "$15 billion"))  # same size
    os.utime(b, ns=(OLD_NS + 1, OLD_NS + 1))
    c.unlink()
    d.write_text(d.read_text(encoding="utf-8"), encoding="utf-8")  # written just now: racy
    reads.clear()
    warm = lint([target], corpus_rules, others, cache=ExtractCache(tmp_path / "cache"))
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert warm.findings and warm.findings == cold(target, others, corpus_rules)
    assert any("15" in f.message for f in warm.findings)  # b.txt's new value, not the old


def test_an_altered_entry_among_unchanged_ones_is_reported_and_rebuilt(
    tmp_path: Path, corpus_rules: list[Rule], reads: list[str]
) -> None:
    target, *others = make_corpus(tmp_path)
    folder = tmp_path / "cache"
    lint([target, *others], corpus_rules, cache=ExtractCache(folder))
    rule = next(r for r in corpus_rules if r.kind == "figure_conflict")
    codec = summary_codec(rule.kind)
    assert codec is not None
    a, b = (
        entry_key(rule_key(rule, codec.signature), _digest(tmp_path / f"{n}.txt")) for n in "ab"
    )
    with sqlite3.connect(folder / FILE_NAME) as connection:
        query = "SELECT value FROM extract WHERE key = ?"
        ((of_a,),), ((of_b,),) = (connection.execute(query, (k,)).fetchall() for k in (a, b))
        # b's seal over a's well-formed extract: only the seal tells it is not b's
        altered = of_b[:16] + of_a[16:]
        connection.execute("UPDATE extract SET value = ? WHERE key = ?", (altered, b))
    reads.clear()
    cache = ExtractCache(folder)
    warm = lint([target], corpus_rules, others, cache=cache)
    assert reads == ["a.txt", "b.txt"]  # the target, and the file whose entry was altered
    assert cache.problems == ["an entry fails its integrity check; rebuilt"]
    assert warm.findings == cold(target, others, corpus_rules)
    reads.clear()
    lint([target], corpus_rules, others, cache=ExtractCache(folder))
    assert reads == ["a.txt"]  # the entry was written anew


def test_an_unreadable_cache_is_a_note_and_the_run_goes_on(
    tmp_path: Path, corpus_rules: list[Rule]
) -> None:
    target, *others = make_corpus(tmp_path)
    folder = tmp_path / "cache"
    lint([target, *others], corpus_rules, cache=ExtractCache(folder))
    (folder / FILE_NAME).write_bytes(b"this is no database" * 100)
    cache = ExtractCache(folder)
    warm = lint([target], corpus_rules, others, cache=cache)
    assert warm.findings == cold(target, others, corpus_rules)
    assert len(cache.problems) == 1 and "rebuilt" in cache.problems[0]
