"""Helpers for kind tests: run one shipped rule (or a kind with params) and list places."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from lint.checks import KINDS
from lint.cli import default_rules_dir
from lint.document import Document
from lint.engine import lint
from lint.loader import load_rule_dirs
from lint.schema import Rule


def shipped(rule_id: str) -> Rule:
    """The shipped rule with this id."""
    return next(r for r in load_rule_dirs([default_rules_dir()]) if r.id == rule_id)


def with_params(rule: Rule, **changes: Any) -> Rule:
    """A copy of `rule` with some parameters changed (validated by the kind)."""
    values = rule.params.model_dump() | changes
    params = KINDS[rule.kind].Params.model_validate(values)
    return replace(rule, params=params)


def places(rule: Rule, text: str) -> list[tuple[int, int, str]]:
    """(line, column, rule id) of each hit of a document rule on `text`."""
    document = Document("doc.txt", text.encode("utf-8"))
    kind: Any = KINDS[rule.kind]
    found = []
    for hit in kind.check(document, rule.params):
        line, column = document.position(hit.start)
        found.append((line, column, rule.id))
    return found


def corpus_places(
    rule: Rule, documents: dict[str, str], folder: Path
) -> list[tuple[str, int, int, str]]:
    """(file, line, end line, rule id) of each finding of a corpus rule over `documents`."""
    paths = []
    for name, text in documents.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = lint(paths, [rule])
    return [
        (Path(f.path).name, f.location.line, f.location.end_line, f.rule) for f in result.findings
    ]
