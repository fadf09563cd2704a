"""The extract cache: corpus kinds re-extract only new or changed documents."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from lint.cache import FILE_NAME, ExtractCache
from lint.checks import duplicate_file
from lint.engine import lint
from lint.schema import Rule


@pytest.fixture
def dup_rule(shipped_rules: list[Rule]) -> Rule:
    return next(r for r in shipped_rules if r.id == "hygiene.duplicate-file")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = duplicate_file.extract

    def counting(document: Any, params: Any) -> Any:
        seen.append(Path(document.path).name)
        return original(document, params)

    monkeypatch.setattr(duplicate_file, "extract", counting)
    return seen


def write(folder: Path, **files: str) -> list[str]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(str(p) for p in folder.glob("*.txt"))


def test_second_run_reads_the_cache(tmp_path: Path, dup_rule: Rule, calls: list[str]) -> None:
    paths = write(tmp_path, **{"a.txt": "Same.\n", "b.txt": "Same.\n", "c.txt": "Other.\n"})
    cache = ExtractCache(tmp_path / "cache")
    first = lint(paths, [dup_rule], cache=cache)
    assert sorted(calls) == ["a.txt", "b.txt", "c.txt"]
    calls.clear()
    second = lint(paths, [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    assert calls == []
    assert second.findings == first.findings and len(first.findings) == 2


def test_changed_document_is_extracted_again(
    tmp_path: Path, dup_rule: Rule, calls: list[str]
) -> None:
    paths = write(tmp_path, **{"a.txt": "Same.\n", "b.txt": "Same.\n"})
    assert len(lint(paths, [dup_rule], cache=ExtractCache(tmp_path / "cache")).findings) == 2
    calls.clear()
    write(tmp_path, **{"b.txt": "Edited since.\n"})
    result = lint(paths, [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    assert calls == ["b.txt"]
    assert result.findings == []


def test_changed_parameters_do_not_reuse_extracts(
    tmp_path: Path, dup_rule: Rule, calls: list[str]
) -> None:
    paths = write(tmp_path, **{"a.txt": "Same.\n"})
    lint(paths, [dup_rule], cache=ExtractCache(tmp_path / "cache"))
    params = duplicate_file.Params(ignore_whitespace=True)
    other = dataclasses.replace(dup_rule, params=params)
    calls.clear()
    lint(paths, [other], cache=ExtractCache(tmp_path / "cache"))
    assert calls == ["a.txt"]


def test_a_corrupt_or_unwritable_cache_is_harmless(tmp_path: Path, dup_rule: Rule) -> None:
    paths = write(tmp_path, **{"a.txt": "Same.\n", "b.txt": "Same.\n"})
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / FILE_NAME).write_bytes(b"not a database")
    assert len(lint(paths, [dup_rule], cache=ExtractCache(tmp_path / "cache")).findings) == 2
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert len(lint(paths, [dup_rule], cache=ExtractCache(blocker / "cache")).findings) == 2
