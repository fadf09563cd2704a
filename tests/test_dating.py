"""Dates in text and the publication date of a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.dates.mentions import Convention, find_dates
from lint.dates.publication import publication_date
from lint.document import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on June 25, 2025.", "2025-06-25"),
        ("25 June 2025", "2025-06-25"),
        ("Monday, 9 June 2025", "2025-06-09"),
        ("Tue. June 24th, 2025", "2025-06-24"),
        ("2025-06-25T10:00Z", "2025-06-25"),
        ("06/25/2025", "2025-06-25"),
        ("25.06.2025", "2025-06-25"),
        ("vol. 8, pp. 3513–3521, Apr. 2024", "2024-04"),
        ("the 12th of March, 2021", "2021-03-12"),
        ("logged 07-Jan-2021 at noon", "2021-01-07"),
    ],
)
def test_find_dates(text: str, iso: str) -> None:
    [mention] = find_dates(text)
    assert mention.iso() == iso
    assert mention.valid and not mention.ambiguous


@pytest.mark.parametrize(
    ("convention", "iso", "ambiguous"),
    [("auto", "2025-03-04", True), ("mdy", "2025-03-04", False), ("dmy", "2025-04-03", False)],
)
def test_numeric_dates_follow_the_convention(
    convention: Convention, iso: str, ambiguous: bool
) -> None:
    [mention] = find_dates("03/04/2025", convention=convention)
    assert (mention.iso(), mention.ambiguous) == (iso, ambiguous)


def test_impossible_date_is_found_but_invalid() -> None:
    [mention] = find_dates("on 31 April 2025")
    assert not mention.valid and mention.date is None


def test_bare_years_and_month_day_are_not_calendar_dates() -> None:
    assert list(find_dates("in 2013, and on May 24, and 13/13/2020")) == []


def doc(text: str) -> Document:
    return Document("d.txt", text.encode())


BODY = "The ministry said on Monday that the programme, first announced in 2019, " * 4


@pytest.mark.parametrize(
    ("text", "iso", "line", "source"),
    [
        (f"Title of the story\nAuthor: Jane Roe\n06/25/2025\n{BODY}\n", "2025-06-25", 3, "date"),
        (
            f"Title\nBy Jane Roe | Updated 3:42 PM EDT, Tue June 24, 2025\n{BODY}\n",
            "2025-06-24",
            2,
            "label",  # the time between the label and the date does not hide the label
        ),
        (
            f"Title\nUpdated: 2 July 2025\nPublished: 1 July 2025\n{BODY}\n",
            "2025-07-01",
            3,
            "label",
        ),
        (f"Storm hits coast\n\nMIAMI, June 3, 2024 (AP) — {BODY}\n", "2024-06-03", 3, "dateline"),
        (
            f"A long enough paper title here\n\n{BODY}\n\n"
            "“A long enough paper title here”, J. Soc., vol. 8, no. 4, pp. 1–9, Apr. 2024, "
            "doi: 10.1/x\n",
            "2024-04",
            5,
            "citation",
        ),
    ],
)
def test_publication_date_is_found(text: str, iso: str, line: int, source: str) -> None:
    found = publication_date(doc(text))
    assert found is not None
    assert (found.mention.iso(), found.line, found.source) == (iso, line, source)


@pytest.mark.parametrize(
    "text",
    [
        f"Title\n\n{BODY} It opened on June 3, 2024.\n",
        f"Action of 2 January 1783\n\n{BODY}\n",
        f"Smith (born 16 July 1988) is a writer.\n\n{BODY}\n",
        f"Title\n\nThe treaty, signed on 3 March 2020 in Geneva, was {BODY}\n",
    ],
)
def test_dates_in_body_or_title_prose_are_not_publication_dates(text: str) -> None:
    assert publication_date(doc(text)) is None


def test_publication_date_is_computed_once_per_document() -> None:
    document = doc(f"Title\n2025-01-02\n{BODY}\n")
    assert publication_date(document) is publication_date(document)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not next to the checkout")
def test_real_corpus_dated_and_undated() -> None:
    """Wikinews articles carry their date on line 2; Wikipedia articles have none."""
    dated = sorted((CORPUS / "wikinews").glob("*.txt"))
    undated = sorted((CORPUS / "wikipedia").glob("*.txt"))
    hits = 0
    for path in dated:
        document = Document.read(str(path))
        found = publication_date(document)
        hits += found is not None and found.mention.iso() == document.lines[1].strip()
    false = sum(publication_date(Document.read(str(p))) is not None for p in undated)
    assert hits / len(dated) >= 0.99
    assert false / len(undated) <= 0.002


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2019/09/27", "2019-09-27"), ("2019.09.27.", "2019-09-27"), ("16-03-2020", "2020-03-16")],
)
def test_other_separators(text: str, iso: str) -> None:
    [mention] = find_dates(text)
    assert mention.iso() == iso


@pytest.mark.parametrize("text", ["the 2019/20 season", "in 1990-2005", "2019-20-21"])
def test_separators_must_agree_and_make_a_date(text: str) -> None:
    assert list(find_dates(text)) == []


def test_window_search_finds_what_a_full_scan_finds() -> None:
    text = "Wednesday, 12th of September, 2025 and 2025-06-25T10:00 and 3/4/2025 and Apr. 2024"
    assert [m.iso() for m in find_dates(text)] == [
        "2025-09-12",
        "2025-06-25",
        "2025-03-04",
        "2024-04",
    ]


def test_date_at_the_end_of_the_text() -> None:
    found = publication_date(
        doc(f"Title\n\n{BODY}\n\nThis article was published on 19 October 2020.\n")
    )
    assert found is not None and (found.mention.iso(), found.source) == ("2020-10-19", "label")


def test_quoted_label_quotes_something_else() -> None:
    assert publication_date(doc(f'Title\n\n{BODY}\n\n"Updated 17 March 2018"\n')) is None
    assert publication_date(doc("Title\n\nIt was released on June 28, 2018, by Netflix.\n")) is None
