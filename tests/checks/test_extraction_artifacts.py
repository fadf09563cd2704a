"""extraction_artifacts: glued words, cut-off snippets, repeated titles, unbalanced marks."""

from __future__ import annotations

from tests.checks.helpers import places, shipped, with_params

GLUED = "boilerplate.glued-words"
CUT = "boilerplate.cut-off-snippet"
TITLE = "boilerplate.repeated-title"
MARKS = "boilerplate.unbalanced-brackets"
TEASER = (
    "Guardians of the Belt and RoadThe internationalization of China's private security "
    "companiesby Helena Legarda and Meia NouwensFollowing the build-up of projects…"
)


def test_glued_words_reported_at_the_first_glue() -> None:
    assert places(shipped(GLUED), f"Intro.\n{TEASER}\n") == [(2, 27, GLUED)]


def test_glued_words_min_glued_boundary() -> None:
    text = "A line about the RoadThe and nothing else.\n"  # one function-word glue weighs 3
    assert places(with_params(shipped(GLUED), min_glued=3), text) == [(1, 18, GLUED)]
    assert places(with_params(shipped(GLUED), min_glued=4), text) == []


def test_names_and_allowed_words_are_not_glue() -> None:
    text = "GameStop and DriveTribe met; GameStop and DriveTribe agreed. The JavaScript talk.\n"
    assert places(with_params(shipped(GLUED), min_glued=1), text) == []
    assert places(with_params(shipped(GLUED), min_glued=1, allow=()), "A JavaScript fan.\n") == [
        (1, 3, GLUED)
    ]


def test_cut_off_snippet_and_min_words_boundary() -> None:
    assert places(shipped(CUT), f"{TEASER}\n") == [(1, len(TEASER), CUT)]
    text = "one two three four five six seven eight nine ten…\n"
    assert places(with_params(shipped(CUT), min_words=10), text) == [(1, 49, CUT)]
    assert places(with_params(shipped(CUT), min_words=11), text) == []
    assert places(shipped(CUT), 'He said: "well, I thought..."\n') == []


def test_repeated_title_and_similarity_boundary() -> None:
    text = f"Guardians of the Belt and Road\n\n{TEASER}\n"
    assert places(shipped(TITLE), text) == [(1, 1, TITLE)]
    near = "Guardians of Belt and Roads\n\n" + TEASER + "\n"
    assert places(with_params(shipped(TITLE), title_similarity=100), near) == []
    assert places(shipped(TITLE), "Alex Cappa\nAlex Cappa (born 1995) is a guard.\n") == []


def test_title_ending_in_a_join_of_its_own_opens_prose() -> None:
    """A title such as "Protein 74a" that the lead sentence repeats is not fused with it."""
    prose = "Protein kinase 74a\n\nProtein kinase 74A is a protein encoded by one gene.\n"
    assert places(shipped(TITLE), prose) == []
    fused = "Protein kinase\n\nProtein kinaseThe protein is encoded by one gene.\n"
    assert places(shipped(TITLE), fused) == [(1, 1, TITLE)]


def test_unbalanced_marks() -> None:
    assert places(shipped(MARKS), "The report (from May says so.\n") == [(1, 1, MARKS)]
    assert places(shipped(MARKS), "a) first, b) second (both fine).\n") == []
    assert places(shipped(MARKS), "“We will go on,\n“and on,” she said.\n") == []
    assert places(shipped(MARKS), '“Treaty of Good-Neighborliness," was signed.\n') == []


def test_intervals_emoticons_and_marks_closed_later_are_balanced() -> None:
    assert places(shipped(MARKS), "Values in [0.7, 1) are rare and (0, 1] is open.\n") == []
    assert places(shipped(MARKS), "No planes in or out :( at the airport tonight\n") == []
    quote = "“The plan was clear.\nIt was the only way.”\n"
    assert places(shipped(MARKS), quote) == []
    code = "int add(int x, int y) {\nreturn x + y;\n}\n"
    assert places(shipped(MARKS), code) == []
    assert places(shipped(MARKS), "The aside (which was cut\n\nThe next paragraph.\n") == [
        (1, 1, MARKS)
    ]


def test_a_papers_brackets_are_notation() -> None:
    body = "The model (see Methods uses a prior.\n"
    paper = f"Abstract\n{body}Introduction\n{body}Methods\n{body}"
    assert places(shipped(MARKS), paper) == []
    assert places(shipped(MARKS), body) == [(1, 1, MARKS)]


def test_table_rows_and_gene_names_are_not_glue() -> None:
    rows = "Table 1. Results.\nSample | strengthElectrical conductivityCardiogenic | 12\n"
    assert places(with_params(shipped(GLUED), min_glued=1), rows) == []
    genes = "Mutations in BRCA1 and TP53 raised CaMKII, PtdIns and HbA1c in HeLa cells.\n"
    assert places(with_params(shipped(GLUED), min_glued=1), genes) == []


def test_stylistic_ellipses_are_not_teasers() -> None:
    prose = "The new ferry timetable is a clear gain for commuters on the east side. However…\n"
    assert places(shipped(CUT), prose) == []
    quote = "She replied:\nand it is something I am still thinking about now, to continue…\n"
    assert places(shipped(CUT), quote) == []
    teaser = "The city council published the findings of its annual housing survey, covering…\n"
    assert places(shipped(CUT), teaser) == [(1, 79, CUT)]
