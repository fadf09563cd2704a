"""The record-fields kind: required fields and valid values, wherever the record lives."""

from __future__ import annotations

from pathlib import Path

from lint.document import Document
from tests.checks.family_helper import places, run

RULE = "provenance.record-fields"
COMPLETE = (
    "source_url: https://example.org/a\npublisher: P\npublished: 2025-06-25\n"
    "retrieved: 2025-07-01\nlicense: CC BY 4.0\nsha256: '" + "a" * 64 + "'\n"
)


def test_complete_front_matter_passes() -> None:
    assert places("record_fields", f"---\n{COMPLETE}---\nText\n") == []


def test_required_param_boundary() -> None:
    text = "---\nsource_url: https://example.org/a\n---\nText\n"
    assert places("record_fields", text, required=["source_url"]) == []
    assert places("record_fields", text, required=["source_url", "license"]) == [(1, 1, RULE)]


def test_sidecar_problems_point_at_the_sidecar_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text\n", encoding="utf-8")
    sidecar = COMPLETE.replace("https://example.org/a", "ftp://example.org/a")
    (tmp_path / "a.txt.meta.yaml").write_text(sidecar, encoding="utf-8")
    [finding] = run("record_fields", Document.read(str(tmp_path / "a.txt")))
    assert (finding.location.line, finding.location.column) == (1, 1)
    assert "is not an http(s) URL" in finding.message
    assert (finding.related[0].path, finding.related[0].line) == (
        str(tmp_path / "a.txt.meta.yaml"),
        1,
    )


def test_manifest_lines_are_the_manifest_s(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text\n", encoding="utf-8")
    manifest = "a.txt:\n  published: 2025-06-25\n  retrieved: 2024-01-01\n"
    (tmp_path / "_provenance.yaml").write_text(manifest, encoding="utf-8")
    [finding] = run("record_fields", Document.read(str(tmp_path / "a.txt")), required=[])
    assert "field=retrieved problem=is before the published date" in finding.message
    assert finding.related[0].line == 3


def test_invalid_calendar_date_and_author_type() -> None:
    text = "---\npublished: 2025-02-30\nauthor: {name: x}\n---\nText\n"
    found = [(f.location.line, f.message) for f in run("record_fields", text, required=[])]
    assert [line for line, _ in found] == [2, 3]
    assert "not an ISO date" in found[0][1] and "not a name" in found[1][1]
