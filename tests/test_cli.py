"""The `lint` command: files, selection, configuration, exit codes and bad input."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

# A dated, attributed article: clean for every shipped rule (dates and provenance too).
BYLINE = "By Jane Roe | The Harbour Times\nPublished 3 June 2024\n"
CLEAN = f"Mayor opens bridge\n{BYLINE}\nThe mayor opened the new bridge on Friday.\n"
CHROME = f"Skip to main content\n\nCouncil meets\n{BYLINE}\nThe council met on Monday.\n"

Lint = Callable[..., Run]


def corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def findings(result: Run) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads(result.out)["findings"]
    return data


def rules_of(result: Run) -> set[str]:
    return {str(f["rule"]) for f in findings(result)}


def test_clean_corpus_exits_0(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"a.txt": CLEAN})
    result = run_lint("--isolated", str(tmp_path))
    assert result.code == 0
    assert result.out == "No findings in 1 file.\n"


def test_findings_exit_1(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"a.txt": CHROME})
    result = run_lint("--isolated", str(tmp_path))
    assert result.code == 1
    assert f"{tmp_path}/a.txt:1:1: warning boilerplate.web-chrome" in result.out


def test_latin1_and_png_each_get_one_finding_and_the_rest_is_linted(
    tmp_path: Path, run_lint: Lint
) -> None:
    corpus(
        tmp_path,
        {
            "a_latin1.txt": "Café owners protest\n".encode("latin-1"),
            "b_image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "c_chrome.txt": CHROME,
        },
    )
    result = run_lint("--isolated", "--format", "json", str(tmp_path))
    assert result.code == 1
    by_file = {(Path(str(f["path"])).name, f["rule"]) for f in findings(result)}
    assert by_file == {
        ("a_latin1.txt", "hygiene.unreadable-file"),
        ("b_image.txt", "hygiene.unreadable-file"),
        ("c_chrome.txt", "boilerplate.web-chrome"),
    }
    assert "Traceback" not in result.err


def test_unreadable_file_does_not_stop_the_run(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"b.txt": CHROME})
    (tmp_path / "a.txt").symlink_to(tmp_path / "gone.txt")  # a dangling link cannot be read
    os.mkfifo(tmp_path / "pipe.txt")  # not a regular file: reported, never opened (it would block)
    result = run_lint("--isolated", "--format", "json", str(tmp_path))
    rules = {(Path(str(f["path"])).name, f["rule"]) for f in findings(result)}
    assert rules == {
        ("a.txt", "hygiene.unreadable-file"),
        ("b.txt", "boilerplate.web-chrome"),
        ("pipe.txt", "hygiene.unreadable-file"),
    }
    messages = {
        Path(str(f["path"])).name: f["message"]
        for f in findings(result)
        if f["rule"] == "hygiene.unreadable-file"
    }
    assert messages == {
        "a.txt": "cannot read file: No such file or directory",
        "pipe.txt": "a named pipe (FIFO), not a file; not read",
    }


def test_missing_path_is_a_usage_error(tmp_path: Path, run_lint: Lint) -> None:
    result = run_lint("--isolated", str(tmp_path / "nope"))
    assert result.code == 2
    assert "no such file or folder" in result.err


def test_no_paths_and_no_configured_corpus_is_a_usage_error(tmp_path: Path, run_lint: Lint) -> None:
    result = run_lint("--isolated", cwd=tmp_path)
    assert result.code == 2
    assert "lint seeds/" in result.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "hygiene"], {"hygiene.final-newline"}),
        (["--select", "boilerplate.web-chrome"], {"boilerplate.web-chrome"}),
        (["--ignore", "hygiene"], {"boilerplate.web-chrome"}),
        (["--select", "ALL", "--ignore", "boilerplate,hygiene.final-newline"], set()),
    ],
)
def test_select_and_ignore(
    tmp_path: Path, run_lint: Lint, args: list[str], expected: set[str]
) -> None:
    corpus(tmp_path, {"a.txt": CHROME.rstrip("\n")})
    result = run_lint("--isolated", "--format", "json", *args, str(tmp_path))
    assert rules_of(result) == expected


def test_unknown_selector_is_a_usage_error(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"a.txt": CLEAN})
    result = run_lint("--isolated", "--select", "boilerplate.no-such-rule", str(tmp_path))
    assert result.code == 2
    assert "unknown rule or category 'boilerplate.no-such-rule'" in result.err


def test_include_and_exclude(tmp_path: Path, run_lint: Lint) -> None:
    corpus(
        tmp_path,
        {
            "a.txt": CHROME,
            "b.md": CHROME,
            "c.html": CHROME,
            "drafts/d.txt": CHROME,
            ".hidden/e.txt": CHROME,
        },
    )
    result = run_lint("--isolated", "--format", "json", "--exclude", "drafts", str(tmp_path))
    names = sorted({Path(str(f["path"])).name for f in findings(result)})
    assert names == ["a.txt", "b.md"]
    result = run_lint("--isolated", "--format", "json", "--include", "*.html", str(tmp_path))
    assert sorted(Path(str(f["path"])).name for f in findings(result)) == ["c.html"]


def test_configuration_in_pyproject(tmp_path: Path, run_lint: Lint) -> None:
    corpus(
        tmp_path,
        {
            "docs/a.txt": CHROME.rstrip("\n"),
            "docs/legacy/b.txt": CHROME,
            "pyproject.toml": (
                "[tool.seedlint]\n"
                'fail-on = "error"\n'
                'ignore = ["hygiene.final-newline"]\n'
                "[tool.seedlint.severity]\n"
                '"boilerplate" = "info"\n'
                "[tool.seedlint.per-path-ignores]\n"
                '"docs/legacy/*" = ["boilerplate"]\n'
            ),
        },
    )
    result = run_lint("--format", "json", "docs", cwd=tmp_path)
    assert result.code == 0  # only info findings and fail-on = error
    assert [(f["path"], f["rule"], f["severity"]) for f in findings(result)] == [
        ("docs/a.txt", "boilerplate.web-chrome", "info"),
    ]
    assert run_lint("--format", "json", "--fail-on", "info", "docs", cwd=tmp_path).code == 1


def test_config_rule_folder_and_unknown_key(tmp_path: Path, run_lint: Lint) -> None:
    corpus(
        tmp_path,
        {
            "a.txt": f"Placeholder\n{BYLINE}\nLorem ipsum placeholder text.\n",
            "myrules/boilerplate/lorem.yaml": (
                "kind: pattern\nmessage: placeholder text\ndescription: Lorem ipsum.\n"
                "params:\n  pattern: '(?i)lorem ipsum'\n"
            ),
            "seedlint.toml": 'rules = ["myrules"]\n',
        },
    )
    result = run_lint("--format", "json", "a.txt", cwd=tmp_path)
    assert rules_of(result) == {"boilerplate.lorem"}
    (tmp_path / "seedlint.toml").write_text('rulez = ["myrules"]\n', encoding="utf-8")
    result = run_lint("a.txt", cwd=tmp_path)
    assert result.code == 2
    assert "seedlint.toml: the file: unknown key 'rulez'" in result.err


def test_invalid_toml_is_a_usage_error(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"a.txt": CLEAN, "cfg.toml": "[tool.seedlint\n"})
    result = run_lint("--config", str(tmp_path / "cfg.toml"), str(tmp_path / "a.txt"))
    assert result.code == 2
    assert "invalid TOML" in result.err


def test_corpus_checks_see_the_whole_corpus_but_report_only_given_files(
    tmp_path: Path, run_lint: Lint
) -> None:
    corpus(tmp_path, {"seeds/a.txt": CLEAN, "seeds/b.txt": CLEAN, "seeds/c.txt": CHROME})
    result = run_lint(
        "--isolated",
        "--format",
        "json",
        "--select",
        "hygiene.duplicate-file",
        "--corpus",
        "seeds",
        "seeds/b.txt",
        cwd=tmp_path,
    )
    assert [(f["path"], f["related"]) for f in findings(result)] == [
        (
            "seeds/b.txt",
            [{"path": "seeds/a.txt", "line": 1, "end_line": 5, "message": "identical copy"}],
        ),
    ]


def test_list_rules_and_explain(run_lint: Lint, tmp_path: Path) -> None:
    listing = run_lint("--isolated", "--list-rules", cwd=tmp_path)
    assert listing.code == 0
    assert "boilerplate.web-chrome" in listing.out and "hygiene.unreadable-file" in listing.out
    explained = run_lint("--isolated", "--explain", "boilerplate.web-chrome", cwd=tmp_path)
    assert explained.code == 0
    for part in ("kind phrases", "Why:", "Parameters:", "fuzzy (", "This rule: 88", "Fails:"):
        assert part in explained.out
    missing = run_lint("--isolated", "--explain", "nope.rule", cwd=tmp_path)
    assert missing.code == 2


def test_output_file_cannot_be_written(tmp_path: Path, run_lint: Lint) -> None:
    corpus(tmp_path, {"a.txt": CLEAN})
    result = run_lint("--isolated", "--output", str(tmp_path / "no" / "dir" / "x"), str(tmp_path))
    assert result.code == 2
    assert "cannot write" in result.err


def test_disabled_rule_runs_only_when_selected_by_id(tmp_path: Path, run_lint: Lint) -> None:
    corpus(
        tmp_path,
        {
            "a.txt": "Lorem ipsum.\n",
            "r/boilerplate/lorem.yaml": (
                "kind: pattern\nmessage: m\ndescription: d\nenabled: false\n"
                "params:\n  pattern: Lorem\n"
            ),
        },
    )
    base = ("--isolated", "--format", "json", "--rules", str(tmp_path / "r"))
    assert "boilerplate.lorem" not in rules_of(run_lint(*base, str(tmp_path / "a.txt")))
    selected = run_lint(*base, "--select", "boilerplate.lorem", str(tmp_path / "a.txt"))
    assert rules_of(selected) == {"boilerplate.lorem"}
