"""Meta-tests: every kind is documented, tested and strict about its parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lint.checks import KINDS
from lint.docs import SECTIONS, kind_sections, kinds_markdown

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_is_well_formed(name: str) -> None:
    kind: Any = KINDS[name]
    assert name == kind.NAME
    assert kind.SCOPE in ("document", "corpus", "suppressions")
    if kind.SCOPE == "document":
        assert callable(kind.check)
    elif kind.SCOPE == "suppressions":
        assert callable(kind.report)
    else:
        assert callable(kind.extract) and callable(kind.aggregate)
    config = kind.Params.model_config
    assert config.get("extra") == "forbid" and config.get("frozen") is True


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_docstring_has_every_section(name: str) -> None:
    sections = kind_sections(name)
    for section in SECTIONS:
        assert sections.get(section), f"{name}: docstring section {section!r} is missing"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_param_is_described(name: str) -> None:
    kind: Any = KINDS[name]
    for field, info in kind.Params.model_fields.items():
        assert info.description, f"{name}.{field} has no description"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_has_cases(name: str) -> None:
    assert (ROOT / "tests" / "cases" / f"{name}.yaml").is_file()


def test_checks_doc_is_current() -> None:
    """docs/checks.md is generated; regenerate with `lint --list-kinds > docs/checks.md`."""
    assert (ROOT / "docs" / "checks.md").read_text(encoding="utf-8") == kinds_markdown()
