"""Build the labelled evaluation set of the figures family from the benchmark corpus.

Each document is a passage of ../shared/corpus (real Wikinews and Wikipedia text,
copied unchanged) or a news-style restatement of one of its figures, written in the
shapes the press uses ("trade between A and B totaled US$160 million", "A-B trade
stood at roughly $160 mln", a section heading plus "bilateral trade with B"), some
agreeing, some copied wrongly (digits swapped, wrong scale, a different value).
Lines marked with a rule id are the findings a correct linter reports; every other
finding is a false positive. Whole clean articles with many figures are included
unchanged as negatives.

    python tests/eval/figures/build.py   # rewrites docs/ and labels.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARD = "figures.conflicting-figures"
SOFT = "figures.figure-wording"

# A part is ("src", "<folder/file>", line, label) copying one corpus line, or
# ("txt", text, label) for a written line; label is a rule id or None.
Part = tuple[str, ...] | tuple[str, str, int, str | None] | tuple[str, str, str | None]

CLUSTERS: dict[str, list[Part]] = {
    "a1_azerbaijan_brazil.txt": [
        ("src", "wikipedia/01344.txt", 1, None),
        ("src", "wikipedia/01344.txt", 2, None),
        ("src", "wikipedia/01344.txt", 3, None),
        ("src", "wikipedia/01344.txt", 5, None),
        ("src", "wikipedia/01344.txt", 23, HARD),
    ],
    "a2_brazil_azerbaijan_news.txt": [
        ("txt", "Brazil and Azerbaijan seek to expand commerce", None),
        ("txt", "2018-03-14", None),
        ("txt", "", None),
        (
            "txt",
            "BAKU — Brazilian and Azerbaijani officials met on Tuesday to discuss ways of "
            "expanding economic ties between the two countries, which established diplomatic "
            "relations in 1993.",
            None,
        ),
        (
            "txt",
            "Bilateral trade between Brazil and Azerbaijan reached $260 million in 2017, the "
            "Azerbaijani foreign ministry said, and both sides hope to double it by 2020.",
            HARD,
        ),
        (
            "txt",
            "Officials expect trade to reach $300 million in 2019 as new direct flights open.",
            None,
        ),
    ],
    "a3_azerbaijan_latin_america.txt": [
        ("txt", "Azerbaijan eyes Latin American markets", None),
        ("txt", "2019-02-02", None),
        ("txt", "", None),
        (
            "txt",
            "Azerbaijan is looking beyond its neighbours for new buyers of its oil products "
            "and chemicals.",
            None,
        ),
        ("txt", "Brazil", None),
        (
            "txt",
            "Azerbaijani-Brazilian trade stood at roughly US$160 mln in 2017, up from "
            "$120 million a year earlier.",
            HARD,
        ),
        (
            "txt",
            "In 2018, bilateral trade with Azerbaijan fell to $95 million, Brazilian customs "
            "data show.",
            None,
        ),
        ("txt", "Argentina", None),
        (
            "txt",
            "Azerbaijan's trade with Argentina was worth $30 million in 2017, most of it "
            "Argentine beef.",
            None,
        ),
    ],
    "b1_horse_betting.txt": [
        ("src", "wikipedia/01053.txt", 1, None),
        ("src", "wikipedia/01053.txt", 2, None),
        ("src", "wikipedia/01053.txt", 3, None),
        ("src", "wikipedia/01053.txt", 30, HARD),
    ],
    "b2_gambling_report.txt": [
        ("txt", "Bookmakers gain as the Tote shrinks", None),
        ("txt", "2018-11-09", None),
        ("txt", "", None),
        (
            "txt",
            "Off-course betting turnover on horse racing in Great Britain amounted to £3.4 "
            "billion between April 2017 and March 2018, the Gambling Commission said.",
            HARD,
        ),
        (
            "txt",
            "The commission counted about 8,500 betting shops in Great Britain in 2018.",
            None,
        ),
    ],
    "c1_kenya_power_line.txt": [
        ("src", "wikipedia/00682.txt", 1, None),
        ("src", "wikipedia/00682.txt", 2, None),
        ("src", "wikipedia/00682.txt", 3, None),
        ("src", "wikipedia/00682.txt", 10, HARD),
    ],
    "c2_ketraco_news.txt": [
        ("txt", "Chinese consortium to finish stalled Kenyan power line", None),
        ("txt", "2018-02-21", None),
        ("txt", "", None),
        (
            "txt",
            "NAIROBI — Kenya's Ketraco hired a consortium of Chinese firms in February 2018 at a "
            "cost of $69 million to finish the Loiyangalani–Suswa line, after the Spanish "
            "contractor Isolux went bankrupt.",
            HARD,
        ),
    ],
    "d1_alswaha.txt": [
        ("src", "wikipedia/00462.txt", 1, None),
        ("src", "wikipedia/00462.txt", 2, None),
        ("src", "wikipedia/00462.txt", 3, None),
        ("src", "wikipedia/00462.txt", 15, HARD),
    ],
    "d2_saudi_5g.txt": [
        ("txt", "Saudi Arabia bets on 5G", None),
        ("txt", "2018-01-26", None),
        ("txt", "", None),
        (
            "txt",
            "In January 2018, Saudi Arabia announced spending of $3 million on a nationwide 5G "
            "network, its telecoms minister told the forum in Davos.",
            HARD,
        ),
        (
            "txt",
            "Saudi Arabia would spend about $3bn on 5G, Alswaha said in January 2018.",
            None,
        ),
    ],
    "e1_spain_fishing.txt": [
        ("src", "wikipedia/01904.txt", 1, None),
        ("src", "wikipedia/01904.txt", 2, None),
        ("src", "wikipedia/01904.txt", 3, None),
        ("src", "wikipedia/01904.txt", 19, HARD),
    ],
    "e2_spanish_fleet.txt": [
        ("txt", "Spain's fishing fleet: forty years of decline", None),
        ("txt", "", None),
        ("txt", "", None),
        (
            "txt",
            "Spanish fishing output reached 1.5 million tons in 1980, according to the "
            "ministry, before quotas cut the catch.",
            HARD,
        ),
        (
            "txt",
            "By 2013 production had fallen to about 1 million tonnes, worth €2.2 billion at "
            "first sale.",
            None,
        ),
    ],
    "f1_michigan.txt": [
        ("src", "wikipedia/01712.txt", 1, None),
        ("src", "wikipedia/01712.txt", 2, None),
        ("src", "wikipedia/01712.txt", 3, None),
        ("src", "wikipedia/01712.txt", 21, HARD),
    ],
    "f2_detroit_jobs.txt": [
        ("txt", "Jobs return to Detroit suburbs", None),
        ("txt", "2018-06-30", None),
        ("txt", "", None),
        (
            "txt",
            "The recovery has been uneven. Unemployment in Southeastern Michigan stood at 7.5% "
            "in 2017, state figures show, well above the national rate.",
            HARD,
        ),
    ],
    "g1_stavens.txt": [
        ("src", "wikipedia/00952.txt", 1, None),
        ("src", "wikipedia/00952.txt", 2, None),
        ("src", "wikipedia/00952.txt", 3, None),
        ("src", "wikipedia/00952.txt", 15, HARD),
    ],
    "g2_udacity.txt": [
        ("txt", "Online school Udacity cuts staff", None),
        ("txt", "2019-07-12", None),
        ("txt", "", None),
        (
            "txt",
            "The online education company Udacity reported revenue of $90 million in 2018, "
            "and is laying off a fifth of its staff.",
            HARD,
        ),
    ],
    "h1_fenty.txt": [
        ("src", "wikipedia/01535.txt", 1, None),
        ("src", "wikipedia/01535.txt", 2, None),
        ("src", "wikipedia/01535.txt", 3, None),
        ("src", "wikipedia/01535.txt", 31, HARD),
    ],
    "h2_rihanna_brand.txt": [
        ("txt", "Rihanna becomes a billionaire", None),
        ("txt", "2019-06-05", None),
        ("txt", "", None),
        (
            "txt",
            "In 2018, Fenty Beauty generated $750 million in revenue, making the singer's "
            "cosmetics line one of the fastest-growing in the industry.",
            HARD,
        ),
    ],
    "i1_popsockets.txt": [
        ("src", "wikipedia/00291.txt", 1, None),
        ("src", "wikipedia/00291.txt", 2, None),
        ("src", "wikipedia/00291.txt", 3, None),
        ("src", "wikipedia/00291.txt", 6, SOFT),
    ],
    "i2_phone_grips.txt": [
        ("txt", "The company behind the phone grip", None),
        ("txt", "2019-04-18", None),
        ("txt", "", None),
        (
            "txt",
            "Founded by a philosophy professor, PopSockets made around $200 million in revenue "
            "in 2018.",
            SOFT,
        ),
    ],
    "j1_power_plant_deaths.txt": [
        ("src", "wikinews/00162.txt", 1, None),
        ("src", "wikinews/00162.txt", 2, None),
        ("src", "wikinews/00162.txt", 3, None),
        ("src", "wikinews/00162.txt", 4, None),
        ("src", "wikinews/00162.txt", 7, HARD),
    ],
    "j2_coal_study.txt": [
        ("txt", "Coal plants blamed for most pollution deaths", None),
        ("txt", "2019-11-25", None),
        ("txt", "", None),
        (
            "txt",
            "Pollution from power plants caused 61,000 premature deaths in the United States in "
            "2014, a new study by the University of Washington finds.",
            HARD,
        ),
    ],
    "k1_hong_kong_vote.txt": [
        ("src", "wikinews/00163.txt", 1, None),
        ("src", "wikinews/00163.txt", 2, None),
        ("src", "wikinews/00163.txt", 3, None),
        ("src", "wikinews/00163.txt", 4, None),
        ("src", "wikinews/00163.txt", 10, HARD),
        (
            "txt",
            "Hong Kong's population is 5.7 million, of whom 4.1 million registered to vote.",
            HARD,
        ),
    ],
    "l1_lion_lodge.txt": [
        ("src", "wikinews/00087.txt", 1, None),
        ("src", "wikinews/00087.txt", 2, None),
        ("src", "wikinews/00087.txt", 3, None),
        ("src", "wikinews/00087.txt", 4, None),
        ("src", "wikinews/00087.txt", 5, SOFT),
        (
            "txt",
            "South Africa now has about 200 lion lodges, according to conservation groups, most "
            "of them breeding lions for hunting.",
            SOFT,
        ),
    ],
    "m1_eldon.txt": [
        ("src", "wikipedia/01992.txt", 1, None),
        ("src", "wikipedia/01992.txt", 2, None),
        ("src", "wikipedia/01992.txt", 3, None),
        ("src", "wikipedia/01992.txt", 21, HARD),
    ],
    "m2_banks_insurer.txt": [
        ("txt", "Questions over Banks's insurance business", None),
        ("txt", "2018-05-02", None),
        ("txt", "", None),
        (
            "txt",
            "Accounts show that in 2013 Eldon made a pre-tax profit of £293,000 on revenue of "
            "£12.8 million.",
            HARD,
        ),
    ],
    "n1_green_line.txt": [
        ("src", "wikipedia/01434.txt", 1, None),
        ("src", "wikipedia/01434.txt", 2, None),
        ("src", "wikipedia/01434.txt", 3, None),
        ("src", "wikipedia/01434.txt", 24, HARD),
    ],
    "n2_calgary_transit.txt": [
        ("txt", "Calgary's Green Line gets federal money", None),
        ("txt", "2015-07-06", None),
        ("txt", "", None),
        (
            "txt",
            "In 2015, the Government of Canada said it would invest $1.35 billion in Calgary's "
            "Green Line, the largest federal transit grant in Alberta.",
            HARD,
        ),
    ],
}
# Whole clean articles with many figures: every finding on them is a false positive.
CLEAN = [
    "wikinews/00025.txt",
    "wikinews/00036.txt",
    "wikinews/00040.txt",
    "wikinews/00041.txt",
    "wikinews/00064.txt",
    "wikinews/00070.txt",
    "wikinews/00123.txt",
    "wikinews/00182.txt",
    "wikinews/00191.txt",
    "wikinews/00210.txt",
    "wikinews/00258.txt",
    "wikinews/00275.txt",
    "wikinews/00278.txt",
    "wikinews/00283.txt",
    "wikipedia/00144.txt",
    "wikipedia/00218.txt",
    "wikipedia/00448.txt",
]


def corpus() -> Path:
    """The benchmark corpus: ../shared/corpus next to the checkout (or its parent)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus" / "README.md").is_file():
            return base / "shared" / "corpus"
    sys.exit("build.py: ../shared/corpus not found")


def build() -> None:
    """Write docs/*.txt and labels.json."""
    source = corpus()
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    for old in docs.glob("*.txt"):
        old.unlink()
    labels: dict[str, list[dict[str, object]]] = {}
    for name, parts in CLUSTERS.items():
        lines, found = [], []
        for part in parts:
            if part[0] == "src":
                text = (source / str(part[1])).read_text(encoding="utf-8").splitlines()
                lines.append(text[int(part[2]) - 1])
            else:
                lines.append(str(part[1]))
            if part[-1]:
                found.append({"line": len(lines), "rule": part[-1]})
        (docs / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        labels[name] = found
    for path in CLEAN:
        name = "clean_" + path.replace("/", "_")
        (docs / name).write_bytes((source / path).read_bytes())
        labels[name] = []
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
