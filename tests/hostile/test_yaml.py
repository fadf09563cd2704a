"""YAML alias bombs and other hostile YAML in front matter, sidecars, manifests and rule files."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from lint import yamlsafe
from tests.conftest import Run

Lint = Callable[..., Run]


def bomb(width: int, depth: int, indent: str = "") -> str:
    """A mapping whose last key expands to width**depth strings ("billion laughs")."""
    lines = [f'{indent}a0: &a0 "lol"']
    for level in range(1, depth):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"{indent}a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def _timed(run: Callable[[], Run]) -> tuple[Run, float]:
    start = time.monotonic()
    result = run()
    return result, time.monotonic() - start


@pytest.mark.parametrize("where", ["front matter", "sidecar", "manifest"])
def test_a_record_bomb_is_refused_fast(tmp_path: Path, run_lint: Lint, where: str) -> None:
    text = "The council met on Monday.\n"
    if where == "front matter":
        (tmp_path / "a.txt").write_text(f"---\ntitle: T\n{bomb(9, 9)}---\n{text}", encoding="utf-8")
    elif where == "sidecar":
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        (tmp_path / "a.txt.meta.yaml").write_text(bomb(9, 9), encoding="utf-8")
    else:
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        manifest = "a.txt:\n" + bomb(9, 9, "  ")
        (tmp_path / "_provenance.yaml").write_text(manifest, encoding="utf-8")
    result, seconds = _timed(
        lambda: run_lint("--isolated", "--select", "provenance", "--format", "json", str(tmp_path))
    )
    assert seconds < 10
    messages = [f["message"] for f in json.loads(result.out)["findings"]]
    assert any("alias bomb" in m for m in messages), messages
    assert result.err.count("\n") <= 1  # only the summary line


def test_a_rule_file_bomb_points_at_its_place(tmp_path: Path, run_lint: Lint) -> None:
    folder = tmp_path / "rules" / "hygiene"
    folder.mkdir(parents=True)
    header = "kind: final_newline\nmessage: m\ndescription: d\nparams:\n"
    (folder / "bomb.yaml").write_text(header + bomb(9, 10, "  "), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result, seconds = _timed(
        lambda: run_lint("--isolated", "--rules", str(tmp_path / "rules"), str(tmp_path / "a.txt"))
    )
    assert seconds < 10 and result.code == 2
    first = result.err.splitlines()[0]
    # line 10 holds a5, the first level whose expansion (9**5 strings) passes the bound
    assert first.startswith(f"{folder / 'bomb.yaml'}:10:7: ") and "alias bomb" in first


def test_a_reused_anchor_prints_no_raw_warning(tmp_path: Path, run_lint: Lint) -> None:
    record = "---\ntitle: &x Title\nauthor: &x Jane Roe\npublisher: *x\n---\nThe text.\n"
    (tmp_path / "a.txt").write_text(record, encoding="utf-8")
    result = run_lint("--isolated", "--select", "provenance", "-q", str(tmp_path))
    assert "Warning" not in result.err and "duplicate anchor" not in result.err
    assert result.code in (0, 1)


def test_deep_nesting_and_large_input_are_refused() -> None:
    for source in ("[" * 5000 + "]" * 5000, "'" + "]" * 5000 + "' : " + "[" * 5000 + "]" * 5000):
        start = time.monotonic()
        with pytest.raises(yamlsafe.YAMLLimitError, match="deep"):
            yamlsafe.load(YAML(typ="rt"), f"a: {source}\n", 1_000_000)
        assert time.monotonic() - start < 1
    with pytest.raises(yamlsafe.YAMLLimitError, match="larger than"):
        yamlsafe.load(YAML(typ="rt"), "a: 1\n" * 1000, 100)


def test_ordinary_shared_values_still_load() -> None:
    """Anchors used a few times, as people write them, are not a bomb."""
    source = "base: &b {publisher: The Times, license: CC BY 4.0}\none: *b\ntwo: *b\n"
    data = yamlsafe.load(YAML(typ="rt"), source, 10_000)
    assert data["two"]["publisher"] == "The Times"
