"""duplicate_passage: passages shared between documents, on both sides, through an index."""

from __future__ import annotations

from pathlib import Path

from tests.checks.helpers import corpus_places, shipped, with_params

RULE = "duplication.duplicate-passage"
PARA = (
    "The regional water authority announced on Tuesday that the new reservoir near the northern "
    "valley will open next spring, after four years of construction and a budget that grew from "
    "two hundred to three hundred million dollars because of flooding during the second winter."
)
OTHER = (
    "Farmers in the south say the drought has cut their harvest by half this summer, the worst "
    "in decades, and the price of bread and flour is rising in every market of the region."
)


def docs() -> dict[str, str]:
    edited = PARA.replace("announced on Tuesday", "said on Tuesday").replace(", after", ",\nafter")
    return {
        "a.txt": f"Water news\n{OTHER.replace('south', 'north')}\n{PARA}\nThe end.\n",
        "b.txt": f"Other story\nSomething else entirely happened in the capital today.\n{edited}\n",
    }


def test_pasted_passage_reported_on_both_sides(tmp_path: Path) -> None:
    assert corpus_places(shipped(RULE), docs(), tmp_path) == [
        ("a.txt", 3, 3, RULE),
        ("b.txt", 3, 4, RULE),
    ]


def test_related_names_the_other_side(tmp_path: Path) -> None:
    from lint.engine import lint

    paths = []
    for name, text in docs().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    findings = lint(paths, [shipped(RULE)]).findings
    assert [(Path(r.path).name, r.line, r.end_line) for r in findings[0].related] == [
        ("b.txt", 3, 4)
    ]
    assert "passage repeats" in findings[0].message


THIRD = (
    "Engineers will test the dam gates over the summer, and the first water will reach the "
    "farms of the eastern plain by autumn if the tests go well and the river stays high enough."
)
SWAP = (
    "A new library opened in the old post office building, with a reading room for children, "
    "a cafe on the ground floor and a collection of local history books donated by residents."
)


def test_min_words_boundary(tmp_path: Path) -> None:
    assert corpus_places(with_params(shipped(RULE), min_words=60), docs(), tmp_path) == []


def test_min_similarity_boundary(tmp_path: Path) -> None:
    # The same first and last paragraphs around a different middle: one passage, partly alike.
    pair = {"a.txt": f"A\n{PARA}\n{OTHER}\n{THIRD}\n", "b.txt": f"B\n{PARA}\n{SWAP}\n{THIRD}\n"}
    loose = with_params(shipped(RULE), min_similarity=50, sample_rate=4)
    assert corpus_places(loose, pair, tmp_path) == [
        ("a.txt", 2, 4, RULE),
        ("b.txt", 2, 4, RULE),
    ]
    strict = with_params(shipped(RULE), min_similarity=99, sample_rate=4)
    assert corpus_places(strict, pair, tmp_path) == []


def test_whole_document_copy_and_unrelated(tmp_path: Path) -> None:
    text = f"Water news\n{PARA}\n{OTHER}\n"
    copy = text.replace(", ", ",\n")
    found = corpus_places(shipped(RULE), {"x.txt": text, "y.txt": copy}, tmp_path)
    assert [f[0] for f in found] == ["x.txt", "y.txt"]
    unrelated = {"x.txt": f"A\n{PARA}\n", "y.txt": f"B\n{OTHER}\n", "z.txt": ""}
    assert corpus_places(shipped(RULE), unrelated, tmp_path) == []


def test_identical_files_are_left_to_duplicate_file(tmp_path: Path) -> None:
    text = f"Water news\n{PARA}\n"
    assert corpus_places(shipped(RULE), {"x.txt": text, "y.txt": text}, tmp_path) == []


def test_sampling_parameters_boundaries(tmp_path: Path) -> None:
    assert corpus_places(with_params(shipped(RULE), min_shared=50), docs(), tmp_path) == []
    rule = with_params(shipped(RULE), shingle_words=5, sample_rate=4, max_related=1)
    assert [f[0] for f in corpus_places(rule, docs(), tmp_path)] == ["a.txt", "b.txt"]
