"""SARIF 2.1.0 output that GitHub code scanning accepts."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TextIO
from urllib.parse import quote

from lint import __version__
from lint.finding import Finding, Location, Severity
from lint.reporters import fingerprints, shown, stream_json, to_string
from lint.schema import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/seedlint/seedlint"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def write(
    out: TextIO, findings: Sequence[Finding], rules: Sequence[Rule], explain: dict[str, str]
) -> None:
    """Write one SARIF run: the driver's rules and one result per finding, streamed.

    `explain` maps a rule id to its help text (generated from the kind's docs).
    """
    rule_ids = sorted({r.id for r in rules} | {f.rule for f in findings})
    by_id = {r.id: r for r in rules}
    index = {rule_id: n for n, rule_id in enumerate(rule_ids)}
    driver = {
        "name": "seedlint",
        "version": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [_descriptor(rule_id, by_id.get(rule_id), explain) for rule_id in rule_ids],
    }
    results = (
        _result(f, index[f.rule], print_)
        for f, print_ in zip(findings, fingerprints(findings), strict=True)
    )
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": []}],
    }
    stream_json(out, log, "results", results)


def render(findings: Sequence[Finding], rules: Sequence[Rule], explain: dict[str, str]) -> str:
    """Render the SARIF log as a string."""
    return to_string(lambda out: write(out, findings, rules, explain))


def _descriptor(rule_id: str, rule: Rule | None, explain: dict[str, str]) -> dict[str, Any]:
    if rule is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    help_text = explain.get(rule_id, rule.description)
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": rule.id.replace(".", "/"),
        "shortDescription": {"text": _first_sentence(rule.description)},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.category], "kind": rule.kind},
    }
    if rule.link:
        descriptor["helpUri"] = rule.link
    return descriptor


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    end = flat.find(". ")
    return flat if end == -1 else flat[: end + 1]


def _region(loc: Location) -> dict[str, int]:
    # SARIF's endColumn is exclusive; ours is inclusive.
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column + 1,
    }


def _physical(path: str, region: dict[str, int]) -> dict[str, Any]:
    """Paths inside the working folder are relative to %SRCROOT%; others are file URIs.

    URIs percent-encode the path's bytes as the file system holds them (RFC 3986),
    so a name that is not UTF-8 still names its file exactly.
    """
    if os.path.isabs(path) or path == ".." or path.startswith("../"):
        uri = "file://" + quote(os.fsencode(os.path.abspath(path)))
        return {"artifactLocation": {"uri": uri}, "region": region}
    location = {"uri": quote(os.fsencode(path)), "uriBaseId": "%SRCROOT%"}
    return {"artifactLocation": location, "region": region}


def _result(f: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": shown(f.message)},
        "locations": [{"physicalLocation": _physical(f.path, _region(f.location))}],
        "partialFingerprints": {"seedlintFingerprint/v1": fingerprint},
    }
    if f.related:
        result["relatedLocations"] = [
            {
                "id": n,
                "message": {"text": shown(r.message) or "related"},
                "physicalLocation": _physical(r.path, {"startLine": r.line, "endLine": r.end_line}),
            }
            for n, r in enumerate(f.related, start=1)
        ]
    return result
