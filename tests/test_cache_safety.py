"""The cache holds data, never code: crafted, foreign, stale and damaged files are ignored.

Every test builds its cache in a temporary folder, then attacks or damages it and checks
that the findings are those of a run without a cache, that nothing ran, and that the
problem is reported once and gone on the next run.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lint.cache import FILE_NAME, ExtractCache, default_cache_dir, entry_key, rule_key
from lint.checks import KINDS
from lint.codec import CodecError, codec_for
from lint.document import Document
from lint.engine import lint
from lint.extracts import summary_codec
from lint.finding import Finding
from lint.schema import Rule
from tests.conftest import ROOT

CORPUS_KINDS = sorted(name for name, kind in KINDS.items() if kind.SCOPE == "corpus")


@pytest.fixture
def corpus_rules(shipped_rules: list[Rule]) -> list[Rule]:
    """Every shipped rule of a corpus kind (all four kinds, their extracts cached)."""
    return [r for r in shipped_rules if KINDS[r.kind].SCOPE == "corpus"]


@pytest.fixture
def seeds(tmp_path: Path) -> list[str]:
    """A copy of the seeds, plus an exact copy of one, so every corpus kind has findings."""
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    shutil.copy(folder / "000_dd14da796d596186.txt", folder / "copy.txt")
    return sorted(str(p) for p in folder.glob("*.txt"))


def _run(
    paths: list[str], rules: list[Rule], folder: Path | None
) -> tuple[list[Finding], list[str]]:
    cache = None if folder is None else ExtractCache(folder)
    findings = lint(paths, rules, cache=cache).findings
    return findings, ([] if cache is None else cache.problems)


@dataclass(frozen=True)
class _Table:
    values: array[int]


class _Bomb:
    """A pickle whose loading writes a file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.write_text, (self.marker, "code ran"))


def test_every_corpus_kind_declares_a_storable_summary() -> None:
    assert CORPUS_KINDS == [
        "duplicate_file",
        "duplicate_passage",
        "figure_conflict",
        "repeated_lines",
    ]
    for name in CORPUS_KINDS:
        assert hasattr(KINDS[name], "Summary"), name
        assert summary_codec(name) is not None


def test_extracts_round_trip_through_json(seeds: list[str], corpus_rules: list[Rule]) -> None:
    for path in seeds:
        document = Document.read(path)
        for rule in corpus_rules:
            codec = summary_codec(rule.kind)
            assert codec is not None
            summary = KINDS[rule.kind].extract(document, rule.params)  # type: ignore[union-attr]
            data = json.loads(json.dumps(codec.encode(summary)))
            assert codec.decode(data) == summary, (path, rule.id)


def test_the_codec_rejects_data_of_the_wrong_shape() -> None:
    codec = summary_codec("duplicate_file")
    assert codec is not None
    good = codec.encode(KINDS["duplicate_file"].Summary(b"\x00\xff", 3))  # type: ignore[union-attr]
    assert codec.decode(good).lines == 3
    for bad in ([good[0]], [good[0], "3"], [good[0], 3.5], ["not base64!", 3], {"a": 1}, [1, 2, 3]):
        with pytest.raises(CodecError):
            codec.decode(bad)
    table = codec_for(_Table)  # an array of ints refuses a float typecode and odd lengths
    assert table.decode(table.encode(_Table(array("I", [1, 2])))) == _Table(array("I", [1, 2]))
    for bad in ([["d", ""]], [["I", "AAA="]], [["I"]], [[0, ""]]):
        with pytest.raises(CodecError):
            table.decode(bad)
    with pytest.raises(CodecError):
        codec_for(set[int])


def test_the_default_cache_is_outside_the_project(tmp_path: Path, user_cache: Path) -> None:
    folder = default_cache_dir(tmp_path)
    assert user_cache in folder.parents and tmp_path not in folder.parents
    assert default_cache_dir(tmp_path / "other") != folder


def test_cli_writes_the_cache_in_the_user_folder_only(
    tmp_path: Path, run_lint: Any, user_cache: Path
) -> None:
    (tmp_path / "a.txt").write_text("Same text here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text here.\n", encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    result = run_lint("--isolated", "--select", "hygiene.duplicate-file", ".", cwd=tmp_path)
    assert result.code == 1 and "duplicate-file" in result.out
    assert sorted(os.listdir(tmp_path)) == before  # nothing written inside the corpus
    assert list(user_cache.glob(f"projects/*/{FILE_NAME}"))


def test_a_crafted_pickle_never_runs(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule]
) -> None:
    marker = tmp_path / "pwned"
    expected, _ = _run(seeds, corpus_rules, None)
    folder = tmp_path / "cache"
    _run(seeds, corpus_rules, folder)  # a real cache, then every entry replaced by a pickle
    bomb = pickle.dumps(_Bomb(marker))
    with sqlite3.connect(folder / FILE_NAME) as connection:
        connection.execute("UPDATE extract SET value = ?", (bomb,))
        # the pre-v2 layout too: a file of pickles under the old name is never opened
        old = sqlite3.connect(folder / "extracts.sqlite3")
        old.execute("CREATE TABLE extract (key BLOB PRIMARY KEY, value BLOB)")
        old.execute("INSERT INTO extract VALUES (?, ?)", (b"k", bomb))
        old.commit()
        old.close()
    findings, problems = _run(seeds, corpus_rules, folder)
    assert not marker.exists()
    assert findings == expected
    assert len(problems) == 1 and "integrity" in problems[0]
    assert _run(seeds, corpus_rules, folder) == (expected, [])  # rebuilt


