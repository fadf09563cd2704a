"""unresolved_citation: citations that match no entry of the reference list."""

from __future__ import annotations

from tests.checks.cite_helpers import messages, places, shipped, with_params

RULE = "citations.unresolved-citation"
NUMBERED = """References
[1] J. S. Nye, Soft Power. New York: PublicAffairs, 2004.
[2] R. O. Keohane, After Hegemony. Princeton, NJ: Princeton Univ. Press, 1984.
"""
APA_LIST = """References
Keohane, R. O. (1984). After hegemony. Princeton University Press.
Nye, J. S. (2004a). Soft power. PublicAffairs.
Nye, J. S. (2004b). Power in the global information age. Routledge.
"""


def test_number_past_the_list() -> None:
    text = f"Power shifts [1, 3].\n\n{NUMBERED}"
    assert places(shipped(RULE), text) == [(1, 14, RULE)]
    assert "no entry for 3" in messages(shipped(RULE), text)[0]


def test_numbers_in_the_list_pass() -> None:
    assert places(shipped(RULE), f"Power shifts [1]-[2].\n\n{NUMBERED}") == []


def test_author_year_missing_work() -> None:
    text = f"Power shifts (Nye, 2004a; Waltz, 1979).\n\n{APA_LIST}"
    assert places(shipped(RULE), text) == [(1, 14, RULE)]
    assert "Waltz 1979" in messages(shipped(RULE), text)[0]


def test_year_letters_must_agree() -> None:
    text = f"Power shifts (Nye, 2004c), as Keohane (1984) argues.\n\n{APA_LIST}"
    assert places(shipped(RULE), text) == [(1, 14, RULE)]


def test_appositive_place_and_year_is_not_a_citation() -> None:
    text = f"She exhibited at the Museo Nacional (Madrid, 2015) (Keohane, 1984).\n\n{APA_LIST}"
    assert places(shipped(RULE), text) == []


def test_bracket_opening_a_line_is_a_marker() -> None:
    text = f"Soft power matters [1].\n\n{NUMBERED}\nAuthors\n\nJ. Doe\n[7]\n"
    assert places(shipped(RULE), text) == []


def test_no_reference_list_no_finding() -> None:
    assert places(shipped(RULE), "Power shifts [4] (Nye, 2004).\n") == []


def test_forms_parameter() -> None:
    text = f"Power shifts [9] (Waltz, 1979).\n\n{NUMBERED}"
    assert len(places(shipped(RULE), text)) == 2
    rule = with_params(shipped(RULE), forms=("author_year",))
    assert places(rule, text) == [(1, 18, RULE)]
