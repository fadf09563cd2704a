"""malformed_reference: broken links and DOIs, missing years, stray brackets, empty titles."""

from __future__ import annotations

import pytest

from tests.checks.cite_helpers import messages, places, shipped, with_params

RULE = "citations.malformed-reference"
UNDATED = "citations.undated-reference"


def doc(*entries: str) -> str:
    entries = (*entries, "Keohane, R. (1984). After hegemony. Princeton University Press.")
    body = "".join(f"{i}. {e}\n" for i, e in enumerate(entries, start=1))
    return f"Cited [1-{len(entries)}].\n\nReferences\n{body}"


@pytest.mark.parametrize(
    ("entry", "column", "problem"),
    [
        (
            "Tcja. (2023). Relations. https://www.tcjapress.com/2023/china- central-asia/",
            29,
            "URL broken",
        ),
        (
            "Nye, J. (2021). Soft power. https://doi.org/https://doi.org/10.1080/2158379X.2021",
            32,
            "doubled DOI",
        ),
        ("Nye, J. (2021). Soft power. doi: 1080/2158379X.2021.1879572", 32, "not a DOI: 1080/"),
        (
            "Derryberry, S. (2019). Chinese soft power, Marine Corps University].",
            70,
            "unmatched ']'",
        ),
        ("Nye, J. S. (2004). . PublicAffairs.", 15, "empty title"),
    ],
)
def test_problem_found_at_its_text(entry: str, column: int, problem: str) -> None:
    text = doc(entry)
    assert places(shipped(RULE), text) == [(4, column, RULE)]
    assert problem in messages(shipped(RULE), text)[0]


def test_url_on_its_own_line_is_not_broken() -> None:
    text = doc("About us. (2019). Retrieved 17 April 2024 from\nhttps://example.org/about?id=1")
    assert places(shipped(RULE), text) == []


def test_url_broken_across_lines_is_found() -> None:
    text = doc(
        "Nye, J. (2021). Soft power. Available: https://jmlr.org/papers/v12/\npedregosa11a.html"
    )
    assert places(shipped(RULE), text) == [(4, 43, RULE)]


def test_url_followed_by_a_word_is_not_broken() -> None:
    text = doc("Nye, J. (2021). Soft power. https://example.org/ Accessed 3 May 2021.")
    assert places(shipped(RULE), text) == []


def test_no_year_ignores_access_dates_and_urls() -> None:
    text = doc(
        "Silk Roads: Zarafshan Corridor. Retrieved 28 March 2024 from https://whc.unesco.org/en/list/1675"
    )
    assert places(shipped(UNDATED), text) == [(4, 1, UNDATED)]
    assert "no year" in messages(shipped(UNDATED), text)[0]


def test_no_date_points_at_nd() -> None:
    text = doc(
        "power. In. (n.d.). Retrieved 6 January 2024, from https://dictionary.example.org/power"
    )
    assert places(shipped(UNDATED), text) == [(4, 15, UNDATED)]


def test_notes_are_not_checked_for_a_year() -> None:
    text = "Text.1 More.2\n\nNotes\n1. Ibid., 45.\n2. See the discussion above.\n"
    assert places(shipped(UNDATED), text) == []


def test_problems_parameter() -> None:
    text = doc("Nye, J. (2021). Soft power (draft. https://doi.org/https://doi.org/10.1080/x.1")
    assert len(places(shipped(RULE), text)) == 2
    rule = with_params(shipped(RULE), problems=("unbalanced_brackets",))
    assert places(rule, text) == [(4, 31, RULE)]