def test_a_correctly_sealed_pickle_is_still_rejected(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule]
) -> None:
    """Even an entry with a valid seal (the key stolen) is decoded as data, not unpickled."""
    marker = tmp_path / "pwned"
    expected, _ = _run(seeds, corpus_rules, None)
    folder = tmp_path / "cache"
    _run(seeds, corpus_rules, folder)
    cache = ExtractCache(folder)
    cache.prepare()
    bomb = pickle.dumps(_Bomb(marker))
    with sqlite3.connect(folder / FILE_NAME) as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM extract")]
        connection.executemany(
            "UPDATE extract SET value = ? WHERE key = ?", [(cache.seal(k, bomb), k) for k in keys]
        )
    findings, problems = _run(seeds, corpus_rules, folder)
    assert not marker.exists() and findings == expected
    assert len(problems) == 1 and "does not decode" in problems[0]


def test_a_crafted_json_entry_of_the_wrong_shape_is_rejected(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule]
) -> None:
    expected, _ = _run(seeds, corpus_rules, None)
    folder = tmp_path / "cache"
    _run(seeds, corpus_rules, folder)
    cache = ExtractCache(folder)
    cache.prepare()
    crafted = json.dumps([["__import__('os').system('true')", 1]]).encode()
    with sqlite3.connect(folder / FILE_NAME) as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM extract")]
        connection.executemany(
            "UPDATE extract SET value = ? WHERE key = ?",
            [(cache.seal(k, crafted), k) for k in keys],
        )
    findings, problems = _run(seeds, corpus_rules, folder)
    assert findings == expected and len(problems) == 1


def test_a_foreign_cache_is_ignored(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache written with another user's key (committed to a repository) is not trusted."""
    expected, _ = _run(seeds, corpus_rules, None)
    folder = tmp_path / "cache"
    _run(seeds, corpus_rules, folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    findings, problems = _run(seeds, corpus_rules, folder)
    assert findings == expected
    assert len(problems) == 1 and "not written by seedlint for this user" in problems[0]
    assert _run(seeds, corpus_rules, folder) == (expected, [])


def test_a_stale_cache_is_replaced_quietly(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule]
) -> None:
    expected, _ = _run(seeds, corpus_rules, None)
    folder = tmp_path / "cache"
    _run(seeds, corpus_rules, folder)
    with sqlite3.connect(folder / FILE_NAME) as connection:
        connection.execute("UPDATE meta SET value = '0.0.1' WHERE name = 'version'")
    assert _run(seeds, corpus_rules, folder) == (expected, [])
    with sqlite3.connect(folder / FILE_NAME) as connection:
        version = connection.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
    assert version[0] != "0.0.1"


def test_a_symlinked_cache_file_is_not_followed(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / FILE_NAME).symlink_to(victim)
    expected, _ = _run(seeds, corpus_rules, None)
    findings, problems = _run(seeds, corpus_rules, folder)
    assert findings == expected and len(problems) == 1
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (folder / FILE_NAME).is_symlink()


def _damage(path: Path, offset: int, truncate: bool) -> None:
    data = bytearray(path.read_bytes())
    if truncate:
        del data[offset:]
    else:
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("truncate", [False, True], ids=["flipped-byte", "truncated"])
def test_damaged_cache_files_are_detected_and_rebuilt(
    tmp_path: Path, seeds: list[str], corpus_rules: list[Rule], truncate: bool
) -> None:
    """Damage the file at 24 places; every run gives the same findings, at most one
    problem, and the run after it none."""
    expected, _ = _run(seeds, corpus_rules, None)
    pristine = tmp_path / "pristine"
    _run(seeds, corpus_rules, pristine)
    size = (pristine / FILE_NAME).stat().st_size
    detected = 0
    for offset in range(0, size, max(1, size // 24)):
        folder = tmp_path / f"damaged-{offset}"
        shutil.copytree(pristine, folder)
        _damage(folder / FILE_NAME, offset, truncate)
        findings, problems = _run(seeds, corpus_rules, folder)
        assert findings == expected, offset
        assert len(problems) <= 1, (offset, problems)
        detected += bool(problems)
        assert _run(seeds, corpus_rules, folder) == (expected, []), offset
    assert detected >= 6  # damage to the header and to the entries is noticed


def test_entry_keys_depend_on_bytes_rule_and_summary_type(corpus_rules: list[Rule]) -> None:
    rule = corpus_rules[0]
    one, two = rule_key(rule, "shape-1"), rule_key(rule, "shape-2")
    assert one != two
    assert entry_key(one, b"a") != entry_key(one, b"b")
    assert len({hashlib.sha256(entry_key(one, b"a")).digest(), entry_key(two, b"a")}) == 2
