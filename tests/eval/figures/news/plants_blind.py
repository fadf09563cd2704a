"""The blind part of the Wikinews set (issue 10, second round): stories not used before.

Built and labelled before the linter was run on it, scored once at the end. Stories are
real Wikinews articles from ../shared/corpus/wikinews (CC BY 2.5); plants follow the
devset's build. Every plant is blind; the other stories of the corpus are the clean part.
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "wikinews"

SAMOA_A, SAMOA_B = "wikinews/00165.txt", "wikinews/00172.txt"  # measles outbreak
NEVADA_D, NEVADA_R = "wikinews/00194.txt", "wikinews/00195.txt"  # Nevada caucuses
RICO_A, RICO_B = "wikinews/00078.txt", "wikinews/00079.txt"  # Puerto Rico governor
STAMPEDE = "wikinews/00175.txt"
QUAKE = "wikinews/00149.txt"
MARCH = "wikinews/00086.txt"
EL_PASO = "wikinews/00082.txt"
CLUSTERS = [SAMOA_A, SAMOA_B, NEVADA_D, NEVADA_R, RICO_A, RICO_B, STAMPEDE, QUAKE, MARCH, EL_PASO]
# The stories of the first round's set are left out here: they are tuned on.
_TUNED = {
    f"wikinews/{n}.txt" for n in ("00066", "00067", "00072", "00092", "00096", "00108", "00111")
}
CLEAN = sorted(
    f"wikinews/{p.name}"
    for p in _CORPUS.glob("*.txt")
    if f"wikinews/{p.name}" not in CLUSTERS and f"wikinews/{p.name}" not in _TUNED
)

PLANTS = [
    dict(
        kind="copy",
        doc=SAMOA_B,
        src=(SAMOA_A, "covered only about 31 percent"),
        old="about 31 percent",
        new="about 38 percent",
        after="UNICEF reported",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=NEVADA_R,
        src=(NEVADA_D, "securing 12 of the state's 41 pledged"),
        old="41 pledged",
        new="44 pledged",
        after="Nevada is one of at least four",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=RICO_B,
        src=(RICO_A, "between Rosselló and eleven others"),
        old="eleven others",
        new="twelve others",
        at=2,
        blind=True,
    ),
    dict(
        kind="para",
        doc=NEVADA_D,
        src=(NEVADA_R, "secured all 25 of Nevada's delegates"),
        text="On the Republican side, President Trump was awarded Nevada's 28 national "
        "convention delegates without a contest.",
        note="'28 national convention delegates' vs 'all 25 of Nevada's delegates'",
        at=3,
        blind=True,
    ),
    dict(
        kind="within",
        doc=SAMOA_A,
        src=(SAMOA_A, "covered only about 31 percent"),
        text="Only around 45 percent of Samoans had been vaccinated before the outbreak, "
        "the WHO said.",
        note="'around 45 percent' vs 'about 31 percent'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=STAMPEDE,
        src=(STAMPEDE, "at least 56 deaths"),
        text="State television said 40 people were killed in the crush in Kerman.",
        note="'40 people were killed' vs 'at least 56 deaths'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=QUAKE,
        src=(QUAKE, "damaged 143 buildings"),
        text="According to the NDRRMC, the quake damaged 134 buildings, among them 70 schools.",
        note="'134 buildings' vs '143 buildings'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=MARCH,
        src=(MARCH, "1.7 million Hongkongers"),
        text="Organizers said about 1.2 million people took part in the march.",
        note="'about 1.2 million people' vs '1.7 million Hongkongers'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=EL_PASO,
        src=(EL_PASO, "with 25 others injured"),
        text="The attack also left 26 people wounded, officials said.",
        note="'26 people wounded' vs '25 others injured'",
        blind=True,
    ),
    dict(
        kind="agree-para",
        doc=NEVADA_R,
        src=(NEVADA_D, "securing 12 of the state's 41 pledged"),
        text="Sanders won 12 pledged delegates in Iowa.",
        note="the same 12",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=EL_PASO,
        src=(EL_PASO, "death toll rising to 22 people"),
        text="The shooting killed 22 people, officials said on Monday.",
        note="the same 22",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=QUAKE,
        src=(QUAKE, "Wednesday's earthquake, at 6.3"),
        text="Phivolcs put the magnitude of Wednesday's quake at 6.3.",
        note="the same 6.3",
        blind=True,
    ),
]
