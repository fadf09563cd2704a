"""Output formats end to end: `lint` run in-process over the seeds and small temp corpora.

Expectations are derived (from the JSON report, from the schema, from the files we
write), never copied from the tool's own output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lint import engine
from lint.cli import main
from lint.reporters import github

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-2.1.0.json"
)
FINDING_KEYS = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "related",
]
CATEGORIES = {
    "boilerplate",
    "duplication",
    "citations",
    "figures",
    "dates",
    "provenance",
    "hygiene",
}
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
TEXT_LINE = re.compile(r"^[^:]+:\d+:\d+: (error|warning|info) [a-z]+\.[a-z0-9-]+ .+$")
RELATED_LINE = re.compile(r"^    related: [^:]+:\d+(-\d+)?( \(.+\))?$")
COMMAND = re.compile(r"^::(?P<cmd>[a-z]+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")
_UNESCAPE = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
_CODE = re.compile("|".join(map(re.escape, _UNESCAPE)))


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def lint(*args: str, cwd: Path = ROOT) -> Result:
    """Run `lint` in-process from `cwd`, capturing stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    before = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(before)
    return Result(code, out.getvalue(), err.getvalue())


def lint_tmp(folder: Path, *args: str) -> Result:
    """Lint every file of a temp folder with no configuration picked up."""
    return lint(".", "--isolated", *args, cwd=folder)


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    props = {}
    for part in (match["props"] or "").split(","):
        if part:
            key, _, value = part.partition("=")
            props[key] = _CODE.sub(lambda m: _UNESCAPE[m.group()], value)
    return match["cmd"], props, _CODE.sub(lambda m: _UNESCAPE[m.group()], match["data"])


def web_chrome_results(log: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in log["runs"][0]["results"] if r["ruleId"] == "boilerplate.web-chrome"]


def start_line(result: dict[str, Any]) -> int:
    return int(result["locations"][0]["physicalLocation"]["region"]["startLine"])


# --- the seeds, once per format ---------------------------------------------------


@pytest.fixture(scope="module")
def seeds_json() -> dict[str, Any]:
    run = lint("seeds/", "--format", "json")
    assert run.code in (0, 1), run.err
    data: dict[str, Any] = json.loads(run.out)
    assert data["findings"], "the seeds are expected to have findings to check the formats on"
    return data


@pytest.fixture(scope="module")
def seeds_sarif() -> dict[str, Any]:
    run = lint("seeds/", "--format", "sarif")
    assert run.code in (0, 1), run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"official SARIF 2.1.0 schema missing: {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def assert_valid_sarif(validator: Any, log: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    details = "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    assert not errors, f"{len(errors)} schema errors:\n{details}"


# --- 1. SARIF ---------------------------------------------------------------------


def test_sarif_seeds_validate_against_the_official_schema(
    seeds_sarif: dict[str, Any], sarif_validator: Any
) -> None:
    assert seeds_sarif["version"] == "2.1.0"
    assert len(seeds_sarif["runs"]) == 1
    assert_valid_sarif(sarif_validator, seeds_sarif)


