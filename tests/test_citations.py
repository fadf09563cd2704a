"""The shared citation analysis: reference lists, entries, citations and how they resolve."""

from __future__ import annotations

import pytest

from lint.citations import analyse
from lint.citations.intext import find_citations
from lint.citations.lists import find_lists
from lint.document import Document


def doc(text: str) -> Document:
    return Document("doc.txt", text.encode("utf-8"))


def spans(text: str) -> list[tuple[int | None, int, int]]:
    """(number, first line, last line) of each entry of each list."""
    return [
        (e.number, e.first_line, e.last_line) for lst in find_lists(doc(text)) for e in lst.entries
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "References",
        "REFERENCES",
        "References:",
        "## References",
        "7. References",
        "VII. REFERENCES",
        "Works Cited",
        "Bibliography",
        "Literature Cited",
        "Reference list",
        "Endnotes",
    ],
)
def test_heading_variants(heading: str) -> None:
    text = f"Body [1].\n\n{heading}\n1. Nye, J. (2004). Soft power.\n2. Keo, R. (1984). After.\n"
    assert spans(text) == [(1, 4, 4), (2, 5, 5)]


@pytest.mark.parametrize("marker", ["{n}. ", "[{n}] ", "{n}) ", "({n}) "])
def test_marker_styles(marker: str) -> None:
    lines = [marker.format(n=n) + f"Author{n}, A. (200{n}). Title {n}." for n in (1, 2, 3)]
    assert spans("References\n" + "\n".join(lines) + "\n") == [(1, 2, 2), (2, 3, 3), (3, 4, 4)]


def test_numbered_entries_wrap_and_urls_continue() -> None:
    text = (
        "References\n1. About Us. (2019). Retrieved 17 April 2024 from\n"
        "https://example.org/about\n2. Aliyev, N. (2019). Soft power. Retrieved from\n"
        "https://example.org/x\n"
    )
    assert spans(text) == [(1, 2, 3), (2, 4, 5)]


def test_list_ends_at_an_authors_block() -> None:
    text = (
        "References\n\n1. Nye, J. (2004). A.\n2. Keo, R. (1984). B.\n\nAuthors\n\nJane Doe\n[1]\n"
        "“Title”, J. Soc., vol. 8, no. 4, pp. 1-9, 2024, doi: 10.1/x.\n"
    )
    lists = find_lists(doc(text))
    assert len(lists) == 1 and lists[0].last_line == 4


def test_unnumbered_hanging_indent_and_blank_separated() -> None:
    hanging = (
        "References\nNye, J. S. (2004). Soft power: The means to success in world\n"
        "    politics. PublicAffairs.\nKeohane, R. O. (1984). After hegemony.\n"
    )
    assert spans(hanging) == [(None, 2, 3), (None, 4, 4)]
    blank = (
        "Bibliography\n\nNye, Joseph S. 2004. Soft Power. New York:\nPublicAffairs.\n\n"
        "Keohane, Robert O. 1984. After Hegemony.\nPrinceton University Press.\n"
    )
    assert spans(blank) == [(None, 3, 4), (None, 6, 7)]


def test_page_furniture_is_skipped() -> None:
    text = (
        "References\n[1] J. Nye, Soft Power, 2004.\n\n12        JOURNAL OF THINGS\n\n"
        "[2] R. Keohane, After Hegemony, 1984.\n"
    )
    assert spans(text) == [(1, 2, 2), (2, 6, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "Article text.\nReferences.\n",
        "Intro.\nNotes\nReception.\nThe film was released on March 31, 2018.\n",
        "Intro.\nLiterature.\n"
        + "The reign was a golden age for French literature and its writers. " * 5,
        "Story.\n\nSources: Reuters, AP\n",
    ],
)
def test_reference_like_headings_without_a_list(text: str) -> None:
    assert find_lists(doc(text)) == ()


def test_headless_numbered_list() -> None:
    text = (
        "The double helix1,2 changed biology.\n\n1. Watson, J. D. & Crick, F. H. C. Structure. "
        "Nature 171, 737 (1953).\n2. Franklin, R. E. Configuration. Nature 171, 740 (1953).\n"
        "3. Hirsch, J. E. An index. PNAS 102, 16569 (2005).\n"
    )
    lists = find_lists(doc(text))
    assert [e.number for e in lists[0].entries] == [1, 2, 3]
    assert analyse(doc(text)).cited == {(0, 0), (0, 1)}


@pytest.mark.parametrize(
    ("text", "form", "numbers", "works"),
    [
        ("shown [3, 5] here", "numeric", (3, 5), ()),
        ("shown [3–5, 9] here", "numeric", (3, 4, 5, 9), ()),
        ("shown [3]–[5] here", "numeric", (3, 4, 5), ()),
        (
            "shown (Nye, 2004; Aliyev 2019) here",
            "author_year",
            (),
            (("Nye", "2004"), ("Aliyev", "2019")),
        ),
        ("as Nye et al. (2021) show", "author_year", (), (("Nye et al.", "2021"),)),
        ("(Nye and Keohane, 1977)", "author_year", (), (("Nye and Keohane", "1977"),)),
        ("(see Nye 2004a, b)", "author_year", (), (("Nye", "2004a"), ("Nye", "2004b"))),
        ("power (Nye 45).", "author_page", (), (("Nye", ""),)),
        ("power.¹² Next", "footnote", (12,), ()),
    ],
)
def test_citation_forms(text: str, form: str, numbers: tuple[int, ...], works: tuple) -> None:
    found = [c for c in find_citations(text) if c.strong]
    assert len(found) == 1
    assert (found[0].form, found[0].numbers, found[0].works) == (form, numbers, works)


@pytest.mark.parametrize(
    "text",
    [
        "According to Xinhua, trade grew.",
        "The treaty (1992) was signed.",
        "In (January 2004) we",
        "a box of 3 (2) items",
        "shown at the Prado (Madrid, 2015)",
        "Titanic (1997) is a film.",
    ],
)
def test_prose_is_not_a_strong_citation(text: str) -> None:
    assert [c for c in find_citations(text) if c.strong] == []


def test_abbreviated_author_resolves() -> None:
    text = (
        "Rules (American Psychological Association [APA], 2010) changed (APA, 2020).\n\n"
        "References\nAmerican Psychological Association. (2010). Manual. Author.\n"
        "American Psychological Association. (2020). Manual. Author.\n"
    )
    analysis = analyse(doc(text))
    assert analysis.cited == {(0, 0), (0, 1)} and analysis.unresolved == ()


def test_notes_cite_the_bibliography_but_not_as_strong_citations() -> None:
    text = (
        "Power shifts.1\n\nNotes\n"
        "1. Joseph S. Nye, Soft Power (New York: PublicAffairs, 2004), 5.\n"
        "2. Ibid., 7.\n\nBibliography\nNye, Joseph S. Soft Power. New York: PublicAffairs, 2004.\n"
        "Keohane, Robert O. After Hegemony. Princeton: Princeton University Press, 1984.\n"
    )
    analysis = analyse(doc(text))
    assert analysis.cited == {(0, 0), (1, 0)}
    assert analysis.unresolved == () and analysis.citations == ()


def test_analysis_is_computed_once_per_document() -> None:
    document = doc("Body [1].\n\nReferences\n1. Nye, J. (2004). A.\n2. Keo, R. (1984). B.\n")
    assert analyse(document) is analyse(document)


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01", "References\n" + "x" * 200000, "References\n1.\n2.\n[[[(((\n", "Ⅻ (２００４)"],
)
def test_bad_input_never_crashes(text: str) -> None:
    analyse(doc(text))
