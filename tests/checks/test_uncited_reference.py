"""uncited_reference and uncited_reference_list: entries and lists the text never cites."""

from __future__ import annotations

from tests.checks.cite_helpers import messages, places, shipped, with_params

ENTRY = "citations.uncited-reference"
LIST = "citations.uncited-reference-list"
APA_LIST = """References
Keohane, R. O. (1984). After hegemony. Princeton University Press.
Nye, J. S. (2004). Soft power. PublicAffairs.
"""
NUMBERED = """References
1. Nye, J. S. (2004). Soft power. PublicAffairs.
2. Keohane, R. O. (1984). After hegemony. Princeton University Press.
3. Waltz, K. N. (1979). Theory of international politics. Addison-Wesley.
"""


def test_author_year_entry_not_cited() -> None:
    text = f"Soft power matters (Nye, 2004).\n\n{APA_LIST}"
    assert places(shipped(ENTRY), text) == [(4, 1, ENTRY)]


def test_every_entry_cited_passes() -> None:
    text = f"Soft power matters (Nye, 2004; Keohane, 1984).\n\n{APA_LIST}"
    assert places(shipped(ENTRY), text) == []


def test_narrative_and_et_al_citations_count() -> None:
    text = f"Keohane (1984) disagrees, as Nye et al. (2004) note.\n\n{APA_LIST}"
    assert places(shipped(ENTRY), text) == []


def test_numeric_ranges_cite_every_number() -> None:
    text = f"Power shifts [1-2].\n\n{NUMBERED}"
    assert places(shipped(ENTRY), text) == [(6, 1, ENTRY)]
    assert "entry 3" in messages(shipped(ENTRY), text)[0]


def test_mention_of_author_and_year_counts_as_citing() -> None:
    text = f"Nye's 2004 book coined the term (Keohane, 1984).\n\n{APA_LIST}"
    assert places(shipped(ENTRY), text) == []


def test_list_never_cited_is_one_finding_on_the_heading() -> None:
    text = f"Soft power matters.\n\n{NUMBERED}"
    assert places(shipped(LIST), text) == [(3, 1, LIST)]
    assert "3 entries" in messages(shipped(LIST), text)[0]
    assert len(places(shipped(ENTRY), text)) == 3


def test_list_with_one_citation_is_not_never_cited() -> None:
    assert places(shipped(LIST), f"Soft power [2].\n\n{NUMBERED}") == []


def test_labels_parameter_skips_other_headings() -> None:
    text = "Soft power matters.\n\n" + NUMBERED.replace("References", "Sources")
    assert places(shipped(ENTRY), text) == []
    rule = with_params(shipped(ENTRY), labels=("sources",))
    assert len(places(rule, text)) == 3


def test_only_when_cited_boundary() -> None:
    rule = with_params(shipped(ENTRY), only_when_cited=True)
    assert places(rule, f"Nothing cited.\n\n{NUMBERED}") == []
    assert places(rule, f"One cited [1].\n\n{NUMBERED}") == [(5, 1, ENTRY), (6, 1, ENTRY)]


def test_min_entries_boundary() -> None:
    text = f"Soft power matters.\n\n{NUMBERED}"
    assert places(with_params(shipped(LIST), min_entries=3), text) == [(3, 1, LIST)]
    assert places(with_params(shipped(LIST), min_entries=4), text) == []


def test_no_list_no_finding() -> None:
    text = "According to Xinhua, trade grew [3] (Nye, 2004).\nReferences.\n"
    assert places(shipped(ENTRY), text) == places(shipped(LIST), text) == []
