"""duplicate_reference: the same work listed twice in a reference list."""

from __future__ import annotations

from tests.checks.cite_helpers import messages, places, shipped, with_params

RULE = "citations.duplicate-reference"


def doc(*entries: str) -> str:
    body = "".join(f"{i}. {e}\n" for i, e in enumerate(entries, start=1))
    return f"Cited [1-{len(entries)}].\n\nReferences\n{body}"


def test_same_doi() -> None:
    text = doc(
        "Nye, J. S. (2021). Soft power. J. Polit. Power, 14, 1-13. doi:10.1080/2158379X.2021.1",
        "Nye, Joseph. Soft Power Revisited. 2021. https://doi.org/10.1080/2158379X.2021.1",
    )
    assert places(shipped(RULE), text) == [(5, 1, RULE)]
    assert "same DOI" in messages(shipped(RULE), text)[0]


def test_same_url_ignores_scheme_and_slash() -> None:
    text = doc(
        "About us. (2019). Retrieved from https://www.example.org/about/",
        "About. (2019). Retrieved 3 May 2020 from http://example.org/about",
    )
    assert places(shipped(RULE), text) == [(5, 1, RULE)]


def test_same_text_written_differently() -> None:
    text = doc(
        "Putnam, R. D. (2000). Bowling alone: The collapse and revival of American community.",
        "Putnam, R.D. (2000). Bowling Alone: the Collapse and Revival of American Community.",
    )
    assert places(shipped(RULE), text) == [(5, 1, RULE)]


def test_same_author_and_year_different_works_pass() -> None:
    text = doc(
        "Nye, J. S. (2004a). Soft power: The means to success in world politics. PublicAffairs.",
        "Nye, J. S. (2004b). Power in the global information age. Routledge.",
    )
    assert places(shipped(RULE), text) == []


def test_numbered_series_with_different_numbers_pass() -> None:
    text = doc(
        "Ministry of Finance. (2020). Budget circular no. 12. Government Press.",
        "Ministry of Finance. (2020). Budget circular no. 13. Government Press.",
    )
    assert places(shipped(RULE), text) == []


def test_threshold_boundary() -> None:
    text = doc(
        "Putnam, R. D. (2000). Bowling alone: the collapse of community. Simon & Schuster.",
        "Putnam, R. D. (2000). Bowling alone: the revival of community. Simon & Schuster.",
    )
    assert places(with_params(shipped(RULE), threshold=80), text) == [(5, 1, RULE)]
    assert places(with_params(shipped(RULE), threshold=99), text) == []


def test_compare_parameter() -> None:
    text = doc(
        "Smith, A. (2019). One report. https://example.org/r",
        "Jones, B. (2018). Another report. https://example.org/r",
    )
    assert places(shipped(RULE), text) == [(5, 1, RULE)]
    assert places(with_params(shipped(RULE), compare=("doi", "text")), text) == []