def test_sarif_results_are_complete(seeds_sarif: dict[str, Any]) -> None:
    run = seeds_sarif["runs"][0]
    assert run["results"]
    for result in run["results"]:
        assert result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"].strip()
        region = result["locations"][0]["physicalLocation"]["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int) and region[key] >= 1, (key, region)
        assert (region["endLine"], region["endColumn"]) > (
            region["startLine"],
            region["startColumn"],
        )
        assert result["partialFingerprints"]
        assert all(result["partialFingerprints"].values())


def test_sarif_every_rule_id_is_described(seeds_sarif: dict[str, Any]) -> None:
    run = seeds_sarif["runs"][0]
    descriptors = run["tool"]["driver"]["rules"]
    by_id = {d["id"]: d for d in descriptors}
    assert len(by_id) == len(descriptors), "duplicate rule descriptors"
    for result in run["results"]:
        descriptor = by_id[result["ruleId"]]
        assert descriptors[result["ruleIndex"]]["id"] == result["ruleId"]
        assert descriptor["shortDescription"]["text"].strip()
        assert descriptor["fullDescription"]["text"].strip()
        assert descriptor["help"]["text"].strip()
        assert descriptor["defaultConfiguration"]["level"] in ("error", "warning", "note")


def test_sarif_fingerprints_unique_within_the_run(seeds_sarif: dict[str, Any]) -> None:
    prints = [
        tuple(sorted(r["partialFingerprints"].items())) for r in seeds_sarif["runs"][0]["results"]
    ]
    assert len(prints) == len(set(prints))


def test_sarif_agrees_with_json(seeds_sarif: dict[str, Any], seeds_json: dict[str, Any]) -> None:
    results = seeds_sarif["runs"][0]["results"]
    findings = seeds_json["findings"]
    assert len(results) == len(findings)
    for result, finding in zip(results, findings, strict=True):
        assert result["ruleId"] == finding["rule"]
        assert result["level"] == SARIF_LEVEL[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == finding["path"]  # seeds need no quoting
        region = location["region"]
        assert region["startLine"] == finding["line"]
        assert region["startColumn"] == finding["column"]
        assert region["endLine"] == finding["end_line"]
        # SARIF's endColumn is exclusive, ours inclusive.
        assert region["endColumn"] == finding["end_column"] + 1


def test_sarif_fingerprint_survives_blank_lines_inserted_above(
    tmp_path: Path, sarif_validator: Any
) -> None:
    doc = tmp_path / "article.txt"
    body = "Skip to main content\n\nThe council met on Tuesday to discuss the budget.\n"
    doc.write_text(body, encoding="utf-8")
    before = json.loads(lint_tmp(tmp_path, "--format", "sarif").out)
    doc.write_text("\n\n" + body, encoding="utf-8")
    after = json.loads(lint_tmp(tmp_path, "--format", "sarif").out)
    assert_valid_sarif(sarif_validator, after)
    (old,), (new,) = web_chrome_results(before), web_chrome_results(after)
    assert start_line(new) == start_line(old) + 2
    assert new["partialFingerprints"] == old["partialFingerprints"]
    # ...while a different chrome line gets a different id.
    doc.write_text("\n\nBack to top\n" + body[len("Skip to main content\n") :], encoding="utf-8")
    other = json.loads(lint_tmp(tmp_path, "--format", "sarif").out)
    (changed,) = web_chrome_results(other)
    assert changed["partialFingerprints"] != old["partialFingerprints"]


def test_sarif_related_locations_for_duplicate_files(tmp_path: Path, sarif_validator: Any) -> None:
    content = "The same short document.\nSaved twice.\n"
    (tmp_path / "a.txt").write_text(content, encoding="utf-8")
    (tmp_path / "b.txt").write_text(content, encoding="utf-8")
    (tmp_path / "c.txt").write_text("A different document.\n", encoding="utf-8")
    log = json.loads(lint_tmp(tmp_path, "--format", "sarif").out)
    assert_valid_sarif(sarif_validator, log)
    dupes = [r for r in log["runs"][0]["results"] if r["ruleId"] == "hygiene.duplicate-file"]
    assert len(dupes) == 2
    for result in dupes:
        own = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        related = result["relatedLocations"]
        uris = [r["physicalLocation"]["artifactLocation"]["uri"] for r in related]
        assert uris == [({"a.txt", "b.txt"} - {own}).pop()]
        region = related[0]["physicalLocation"]["region"]
        assert region["startLine"] == 1
        assert region["endLine"] == content.count("\n")
    others = [r for r in log["runs"][0]["results"] if r["ruleId"] != "hygiene.duplicate-file"]
    assert all("relatedLocations" not in r for r in others)


# --- 2. JSON ----------------------------------------------------------------------


def test_json_findings_have_exactly_the_documented_fields(seeds_json: dict[str, Any]) -> None:
    assert seeds_json["version"] == 1
    assert set(seeds_json) == {"version", "findings", "summary"}
    for finding in seeds_json["findings"]:
        assert list(finding) == FINDING_KEYS
        assert finding["path"].startswith("seeds/")
        assert finding["category"] in CATEGORIES
        assert finding["rule"].split(".", 1)[0] == finding["category"]
        assert finding["severity"] in SEVERITY_RANK
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(finding[key], int) and finding[key] >= 1
        assert finding["end_line"] >= finding["line"]
        assert isinstance(finding["related"], list)


def test_json_findings_are_sorted(seeds_json: dict[str, Any]) -> None:
    keys = [(f["path"], f["line"], f["column"], f["rule"]) for f in seeds_json["findings"]]
    assert keys == sorted(keys)


def test_json_summary_agrees_with_findings(seeds_json: dict[str, Any]) -> None:
    findings, summary = seeds_json["findings"], seeds_json["summary"]
    assert set(summary) == {"files", "findings", "by_severity", "by_rule"}
    assert summary["findings"] == len(findings)
    assert summary["files"] == len(list((ROOT / "seeds").glob("*.txt"))) + len(
        list((ROOT / "seeds").glob("*.md"))
    )
    severities = Counter(f["severity"] for f in findings)
    assert summary["by_severity"] == {s: severities.get(s, 0) for s in SEVERITY_RANK}
    assert summary["by_rule"] == dict(sorted(Counter(f["rule"] for f in findings).items()))


def test_json_related_locations(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.txt"):
        (tmp_path / name).write_text("Copy of one text.\n", encoding="utf-8")
    data = json.loads(lint_tmp(tmp_path, "--format", "json").out)
    dupes = [f for f in data["findings"] if f["rule"] == "hygiene.duplicate-file"]
    assert [f["path"] for f in dupes] == ["one.txt", "three.txt", "two.txt"]
    for finding in dupes:
        paths = {r["path"] for r in finding["related"]}
        assert paths == {"one.txt", "two.txt", "three.txt"} - {finding["path"]}
        for related in finding["related"]:
            assert {"path", "line", "end_line"} <= set(related)
            assert related["line"] == related["end_line"] == 1


def test_json_output_is_byte_for_byte_deterministic() -> None:
    first = lint("seeds/", "--format", "json")
    second = lint("seeds/", "--format", "json")
    assert first.out == second.out
    assert first.code == second.code


@pytest.fixture
def corpus_of_70(tmp_path: Path) -> Path:
    """Small files with a mix of findings, enough of them for the parallel path."""
    for n in range(73):
        parts = [f"Document {n} about item {n * 7 % 13}."]
        if n % 10 == 9:  # identical files, for the corpus-wide duplicate check
            parts = ["The same note, saved in several places."]
        if n % 3 == 0:
            parts.insert(0, "Skip to main content")
        if n % 5 == 0:
            parts.append("Itâ€™s broken text.")
        if n % 7 == 0:
            parts += ["Facebook", "Twitter"]
        ending = "" if n % 4 == 0 else "\n"
        sub = tmp_path / f"part{n % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{n:03}.txt").write_text("\n".join(parts) + ending, encoding="utf-8")
    return tmp_path


def test_json_parallel_run_gives_the_same_bytes(
    corpus_of_70: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = list(corpus_of_70.rglob("*.txt"))
    assert len(files) >= engine._PARALLEL_MIN_FILES, "too few files to exercise --jobs"
    if "fork" not in engine._start_methods():
        pytest.skip("the parallel path needs the fork start method")
    serial = lint_tmp(corpus_of_70, "--format", "json", "--jobs", "1")
    # Spy on the check that guards the worker pool, to be sure --jobs 2 took that path.
    asked: list[bool] = []
    real = engine._start_methods
    monkeypatch.setattr(engine, "_start_methods", lambda: asked.append(True) or real())
    parallel = lint_tmp(corpus_of_70, "--format", "json", "--jobs", "2")
    assert asked, "--jobs 2 did not reach the parallel path"
    assert serial.code == parallel.code
    assert serial.out == parallel.out
    data = json.loads(serial.out)
    assert data["summary"]["files"] == len(files)
    rules = set(data["summary"]["by_rule"])
    assert {"hygiene.duplicate-file", "boilerplate.web-chrome", "hygiene.mojibake"} <= rules


# --- 3. GitHub --------------------------------------------------------------------


def test_github_one_annotation_per_finding(seeds_json: dict[str, Any]) -> None:
    run = lint("seeds/", "--format", "github")
    lines = run.out.splitlines()
    findings = seeds_json["findings"]
    per_level = Counter(GITHUB_COMMAND[f["severity"]] for f in findings)
    overflow = any(n > github.SHOWN_PER_LEVEL for n in per_level.values())
    assert len(lines) == len(findings) + overflow
    # The overflow notice, when there is one, comes first so GitHub never hides it.
    for line, finding in zip(lines[overflow:], findings, strict=True):
        cmd, props, data = parse_command(line)
        assert cmd == GITHUB_COMMAND[finding["severity"]]
        assert {"file", "line", "endLine", "title"} <= set(props)
        assert props["file"] == finding["path"]
        assert int(props["line"]) == finding["line"]
        assert int(props["endLine"]) == finding["end_line"]
        assert props["title"] == finding["rule"]
        assert data == finding["message"]


def test_github_overflow_notice_says_how_many_are_hidden(tmp_path: Path) -> None:
    count = github.SHOWN_PER_LEVEL + 3
    lines = []
    for n in range(count):
        lines += [f"Paragraph {n} of the article, with 100% real text.", "Skip to main content"]
    (tmp_path / "chrome.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = json.loads(lint_tmp(tmp_path, "--format", "json").out)
    warnings = sum(f["severity"] == "warning" for f in data["findings"])
    assert warnings >= count
    out = lint_tmp(tmp_path, "--format", "github").out.splitlines()
    assert len(out) == len(data["findings"]) + 1
    assert sum(line.startswith("::warning ") for line in out) == warnings
    (notice,) = [line for line in out if line.startswith("::notice title=seedlint::")]
    cmd, props, note = parse_command(notice)
    assert cmd == "notice" and props == {"title": "seedlint"}
    assert f"{warnings - github.SHOWN_PER_LEVEL} warning" in note
    assert "::" not in note and "\n" not in note
    # GitHub keeps the first notices of a step; this one must not be crowded out.
    notices = [line for line in out if line.startswith("::notice")]
    assert notice in notices[: github.SHOWN_PER_LEVEL]


@pytest.fixture
def split_match_corpus(tmp_path: Path) -> Path:
    """A folder with one finding from a user rule whose `{match}` spans a line break.

    The matched text holds '%' and a line break; the message must still come out
    on one line in every format, with the '%' escaped for GitHub.
    """
    rule = tmp_path / "rules" / "figures" / "split-percent.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(
        "kind: pattern\n"
        "severity: warning\n"
        'message: "percentage split over two lines: {match}"\n'
        "description: A percentage whose unit word wrapped onto the next line.\n"
        "params:\n"
        '  pattern: "\\\\d+%\\\\s+\\\\w+"\n',
        encoding="utf-8",
    )
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "m.txt").write_text("Rates rose 100%\nyesterday, they said.\n", encoding="utf-8")
    return docs


def lint_split(docs: Path, *args: str) -> Result:
    return lint_tmp(docs, "--no-default-rules", "--rules", "../rules", *args)


def test_github_message_with_percent_and_line_break_in_the_match(
    split_match_corpus: Path,
) -> None:
    data = json.loads(lint_split(split_match_corpus, "--format", "json").out)
    (finding,) = data["findings"]
    message = finding["message"]
    assert "%" in message
    assert "\n" not in message and "\r" not in message, "a message must stay on one line"
    out = lint_split(split_match_corpus, "--format", "github").out
    (line,) = out.splitlines()
    assert "%25" in line
    cmd, props, unescaped = parse_command(line)
    assert (cmd, props["title"], props["file"]) == ("warning", finding["rule"], "m.txt")
    assert unescaped == message


# --- 4. text ----------------------------------------------------------------------


def test_text_format_lines_and_summary(seeds_json: dict[str, Any]) -> None:
    run = lint("seeds/")
    lines = run.out.splitlines()
    assert run.out.endswith("\n")
    summary = lines[-1]
    assert summary.startswith("Found ") and summary.endswith(".")
    assert str(seeds_json["summary"]["findings"]) in summary
    body = lines[:-1]
    related = [line for line in body if line.startswith("    related:")]
    findings = [line for line in body if not line.startswith("    related:")]
    assert all(RELATED_LINE.match(line) for line in related)
    assert len(related) == sum(len(f["related"]) for f in seeds_json["findings"])
    assert len(findings) == len(seeds_json["findings"])
    for line, finding in zip(findings, seeds_json["findings"], strict=True):
        assert TEXT_LINE.match(line), line
        assert line.startswith(f"{finding['path']}:{finding['line']}:{finding['column']}: ")
        assert f" {finding['severity']} {finding['rule']} " in line
    assert run.err == ""


def test_text_related_lines_follow_their_finding(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Twin.\n", encoding="utf-8")
    lines = lint_tmp(tmp_path).out.splitlines()
    assert TEXT_LINE.match(lines[0]) and "hygiene.duplicate-file" in lines[0]
    assert RELATED_LINE.match(lines[1]) and "b.txt:1" in lines[1]
    assert TEXT_LINE.match(lines[2]) and RELATED_LINE.match(lines[3]) and "a.txt:1" in lines[3]


def test_text_output_file_gets_the_report_and_stderr_the_summary(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    plain = lint("seeds/")
    to_file = lint("seeds/", "--output", str(report))
    assert to_file.out == ""
    assert report.read_text(encoding="utf-8") == plain.out
    assert to_file.err.splitlines() == [plain.out.splitlines()[-1]]
    assert to_file.code == plain.code


@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_machine_formats_keep_stdout_clean_and_summary_on_stderr(fmt: str, tmp_path: Path) -> None:
    report = tmp_path / f"report.{fmt}"
    plain = lint("seeds/", "--format", fmt)
    to_file = lint("seeds/", "--format", fmt, "--output", str(report))
    assert to_file.out == ""
    assert report.read_text(encoding="utf-8") == plain.out
    assert plain.err == to_file.err
    assert plain.err.splitlines() == [lint("seeds/").out.splitlines()[-1]]


def test_text_one_line_per_finding_even_when_the_match_spans_a_line_break(
    split_match_corpus: Path,
) -> None:
    lines = lint_split(split_match_corpus).out.splitlines()
    assert len(lines) == 2, lines  # the finding and the summary
    assert TEXT_LINE.match(lines[0]), lines


# --- 5. --fail-on -----------------------------------------------------------------


def expected_code(severities: set[str], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return int(any(SEVERITY_RANK[s] >= SEVERITY_RANK[fail_on] for s in severities))


@pytest.mark.parametrize("fail_on", ["never", "info", "warning", "error"])
def test_fail_on_exit_codes_follow_the_severities(fail_on: str, seeds_json: dict[str, Any]) -> None:
    severities = {f["severity"] for f in seeds_json["findings"]}
    run = lint("seeds/", "--format", "json", "--fail-on", fail_on)
    assert run.code == expected_code(severities, fail_on), run.err
    assert json.loads(run.out) == seeds_json  # the report does not depend on --fail-on


def test_fail_on_default_is_warning(seeds_json: dict[str, Any]) -> None:
    severities = {f["severity"] for f in seeds_json["findings"]}
    assert lint("seeds/", "-q").code == expected_code(severities, "warning")


@pytest.mark.parametrize(
    ("content", "fail_on", "code"),
    [
        ("No newline at the end", "info", 1),  # info only
        ("No newline at the end", "warning", 0),
        ("Skip to main content\nText.\n", "warning", 1),
        ("Skip to main content\nText.\n", "error", 0),
        ("Clean text.\n", "info", 0),
    ],
)
def test_fail_on_thresholds_on_known_severities(
    tmp_path: Path, content: str, fail_on: str, code: int
) -> None:
    (tmp_path / "doc.txt").write_text(content, encoding="utf-8")
    assert lint_tmp(tmp_path, "-q", "--fail-on", fail_on).code == code


def test_fail_on_error_with_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 latin-1 text\n")
    data = json.loads(lint_tmp(tmp_path, "--format", "json").out)
    assert any(f["severity"] == "error" for f in data["findings"])
    assert lint_tmp(tmp_path, "-q", "--fail-on", "error").code == 1
    assert lint_tmp(tmp_path, "-q", "--fail-on", "never").code == 0


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    run = lint("missing", "--isolated", "--format", "json", cwd=tmp_path)
    assert run.code == 2
    assert run.out == ""
    assert "missing" in run.err


@pytest.fixture(autouse=True)
def _keep_cwd() -> Iterator[None]:
    """Every test leaves the working folder where it found it."""
    before = Path.cwd()
    yield
    assert Path.cwd() == before
