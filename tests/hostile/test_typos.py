"""Typos that used to do nothing: config rule ids, --jobs out of range."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.hostile.helpers import CHROME

Lint = Callable[..., Run]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            '[tool.seedlint.severity]\n"boilerplate.web-chrom" = "error"\n',
            "[tool.seedlint.severity]: unknown rule or category 'boilerplate.web-chrom' "
            "(did you mean 'boilerplate.web-chrome'?)",
        ),
        (
            '[tool.seedlint.per-path-ignores]\n"*.txt" = ["boilerplat"]\n',
            "per-path-ignores '*.txt': unknown rule or category 'boilerplat' "
            "(did you mean 'boilerplate'?)",
        ),
    ],
    ids=["severity", "per-path-ignores"],
)
def test_unknown_rule_ids_in_the_configuration_are_errors(
    tmp_path: Path, run_lint: Lint, table: str, expected: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.seedlint]\n{table}", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CHROME, encoding="utf-8")
    result = run_lint("a.txt", cwd=tmp_path)
    assert result.code == 2 and result.out == ""
    assert result.err == f"lint: {tmp_path / 'pyproject.toml'}: {expected}\n"


def test_negative_jobs_are_rejected(tmp_path: Path, run_lint: Lint) -> None:
    (tmp_path / "a.txt").write_text(CHROME, encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        run_lint("--isolated", "--jobs", "-1", str(tmp_path))
    assert caught.value.code == 2


def test_jobs_are_capped_at_files_and_cores(
    tmp_path: Path, run_lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []

    class FakePool:
        def __init__(self, processes: int, initializer: object = None) -> None:
            started.append(processes)

        def imap(
            self, function: Callable[[str], object], items: list[str], chunksize: int
        ) -> object:
            return map(function, items)

        def __enter__(self) -> FakePool:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    class Context:
        Pool = FakePool

    monkeypatch.setattr("lint.engine.multiprocessing.get_context", lambda method: Context())
    monkeypatch.setattr("lint.cli.os.cpu_count", lambda: 2)
    for n in range(70):
        (tmp_path / f"{n:02d}.txt").write_text(CHROME, encoding="utf-8")
    assert run_lint("--isolated", "-q", "--jobs", "1000", str(tmp_path)).code == 1
    assert started == [2]  # two cores: two workers, not a thousand
    monkeypatch.setattr("lint.cli.os.cpu_count", lambda: 128)
    assert run_lint("--isolated", "-q", "--jobs", "1000", str(tmp_path)).code == 1
    assert started == [2, 70]  # 128 cores, but only 70 files
