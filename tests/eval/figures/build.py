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
# Second batch, written before any tuning on it: shapes the first batch does not have.
CLUSTERS |= {
    "p1_trump_taxes.txt": [
        ("src", "wikinews/00275.txt", 1, None),
        ("src", "wikinews/00275.txt", 2, None),
        ("src", "wikinews/00275.txt", 3, None),
        ("src", "wikinews/00275.txt", 9, HARD),
    ],
    "p2_times_report.txt": [
        ("txt", "What the tax records show", None),
        ("txt", "2020-09-28", None),
        ("txt", "", None),
        (
            "txt",
            "Trump paid just $570 in federal income taxes in 2016, the Times reported, and "
            "nothing at all in ten of the previous fifteen years.",
            HARD,
        ),
    ],
    "q1_kerala_floods.txt": [
        ("txt", "Kerala counts the cost of its worst floods in a century", None),
        ("txt", "2018-09-02", None),
        ("txt", "", None),
        (
            "txt",
            "The floods that hit Kerala in August 2018 killed 483 people, the state government "
            "said on Thursday, and left more than a million in relief camps.",
            HARD,
        ),
    ],
    "q2_monsoon.txt": [
        ("txt", "Monsoon rains ease in southern India", None),
        ("txt", "2018-08-30", None),
        ("txt", "", None),
        (
            "txt",
            "In August 2018, floods in Kerala killed more than 400 people and destroyed tens of "
            "thousands of homes.",
            HARD,
        ),
    ],
    "q3_kerala_rebuild.txt": [
        ("txt", "Rebuilding Kerala", None),
        ("txt", "2019-01-15", None),
        ("txt", "", None),
        (
            "txt",
            "Kerala's August 2018 floods left 373 people dead and caused damage the state puts "
            "at $3.8 billion.",
            HARD,
        ),
    ],
    "r1_eu_china_trade.txt": [
        ("txt", "EU-China trade holds up in a pandemic year", None),
        ("txt", "2021-02-16", None),
        ("txt", "", None),
        (
            "txt",
            "China's trade with the European Union reached €586 billion in 2020, with Germany "
            "accounting for about 36% of the total.",
            HARD,
        ),
        (
            "txt",
            "France's trade with China was worth €100 billion in 2020, according to French "
            "customs.",
            None,
        ),
    ],
    "r2_german_exporters.txt": [
        ("txt", "German exporters lean on China", None),
        ("txt", "2021-02-20", None),
        ("txt", "", None),
        (
            "txt",
            "Germany's trade with China amounted to €212 billion in 2020, making China its "
            "biggest trading partner for the fifth year in a row.",
            HARD,
        ),
    ],
    "r3_berlin_beijing.txt": [
        ("txt", "Berlin and Beijing", None),
        ("txt", "2021-03-01", None),
        ("txt", "", None),
        (
            "txt",
            "In 2020, trade between Germany and China totalled €150 billion, the foreign office "
            "said in a briefing.",
            HARD,
        ),
    ],
    "s1_polish_plant.txt": [
        ("txt", "Carmaker expands in Poland", None),
        ("txt", "2019-10-10", None),
        ("txt", "", None),
        (
            "txt",
            "The company has more than 3,000 employees in Poland and plans a new paint shop "
            "near Poznan.",
            SOFT,
        ),
        (
            "txt",
            "Union leaders said pay talks would resume next month.",
            None,
        ),
        (
            "txt",
            "Today nearly 3,000 employees work at its Polish plants, most of them on two shifts.",
            SOFT,
        ),
    ],
    "t1_kenya_inflation.txt": [
        ("txt", "Kenya's shilling steadies", None),
        ("txt", "2020-01-08", None),
        ("txt", "", None),
        ("txt", "Kenya's inflation rate was 5.2% in 2019, the statistics office said.", HARD),
    ],
    "t2_nairobi_prices.txt": [
        ("txt", "Food prices squeeze Nairobi households", None),
        ("txt", "2020-01-20", None),
        ("txt", "", None),
        (
            "txt",
            "In 2019, inflation in Kenya averaged 7.4%, driven by food prices after a poor "
            "harvest.",
            HARD,
        ),
    ],
    "u1_china_growth.txt": [
        ("txt", "China's growth slows to a three-decade low", None),
        ("txt", "2020-01-17", None),
        ("txt", "", None),
        ("txt", "China's economy grew 6.1% in 2019, the slowest pace in 29 years.", HARD),
        (
            "txt",
            "The IMF had expected China's GDP to grow 6.2% in 2019.",
            None,
        ),
    ],
    "u2_beijing_data.txt": [
        ("txt", "Beijing reports 2019 data", None),
        ("txt", "2020-01-18", None),
        ("txt", "", None),
        ("txt", "China's GDP grew by 6.6% in 2019, according to a bank's estimate.", HARD),
    ],
    "v1_exports.txt": [
        ("txt", "Vietnam's exports keep climbing", None),
        ("txt", "2020-01-05", None),
        ("txt", "", None),
        (
            "txt",
            "Vietnam's exports rose to $264 billion in 2019, up from $244 billion in 2018.",
            None,
        ),
    ],
    "v2_hanoi.txt": [
        ("txt", "Hanoi's trade bet", None),
        ("txt", "2020-02-11", None),
        ("txt", "", None),
        (
            "txt",
            "Vietnam's exports were $244 billion in 2018, and the government wants them to top "
            "$300 billion by 2021.",
            None,
        ),
    ],
    "w1_kazakh_trade_headline.txt": [
        ("txt", "Kazakhstan-China trade hits $21.9 bln in 2021", HARD),
        ("txt", "2022-01-20", None),
        ("txt", "", None),
        (
            "txt",
            "Trade between the two neighbours grew strongly last year as border crossings "
            "reopened after pandemic closures.",
            None,
        ),
    ],
    "w2_astana_customs.txt": [
        ("txt", "Astana's customs data", None),
        ("txt", "2022-02-03", None),
        ("txt", "", None),
        (
            "txt",
            "In 2021, trade between China and Kazakhstan was $25.3 billion, Kazakh customs said.",
            HARD,
        ),
    ],
}

