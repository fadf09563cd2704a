"""duplicate_passage: passages shared between documents, on both sides, through an index."""

from __future__ import annotations

from pathlib import Path

from lint.document import Document
from lint.duplication.index import candidates
from lint.duplication.quotes import quoted_flags
from lint.duplication.samples import Samples, sample, unpack
from lint.engine import lint
from tests.checks.helpers import corpus_places, shipped, with_params

RULE = "duplication.duplicate-passage"
STORY = [
    "The regional water authority announced on Tuesday that the new reservoir near the "
    "northern valley will open next spring, after four years of construction and a budget "
    "that grew from two hundred to three hundred million dollars because of flooding.",
    "Engineers will test the dam gates over the summer, and the first water will reach the "
    "farms of the eastern plain by autumn if the tests go well and the river stays high.",
    "Four other people were hired to run the pumping station, which replaces an older plant "
    "that had been closed since a fire damaged its control room in the winter of last year.",
    "The authority said the price of water for households would not change before the end "
    "of the decade, although farmers will pay a little more for the water they draw in July.",
]
OWN = [
    "Farmers in the south say the drought has cut their harvest by half this summer, the "
    "worst in decades, and the price of bread and flour is rising in every market.",
    "A new library opened in the old post office building, with a reading room for children, "
    "a cafe on the ground floor and a collection of local history books given by residents.",
    "The football club signed a young goalkeeper from the capital on a three year contract, "
    "its first signing since the coach left for a rival team at the start of the season.",
]


