"""The Wikinews set: which stories, and the figure conflicts planted in them.

Stories are real Wikinews articles from ../shared/corpus/wikinews (CC BY 2.5); the
planted paragraphs follow the devset's build (a sentence copied from another story
of the event with one number changed, a paraphrase with another value, a
restatement in the same story). `blind` plants were scored only once, at the end.
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "wikinews"

CLUSTERS = [
    "wikinews/00092.txt",  # Hurricane Dorian
    "wikinews/00096.txt",
    "wikinews/00108.txt",  # Hurricane Humberto
    "wikinews/00111.txt",
    "wikinews/00066.txt",  # New Hampshire crash
    "wikinews/00067.txt",
    "wikinews/00072.txt",  # Philippines earthquake
]
# Every other story of the corpus from 2019-01 to 2020-12, unchanged (some 280).
CLEAN = sorted(
    f"wikinews/{p.name}" for p in _CORPUS.glob("*.txt") if f"wikinews/{p.name}" not in CLUSTERS
)

DORIAN_A, DORIAN_B = "wikinews/00092.txt", "wikinews/00096.txt"
HUMBERTO_A, HUMBERTO_B = "wikinews/00108.txt", "wikinews/00111.txt"
CRASH_A, CRASH_B = "wikinews/00066.txt", "wikinews/00067.txt"
QUAKE = "wikinews/00072.txt"

PLANTS = [
    dict(
        kind="copy",
        doc=DORIAN_B,
        src=(DORIAN_A, "up to 30 inches (76 cm)"),
        old="30 inches (76 cm)",
        new="20 inches (51 cm)",
        after="A large number of homes",
    ),
    dict(
        kind="copy",
        doc=HUMBERTO_B,
        src=(HUMBERTO_A, "cut-off for a category 2"),
        old="119 mph",
        new="111 mph",
        after="Bermuda was rarely hit",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=CRASH_B,
        src=(CRASH_A, "left seven motorcyclists dead"),
        old="seven motorcyclists",
        new="eight motorcyclists",
        at=1,
    ),
    dict(
        kind="para",
        doc=DORIAN_B,
        src=(DORIAN_A, "18 to 23 foot"),
        text="Dorian's storm surge reached as much as 13 feet (4 meters), "
        "the National Hurricane Center said.",
        note="'as much as 13 feet' vs '18 to 23 foot (5.5 to 7 meter)'",
        at=2,
    ),
    dict(
        kind="within",
        doc=QUAKE,
        src=(QUAKE, "injuring at least 25 people"),
        text="Philippine officials said the earthquake injured 15 people.",
        note="'15 people' vs 'at least 25'",
    ),
    dict(
        kind="within",
        doc=QUAKE,
        src=(QUAKE, "magnitude was 5.5"),
        text="Phivolcs later put the magnitude of the earthquake at 5.2.",
        note="'5.2' vs '5.5'",
        blind=True,
    ),
    dict(
        kind="agree-copy",
        doc=HUMBERTO_B,
        src=(HUMBERTO_A, "at least 74 miles per hour"),
        old="74 miles",
        new="74 miles",
        at=2,
    ),
    dict(
        kind="agree-within",
        doc=DORIAN_B,
        src=(DORIAN_B, "reached 185 mph"),
        text="The storm's sustained winds peaked at about 185 miles per hour.",
        note="'about 185 miles per hour' agrees with '185 mph'",
    ),
]
