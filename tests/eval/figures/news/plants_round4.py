"""The fourth round's Wikinews set (issue 10): stories no earlier round used.

Stories are real Wikinews articles from ../shared/corpus/wikinews (CC BY 2.5) that the
first three rounds did not use: an Ebola drug trial, a primary held in a pandemic, a
candidate leaving the race and an endorsement, a gas pipeline, wildfires, an
exoplanet, a study of youth suicide, the naming of a disease and its spread, a
building collapse and a tropical storm. Plants follow the earlier rounds: `copy` (a
sentence of one story copied into another with one number changed), `para` (the same
quantity in other words, another value), `within` (a later paragraph of the same
story restating a figure with another value); the `agree-*` plants are what a correct
linter stays silent on (a rounding, a conversion, a forecast beside the actual, a
range holding the point, a count that rose between two dated stories, another
measure, two sources that say they disagree, a copy with the value kept). Plants
marked `blind` were written with the others, before any tuning on this round, and are
scored once, at the end of issue 10. The clean part is every Wikinews story that no
round planted in.
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "wikinews"

EBOLA, WISCONSIN, SANDERS = (f"wikinews/{n}.txt" for n in ("00084", "00215", "00217"))
WARREN, PIPELINE, AMAZON = (f"wikinews/{n}.txt" for n in ("00221", "00177", "00089"))
EXOPLANET, GUNS, NAMED = (f"wikinews/{n}.txt" for n in ("00106", "00018", "00190"))
SPREAD, COLLAPSE, STORM = (f"wikinews/{n}.txt" for n in ("00193", "00001", "00071"))
CLUSTERS = [EBOLA, WISCONSIN, SANDERS, WARREN, PIPELINE, AMAZON, EXOPLANET, GUNS, NAMED]
CLUSTERS += [SPREAD, COLLAPSE, STORM]
# The stories planted in the first three rounds are left out: they are tuned on.
_EARLIER = {
    f"wikinews/{n}.txt"
    for n in """00066 00067 00072 00092 00096 00108 00111 00165 00172 00194 00195 00078
    00079 00175 00149 00086 00082 00189 00197 00203 00212 00142 00143 00214 00216 00240
    00095 00167 00157 00100 00182""".split()
}
CLEAN = sorted(
    f"wikinews/{p.name}"
    for p in _CORPUS.glob("*.txt")
    if f"wikinews/{p.name}" not in CLUSTERS and f"wikinews/{p.name}" not in _EARLIER
)

PLANTS = [
    # --- tuned on ---
    dict(
        kind="copy",
        doc=WARREN,
        src=(SANDERS, "raising the federal minimum wage to USD15 an hour"),
        old="USD15",
        new="USD12",
    ),
    dict(
        kind="para",
        doc=SANDERS,
        src=(WISCONSIN, "reduced the number of polling stations from 180 to 5"),
        text="In Milwaukee, only five of the city's usual 108 polling places opened for the "
        "primary.",
        note="'five of the usual 108 polling places' vs 'from 180 to 5'",
    ),
    dict(
        kind="within",
        doc=EBOLA,
        src=(EBOLA, "collected data from 499 patients"),
        text="The trial's findings are based on 449 patients treated in four towns.",
        note="'449 patients' vs '499 patients'",
    ),
    dict(
        kind="within",
        doc=PIPELINE,
        src=(PIPELINE, "the 2000 km long pipeline"),
        text="The pipeline would run for some 1,600 km from the gas fields to Italy.",
        note="'some 1,600 km' vs 'the 2000 km long pipeline'",
    ),
    dict(
        kind="within",
        doc=COLLAPSE,
        src=(COLLAPSE, "A total of 39 are confirmed dead"),
        text="The collapse killed 37 people, the emergencies ministry said.",
        note="'killed 37 people' vs '39 are confirmed dead'",
    ),
    dict(
        kind="agree-copy",
        doc=SPREAD,
        src=(NAMED, "has already killed more than 1,000 people"),
        old="more than 1,000",
        new="more than 2,000",
        note="a toll that rose between two dated stories, a week apart",
    ),
    dict(
        kind="agree-within",
        doc=EXOPLANET,
        src=(EXOPLANET, "It is about 110 light-years from Earth"),
        text="K2-18b orbits its red dwarf some 111 light-years from Earth.",
        note="'some 111 light-years' rounds to 'about 110'",
    ),
    dict(
        kind="agree-within",
        doc=PIPELINE,
        src=(PIPELINE, "The estimated cost is six billion euros"),
        text="The pipeline is expected to cost about 6 billion euros (roughly $6.7 billion).",
        note="the same cost, with its conversion",
    ),
    dict(
        kind="agree-within",
        doc=AMAZON,
        src=(AMAZON, "85% more wildfires in Brazil in 2019"),
        text="Researchers had expected the number of fires to rise by no more than 40% this year.",
        note="a forecast beside the actual",
    ),
    dict(
        kind="agree-within",
        doc=EBOLA,
        src=(EBOLA, "over 1800 people, have died"),
        text="The health ministry puts the toll at 1,800, while aid groups say more than "
        "1,900 have died.",
        note="two sources that openly disagree, in one sentence",
    ),
    # --- blind ---
    dict(
        kind="copy",
        doc=WISCONSIN,
        src=(SANDERS, "he had secured around 300 delegates fewer than"),
        old="around 300",
        new="around 200",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=SPREAD,
        src=(NAMED, "ordered the killing of over 300,000 pigs"),
        old="300,000",
        new="30,000",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=NAMED,
        src=(SPREAD, "throats of eighteen infected volunteers"),
        old="eighteen",
        new="eighty",
        blind=True,
    ),
    dict(
        kind="para",
        doc=SANDERS,
        src=(WISCONSIN, "over a million people requested absentee ballots"),
        text="In Wisconsin, about 700,000 voters had asked for mail-in ballots before the "
        "deadline.",
        note="'about 700,000 voters' vs 'over a million people' requesting absentee ballots",
        blind=True,
    ),
    dict(
        kind="within",
        doc=EXOPLANET,
        src=(EXOPLANET, "a year on K2-18b lasts 33 Earth days"),
        text="The planet completes one orbit of its star every 31 days.",
        note="'every 31 days' vs '33 Earth days'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=GUNS,
        src=(GUNS, "the youth suicide rate increased by 26.9 percent"),
        text="Each 10-point rise in gun ownership was tied to a 29.6 percent higher youth "
        "suicide rate, the authors found.",
        note="'29.6 percent' vs '26.9 percent'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=WISCONSIN,
        src=(WISCONSIN, "over 11,000 were not yet sent out"),
        text="Election officials said more than 12,000 requested ballots had not been sent out.",
        note="'more than 12,000' vs 'over 11,000' ballots not sent out",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=COLLAPSE,
        src=(COLLAPSE, "The 1973 building was home to over 1,000 people"),
        text="Around 1,100 residents were registered in the building, officials said.",
        note="'around 1,100' is 'over 1,000'",
        blind=True,
    ),
    dict(
        kind="agree-copy",
        doc=WARREN,
        src=(WISCONSIN, "candidates must receive at least 15% of the vote"),
        old="at least 15%",
        new="at least 15%",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=STORM,
        src=(STORM, "a storm surge of three to six feet"),
        text="Parts of the coast could see a surge of about four feet, the weather service said.",
        note="a point inside the forecast range",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=EBOLA,
        src=(EBOLA, "49% for patients treated with ZMapp"),
        text="About 35% of the patients in the trial were treated within days of falling ill.",
        note="another measure (a share of patients, not a death rate)",
        blind=True,
    ),
]
