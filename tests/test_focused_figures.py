"""A focused restatement search judges its pairs as the whole corpus's search does.

Why (issue 13): in a pre-commit run the figure index holds only the statements that
can bear on a pair with a file given (`lint.figures.index.focused`). Every pair it
finds, and every verdict on it, must be those of the index of the whole corpus, or
a warm pre-commit run would report other findings than a full run. Read from real
documents in `../shared` (skipped when absent), never copied into the project.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lint.checks import figure_conflict
from lint.document import Document
from lint.engine import lint
from lint.figures import paraphrase, restate
from lint.figures.index import Index, Source, focused
from lint.figures.restate import Side
from lint.schema import Rule
from tests.conftest import SHARED
from tests.test_cases import load_cases, make_rule

KIND = figure_conflict.NAME
FOLDERS = (SHARED / "devset" / "corpus" / "news", SHARED / "corpus" / "wikinews")


@pytest.fixture(scope="module")
def sources(shipped_rules: list[Rule]) -> list[Source]:
    paths = sorted(p for folder in FOLDERS if folder.is_dir() for p in folder.rglob("*.txt"))
    if len(paths) < 50:
        pytest.skip("the shared corpora are not here")
    rule = next(r for r in shipped_rules if r.id == "figures.conflicting-figures")
    found = []
    for path in paths:
        summary = figure_conflict.extract(Document.read(str(path)), rule.params)
        if summary is not None and summary.statements:
            found.append(Source(str(path), summary.date, summary.statements, summary.names))
    return found


def conflicts(sources: list[Source], focus: frozenset[int] | None) -> list[tuple[object, object]]:
    return list(restate.conflicts(sources, 5.0, 0.1, 0.0, focus))


def paraphrases(sources: list[Source], focus: frozenset[int] | None) -> list[tuple[Side, Side]]:
    return list(paraphrase.conflicts(sources, 4.0, 0.1, 0.0, focus))


def test_focused_pairs_are_the_whole_corpus_pairs_with_a_focused_side(
    sources: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    every = conflicts(sources, None)
    involved = sorted({side.source for pair in every for side in pair})
    assert involved, "the corpora hold restated figures that disagree"
    targets = [*involved[:12], *range(0, len(sources), max(1, len(sources) // 12))]
    for target in dict.fromkeys(targets):
        focus = frozenset([target])
        found = conflicts(sources, focus)
        assert found == [p for p in every if target in (p[0].source, p[1].source)], target
        with monkeypatch.context() as patched:  # the same focus, the whole corpus indexed
            patched.setattr(restate, "focused", lambda s, flat, f: Index(s, flat))
            assert found == conflicts(sources, focus), target


def test_the_focused_index_answers_as_the_whole_corpus_index_for_focused_pairs(
    sources: list[Source],
) -> None:
    flat = [(s, i) for s, source in enumerate(sources) for i in range(len(source.statements))]
    whole = Index(sources, flat)
    pairs = whole.pairs()
    checked = 0
    for target in range(0, len(sources), 3):
        focus = frozenset([target])
        index = focused(sources, flat, focus)
        mine = [p for p in pairs if flat[p[0]][0] == target or flat[p[1]][0] == target]
        assert [
            p for p in index.pairs() if flat[p[0]][0] == target or flat[p[1]][0] == target
        ] == mine
        for number in {n for pair in mine for n in pair}:
            s, i = flat[number]
            statement = sources[s].statements[i]
            for value in statement.values:
                for within in (True, False):
                    expected = whole.template(s, statement, value, within)
                    assert index.template(s, statement, value, within) == expected, target
                    checked += 1
    assert checked > 100


def test_focused_paraphrases_are_the_whole_corpus_ones_with_a_focused_side(
    sources: list[Source],
) -> None:
    every = paraphrases(sources, None)
    involved = sorted({side.source for pair in every for side in pair})
    assert involved, "the corpora hold figures told in other words that disagree"
    for target in dict.fromkeys([*involved, *range(0, len(sources), 7)]):
        found = paraphrases(sources, frozenset([target]))
        assert found == [p for p in every if target in (p[0].source, p[1].source)], target


# A document with a statement of its own, so that it has an extract and the run is focused.
FILLER = "Weather\n\nThe weather office said that 12 mm of rain fell in Oslo on the first day.\n"


@pytest.mark.parametrize("case", [c.values[1] for c in load_cases() if c.values[0] == KIND])
def test_every_case_lints_alike_focused_and_whole(case: dict[str, Any], tmp_path: Path) -> None:
    """Each document of each figure case, linted alone against the others (a filler
    document keeps the run focused even for a one-document case), gets the findings
    that linting all of them gives it."""
    documents = {**(case.get("documents") or {"doc.txt": case["text"]}), "filler.txt": FILLER}
    paths = []
    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    rule = make_rule(KIND, case.get("params", {}))
    whole = lint(paths, [rule]).findings
    for path in paths:
        alone = lint([path], [rule], [p for p in paths if p != path]).findings
        assert alone == [f for f in whole if f.path == path], path