def _story(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _reedited() -> str:
    """The story as an outlet carries it: other breaks, a sentence cut, its own paragraph."""
    merged = STORY[0].replace("announced on Tuesday", "said Tuesday") + " " + STORY[1]
    third = STORY[2].replace("Four other people", "Another four people")
    return _story("Reservoir to open in spring", [merged, OWN[1], third])


def test_reedited_copy_is_one_passage_on_each_side(tmp_path: Path) -> None:
    docs = {"a.txt": _story("Water news", STORY), "b.txt": _reedited()}
    assert corpus_places(shipped(RULE), docs, tmp_path) == [
        ("a.txt", 3, 7, RULE),
        ("b.txt", 3, 7, RULE),
    ]


def test_message_names_the_other_side_and_the_words(tmp_path: Path) -> None:
    paths = []
    for name, text in {"a.txt": _story("Water news", STORY), "b.txt": _reedited()}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    first = lint(paths, [shipped(RULE)]).findings[0]
    assert [(Path(r.path).name, r.line, r.end_line) for r in first.related] == [("b.txt", 3, 7)]
    assert first.message.startswith("a passage of ")
    assert "words is shared with" in first.message and "b.txt:3-7" in first.message


def test_whole_copy_with_other_line_breaks_and_quote_marks(tmp_path: Path) -> None:
    text = _story("Water news", [*STORY, '"We are proud of it," the director said.'])
    copy = text.replace(", and", ",\nand").replace('"', "“", 1).replace('"', "”", 1)
    paths = []
    for name, body in {"x.txt": text, "y.txt": copy}.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
        paths.append(str(tmp_path / name))
    found = lint(paths, [shipped(RULE)]).findings
    assert [(Path(f.path).name, f.location.line) for f in found] == [("x.txt", 1), ("y.txt", 1)]
    assert all(f.message.startswith("the whole document is a copy of") for f in found)


def test_the_same_quotation_in_two_stories_is_no_copy(tmp_path: Path) -> None:
    quote = " ".join(STORY[:2])
    docs = {
        "a.txt": _story("A", [OWN[0], f'The minister said: "{quote}"', OWN[1]]),
        "b.txt": _story("B", [OWN[2], f'"{quote}", read a statement from the ministry.']),
    }
    assert corpus_places(shipped(RULE), docs, tmp_path) == []
    no_guard = with_params(shipped(RULE), min_narrative=0)
    assert [f[0] for f in corpus_places(no_guard, docs, tmp_path)] == ["a.txt", "b.txt"]


FOOTER = [
    "Follow us",
    "Twitter | Facebook | Instagram",
    "By reading or signing in on any page of this website you agree to the terms of service "
    "and to the cookie and privacy notice, which the owner may revise from time to time.",
    "No article on these pages may be copied, republished, broadcast, stored or otherwise "
    "reused without written consent from the company that owns the website.",
    "Ad choices",
]


def test_one_sites_footer_among_menus_is_no_copy(tmp_path: Path) -> None:
    docs = {
        "a.txt": _story("A", [STORY[0], OWN[0]]) + "\n".join(FOOTER) + "\n",
        "b.txt": _story("B", [OWN[1], OWN[2]]) + "\n".join(FOOTER) + "\n",
    }
    assert corpus_places(shipped(RULE), docs, tmp_path) == []
    pasted = {name: text.replace("Ad choices", STORY[3]) for name, text in docs.items()}
    assert [f[0] for f in corpus_places(shipped(RULE), pasted, tmp_path)] == ["a.txt", "b.txt"]


def test_min_words_boundary(tmp_path: Path) -> None:
    docs = {
        "a.txt": _story("A", [OWN[0], STORY[0], OWN[1]]),
        "b.txt": _story("B", [OWN[2], STORY[0]]),
    }
    assert [f[0] for f in corpus_places(shipped(RULE), docs, tmp_path)] == ["a.txt", "b.txt"]
    assert corpus_places(with_params(shipped(RULE), min_words=60), docs, tmp_path) == []


def test_max_gap_boundary(tmp_path: Path) -> None:
    # The outlet's own three paragraphs (about 90 words) stand between two copied ones.
    docs = {
        "a.txt": _story("A", [*STORY[:2], OWN[0]]),
        "b.txt": _story("B", [STORY[0], *OWN[1:], STORY[3], STORY[1]]),
    }
    joined = corpus_places(shipped(RULE), docs, tmp_path)
    assert [(f[0], f[1], f[2]) for f in joined] == [("a.txt", 3, 5), ("b.txt", 3, 11)]
    split = with_params(shipped(RULE), max_gap=40, min_words=30)
    assert [(f[0], f[1], f[2]) for f in corpus_places(split, docs, tmp_path)] == [
        ("a.txt", 3, 3),
        ("a.txt", 5, 5),
        ("b.txt", 3, 3),
        ("b.txt", 11, 11),
    ]


def test_identical_files_are_left_to_duplicate_file(tmp_path: Path) -> None:
    text = _story("Water news", STORY)
    assert corpus_places(shipped(RULE), {"x.txt": text, "y.txt": text}, tmp_path) == []


def test_max_related_names_the_closest_and_counts_the_rest(tmp_path: Path) -> None:
    docs = {f"{n}.txt": _story(n, [*STORY[: 2 + i % 3], OWN[i]]) for i, n in enumerate("abc")}
    docs["d.txt"] = _story("D", STORY)
    paths = []
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    found = lint(paths, [with_params(shipped(RULE), max_related=1)]).findings
    on_d = [f for f in found if Path(f.path).name == "d.txt"]
    assert len(on_d) == 1
    assert "(2 more documents share text with this one)" in on_d[0].message


def test_a_sample_in_more_than_max_df_documents_makes_no_pair(tmp_path: Path) -> None:
    docs = {f"{n}.txt": _story(n, [OWN[i], *STORY[:2]]) for i, n in enumerate("abc")}
    assert len(corpus_places(shipped(RULE), docs, tmp_path)) == 6
    assert corpus_places(with_params(shipped(RULE), max_df=2), docs, tmp_path) == []


def test_targets_restrict_the_pairs_compared() -> None:
    hashes = [unpack(_samples(_story(n, [OWN[i], *STORY]))).hashes for i, n in enumerate("abc")]
    assert candidates(hashes, 2, 64, 8) == [(0, 1), (0, 2), (1, 2)]
    assert candidates(hashes, 2, 64, 8, frozenset({2})) == [(0, 2), (1, 2)]


def test_a_passage_in_many_documents_links_them_to_a_few_first_holders() -> None:
    keys = [unpack(_samples(_story(str(n), STORY))).hashes for n in range(12)]
    pairs = candidates(keys, 2, 64, 8)
    assert len(pairs) < 12 * 11 // 2
    assert {doc for pair in pairs for doc in pair} == set(range(12))
    assert all(min(pair) < 3 for pair in pairs)


def test_one_file_against_the_corpus_is_reported_alone(tmp_path: Path) -> None:
    for i, name in enumerate("abc"):
        (tmp_path / f"{name}.txt").write_text(_story(name, [OWN[i], *STORY]), encoding="utf-8")
    corpus = [str(tmp_path / f"{n}.txt") for n in "abc"]
    found = lint([corpus[0]], [shipped(RULE)], corpus=corpus).findings
    assert {Path(f.path).name for f in found} == {"a.txt"}
    assert {Path(f.related[0].path).name for f in found} == {"b.txt", "c.txt"}


def test_records_that_do_not_decode_are_no_samples() -> None:
    good = _samples(_story("A", STORY))
    assert len(unpack(good).hashes) == good.count > 0
    for broken in ("not base64!", good.records[:-8], "AAAA"):
        bad = Samples(broken, good.lines, 1, 1, 1, 1, "00")
        assert len(unpack(bad).hashes) == 0
    assert len(unpack(Samples(good.records, good.records, 1, 1, 1, 1, "00")).hashes) == 0


def test_quoted_words_in_every_style() -> None:
    for line in (
        'He said "the dam is safe" today',
        "He said “the dam is safe” today",
        "He said ''the dam is safe'' today",
        "He said «the dam is safe» today",
        "He said 'the dam is safe' today",
    ):
        assert quoted_flags(line) == [False, False, True, True, True, True, False]
    assert not any(quoted_flags("It’s the mayor’s plan, the farmers' one") or [])
    assert quoted_flags("No quotation here") is None
    assert quoted_flags("He said “I told him ‘no’ and left” and went") == [
        *[False] * 2,
        *[True] * 6,
        *[False] * 2,
    ]


def _samples(text: str) -> Samples:
    return sample(Document("x.txt", text.encode()), 5, 4)
