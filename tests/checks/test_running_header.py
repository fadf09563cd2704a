"""running_header: page furniture repeated at the page breaks of extracted PDF text."""

from __future__ import annotations

from tests.checks.helpers import places, shipped, with_params

RULE = "boilerplate.running-header"
# Wrapped lines of running text, as PDF extraction leaves them (written for these tests);
# each page names its own river, so no line of text recurs.
RIVERS = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir"]
LINES = [
    "samples were collected from twelve sites along the river during the dry",
    "season and stored at four degrees until they reached the laboratory, where",
    "each one was split into three parts for the chemical, genetic and microscopic",
    "analyses described below. Sites were chosen to cover the whole gradient of",
    "land use, from forest at the source to farmland and towns near the mouth,",
    "and each was visited twice so that the effect of recent rain could be judged.",
    "Water temperature, depth and flow were measured at the time of sampling and",
    "the measurements were entered into the field notebook before the next site",
    "was visited, which kept the record of each sample complete and in the order",
    "in which the samples were taken. The same two people took every sample, and",
    "the equipment was cleaned between the sites with filtered water from the",
    "laboratory, so that no material was carried from one site to the next one",
    "and the counts from different sites can be compared with each other",
]


def _page(number: int) -> list[str]:
    """A page that starts and ends in the middle of a sentence, as most pages do."""
    return [f"{line} near the {RIVERS[number]}" for line in LINES]


def _pages(furniture: list[list[str]]) -> str:
    """Pages of running text with `furniture[i]` printed at the i-th page break."""
    lines: list[str] = []
    for number, block in enumerate(furniture):
        lines += _page(number)
        lines += block
    lines += _page(len(furniture))
    return "\n".join(lines) + "\n"


def test_header_footer_and_page_numbers_at_every_break() -> None:
    breaks = [["Journal of River Studies, Vol. 12, 2021", f"{page}"] for page in range(101, 105)]
    text = _pages(breaks)
    starts = [14 + 15 * index for index in range(4)]
    assert places(shipped(RULE), text) == [(n, 1, RULE) for n in starts]


def test_odd_and_even_page_headers_match_in_any_order() -> None:
    odd = "PAGE 3 OF 9 Journal of River Studies, 2021"
    even = "Journal of River Studies, 2021 PAGE 4 OF 9"
    text = _pages([[odd], [even], [odd.replace("3", "5")]])
    assert len(places(shipped(RULE), text)) == 3


def test_a_download_watermark_is_furniture_even_once() -> None:
    text = _pages([["Downloaded from https://example.org/article/7 by guest on 3 March 2024"]])
    assert places(shipped(RULE), text) == [(14, 1, RULE)]


def test_recurring_section_headings_are_not_furniture() -> None:
    opening = "In this study we report how the"
    studies = [["Results", opening, *_page(n), "as the tables show."] for n in range(3)]
    text = "\n".join(line for study in studies for line in study) + "\n"
    assert places(shipped(RULE), text) == []


def test_table_rows_and_close_repeats_are_not_furniture() -> None:
    table = ["Table 1. Counts per site.", "Site | Count", "A | 12", "B | 14"]
    text = "\n".join([*_page(0), *table, *_page(1), "Site | Count", *_page(2)]) + "\n"
    assert places(shipped(RULE), text) == []


def test_min_breaks_boundary() -> None:
    text = _pages([["Journal of River Studies, Vol. 12, 2021"]] * 2)
    assert len(places(with_params(shipped(RULE), min_breaks=2), text)) == 2
    assert places(with_params(shipped(RULE), min_breaks=3), text) == []
