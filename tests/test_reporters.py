"""Reporters in isolation: findings built by hand, rendered, and read back.

These tests check properties of each format (escaping that round-trips, counts that
agree, a fingerprint that ignores line numbers) rather than copies of rendered output.
"""

from __future__ import annotations

import json as jsonlib

import pytest

from lint.cli import default_rules_dir
from lint.finding import Finding, Location, Related, Severity
from lint.loader import load_rule_dirs
from lint.reporters import fingerprints, github, json, sarif, summarize, summary_line, text
from lint.schema import Rule
from tests.contract import (
    CATEGORIES,
    FINDING_KEYS,
    SARIF_SCHEMA,
    TEXT_LINE,
    parse_command,
    unescape,
)


def make(
    path: str = "docs/a.txt",
    line: int = 1,
    rule: str = "boilerplate.web-chrome",
    severity: Severity = Severity.WARNING,
    message: str = "site navigation or widget text",
    *,
    column: int = 1,
    end_line: int | None = None,
    end_column: int = 5,
    related: tuple[Related, ...] = (),
    text_: str = "skip to main content",
) -> Finding:
    return Finding(
        path=path,
        location=Location(line, column, line if end_line is None else end_line, end_column),
        rule=rule,
        category=rule.split(".", 1)[0],
        severity=severity,
        message=message,
        related=related,
        text=text_,
    )


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_rule_dirs([default_rules_dir()])


# --- shared helpers ---------------------------------------------------------------


def test_summarize_counts_agree_with_findings() -> None:
    findings = [
        make(line=1),
        make(line=2),
        make(rule="hygiene.final-newline", severity=Severity.INFO),
        make(rule="hygiene.unreadable-file", severity=Severity.ERROR),
    ]
    summary = summarize(findings, files=3)
    assert summary.files == 3
    assert summary.findings == len(findings)
    assert set(summary.by_severity) == {s.value for s in Severity}
    assert sum(summary.by_severity.values()) == len(findings)
    assert summary.by_severity["warning"] == 2
    assert list(summary.by_rule) == sorted(summary.by_rule)
    assert sum(summary.by_rule.values()) == len(findings)
    assert summary.by_rule["boilerplate.web-chrome"] == 2


def test_summarize_empty_keeps_every_severity_at_zero() -> None:
    summary = summarize([], files=0)
    assert summary.by_severity == {s.value: 0 for s in Severity}
    assert summary.by_rule == {}
    assert summary_line(summary).startswith("No findings")


def test_summary_line_mentions_counts_and_grammatical_number() -> None:
    one = summary_line(summarize([make()], files=1))
    assert "1 finding " in one and "1 file " in one and "1 warning)" in one
    many = summary_line(summarize([make(line=1), make(line=2)], files=2))
    assert "2 findings" in many and "2 files" in many and "2 warnings" in many


# --- fingerprints -----------------------------------------------------------------


def test_fingerprint_ignores_location_but_not_text_rule_or_path() -> None:
    base = make(line=3, column=1)
    moved = make(line=40, column=7, end_line=41)
    (a,), (b,) = fingerprints([base]), fingerprints([moved])
    assert a == b
    assert fingerprints([make(text_="back to top")]) != [a]
    assert fingerprints([make(rule="boilerplate.social-links")]) != [a]
    assert fingerprints([make(path="docs/b.txt")]) != [a]


def test_fingerprint_folds_case_and_whitespace_of_the_matched_text() -> None:
    assert fingerprints([make(text_="Skip  to\nMain content")]) == fingerprints([make()])


def test_fingerprints_of_equal_texts_in_one_file_are_told_apart() -> None:
    prints = fingerprints([make(line=1), make(line=9), make(line=20)])
    assert len(set(prints)) == 3
    # Stable across calls: the same run gives the same ids.
    assert prints == fingerprints([make(line=1), make(line=9), make(line=20)])


# --- GitHub -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("100%", "100%25"),
        ("a\nb", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab"),
        ("%0A", "%250A"),
        ("plain: text, here", "plain: text, here"),
    ],
)
def test_escape_data(raw: str, escaped: str) -> None:
    assert github.escape_data(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a:b", "a%3Ab"),
        ("a,b", "a%2Cb"),
        ("50%,\n", "50%25%2C%0A"),
        ("%3A", "%253A"),
    ],
)
def test_escape_property(raw: str, escaped: str) -> None:
    assert github.escape_property(raw) == escaped


