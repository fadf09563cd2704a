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


# A hard-wrapped paper, as pdftotext leaves it: sections of wrapped running text.
WRAPPED = [
    "Samples were collected from twelve sites along the river during the dry",
    "season and stored at four degrees until they reached the laboratory, where",
    "each was split in three parts for the chemical, genetic and microscopic work.",
]


def _paper_pages(footer: str, pages: int = 4) -> list[str]:
    """A wrapped paper whose pages end in `footer` ({n} is the page number)."""
    lines = ["River samples of the dry season", "", "Abstract", *WRAPPED, ""]
    for name in ("Introduction", "Methods", "Results", "Discussion")[: pages - 1]:
        lines += [name, *WRAPPED * 4, ""]
    out: list[str] = []
    page = 1
    for index, line in enumerate(lines, 1):
        out.append(line)
        if index % 14 == 0:
            page += 1
            out.append(footer.format(n=page, total=pages))
    return out


def test_a_footer_whose_one_changing_number_counts_pages_is_furniture() -> None:
    # NOTE: the footer sits where sentences end and never cuts one; its counter alone
    # says it is furniture, and its cells (" | ") do not make it a table.
    lines = _paper_pages("RIVER STUDIES | https://doi.org/10.1234/rs.5 May 4, 2020 {n} / {total}")
    found = _structure(*lines)
    footers = {n for n, line in enumerate(lines, 1) if line.startswith("RIVER STUDIES")}
    assert found.kind == "paper" and len(footers) >= 2
    assert found.furniture_lines == footers
    assert found.tables == frozenset()


def test_numbered_headings_that_recur_do_not_count_pages() -> None:
    lines = _paper_pages("Study {n}")
    assert _structure(*lines).furniture_lines == frozenset()


def test_a_running_title_in_the_reference_list_is_furniture_not_an_entry() -> None:
    page = [*WRAPPED * 3, *WRAPPED[:2], "Rivers of the north", WRAPPED[2]]  # cuts a sentence
    lines = ["Rivers of the north, a survey", "", "Abstract", *page, "", "Methods", *page]
    entries = [f"Lee P, Sato K. {1990 + k}. Rivers, part {k}. J Rivers {k}:1-9." for k in range(14)]
    lines += ["", "Results", *page, "", "References", *entries[:12], "Rivers of the north"]
    lines += entries[12:]
    found = _structure(*lines)
    heads = {n for n, line in enumerate(lines, 1) if line == "Rivers of the north"}
    assert len(heads) == 4 and found.furniture_lines == heads
    assert found.references == {n for n, line in enumerate(lines, 1) if line in entries}


def test_a_line_repeated_only_inside_the_reference_list_is_an_entry() -> None:
    entry = "Smith J, Jones K. 2011. River samples. J Rivers 14:210-219."
    others = [f"Lee P. {2000 + k}. Sampling rivers, part {k}. J Rivers {k}:1-9." for k in range(14)]
    lines = ["Abstract", PROSE, "", "Methods", PROSE, "", "Results", PROSE, "", "References"]
    lines += [entry, *others, entry]
    found = _structure(*lines)
    assert found.furniture_lines == frozenset()
    assert {11, len(lines)} <= found.references


def test_a_publishers_links_above_a_papers_title_are_not_headings() -> None:
    lines = ["Download PDF", "Cite this article", "Share", "River samples of the dry season"]
    lines += ["Ana Costa1, Ken Mori2", "", "Abstract", PROSE, "", "Methods", PROSE, "", "Results"]
    found = _structure(*lines, PROSE)
    assert found.kind == "paper"
    assert not {1, 2, 3} & found.headings
