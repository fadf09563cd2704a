"""A corpus index someone altered, removed, replayed or mixed up: never a wrong answer.

The index's rows are sealed like the cache's entries and name the snapshot they
were built with. A row that fails its seal is reported once and the run answers
without the index; a row taken away, or one of another snapshot, means the same;
a whole older index put back is still exact, since its snapshot describes the
files as they were then and every file that differs is read again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lint.cache import FILE_NAME, ExtractCache
from lint.engine import lint
from lint.schema import Rule
from tests.test_corpus_index import (
    CHROME,
    corpus_texts,
    document,
    edit,
    focused,
    prose,
    write_corpus,
)

Rows = list[tuple[bytes, bytes]]


def built(tmp_path: Path, rules: list[Rule]) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, corpus_texts())
    cache = tmp_path / "cache"
    lint(paths, rules, cache=ExtractCache(cache))
    return folder, cache


def index_rows(cache: Path) -> Rows:
    with sqlite3.connect(cache / FILE_NAME) as connection:
        return list(connection.execute("SELECT name, value FROM corpus_index"))


def replace_rows(cache: Path, rows: Rows) -> None:
    with sqlite3.connect(cache / FILE_NAME) as connection:
        connection.execute("DELETE FROM corpus_index")
        connection.executemany("INSERT INTO corpus_index VALUES (?, ?)", rows)


def check(folder: Path, cache: Path, rules: list[Rule]) -> list[str]:
    """Lint two targets through the cache; they must equal runs without one. Problems."""
    problems: list[str] = []
    for name in ("d00.txt", "d03.txt"):
        target = str(folder / name)
        store = ExtractCache(cache)
        others = sorted(str(p) for p in folder.glob("*.txt") if str(p) != target)
        warm = lint([target], rules, others, cache=store).findings
        assert warm == focused(target, folder, rules, None), name
        problems.extend(store.problems)
    return problems


def test_an_altered_snapshot_is_reported_and_the_index_rebuilt(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    folder, cache = built(tmp_path, index_rules)
    rows = index_rows(cache)
    altered = [(n, v[:-1] + bytes([v[-1] ^ 1]) if n == b"snapshot" else v) for n, v in rows]
    replace_rows(cache, altered)
    index_answers.clear()
    problems = check(folder, cache, index_rules)
    assert problems[0] == "an entry fails its integrity check; rebuilt"
    assert len(index_answers) == 4  # the second run used the index the first one rebuilt


@pytest.mark.parametrize("how", ["swapped", "removed", "crafted"])
def test_a_bucket_row_swapped_removed_or_crafted_is_not_read(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]], how: str
) -> None:
    folder, cache = built(tmp_path, index_rules)
    rows = index_rows(cache)
    buckets = [at for at, (name, _) in enumerate(rows) if name.startswith(b"keys")]
    if how == "swapped":  # every row sealed for another name
        values = [rows[at][1] for at in buckets]
        for at, value in zip(buckets, values[1:] + values[:1], strict=True):
            rows[at] = (rows[at][0], value)
    elif how == "removed":
        rows = [row for at, row in enumerate(rows) if name_of(rows, at) != b"keys"]
    else:  # well-formed payloads with seals made up
        for at in buckets:
            rows[at] = (rows[at][0], bytes(16) + rows[at][1][16:])
    replace_rows(cache, rows)
    problems = check(folder, cache, index_rules)
    if how != "removed":
        assert "an entry fails its integrity check; rebuilt" in problems


def name_of(rows: Rows, at: int) -> bytes:
    return rows[at][0][:4]


def test_an_older_index_put_back_still_answers_exactly(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    folder, cache = built(tmp_path, index_rules)
    old = index_rows(cache)
    edit(folder / "d04.txt", document("Changed", [prose(4), CHROME[0], prose(41)]))
    (folder / "d05.txt").unlink()
    lint(sorted(str(p) for p in folder.glob("*.txt")), index_rules, cache=ExtractCache(cache))
    replace_rows(cache, old)
    index_answers.clear()
    assert check(folder, cache, index_rules) == []
    assert len(index_answers) == 8  # both targets through the old index, every indexed rule


def test_rules_of_another_snapshot_are_not_mixed_with_this_one(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    folder, cache = built(tmp_path, index_rules)
    old = index_rows(cache)
    edit(folder / "d04.txt", document("Changed", [prose(4), CHROME[1]]))
    lint(sorted(str(p) for p in folder.glob("*.txt")), index_rules, cache=ExtractCache(cache))
    new = index_rows(cache)
    mixed = [row for row in new if row[0] == b"snapshot"] + [r for r in old if r[0] != b"snapshot"]
    replace_rows(cache, mixed)
    index_answers.clear()
    assert check(folder, cache, index_rules) == []
    assert len(index_answers) == 4  # only the second run: the first could not, and rebuilt it


def test_a_cache_without_the_index_table_is_read_as_having_no_index(
    tmp_path: Path, index_rules: list[Rule]
) -> None:
    folder, cache = built(tmp_path, index_rules)
    with sqlite3.connect(cache / FILE_NAME) as connection:
        connection.execute("DROP TABLE corpus_index")
    assert check(folder, cache, index_rules) == []