@pytest.mark.parametrize(
    "raw", ["", "x", "100% sure\nnext line\r\n", "%25%0A%3A%2C", "C:\\dir,file:1", "::error::"]
)
def test_escapes_round_trip_and_leave_no_separator(raw: str) -> None:
    data, prop = github.escape_data(raw), github.escape_property(raw)
    assert unescape(data) == raw
    assert unescape(prop) == raw
    assert "\n" not in data and "\r" not in data
    assert not set(prop) & set("\r\n:,")


def test_github_line_per_finding_with_escaped_message_and_properties() -> None:
    findings = [
        make(
            path="odd, name: v2.txt",
            line=4,
            end_line=6,
            end_column=9,
            message="50% of the line\nis chrome",
        ),
        make(path="b.txt", rule="hygiene.final-newline", severity=Severity.INFO),
        make(path="c.txt", rule="hygiene.unreadable-file", severity=Severity.ERROR),
    ]
    lines = github.render(findings, summarize(findings, 3)).splitlines()
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings, strict=True):
        cmd, props, data = parse_command(line)
        expected = {"error": "error", "warning": "warning", "info": "notice"}
        assert cmd == expected[finding.severity.value]
        assert props["file"] == finding.path
        assert int(props["line"]) == finding.location.line
        assert int(props["endLine"]) == finding.location.end_line
        assert props["title"] == finding.rule
        assert data == finding.message


def test_github_no_overflow_notice_at_the_limit() -> None:
    findings = [make(line=n) for n in range(1, github.SHOWN_PER_LEVEL + 1)]
    lines = github.render(findings, summarize(findings, 1)).splitlines()
    assert len(lines) == github.SHOWN_PER_LEVEL
    assert not any("title=seedlint" in line for line in lines)


def overflow_notices(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("::notice title=seedlint::")]


def test_github_overflow_notice_counts_hidden_annotations_per_level() -> None:
    extra_warnings, errors = 3, 2
    findings = [make(line=n) for n in range(1, github.SHOWN_PER_LEVEL + extra_warnings + 1)]
    findings += [
        make(path="z.txt", line=n, rule="hygiene.unreadable-file", severity=Severity.ERROR)
        for n in range(1, errors + 1)
    ]
    lines = github.render(findings, summarize(findings, 2)).splitlines()
    assert len(lines) == len(findings) + 1
    (notice,) = overflow_notices(lines)
    cmd, props, data = parse_command(notice)
    assert (cmd, props) == ("notice", {"title": "seedlint"})
    hidden = data.split(" so ", 1)[1]
    assert f"{extra_warnings} warning" in hidden
    assert "error" not in hidden.split("annotations")[0]
    assert summary_line(summarize(findings, 2)) in data
    # The findings themselves keep their sorted order around the notice.
    annotations = [line for line in lines if line != notice]
    assert [parse_command(line)[1]["file"] for line in annotations] == [f.path for f in findings]


def test_github_overflow_notice_is_itself_shown_when_notices_overflow() -> None:
    """GitHub keeps the first 10 notices of a step: the overflow notice must be one of them."""
    findings = [
        make(path=f"f{n:02}.txt", rule="hygiene.final-newline", severity=Severity.INFO)
        for n in range(github.SHOWN_PER_LEVEL + 2)
    ]
    lines = github.render(findings, summarize(findings, len(findings))).splitlines()
    notices = [line for line in lines if line.startswith("::notice")]
    assert len(notices) == len(findings) + 1
    assert overflow_notices(notices[: github.SHOWN_PER_LEVEL])
    _, _, data = parse_command(overflow_notices(lines)[0])
    assert "2 notice" in data


# --- text -------------------------------------------------------------------------


def test_text_lines_related_lines_and_summary_last() -> None:
    related = (Related("b.txt", 3, 5, "identical copy"), Related("c.txt", 7, 7))
    findings = [
        make(path="a.txt", rule="hygiene.duplicate-file", related=related),
        make(path="a.txt", line=9, rule="hygiene.final-newline", severity=Severity.INFO),
    ]
    summary = summarize(findings, 3)
    out = text.render(findings, summary)
    assert out.endswith("\n")
    lines = out.splitlines()
    assert lines[-1] == summary_line(summary)
    body = lines[:-1]
    finding_lines = [line for line in body if not line.startswith("    related: ")]
    related_lines = [line for line in body if line.startswith("    related: ")]
    assert len(finding_lines) == len(findings)
    assert len(related_lines) == len(related)
    for line, finding in zip(finding_lines, findings, strict=True):
        assert TEXT_LINE.match(line), line
        loc = finding.location
        assert line.startswith(f"{finding.path}:{loc.line}:{loc.column}: {finding.severity.value} ")
        assert line.endswith(finding.message)
    assert related_lines[0].startswith("    related: b.txt:3-5")
    assert "identical copy" in related_lines[0]
    assert related_lines[1] == "    related: c.txt:7"


