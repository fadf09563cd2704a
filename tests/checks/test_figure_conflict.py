"""figure_conflict: exact places of findings, and one pass and one boundary case per parameter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lint.checks import figure_conflict
from lint.engine import lint
from lint.finding import Severity
from lint.schema import Rule

RULE = "figures.test"


def rule(**params: Any) -> Rule:
    return Rule(
        id=RULE,
        category="figures",
        kind="figure_conflict",
        message="{subject} {period}: {value} vs {other_value} at {other} ({count})",
        severity=Severity.WARNING,
        description="test",
        enabled=True,
        link=None,
        params=figure_conflict.Params.model_validate(params),
        source="<test>",
    )


def run(tmp_path: Path, docs: dict[str, str], **params: Any) -> list[tuple[str, int, int, str]]:
    paths = []
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    found = lint(paths, [rule(**params)]).findings
    return [(Path(f.path).name, f.location.line, f.location.column, f.message) for f in found]


def places(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int]]:
    return [(name, line, col) for name, line, col, _ in found]


KZ_A = "Trade news.\n\nChina-Kazakhstan trade reached $43 billion in 2024, officials said.\n"
KZ_B = "Other news.\n\nIn 2024, trade between China and Kazakhstan reached $30 billion.\n"


def test_contradiction_across_documents_is_reported_on_both_sides(tmp_path: Path) -> None:
    found = run(tmp_path, {"a.txt": KZ_A, "b.txt": KZ_B})
    assert places(found) == [("a.txt", 3, 32), ("b.txt", 3, 53)]
    assert "$43 billion vs $30 billion at" in found[0][3] and "b.txt:3 (1)" in found[0][3]
    assert found[0][3].startswith("China–Kazakhstan trade in 2024")


def test_related_location_is_the_other_figure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KZ_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(KZ_B, encoding="utf-8")
    result = lint([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], [rule()])
    [related] = result.findings[0].related
    assert (Path(related.path).name, related.line, related.message) == (
        "b.txt",
        3,
        "states $30 billion",
    )


def test_agreeing_figures_and_different_periods_pass(tmp_path: Path) -> None:
    docs = {
        "a.txt": "China's trade with Central Asia reached $70 billion in 2022.\n",
        "b.txt": "China's trade with Central Asia surpassed $70 billion in 2022 and "
        "$90 billion in 2023.\n",
        "c.txt": "As of 2024, China-Central Asia trade reached $95 billion.\n",
    }
    assert run(tmp_path, docs) == []


def test_different_subjects_and_units_pass(tmp_path: Path) -> None:
    docs = {
        "a.txt": "In 2024, trade between China and Tajikistan reached $3.9 billion.\n",
        "b.txt": "In 2024, trade between China and Kyrgyzstan reached $19 billion.\n",
        "c.txt": "In 2024, trade between China and Tajikistan reached €9 billion.\n",
    }
    assert run(tmp_path, docs) == []


def test_derived_share_is_a_figure(tmp_path: Path) -> None:
    docs = {
        "a.txt": "As of 2024, China-Central Asia trade reached $95 billion, with China-Kazakh "
        "trade accounting for about 46% of the total.\n",
        "b.txt": KZ_B,
    }
    found = run(tmp_path, docs)
    assert places(found) == [("a.txt", 1, 98), ("b.txt", 3, 53)]
    assert "about $43.7 billion (about 46% of $95 billion)" in found[0][3]


def test_heading_completes_a_bilateral_subject(tmp_path: Path) -> None:
    doc_a = "Title line of the story here\nKazakhstan\nIn 2024, bilateral trade with China "
    doc_a += "reached $30 billion.\nTurkmenistan\nThe pipeline links Turkmenistan and China. "
    doc_a += "In 2024, bilateral trade between the two countries was valued at $10.6 billion.\n"
    found = run(tmp_path, {"a.txt": doc_a, "b.txt": KZ_A})
    assert places(found) == [("a.txt", 3, 45), ("b.txt", 3, 32)]


def test_within_one_document(tmp_path: Path) -> None:
    text = "Exports of Chile rose to $70 billion in 2021.\n\nLater on, more.\n\n"
    text += "In 2021, exports of Chile were $95 billion.\n"
    assert places(run(tmp_path, {"a.txt": text})) == [("a.txt", 1, 26), ("a.txt", 5, 32)]


def test_one_paragraph_listing_values_is_a_breakdown(tmp_path: Path) -> None:
    text = "In 2021, exports of Chile were $70 billion to Asia and $20 billion elsewhere.\n"
    assert run(tmp_path, {"a.txt": text}) == []


def test_present_tense_figures_compare_only_within_a_document(tmp_path: Path) -> None:
    docs = {
        "a.txt": "Kenya now has about 30 universities in the capital.\n",
        "b.txt": "Kenya now has 70 universities in the capital.\n",
    }
    assert run(tmp_path, docs) == []
    both = docs["a.txt"] + "\n" + docs["b.txt"]
    assert places(run(tmp_path, {"c.txt": both})) == [("c.txt", 1, 15), ("c.txt", 3, 15)]


@pytest.mark.parametrize(("mode", "expected"), [("contradiction", 0), ("wording", 2)])
def test_mode(tmp_path: Path, mode: str, expected: int) -> None:
    text = "Kenya now has over 30 universities.\n\nToday Kenya has around 30 universities.\n"
    assert len(run(tmp_path, {"a.txt": text}, mode=mode)) == expected


def test_wording_needs_the_same_number(tmp_path: Path) -> None:
    text = "Kenya now has over 30 universities.\n\nToday Kenya has around 60 universities.\n"
    assert run(tmp_path, {"a.txt": text}, mode="wording") == []


@pytest.mark.parametrize(("tolerance", "expected"), [(0.05, 2), (0.2, 0)])
def test_tolerance(tmp_path: Path, tolerance: float, expected: int) -> None:
    docs = {
        "a.txt": "Chile's exports reached $70 billion in 2021.\n",
        "b.txt": "Chile's exports reached $80 billion in 2021.\n",
    }
    assert len(run(tmp_path, docs, tolerance=tolerance)) == expected


@pytest.mark.parametrize(("approximate", "expected"), [(0.1, 2), (0.3, 0)])
def test_approximate(tmp_path: Path, approximate: float, expected: int) -> None:
    docs = {
        "a.txt": "Chile's exports reached about $70 billion in 2021.\n",
        "b.txt": "Chile's exports reached $85 billion in 2021.\n",
    }
    assert len(run(tmp_path, docs, approximate=approximate, tolerance=0)) == expected


@pytest.mark.parametrize(("similarity", "expected"), [(85, 2), (100, 0)])
def test_name_similarity(tmp_path: Path, similarity: int, expected: int) -> None:
    docs = {
        "a.txt": "In 2021, the Kazakhstan Development Bank lent Chile $7 billion in loans.\n",
        "b.txt": "In 2021, the Kazakh Development Bank lent Chile $9 billion in loans.\n",
    }
    assert len(run(tmp_path, docs, name_similarity=similarity)) == expected


@pytest.mark.parametrize(("across", "expected"), [(True, 2), (False, 0)])
def test_across_documents(tmp_path: Path, across: bool, expected: int) -> None:
    found = run(tmp_path, {"a.txt": KZ_A, "b.txt": KZ_B}, across_documents=across)
    assert len(found) == expected


def test_max_related(tmp_path: Path) -> None:
    docs = {
        f"{n}.txt": f"Chile's exports reached ${40 + 10 * n} billion in 2021.\n" for n in range(4)
    }
    (tmp_path / "x").mkdir()
    for name, text in docs.items():
        (tmp_path / "x" / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / "x" / name) for name in docs]
    one = lint(paths, [rule(max_related=1)]).findings
    many = lint(paths, [rule(max_related=5)]).findings
    assert [len(f.related) for f in one] == [1, 1, 1, 1]
    assert [len(f.related) for f in many] == [3, 3, 3, 3]


def test_bad_input_never_crashes(tmp_path: Path) -> None:
    docs = {
        "empty.txt": "",
        "huge.txt": "$5 billion " * 20000 + "\n",
        "odd.txt": "\u202e$\u0301 5 \x00 billion in 2024 \ufffd trade of Chile 10% %\n",
    }
    assert run(tmp_path, docs) == []
