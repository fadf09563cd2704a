"""foreign_tail: one region from a trailer marker, or a vocabulary break, to the end."""

from __future__ import annotations

from tests.checks.helpers import places, shipped, with_params

RULE = "boilerplate.foreign-tail"
VOLCANO = [
    "The volcano on the Reykjanes peninsula erupted again on Sunday, sending lava fountains "
    "high above the fissure and forcing the evacuation of the fishing town of Grindavik.",
    "Geologists at the Icelandic Meteorological Office said magma had been building under the "
    "peninsula for weeks, and that the eruption fissure was now almost three kilometres long.",
    "Lava flows reached the defensive barriers built north of Grindavik, where crews pumped sea "
    "water onto the molten rock to slow it, as the volcano kept erupting through the night.",
    "The Blue Lagoon spa closed again, and the airport at Keflavik stayed open because the ash "
    "from the fissure eruption was light, the geologists and the civil protection office said.",
]
FOOTBALL = [
    "In the second half of the derby the Rovers striker scored twice, once with a header from "
    "a corner and once with a penalty after the United goalkeeper fouled the winger.",
    "The Rovers coach praised his midfield, saying the passing and pressing had won the derby "
    "against United, while supporters sang long after the final whistle of the league match.",
    "The league title race is open again: Rovers and United are level on points, with the last "
    "round of league fixtures to be played next weekend after the derby.",
]


def test_unrelated_article_glued_on_is_one_region() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, *FOOTBALL]) + "\n"
    assert places(shipped(RULE), text) == [(6, 1, RULE)]


def test_same_subject_paragraphs_pass() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, *VOLCANO[:2]]) + "\n"
    assert places(shipped(RULE), text) == []


def test_max_similarity_boundary() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, *FOOTBALL]) + "\n"
    assert places(with_params(shipped(RULE), max_similarity=1e-6), text) == []


def test_min_tail_words_boundary() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, *FOOTBALL]) + "\n"
    assert places(with_params(shipped(RULE), min_tail_words=200), text) == []


def test_marker_then_posts() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, "You may also like", *FOOTBALL]) + "\n"
    assert places(shipped(RULE), text) == [(6, 1, RULE)]


def test_marker_needs_text_after_it_and_bad_input() -> None:
    text = "\n".join(["Eruption in Iceland", *VOLCANO, "Related News"]) + "\n"
    assert places(shipped(RULE), text) == []
    assert places(with_params(shipped(RULE), min_after_words=500), text + FOOTBALL[0]) == []
    assert places(shipped(RULE), "") == []
    assert places(shipped(RULE), "\x00\u202e" * 1000) == []


def test_insert_in_the_middle_is_one_region() -> None:
    after = [
        "By Monday evening the lava from the Grindavik fissure had slowed, the geologists said, "
        "but the volcano could erupt again on the peninsula within days or weeks.",
        "Residents of Grindavik were told they could not return to their homes while the magma "
        "under the peninsula kept rising and the fissure eruption went on.",
        "The civil protection office said the Grindavik barriers had held and that the lava "
        "field north of the town was cooling, though the fissure could reopen.",
    ]
    text = "\n".join(["Eruption in Iceland", *VOLCANO, *FOOTBALL, *after]) + "\n"
    assert places(with_params(shipped(RULE), min_tail_words=60), text) == [(6, 1, RULE)]
