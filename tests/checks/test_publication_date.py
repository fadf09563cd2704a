"""The publication-date kind: one finding on line 1 when a document has no date."""

from __future__ import annotations

from pathlib import Path

from lint.document import Document
from tests.checks.family_helper import places

RULE = "dates.publication-date"
BODY = "The ministry said on Monday that the programme, first announced in 2019, " * 4


def test_undated_document_gets_one_finding_on_line_1() -> None:
    assert places("publication_date", f"Title\n\n{BODY} It opened in 2013.\n") == [(1, 1, RULE)]


def test_dated_header_passes() -> None:
    assert places("publication_date", f"Title\nAuthor: Jane Roe\n06/25/2025\n{BODY}\n") == []


def test_sidecar_record_date_passes(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(f"Title\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text("published: 2025-06-25\n", encoding="utf-8")
    assert places("publication_date", Document.read(str(doc))) == []


def test_invalid_record_date_falls_back_to_the_text(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(f"Title\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text("published: June 2025\n", encoding="utf-8")
    assert places("publication_date", Document.read(str(doc))) == [(1, 1, RULE)]


def test_empty_and_odd_documents_do_not_crash() -> None:
    assert places("publication_date", "") == []
    odd = "\u202e\u0301\ufeff" * 10 + "x" * 100_000
    assert places("publication_date", odd) == [(1, 1, RULE)]
