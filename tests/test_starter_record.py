"""`lint --write-provenance`: starter records from the text, only on request, never over one."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from lint.document import Document
from lint.provenance.records import find_record
from lint.provenance.starter import starter_record, write_starter_records
from tests.conftest import Run

ARTICLE = (
    "Storm hits coast\nBy Jane Roe | The Harbour Times\n06/25/2025\n\n"
    "The storm reached the coast earlier this week.\n"
)


def test_values_come_from_the_text_and_the_rest_stay_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [outcome] = write_starter_records([str(path)])
    assert outcome.written and str(outcome).endswith("a.txt.meta.yaml")
    record = find_record(Document.read(str(path)))
    assert record is not None and record.origin == "sidecar"
    assert record.value("title") == "Storm hits coast"
    assert record.value("author") == "Jane Roe"
    assert record.value("publisher") == "The Harbour Times"
    assert str(record.value("published")) == "2025-06-25"
    for unknown in ("source_url", "retrieved", "license"):
        assert record.value(unknown) is None
    assert record.value("sha256") == hashlib.sha256(path.read_bytes()).hexdigest()
    text = (tmp_path / "a.txt.meta.yaml").read_text(encoding="utf-8")
    assert "source_url: null  # not found in the text" in text


def test_nothing_is_invented_for_a_bare_text() -> None:
    text = starter_record(Document("b.txt", b"the storm came on Tuesday, they said.\n"))
    for key in ("title", "author", "publisher", "source_url", "published", "retrieved"):
        assert f"\n{key}: null" in text


def test_ambiguous_date_is_not_written_as_a_guess() -> None:
    text = starter_record(Document("c.txt", b"Storm hits coast\n03/04/2025\n\nBody.\n"))
    assert "published: null  # line 2: 03/04/2025 is ambiguous" in text


def test_existing_records_are_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text("title: Mine\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"---\ntitle: B\n---\n{ARTICLE}", encoding="utf-8")
    outcomes = write_starter_records([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [o.written for o in outcomes] == [False, False]
    assert (tmp_path / "a.txt.meta.yaml").read_text(encoding="utf-8") == "title: Mine\n"
    assert not (tmp_path / "b.txt.meta.yaml").exists()
    assert "has a record (front matter)" in str(outcomes[1])


def test_cli_writes_only_when_asked(tmp_path: Path, run_lint: Callable[..., Run]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run_lint("--isolated", str(tmp_path))
    assert not (tmp_path / "a.txt.meta.yaml").exists()
    result = run_lint("--isolated", "--write-provenance", "--format", "json", str(tmp_path))
    assert f"lint: {tmp_path}/a.txt: wrote {tmp_path}/a.txt.meta.yaml" in result.err
    assert "provenance.record-fields" in result.out  # the new record is linted at once
    assert "provenance.record-checksum" not in result.out
    again = run_lint("--isolated", "--write-provenance", str(tmp_path))
    assert "skipped, has a record (sidecar)" in again.err