def test_text_without_findings_is_just_the_summary() -> None:
    summary = summarize([], 4)
    assert text.render([], summary) == summary_line(summary) + "\n"


# --- JSON -------------------------------------------------------------------------


def test_json_document_shape() -> None:
    related = (Related("b.txt", 1, 4, "identical copy"),)
    findings = [
        make(related=related),
        make(line=2, severity=Severity.INFO, rule="hygiene.final-newline"),
    ]
    data = jsonlib.loads(json.render(findings, summarize(findings, 2)))
    assert data["version"] == 1
    assert set(data) == {"version", "findings", "summary"}
    for item, finding in zip(data["findings"], findings, strict=True):
        assert list(item) == FINDING_KEYS
        assert item["category"] in CATEGORIES
        assert item["severity"] == finding.severity.value
        assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (
            finding.location.line,
            finding.location.column,
            finding.location.end_line,
            finding.location.end_column,
        )
        assert len(item["related"]) == len(finding.related)
    rel = data["findings"][0]["related"][0]
    assert {"path", "line", "end_line"} <= set(rel)
    assert (rel["path"], rel["line"], rel["end_line"]) == ("b.txt", 1, 4)
    assert data["summary"] == {
        "files": 2,
        "findings": 2,
        "by_severity": {"error": 0, "warning": 1, "info": 1},
        "by_rule": {"boilerplate.web-chrome": 1, "hygiene.final-newline": 1},
    }


def test_json_keeps_non_ascii_and_is_stable() -> None:
    findings = [make(message="mojibake 'â€™' in “quotes”")]
    first = json.render(findings, summarize(findings, 1))
    assert "“quotes”" in first
    assert first == json.render(findings, summarize(findings, 1))


# --- SARIF ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    schema = jsonlib.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def test_sarif_render_is_valid_and_maps_every_field(rules: list[Rule], sarif_validator) -> None:  # type: ignore[no-untyped-def]
    related = (Related("dir with space/b.txt", 1, 3, "identical copy"), Related("c.txt", 2, 2))
    findings = [
        make(
            path="dir with space/a.txt",
            rule="hygiene.duplicate-file",
            related=related,
            text_="duplicate file",
        ),
        make(path="dir with space/a.txt", line=2, end_line=4, end_column=12),
        make(path="b.txt", rule="hygiene.final-newline", severity=Severity.INFO, text_="x"),
    ]
    log = jsonlib.loads(sarif.render(findings, rules, {}))
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, "\n".join(e.message for e in errors[:5])
    run = log["runs"][0]
    ids = [d["id"] for d in run["tool"]["driver"]["rules"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert set(ids) >= {r.id for r in rules}
    level = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run["results"], findings, strict=True):
        assert ids[result["ruleIndex"]] == result["ruleId"] == finding.rule
        assert result["level"] == level[finding.severity.value]
        assert result["message"]["text"] == finding.message
        (location,) = result["locations"]
        region = location["physicalLocation"]["region"]
        loc = finding.location
        assert region == {
            "startLine": loc.line,
            "startColumn": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column + 1,
        }
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert " " not in uri
        assert len(result.get("relatedLocations", [])) == len(finding.related)
    first = run["results"][0]["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in first] == [1, 2]
    assert len({r["id"] for r in first}) == len(first)


def test_sarif_descriptor_uses_rule_metadata(rules: list[Rule]) -> None:
    log = jsonlib.loads(sarif.render([], rules, {r.id: f"help for {r.id}" for r in rules}))
    by_id = {d["id"]: d for d in log["runs"][0]["tool"]["driver"]["rules"]}
    level = {"error": "error", "warning": "warning", "info": "note"}
    for rule in rules:
        descriptor = by_id[rule.id]
        assert descriptor["help"]["text"] == f"help for {rule.id}"
        assert descriptor["defaultConfiguration"]["level"] == level[rule.severity.value]
        assert descriptor["fullDescription"]["text"] == rule.description
        short = descriptor["shortDescription"]["text"]
        assert short and short in " ".join(rule.description.split())
    assert log["runs"][0]["results"] == []
