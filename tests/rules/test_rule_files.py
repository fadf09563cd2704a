"""Every shipped rule loads; every class of broken rule file gets `file:line:col: message`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lint.cli import default_rules_dir
from lint.finding import CATEGORIES
from lint.loader import RuleSetError, load_rule_dirs
from lint.schema import Rule

GOOD = """\
kind: phrases
message: "chrome: {match}"
description: Chrome lines.
params:
  whole_line: true
  phrases: [skip to main content]
"""


def test_every_shipped_rule_loads(shipped_rules: list[Rule]) -> None:
    files = sorted(default_rules_dir().glob("*/*.yaml"))
    assert len(shipped_rules) == len(files) > 0
    for rule in shipped_rules:
        assert rule.category in CATEGORIES
        assert rule.id == f"{rule.category}.{Path(rule.source).stem}"


def write_rule(root: Path, text: str, rel: str = "boilerplate/test-rule.yaml") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BROKEN = [
    # (name, rule text, line, column, message fragment)
    ("bad-yaml", "kind: phrases\nmessage: [unclosed\n", 3, 1, "invalid YAML"),
    ("not-a-mapping", "- just\n- a list\n", 1, 1, "must be a YAML mapping"),
    (
        "unknown-kind",
        GOOD.replace("kind: phrases", "kind: phrase"),
        1,
        7,
        "unknown kind 'phrase' (did you mean 'phrases'?); valid kinds:",
    ),
    (
        "missing-key",
        GOOD.replace("description: Chrome lines.\n", ""),
        1,
        1,
        "missing required key 'description'",
    ),
    ("unknown-header-key", GOOD + "severty: error\n", 7, 1, "unknown key 'severty'"),
    ("unknown-param", GOOD + "  wholeline: true\n", 7, 3, "unknown key 'params.wholeline'"),
    (
        "wrong-type",
        GOOD.replace("whole_line: true", "whole_line: [yes]"),
        5,
        15,
        "'params.whole_line': Input should be a valid boolean",
    ),
    ("bad-severity", GOOD + "severity: fatal\n", 7, 11, "'severity': Input should be"),
    ("out-of-range", GOOD + "  fuzzy: 120\n", 7, 10, "'params.fuzzy': Input should be less"),
    (
        "cross-field",
        GOOD.replace("whole_line: true", "fuzzy: 90"),
        5,
        3,
        "fuzzy matching needs whole_line: true",
    ),
    (
        "bad-placeholder",
        GOOD.replace("{match}", "{matched}"),
        2,
        10,
        "unknown placeholder {matched} in message; this kind offers: {lines}, {match}, {phrase}",
    ),
    (
        "invalid-regex",
        'kind: pattern\nmessage: m\ndescription: d\nparams:\n  pattern: "a(b"\n',
        5,
        12,
        "invalid regular expression",
    ),
    ("duplicate-key", GOOD + "kind: pattern\n", 7, 1, "invalid YAML"),
    ("fix-not-a-bool", GOOD + "fix: sometimes\n", 7, 6, "'fix': Input should be a valid boolean"),
    (
        "fix-on-a-kind-without-one",
        'kind: pattern\nmessage: m\ndescription: d\nfix: false\nparams:\n  pattern: "ab"\n',
        4,
        1,
        "kind 'pattern' has no fix, so `fix` does nothing here; kinds with one:",
    ),
    (
        "empty-phrase",
        GOOD.replace("[skip to main content]", "['  ']"),
        6,
        12,
        "phrases must not be empty",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_rule_file_points_at_line_and_column(
    tmp_path: Path, text: str, line: int, column: int, fragment: str
) -> None:
    path = write_rule(tmp_path, text)
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([tmp_path])
    [error] = caught.value.errors
    assert (error.path, error.line, error.column) == (str(path), line, column)
    assert fragment in error.message


@pytest.mark.parametrize(
    ("rel", "fragment"),
    [
        ("stray.yaml", "rule files live at <rules>/<category>/<name>.yaml"),
        ("styles/x.yaml", "unknown category folder 'styles'"),
        ("boilerplate/Bad_Name.yaml", "is not kebab-case"),
    ],
)
def test_rule_file_placement_is_checked(tmp_path: Path, rel: str, fragment: str) -> None:
    write_rule(tmp_path, GOOD, rel)
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([tmp_path])
    assert fragment in caught.value.errors[0].message


def test_all_broken_files_are_reported_at_once(tmp_path: Path) -> None:
    write_rule(tmp_path, GOOD + "x: 1\n", "boilerplate/one.yaml")
    write_rule(tmp_path, GOOD + "y: 1\n", "hygiene/two.yaml")
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([tmp_path])
    assert [Path(e.path).name for e in caught.value.errors] == ["one.yaml", "two.yaml"]


def test_user_rule_replaces_shipped_rule_with_same_id(tmp_path: Path) -> None:
    write_rule(tmp_path, GOOD.replace("Chrome lines.", "Mine."), "boilerplate/web-chrome.yaml")
    rules = {r.id: r for r in load_rule_dirs([default_rules_dir(), tmp_path])}
    assert rules["boilerplate.web-chrome"].description == "Mine."
    assert rules["boilerplate.web-chrome"].source == str(tmp_path / "boilerplate/web-chrome.yaml")


def test_cli_exits_2_and_names_the_file(tmp_path: Path, run_lint: Callable[..., object]) -> None:
    path = write_rule(tmp_path / "myrules", GOOD + "  colour: red\n")
    (tmp_path / "doc.txt").write_text("Fine text.\n", encoding="utf-8")
    result = run_lint("--isolated", "--rules", str(tmp_path / "myrules"), str(tmp_path))
    assert result.code == 2  # type: ignore[attr-defined]
    assert f"{path}:7:3: unknown key 'params.colour'" in result.err  # type: ignore[attr-defined]
    assert "Traceback" not in result.err  # type: ignore[attr-defined]


def test_a_rule_file_with_five_errors_reports_all_five(tmp_path: Path) -> None:
    text = """\
kind: phrases
message: "chrome: {match} {nope}"
description: Chrome lines.
severity: fatal
enabled: maybe
params:
  whole_line: sometimes
  phrases: [skip to main content]
  min_runn: 2
"""
    path = write_rule(tmp_path, text)
    with pytest.raises(RuleSetError) as caught:
        load_rule_dirs([tmp_path])
    shown = [f"{e.line}:{e.column}: {e.message}" for e in caught.value.errors]
    assert len(shown) == 5, shown
    assert all(str(e).startswith(f"{path}:") for e in caught.value.errors)
    assert [s.split(": ", 1)[0] for s in shown] == ["4:11", "5:10", "7:15", "9:3", "2:10"]
    assert "unknown placeholder {nope}" in shown[-1] and "params.min_runn" in shown[3]
