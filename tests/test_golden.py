"""Golden files: the CLI with the shipped rules over seeds/ and small named fixtures.

Regenerate only on purpose, with `pytest --regen-golden`, and read the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run

GOLDEN = ROOT / "tests" / "golden"
FIXTURES = GOLDEN / "fixtures"


def compare(path: Path, actual: str, regen: bool) -> None:
    if regen:
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} changed; if on purpose: pytest --regen-golden"


@pytest.mark.usefixtures("in_root")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_seeds(fmt: str, run_lint: Callable[..., Run], regen_golden: bool) -> None:
    result = run_lint("seeds/", "--format", fmt)
    assert result.code == 1
    compare(GOLDEN / f"seeds.{fmt}", result.out, regen_golden)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_fixture(name: str, run_lint: Callable[..., Run], regen_golden: bool) -> None:
    result = run_lint(name, "--isolated", "--format", "text", cwd=FIXTURES)
    compare(GOLDEN / f"{Path(name).stem}.out", result.out, regen_golden)
