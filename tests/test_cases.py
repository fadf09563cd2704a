"""Declarative cases: tests/cases/<kind>.yaml, one parametrised test per case.

Each case has a `name`, `params` for the kind, either `text` (one document) or
`documents` (file name to text, for corpus kinds), and `expect`: the findings as
`line`, `col` (and optionally `end_line`, `path`, and `message`, a fragment of the
rendered message). The rule's message template renders every placeholder of the
kind as `name=value`, so fragments can check what a kind fills in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from lint.checks import KINDS
from lint.engine import lint
from lint.finding import Severity
from lint.schema import Rule

CASES = Path(__file__).parent / "cases"


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        kind = path.stem
        for case in YAML(typ="safe").load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(kind, case, id=f"{kind}-{case['name']}"))
    return params


def make_rule(kind_name: str, params: dict[str, Any]) -> Rule:
    kind = KINDS[kind_name]
    template = " ".join(f"{name}={{{name}}}" for name in sorted(kind.PLACEHOLDERS)) or "hit"
    return Rule(
        id=f"hygiene.case-{kind_name}",
        category="hygiene",
        kind=kind_name,
        message=template,
        severity=Severity.WARNING,
        description="case",
        enabled=True,
        link=None,
        params=kind.Params.model_validate(params or {}),
        source="<case>",
    )


@pytest.mark.parametrize(("kind", "case"), load_cases())
def test_case(kind: str, case: dict[str, Any], tmp_path: Path) -> None:
    documents = case.get("documents") or {"doc.txt": case["text"]}
    paths = []
    for name, text in documents.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text)
        paths.append(str(path))
    result = lint(paths, [make_rule(kind, case.get("params", {}))])
    got = [
        {
            "path": Path(f.path).name,
            "line": f.location.line,
            "col": f.location.column,
            "end_line": f.location.end_line,
            "message": f.message,
        }
        for f in result.findings
    ]
    expected = case.get("expect") or []
    assert len(got) == len(expected), got
    for found, want in zip(got, expected, strict=True):
        for key in ("line", "col", "end_line", "path"):
            if key in want:
                assert found[key] == want[key], (key, found)
        assert want.get("message", "") in found["message"], found
