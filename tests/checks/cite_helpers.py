"""Helpers for the citation kind tests: run a shipped rule on a text and list its places."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from lint.checks import KINDS
from lint.cli import default_rules_dir
from lint.document import Document
from lint.loader import load_rule_dirs
from lint.schema import Rule


@lru_cache(maxsize=1)
def _rules() -> tuple[Rule, ...]:
    return tuple(load_rule_dirs([default_rules_dir()]))


def shipped(rule_id: str) -> Rule:
    """The shipped rule with this id."""
    return next(r for r in _rules() if r.id == rule_id)


def with_params(rule: Rule, **changes: Any) -> Rule:
    """A copy of `rule` with some parameters changed (validated by the kind)."""
    values = rule.params.model_dump() | changes
    return replace(rule, params=KINDS[rule.kind].Params.model_validate(values))


def places(rule: Rule, text: str) -> list[tuple[int, int, str]]:
    """(line, column, rule id) of each hit of a document rule on `text`."""
    document = Document("doc.txt", text.encode("utf-8"))
    kind: Any = KINDS[rule.kind]
    found = []
    for hit in kind.check(document, rule.params):
        line, column = document.position(hit.start)
        found.append((line, column, rule.id))
    return found


def messages(rule: Rule, text: str) -> list[str]:
    """The rendered `{placeholder}` arguments of each hit, joined for substring checks."""
    document = Document("doc.txt", text.encode("utf-8"))
    kind: Any = KINDS[rule.kind]
    return [rule.message.format_map(hit.args) for hit in kind.check(document, rule.params)]
