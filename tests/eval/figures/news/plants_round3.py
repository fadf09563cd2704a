"""The third round's Wikinews set (issue 10): other subjects, wire-copy wording, clusters.

Stories are real Wikinews articles from ../shared/corpus/wikinews (CC BY 2.5) that the
first two rounds did not use: primaries and their delegate counts, a marathon record,
the pandemic's tolls, a company sale, a boat fire, an election's seats, an acquisition,
a leader's life and an earthquake swarm. Plants are written in many shapes, some in
wire-copy style ("pct", "mln", "stg"); the `agree-*` plants are the classes a correct
linter stays silent on (a conversion, a rounding, a range holding the point, a
forecast beside the actual, two sources that say they disagree, a toll that rose
between two dated stories). Plants marked `blind` were written with the others but
scored only once, at the end. The clean part is every other Wikinews story, clusters
of stories about one event included (see clusters.py).
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "wikinews"

NH, SC, MI, AZ = (f"wikinews/{n}.txt" for n in ("00189", "00197", "00203", "00212"))
VIENNA, CHICAGO = "wikinews/00142.txt", "wikinews/00143.txt"
MILLION, BANGLADESH = "wikinews/00214.txt", "wikinews/00216.txt"
TESCO, BOAT, SEATS = "wikinews/00240.txt", "wikinews/00095.txt", "wikinews/00167.txt"
DEFENCE, MUGABE, TREMORS = "wikinews/00157.txt", "wikinews/00100.txt", "wikinews/00182.txt"
CLUSTERS = [NH, SC, MI, AZ, VIENNA, CHICAGO, MILLION, BANGLADESH, TESCO, BOAT, SEATS]
CLUSTERS += [DEFENCE, MUGABE, TREMORS]
# The stories planted in the first two rounds are left out: they are tuned on.
_EARLIER = {
    f"wikinews/{n}.txt"
    for n in """00066 00067 00072 00092 00096 00108 00111 00165 00172 00194 00195 00078
    00079 00175 00149 00086 00082""".split()
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
        doc=MI,
        src=(SC, "Biden secured 39 of South Carolina's 54 delegates"),
        old="about 48%",
        new="about 46%",
    ),
    dict(
        kind="copy",
        doc=CHICAGO,
        src=(VIENNA, "official world record for a sanctioned race"),
        old="1 minute 39 seconds",
        new="1 minute 29 seconds",
    ),
    dict(
        kind="para",
        doc=AZ,
        src=(NH, "won the Democratic primary with 25.7% of the vote"),
        text="In New Hampshire last month, Sanders took 27.5 pct of the Democratic vote, "
        "narrowly ahead of Buttigieg.",
        note="'27.5 pct' vs '25.7%' of the New Hampshire Democratic vote",
    ),
    dict(
        kind="within",
        doc=TESCO,
        src=(TESCO, "The sale price, to be payed in cash"),
        text="Salling will pay 990 mln zlotys in cash for the business, the companies said.",
        note="'990 mln zlotys' vs '900 million złotys'",
    ),
    dict(
        kind="within",
        doc=BOAT,
        src=(BOAT, "resulted in the death of all 33 passengers"),
        text="Authorities said all 34 passengers aboard the Conception died in the fire.",
        note="'all 34 passengers' vs 'all 33 passengers'",
    ),
    dict(
        kind="within_replace",
        doc=SEATS,
        src=(SEATS, "netted an additional 66 seats"),
        para="The conservative party gained 66 seats",
        old="gained 66 seats",
        new="gained 48 seats",
    ),
    dict(
        kind="agree-within",
        doc=TESCO,
        src=(TESCO, "The sale price, to be payed in cash"),
        text="Salling is paying about 900 mln zlotys, or roughly 180 mln stg, for the chain.",
        note="'about 900 mln zlotys, or roughly 180 mln stg' agrees with '900 million złotys "
        "(181 million pounds)'",
    ),
    dict(
        kind="agree-within",
        doc=TREMORS,
        src=(TREMORS, "a 6.4 quake that hit on January 7"),
        text="The magnitude 6.4 earthquake of January 7 knocked out power across the island.",
        note="the same 6.4 quake",
    ),
    dict(
        kind="agree-within",
        doc=SEATS,
        src=(SEATS, "with this time about 67.3%"),
        text="Pollsters had forecast a turnout of about 70% before the vote.",
        note="a forecast beside the actual turnout",
    ),
    dict(
        kind="agree-copy",
        doc=BANGLADESH,
        src=(MILLION, "By yesterday, the World Health Organization reported"),
        old="1,051,635",
        new="1,279,722",
        note="a count that rose between two dated stories ('by yesterday')",
    ),
    dict(
        kind="agree-within",
        doc=MUGABE,
        src=(MUGABE, "for 37 years"),
        text="Mugabe held power for between 35 and 40 years, longer than any other leader of "
        "the region.",
        note="a range holding the point",
    ),
    dict(
        kind="agree-within",
        doc=BOAT,
        src=(BOAT, "carried 33 passengers and six crew members"),
        text="The operator said the boat carried 33 passengers, while a Coast Guard spokesman "
        "put the number of passengers at 34.",
        note="two sources that openly disagree, in one sentence",
    ),
    # --- blind ---
    dict(
        kind="copy",
        doc=MI,
        src=(SC, "came in second, with about 20% of the vote earning 15 delegates"),
        old="15 delegates",
        new="16 delegates",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=CHICAGO,
        src=(VIENNA, "it featured 42 pacemakers"),
        old="42 pacemakers",
        new="41 pacemakers",
        blind=True,
    ),
    dict(
        kind="para",
        doc=VIENNA,
        src=(CHICAGO, "completing the race in 2:14:04"),
        text="Kosgei's winning time in Chicago, 2:14:40, was also the fastest ever run by a "
        "woman in a mixed race.",
        note="'2:14:40' vs '2:14:04'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=DEFENCE,
        src=(DEFENCE, "38.8 million euro loan"),
        text="The indemnity bond covers a loan of 38.3 mln euros taken out by HDT.",
        note="'38.3 mln euros' vs '38.8 million euro'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=MUGABE,
        src=(MUGABE, "for 37 years"),
        text="In all, Mugabe governed Zimbabwe for 36 years.",
        note="'36 years' vs '37 years'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=TESCO,
        src=(TESCO, "The deal covers 301 stores"),
        text="The transaction includes 310 stores, two distribution centres and the head "
        "office, Salling said.",
        note="'310 stores' vs '301 stores'",
        blind=True,
    ),
    dict(
        kind="within",
        doc=SEATS,
        src=(SEATS, "surpassing the 326 seats needed for a majority"),
        text="A party needs 325 seats for a majority in the House of Commons.",
        note="'325 seats' vs '326 seats' needed for a majority",
        blind=True,
    ),
    dict(
        kind="copy",
        doc=SC,
        src=(NH, "won the Republican primary with more than 85% of the vote"),
        old="more than 85%",
        new="more than 58%",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=BOAT,
        src=(BOAT, "75 ft (~23 m) long"),
        text="The 23-metre Conception had been built for diving trips to the islands.",
        note="the same length in metres",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=AZ,
        src=(AZ, "a reported total of 1,124 pledged delegates"),
        text="Biden now holds about 1,100 pledged delegates, according to the reports.",
        note="a rounding of 1,124",
        blind=True,
    ),
    dict(
        kind="agree-within",
        doc=DEFENCE,
        src=(DEFENCE, "an estimated 1.15% of its GDP"),
        text="NATO members are asked to spend 2% of GDP on defence, a level Hungary plans to "
        "reach by 2024.",
        note="another measure (the guideline, not the spending)",
        blind=True,
    ),
    dict(
        kind="agree-copy",
        doc=MI,
        src=(SC, "Super Tuesday is to include 14 states"),
        old="14 states",
        new="14 states",
        blind=True,
    ),
]
