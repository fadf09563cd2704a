"""The document structure view: kind, tables, captions, headings, references."""

from __future__ import annotations

from lint.document import Document
from lint.structure.view import Structure, structure

PROSE = (
    "The samples were collected from twelve sites along the river during the dry season "
    "and stored at four degrees until they reached the laboratory."
)


def _structure(*lines: str) -> Structure:
    return structure(Document("doc.txt", ("\n".join(lines) + "\n").encode()))


def test_a_paper_is_recognised_by_its_sections() -> None:
    paper = _structure("Abstract", PROSE, "", "Introduction", PROSE, "", "Methods", PROSE)
    assert paper.kind == "paper"
    assert paper.headings == {1, 4, 7}


def test_two_sections_need_a_caption_or_a_doi() -> None:
    two = ("Background", PROSE, "Results", PROSE)
    assert _structure(*two).kind == "text"
    assert _structure(*two, "Figure 1. Sites along the river.").kind == "paper"
    assert _structure(*two, "doi:10.1234/river.5").kind == "paper"


def test_a_web_page_shows_its_site_around_the_text() -> None:
    page = _structure("Home", "News", "Sport", "Sign in", "Subscribe", PROSE, "© 2024 Daily")
    assert page.kind == "web"
    assert _structure("River samples", PROSE, PROSE).kind == "text"


def test_delimited_rows_under_a_caption_are_a_table() -> None:
    found = _structure(PROSE, "Table 1. Counts per site.", "Site | Count", "A | 12", PROSE)
    assert found.captions == {2}
    assert found.tables == {3, 4}


def test_a_run_of_menu_lines_without_numbers_is_not_a_table() -> None:
    menu = _structure(PROSE, "Home | Adoption", "Guide | Adoption", "Forums | Adoption", PROSE)
    assert menu.tables == frozenset()
    numbers = _structure(PROSE, "Site | Count", "A | 12", "B | 14", PROSE)
    assert numbers.tables == {2, 3, 4}


def test_rows_of_numbers_with_group_labels_are_a_table() -> None:
    found = _structure(PROSE, "Gender", "Female 367 35.9", "Male 655 64.1", "Age", "18-30 120 11.7")
    assert found.tables == {2, 3, 4, 5, 6}
    assert _structure(PROSE, "6366", "12", PROSE).tables == frozenset()


def test_wrapped_lines_of_running_text_are_not_headings() -> None:
    found = _structure(
        "2.1 Sampling",
        "Samples were collected from twelve sites along the",
        "river during the dry season and stored at four degrees",
        "until they reached the laboratory. Each was split in three",
        "parts for the chemical, genetic and microscopic analyses.",
    )
    assert found.headings == {1}


def test_the_reference_list_stops_where_chrome_begins() -> None:
    found = _structure(
        "References",
        "Smith J, Jones K. 2011. River samples. J Rivers 14:210-219.",
        "Lee P. Sampling rivers. doi:10.1234/rivers.2",
        "About Us",
        "Contact",
        "Careers",
    )
    assert found.references == {2, 3}
