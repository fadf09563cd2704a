"""Shared fixtures: the repository root, the shipped rules, and an in-process `lint` runner."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lint.checks import KINDS
from lint.cli import default_rules_dir, main
from lint.index import focus
from lint.loader import load_rule_dirs
from lint.schema import Rule

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class Run:
    """What one `lint` call printed and returned."""

    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user cache folder, so none reads or writes the real one."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "seedlint"


@pytest.fixture(scope="session")
def shipped_rules() -> list[Rule]:
    """Every rule shipped in rules/."""
    return load_rule_dirs([default_rules_dir()])


@pytest.fixture
def run_lint(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Call `lint` in-process with the given arguments and capture its output."""

    def run(*args: str, cwd: Path | None = None) -> Run:
        before = Path.cwd()
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(args))
        finally:
            os.chdir(before)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def in_root() -> Iterator[Path]:
    """Run a test from the repository root, where `seeds/` and pyproject.toml are."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield ROOT
    finally:
        os.chdir(before)


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--regen-golden` rewrites the golden files instead of comparing with them."""
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/golden/* from the current output (review the diff before committing)",
    )
    parser.addoption(
        "--regen-screenshots",
        action="store_true",
        help="also write the HTML report's screenshots to docs/ (for the README)",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture
def regen_screenshots(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to write the README's screenshots."""
    return bool(request.config.getoption("--regen-screenshots"))


@pytest.fixture
def index_rules(shipped_rules: list[Rule]) -> list[Rule]:
    """The corpus rules, thresholds small enough for a dozen documents (tests of lint.index)."""
    tuned = {"repeated_lines": {"min_documents": 3}, "duplicate_passage": {"max_df": 3}}
    found = []
    for rule in shipped_rules:
        if KINDS[rule.kind].SCOPE != "corpus":
            continue
        update = tuned.get(rule.kind, {})
        found.append(dataclasses.replace(rule, params=rule.params.model_copy(update=update)))
    return found


@pytest.fixture
def index_answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(rule key, documents decoded) for every rule the corpus index answered (lint.index)."""
    seen: list[tuple[str, int]] = []
    original = focus.subset

    def spy(*args: Any, **kwargs: Any) -> focus.Subset | None:
        found = original(*args, **kwargs)
        if found is not None:
            seen.append((args[2].key.hex(), len(found.wanted)))
        return found

    monkeypatch.setattr(focus, "subset", spy)
    return seen
