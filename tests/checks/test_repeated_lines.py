"""repeated_lines: lines found in a share of the corpus, reported as runs."""

from __future__ import annotations

from pathlib import Path

from tests.checks.helpers import corpus_places, shipped, with_params

RULE = "boilerplate.repeated-lines"
STORIES = [
    "The council approved the budget on Monday after a long debate about schools.",
    "A storm is expected to reach the coast on Friday night, forecasters said today.",
    "The home side won the match three goals to one in front of a full stadium.",
    "Voters went to the polls on Sunday in the first round of the presidential election.",
]


def corpus(footer: str, with_footer: int) -> dict[str, str]:
    docs = {}
    for index, story in enumerate(STORIES):
        tail = f"{footer}\nPrivacy | Terms\n" if index < with_footer else ""
        docs[f"d{index}.txt"] = f"Title {index}\n{story}\n{tail}"
    return docs


def test_run_of_repeated_lines_is_one_finding(tmp_path: Path) -> None:
    rule = with_params(shipped(RULE), min_share=0.5, min_documents=3)
    found = corpus_places(rule, corpus("Share this story", 3), tmp_path)
    assert found == [(f"d{i}.txt", 3, 4, RULE) for i in range(3)]


def test_min_documents_boundary(tmp_path: Path) -> None:
    rule = with_params(shipped(RULE), min_share=0.01, min_documents=4)
    assert corpus_places(rule, corpus("Share this story", 3), tmp_path) == []


def test_min_share_boundary(tmp_path: Path) -> None:
    rule = with_params(shipped(RULE), min_share=0.9, min_documents=2)
    assert corpus_places(rule, corpus("Share this story", 3), tmp_path) == []


def test_long_lines_and_headings_are_not_counted(tmp_path: Path) -> None:
    rule = with_params(shipped(RULE), min_share=0.5, min_documents=2, max_chars=15)
    assert corpus_places(rule, corpus("Share this story", 3), tmp_path) == [
        (f"d{i}.txt", 4, 4, RULE) for i in range(3)
    ]
    docs = {f"h{i}.txt": f"Background\n{story}\n" for i, story in enumerate(STORIES)}
    assert corpus_places(shipped(RULE), docs, tmp_path) == []
