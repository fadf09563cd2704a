"""The provenance-fields kind: title, author and publisher from the text or the record."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.document import Document
from tests.checks.family_helper import places, run

RULE = "provenance.provenance-fields"


@pytest.mark.parametrize(
    "header",
    [
        "By Jane Roe | The Harbour Times",
        "By Jane Roe, Reuters",
        "Jane Roe\nThe Diplomat",
        "Author: Jane Roe\nSource: harbourtimes.example",
        "Written by Jane Roe and John Doe\n© 2024 The Harbour Times. All rights reserved.",
        "Jane Roe\nwww.harbourtimes.example",
    ],
)
def test_bylines_and_site_names_pass(header: str) -> None:
    assert places("provenance_fields", f"Storm hits coast\n{header}\n\nThe storm came.\n") == []


def test_missing_fields_in_one_finding_on_line_1() -> None:
    [finding] = run("provenance_fields", "Storm hits coast\n\nThe storm came.\n")
    assert (finding.location.line, finding.location.column) == (1, 1)
    assert "missing=author or byline, publisher or source" in finding.message


def test_fields_param_boundary() -> None:
    text = "Storm hits coast\nBy Jane Roe\n\nThe storm came.\n"
    assert places("provenance_fields", text, fields=["title", "author"]) == []
    assert places("provenance_fields", text, fields=["publisher"]) == [(1, 1, RULE)]


def test_author_biography_at_the_end_counts() -> None:
    body = "I have long argued that the port must grow. " * 6
    text = f"{body}\n\nJane Roe is a senior fellow at the Harbour Institute.\n"
    [finding] = run("provenance_fields", text, fields=["author", "title"])
    assert "missing=title" in finding.message  # the author was found in the biography


def test_a_person_the_article_is_about_is_not_its_author() -> None:
    body = "Jane Roe won the vote. Critics of Roe said the vote was rushed. " * 4
    text = f"Vote\n\n{body}\n\nJane Roe is a professor of law at the university.\n"
    assert places("provenance_fields", text, fields=["author"]) == [(1, 1, RULE)]


def test_sidecar_record_supplies_fields(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("The storm came, and it was long and hard for everyone here.\n")
    (tmp_path / "a.txt.meta.yaml").write_text(
        "title: Storm\nauthor: [Jane Roe]\npublisher: The Harbour Times\n", encoding="utf-8"
    )
    assert places("provenance_fields", Document.read(str(doc))) == []


def test_empty_document() -> None:
    assert places("provenance_fields", "") == []