# Third batch, scored once before any change (the figures in the report).
CLUSTERS |= {
    "x1_kazakh_population.txt": [
        ("txt", "Kazakhstan's census", None),
        ("txt", "2022-09-01", None),
        ("txt", "", None),
        ("txt", "As of 2021, Kazakhstan had a population of 19 million people.", HARD),
        ("txt", "Kazakhstan's exports to China reached $13 billion in 2022.", None),
    ],
    "x2_steppe_growth.txt": [
        ("txt", "A growing steppe nation", None),
        ("txt", "2022-10-11", None),
        ("txt", "", None),
        (
            "txt",
            "Kazakhstan's population reached 19.5 million in 2021, the statistics office said.",
            HARD,
        ),
        ("txt", "In 2021, Kazakhstan exported $10 billion worth of goods to China.", None),
    ],
    "x3_population_error.txt": [
        ("txt", "Central Asia in numbers", None),
        ("txt", "2022-11-20", None),
        ("txt", "", None),
        ("txt", "In 2021, Kazakhstan's population was 15 million, a third of it urban.", HARD),
    ],
    "y1_japan_defence.txt": [
        ("txt", "Japan approves record defence spending", None),
        ("txt", "2022-12-23", None),
        ("txt", "", None),
        (
            "txt",
            "Japan's defence budget for fiscal 2023 is 6.8 trillion yen, up 26% on the year "
            "before.",
            HARD,
        ),
    ],
    "y2_tokyo_budget.txt": [
        ("txt", "Tokyo's budget", None),
        ("txt", "2022-12-24", None),
        ("txt", "", None),
        ("txt", "Japan approved a record ¥6.8 trillion defense budget for FY2023.", None),
        (
            "txt",
            "Japan's defense budget for fiscal 2023 totaled 8.6 trillion yen, the Nikkei said.",
            HARD,
        ),
    ],
    "z1_brazil_q1.txt": [
        ("txt", "Brazil's economy picks up", None),
        ("txt", "2022-06-02", None),
        ("txt", "", None),
        ("txt", "In the first quarter of 2022, Brazil's GDP grew 1.0%, the IBGE said.", HARD),
    ],
    "z2_brasilia.txt": [
        ("txt", "Brasilia cheers data", None),
        ("txt", "2022-06-03", None),
        ("txt", "", None),
        ("txt", "Brazil's economy expanded 1.7% in Q1 2022, beating forecasts.", HARD),
    ],
    "aa1_china_russia.txt": [
        ("txt", "China-Russia trade booms", None),
        ("txt", "2023-07-14", None),
        ("txt", "", None),
        (
            "txt",
            "In the first half of 2023, China's exports to Russia rose to $52 billion, customs "
            "data showed.",
            HARD,
        ),
    ],
    "aa2_moscow.txt": [
        ("txt", "Moscow turns east", None),
        ("txt", "2023-07-20", None),
        ("txt", "", None),
        (
            "txt",
            "Chinese exports to Russia totaled $42.96 billion in H1 2023, up 78% from a year "
            "earlier.",
            HARD,
        ),
    ],
    "bb1_quake.txt": [
        ("txt", "Quake toll passes 50,000", None),
        ("txt", "2023-02-25", None),
        ("txt", "", None),
        (
            "txt",
            "The earthquake that struck Turkey and Syria in February 2023 killed at least "
            "50,000 people, officials said.",
            HARD,
        ),
    ],
    "bb2_quake_aid.txt": [
        ("txt", "Aid reaches quake zone", None),
        ("txt", "2023-02-27", None),
        ("txt", "", None),
        (
            "txt",
            "In February 2023, the earthquake killed about 35,000 people in Turkey and Syria, "
            "and left millions homeless.",
            HARD,
        ),
    ],
    "cc1_flood_toll.txt": [
        ("txt", "Floods in Libya", None),
        ("txt", "2023-09-14", None),
        ("txt", "", None),
        (
            "txt",
            "The floods in Libya in September 2023 killed more than 4,000 people in Derna.",
            SOFT,
        ),
        ("txt", "Rescue teams from Egypt and Turkey arrived on Wednesday.", None),
        (
            "txt",
            "Officials say the September 2023 floods in Libya killed about 4,000 people.",
            SOFT,
        ),
    ],
    "dd1_uzbek_trade.txt": [
        ("txt", "Tashkent's partners", None),
        ("txt", "2023-03-03", None),
        ("txt", "", None),
        (
            "txt",
            "Uzbekistan's trade with Russia reached $9.8 billion in 2022, while its trade with "
            "China was $8.9 billion.",
            None,
        ),
        (
            "txt",
            "Investment projects worth between $5 billion and $6 billion were signed in 2022.",
            None,
        ),
    ],
    "ee1_kyrgyz_section.txt": [
        ("txt", "China's neighbours", None),
        ("txt", "2024-04-10", None),
        ("txt", "", None),
        ("txt", "Kyrgyzstan", None),
        (
            "txt",
            "The government in Bishkek wants more Chinese investment. Bilateral trade with China "
            "reached $15 billion in 2023, officials said.",
            HARD,
        ),
    ],
    "ee2_bishkek.txt": [
        ("txt", "Bishkek's border trade", None),
        ("txt", "2024-02-01", None),
        ("txt", "", None),
        (
            "txt",
            "In 2023, China-Kyrgyzstan trade totaled $19.8 billion, Chinese customs said.",
            HARD,
        ),
    ],
    "ff1_eu_central_asia.txt": [
        ("txt", "EU courts Central Asia", None),
        ("txt", "2023-05-10", None),
        ("txt", "", None),
        (
            "txt",
            "Total trade between the EU and Central Asia reached €40 billion in 2022, with "
            "Kazakhstan accounting for 85% of the total.",
            HARD,
        ),
    ],
    "ff2_astana_brussels.txt": [
        ("txt", "Astana and Brussels", None),
        ("txt", "2023-06-01", None),
        ("txt", "", None),
        (
            "txt",
            "In 2022, trade between the EU and Kazakhstan amounted to €39.5 billion, the "
            "European Commission said.",
            HARD,
        ),
    ],
    "gg1_aid_pledge.txt": [
        ("txt", "Donors pledge aid", None),
        ("txt", "2023-04-01", None),
        ("txt", "", None),
        ("txt", "In 2022, aid to Ukraine from Germany totalled nearly $4 billion.", SOFT),
        ("txt", "The government in Kyiv thanked its partners.", None),
        ("txt", "Germany's aid to Ukraine was over $4 billion in 2022.", SOFT),
    ],
    "hh1_forecast.txt": [
        ("txt", "Outlook for the region", None),
        ("txt", "2024-01-10", None),
        ("txt", "", None),
        (
            "txt",
            "Trade between China and Tajikistan is expected to reach $5 billion in 2025.",
            None,
        ),
        (
            "txt",
            "In 2025, trade between China and Tajikistan reached $4.2 billion, officials said.",
            None,
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
