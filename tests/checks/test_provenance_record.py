"""The provenance-record kind: documents without a usable record."""

from __future__ import annotations

from pathlib import Path

from lint.document import Document
from tests.checks.family_helper import places, run

RULE = "provenance.provenance-record"


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_require_folder_reports_only_where_records_are_kept(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A\n", "b.txt": "B\n"})
    a = Document.read(str(tmp_path / "a.txt"))
    assert places("provenance_record", a) == []
    assert places("provenance_record", a, require="always") == [(1, 1, RULE)]
    write(tmp_path, {"b.txt.meta.yaml": "title: B\n"})
    assert places("provenance_record", Document.read(str(tmp_path / "a.txt"))) == [(1, 1, RULE)]
    assert places("provenance_record", Document.read(str(tmp_path / "b.txt"))) == []


def test_manifest_entry_is_a_record(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A\n", "b.txt": "B\n", "_provenance.yaml": "a.txt:\n  title: A\n"})
    assert places("provenance_record", Document.read(str(tmp_path / "a.txt"))) == []
    [finding] = run("provenance_record", Document.read(str(tmp_path / "b.txt")))
    assert "none found (front matter, b.txt.meta.yaml or _provenance.yaml)" in finding.message


def test_unreadable_sidecar_names_the_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A\n", "a.txt.meta.yaml": "title: [unclosed\n"})
    [finding] = run("provenance_record", Document.read(str(tmp_path / "a.txt")))
    assert "invalid YAML" in finding.message
    assert finding.related[0].path.endswith("a.txt.meta.yaml")


def test_manifest_that_is_not_a_mapping(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A\n", "_provenance.yaml": "- a.txt\n"})
    [finding] = run("provenance_record", Document.read(str(tmp_path / "a.txt")))
    assert "not a mapping" in finding.message
