"""reference_fact: figures against known values; exact places and the rule-file validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from lint.checks import reference_fact
from lint.engine import lint
from lint.finding import Severity
from lint.schema import Rule

FACT = {
    "places": ["China", "Kazakh"],
    "measure": "trade",
    "period": "2024",
    "value": "$43.8 billion",
    "source": "China's customs",
}


def rule(**params: Any) -> Rule:
    params.setdefault("facts", [FACT])
    return Rule(
        id="figures.test",
        category="figures",
        kind="reference_fact",
        message="{subject} {period}: {value}, but {source} gives {fact}",
        severity=Severity.WARNING,
        description="test",
        enabled=True,
        link=None,
        params=reference_fact.Params.model_validate(params),
        source="<test>",
    )


def run(tmp_path: Path, text: str, **params: Any) -> list[tuple[int, int, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    found = lint([str(path)], [rule(**params)]).findings
    return [(f.location.line, f.location.column, f.message) for f in found]


def test_contradicting_figure_names_the_source(tmp_path: Path) -> None:
    text = "Title\n\nIn 2024, trade between China and Kazakhstan reached $30 billion.\n"
    assert run(tmp_path, text) == [
        (
            3,
            53,
            "China–Kazakhstan trade in 2024: $30 billion, but China's customs gives $43.8 billion",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "China-Kazakh trade reached about $44 billion in 2024.\n",  # agrees
        "In 2023, trade between China and Kazakhstan reached $30 billion.\n",  # other period
        "In 2024, trade between China and Kyrgyzstan reached $30 billion.\n",  # other subject
        "In 2024, trade between China and Kazakhstan reached €30 billion.\n",  # other unit
        "Trade between China and Kazakhstan will reach $30 billion in 2024.\n",  # forecast
    ],
)
def test_figures_the_fact_does_not_cover_pass(tmp_path: Path, text: str) -> None:
    assert run(tmp_path, text) == []


@pytest.mark.parametrize(("tolerance", "expected"), [(0.05, 1), (0.3, 0)])
def test_tolerance(tmp_path: Path, tolerance: float, expected: int) -> None:
    text = "In 2024, trade between China and Kazakhstan reached $38 billion.\n"
    assert len(run(tmp_path, text, tolerance=tolerance)) == expected


@pytest.mark.parametrize(("approximate", "expected"), [(0.05, 1), (0.25, 0)])
def test_approximate(tmp_path: Path, approximate: float, expected: int) -> None:
    text = "In 2024, trade between China and Kazakhstan reached about $38 billion.\n"
    assert len(run(tmp_path, text, approximate=approximate, tolerance=0)) == expected


def test_count_facts(tmp_path: Path) -> None:
    fact = {**FACT, "measure": "universities", "value": "30", "period": "2024", "places": ["Kenya"]}
    text = "In 2024, Kenya had 70 universities.\n"
    assert [line for line, _, _ in run(tmp_path, text, facts=[fact])] == [1]


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("places", ["Atlantis"], "unknown place 'Atlantis'"),
        ("period", "last year", "not a period key"),
        ("value", "thirty", "exactly one number"),
        ("value", "$1 billion or $2 billion", "exactly one number"),
    ],
)
def test_invalid_facts_are_rule_file_errors(field: str, value: Any, error: str) -> None:
    with pytest.raises(ValidationError, match=error):
        reference_fact.Params.model_validate({"facts": [{**FACT, field: value}]})


def test_at_least_one_fact() -> None:
    with pytest.raises(ValidationError):
        reference_fact.Params.model_validate({"facts": []})
