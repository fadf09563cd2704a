"""Rule files seen before are not parsed again, and loading from kept data changes nothing.

Why (issue 13): parsing the rule files with ruamel.yaml was a quarter of a warm
pre-commit run. A kept file must give the very rule its parse gives, a changed file
must be parsed again, its errors must still point at `file:line:col`, and a cache
file this user's seedlint did not write must be ignored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint import loader
from lint.cli import default_rules_dir
from lint.loader import RuleSetError, load_rule_dirs
from lint.rulecache import FILE_NAME, RuleCache

RULE = """\
kind: phrases
message: "chrome: {match}"
description: Chrome lines.
params:
  whole_line: true
  phrases: [skip to main content]
"""


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = loader._parse_yaml

    def counting(shown: str, raw: bytes) -> object:
        seen.append(Path(shown).name)
        return original(shown, raw)

    monkeypatch.setattr(loader, "_parse_yaml", counting)
    return seen


def write_rule(root: Path, text: str) -> Path:
    path = root / "boilerplate" / "test-rule.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())
    return path


def test_kept_rules_are_the_parsed_rules(tmp_path: Path, parses: list[str]) -> None:
    folder = tmp_path / "cache"
    parsed = load_rule_dirs([default_rules_dir()], RuleCache(folder))
    assert len(parses) == len(parsed) > 0
    parses.clear()
    kept = load_rule_dirs([default_rules_dir()], RuleCache(folder))
    assert parses == [] and kept == parsed


def test_a_changed_rule_file_is_parsed_again_and_its_errors_are_placed(
    tmp_path: Path, parses: list[str]
) -> None:
    folder, rules = tmp_path / "cache", tmp_path / "rules"
    path = write_rule(rules, RULE)
    first = load_rule_dirs([rules], RuleCache(folder))
    write_rule(rules, RULE.replace("whole_line: true", "whole_line: false"))
    parses.clear()
    second = load_rule_dirs([rules], RuleCache(folder))
    assert parses == ["test-rule.yaml"]
    assert first[0].params != second[0].params
    write_rule(rules, RULE.replace("whole_line", "whole_lines"))
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([rules], RuleCache(folder))
    assert str(caught.value).startswith(f"{path}:5:3: unknown key 'params.whole_lines'")


def test_windows_newlines_place_errors_as_before(tmp_path: Path) -> None:
    path = write_rule(
        tmp_path / "rules", RULE.replace("whole_line", "whole_lines").replace("\n", "\r\n")
    )
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([tmp_path / "rules"], RuleCache(tmp_path / "cache"))
    assert str(caught.value).startswith(f"{path}:5:3: unknown key 'params.whole_lines'")


def test_an_altered_or_foreign_cache_file_is_ignored(tmp_path: Path, parses: list[str]) -> None:
    folder, rules = tmp_path / "cache", tmp_path / "rules"
    write_rule(rules, RULE)
    load_rule_dirs([rules], RuleCache(folder))
    stored = (folder / FILE_NAME).read_bytes()
    # the same data, made to disable the rule, without the user's key: never trusted
    (folder / FILE_NAME).write_bytes(stored.replace(b'"whole_line": true', b'"whole_line": false'))
    parses.clear()
    (rule,) = load_rule_dirs([rules], RuleCache(folder))
    assert parses == ["test-rule.yaml"] and rule.params.whole_line is True  # type: ignore[attr-defined]
    parses.clear()
    load_rule_dirs([rules], RuleCache(folder))
    assert parses == []  # written anew, and trusted again
