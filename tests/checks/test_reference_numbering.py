"""reference_numbering: gaps, repeats, disorder and numbered continuation lines."""

from __future__ import annotations

from tests.checks.cite_helpers import messages, places, shipped, with_params

RULE = "citations.reference-numbering"


def doc(*lines: str) -> str:
    return "Cited [1-9].\n\nReferences\n" + "".join(f"{line}\n" for line in lines)


def test_gap() -> None:
    text = doc("1. Nye, J. (2004). A.", "2. Nye, J. (2005). B.", "4. Nye, J. (2006). C.")
    assert places(shipped(RULE), text) == [(6, 1, RULE)]
    assert "number 3 missing before 4" in messages(shipped(RULE), text)[0]


def test_list_starting_late_is_a_gap() -> None:
    text = doc("[3] J. Nye, A, 2004.", "[4] J. Nye, B, 2005.")
    assert places(shipped(RULE), text) == [(4, 1, RULE)]


def test_repeat_points_at_first_use() -> None:
    text = doc("1. Nye, J. (2004). A.", "2. Nye, J. (2005). B.", "2. Nye, J. (2006). C.")
    assert places(shipped(RULE), text) == [(6, 1, RULE)]
    assert "used twice" in messages(shipped(RULE), text)[0]


def test_out_of_order() -> None:
    text = doc("1. Nye, J. (2004). A.", "3. Nye, J. (2005). B.", "2. Nye, J. (2006). C.")
    assert places(shipped(RULE), text) == [(6, 1, RULE)]


def test_continuation_numbered_as_an_entry() -> None:
    text = doc(
        "1. Yau, N. (2021). China polishes its image. Retrieved 6 March 2024 from",
        "2. https://www.opendemocracy.net/en/odr/china-central-asia/",
        "3. Zogg, B. (2019). Cooperation or clash? The Diplomat.",
    )
    assert places(shipped(RULE), text) == [(5, 1, RULE)]
    assert "continues entry 1" in messages(shipped(RULE), text)[0]


def test_url_entry_after_a_finished_entry_is_an_entry() -> None:
    text = doc(
        "1. Nye, J. (2004). Soft power.", "2. https://example.org/data", "3. Keo, R. (1984). A."
    )
    assert places(shipped(RULE), text) == []


def test_problems_parameter() -> None:
    text = doc("1. Nye, J. (2004). A.", "3. Nye, J. (2005). B.", "3. Nye, J. (2006). C.")
    assert len(places(shipped(RULE), text)) == 2
    assert places(with_params(shipped(RULE), problems=("repeat",)), text) == [(6, 1, RULE)]
