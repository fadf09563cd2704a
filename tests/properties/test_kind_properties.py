"""Every kind, document and corpus scope, on generated documents: no internal error,
every finding inside its document, every extract through the cache codec and back."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.checks import KINDS
from lint.document import Document
from lint.engine import lint, lint_file
from lint.extracts import summary_codec
from lint.schema import Rule
from tests.properties.strategies import corpus_lines, documents


@pytest.fixture(scope="module")
def every_rule(shipped_rules: list[Rule]) -> list[Rule]:
    """Every shipped rule, disabled ones too."""
    return shipped_rules


def _assert_sound(findings: list, documents_by_path: dict[str, Document]) -> None:  # type: ignore[type-arg]
    for finding in findings:
        assert "internal error" not in finding.message, finding.message
        document = documents_by_path[finding.path]
        location = finding.location
        last = max(1, document.line_count) + 1
        assert 1 <= location.line <= location.end_line <= last, finding
        assert location.column >= 1 and location.end_column >= 1, finding


@given(documents())
def test_every_document_kind_on_generated_text(every_rule: list[Rule], text: str) -> None:
    document = Document("doc.txt", text.encode("utf-8"))
    rules = [r for r in every_rule if KINDS[r.kind].SCOPE == "document"]
    _assert_sound(lint_file(document, rules).findings, {"doc.txt": document})


@given(documents(long_lines=False))
def test_every_kind_on_real_fragments(every_rule: list[Rule], text: str) -> None:
    if not corpus_lines():
        pytest.skip("../shared/corpus is not here")
    document = Document("doc.txt", text.encode("utf-8"))
    rules = [r for r in every_rule if KINDS[r.kind].SCOPE == "document"]
    _assert_sound(lint_file(document, rules).findings, {"doc.txt": document})


@given(st.lists(documents(long_lines=False), min_size=1, max_size=4), st.booleans())
def test_every_corpus_kind_and_its_cache_codec(
    every_rule: list[Rule], texts: list[str], copy: bool
) -> None:
    rules = [r for r in every_rule if KINDS[r.kind].SCOPE == "corpus"]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate([*texts, texts[0]] if copy else texts):
            path = Path(folder) / f"{number}.txt"
            path.write_bytes(text.encode("utf-8"))
            paths.append(str(path))
        documents_by_path = {p: Document.read(p) for p in paths}
        _assert_sound(lint(paths, rules).findings, documents_by_path)
        for document in documents_by_path.values():
            for rule in rules:
                codec = summary_codec(rule.kind)
                assert codec is not None
                summary = KINDS[rule.kind].extract(document.bounded(), rule.params)  # type: ignore[union-attr]
                assert codec.decode(json.loads(json.dumps(codec.encode(summary)))) == summary
