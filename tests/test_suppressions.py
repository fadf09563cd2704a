"""Suppressions: record `lint:` entries, Markdown comments, and unused ones reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_dd14da796d596186.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code = main([*args, "--isolated", "--no-cache", "--format", "json", "-q"])
    return code, json.loads(capsys.readouterr().out)["findings"]


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def wording(findings: list[dict[str, object]]) -> list[object]:
    return [f["line"] for f in findings if f["rule"] == "figures.figure-wording"]


def test_sidecar_ignore_text_silences_exactly_that_finding(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    select = ("--select", "figures.figure-wording,hygiene.unused-suppression")
    _, before = run(capsys, str(seeds), *select)
    assert len(wording(before)) == 2
    sidecar = seeds / (SEED + ".meta.yaml")
    with sidecar.open("a", encoding="utf-8") as out:
        out.write('lint:\n  ignore-text:\n    figures.figure-wording: ["over 30"]\n')
        out.write('  reason: "both wordings are the source\'s"\n')
    _, after = run(capsys, str(seeds), *select)
    assert len(wording(after)) == 1
    assert [f for f in after if f not in before] == []  # nothing new, one finding gone
    assert not [f for f in after if f["rule"] == "hygiene.unused-suppression"]
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("over 30", "over 40"))
    _, edited = run(capsys, str(seeds), *select)
    unused = [f for f in edited if f["rule"] == "hygiene.unused-suppression"]
    assert len(wording(edited)) == 2 and len(unused) == 1
    assert "over 40" in str(unused[0]["message"])
    assert unused[0]["related"][0]["path"] == str(sidecar)  # type: ignore[index]


def test_select_of_other_rules_judges_no_suppression(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sidecar = seeds / (SEED + ".meta.yaml")
    with sidecar.open("a", encoding="utf-8") as out:
        out.write("lint:\n  ignore: [figures, dates.no-such-rule]\n")
    _, findings = run(capsys, str(seeds), "--select", "hygiene")
    unused = [f["message"] for f in findings if f["rule"] == "hygiene.unused-suppression"]
    assert len(unused) == 1 and "names no rule" in str(unused[0])


def test_ignore_by_category_and_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Skip to main content\nA storm hit the coast.\nSkip to main content\n")
    _, plain = run(capsys, str(doc), "--select", "boilerplate.web-chrome")
    assert [f["line"] for f in plain] == [1, 3]
    sidecar = tmp_path / "a.txt.meta.yaml"
    sidecar.write_text("lint:\n  ignore-lines: {boilerplate.web-chrome: [3]}\n")
    _, lines = run(capsys, str(doc), "--select", "boilerplate.web-chrome")
    assert [f["line"] for f in lines] == [1]
    sidecar.write_text("lint:\n  ignore: [boilerplate]\n")
    _, category = run(capsys, str(doc), "--select", "boilerplate.web-chrome")
    assert category == []
    sidecar.write_text('lint:\n  ignore-lines: {boilerplate.web-chrome: ["2-3", 1]}\n')
    _, ranges = run(capsys, str(doc), "--select", "boilerplate.web-chrome")
    assert ranges == []


def test_markdown_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Skip to main content\n"
        "<!-- seedlint-disable-next-line boilerplate.web-chrome -->\n"
        "Skip to main content\n"
        "<!-- seedlint-disable -->\n"
        "Skip to main content\n"
        "<!-- seedlint-enable -->\n"
        "Skip to main content\n"
    )
    select = ("--select", "boilerplate.web-chrome,hygiene.unused-suppression")
    md = tmp_path / "a.md"
    md.write_text(text)
    _, found = run(capsys, str(md), *select)
    assert [(f["line"], f["rule"]) for f in found] == [
        (1, "boilerplate.web-chrome"),
        (7, "boilerplate.web-chrome"),
    ]
    txt = tmp_path / "a.txt"
    txt.write_text(text)
    _, plain = run(capsys, str(txt), *select)
    assert [f["line"] for f in plain] == [1, 3, 5, 7]  # no comments in plain text


def test_invalid_block_names_file_line_col(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Skip to main content\n")
    sidecar = tmp_path / "a.txt.meta.yaml"
    sidecar.write_text("title: x\nlint:\n  ignore: [boilerplate]\n  ignore-lines: {dates: [0]}\n")
    _, found = run(capsys, str(doc), "--select", "boilerplate,hygiene.invalid-suppression")
    assert [f["rule"] for f in found] == ["hygiene.invalid-suppression"]
    assert f"{sidecar}:4:26" in str(found[0]["message"])


def test_statistics_counts_per_rule_sorted(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = str(ROOT / "seeds")
    main([seeds, "--isolated", "--no-cache", "--format", "json", "-q"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    main([seeds, "--isolated", "--no-cache", "--statistics", "-q"])
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    counts = {row[1]: int(row[0]) for row in rows}
    assert counts == {r: sum(f["rule"] == r for f in findings) for r in counts}
    assert sum(counts.values()) == len(findings)
    assert [int(r[0]) for r in rows] == sorted((int(r[0]) for r in rows), reverse=True)
    assert ["[*]" in row for row in rows if row[1] == "hygiene.final-newline"] == [True]


def test_same_findings_with_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(70):  # enough files for the worker pool
        (tmp_path / f"d{n:02}.txt").write_text("Skip to main content\nA storm hit the coast.\n")
    (tmp_path / "d07.txt.meta.yaml").write_text("lint:\n  ignore: [boilerplate, figures]\n")
    select = ("--select", "boilerplate.web-chrome,hygiene.unused-suppression")
    _, one = run(capsys, str(tmp_path), *select, "-j", "1")
    _, two = run(capsys, str(tmp_path), *select, "-j", "2")
    assert one == two and len(one) == 69
