"""What a number measures: the measure nouns, units and currencies the figures family knows.

Data only. A figure counts only when its clause names one of these measures (or
when it counts a plural noun, "30 partner universities"), so the vocabulary is the
main guard against comparing numbers that merely share a sentence.
"""

from __future__ import annotations

# "canonical [kinds]: phrases". Phrases are matched as whole words, case-insensitive,
# with an optional plural "s"/"es"; the longest phrase wins. The kinds say which units
# the measure takes: money, count, physical (tonnes, km, m3, W), rate (a percentage).
# A canonical name "-" blocks phrases that contain a measure word but are none.
_MEASURES = """
trade [money physical]: trade, trade volume, trade turnover, trade value, bilateral trade,
  two-way trade, foreign trade, total trade, trade in goods, commerce
exports [money physical]: export, exported, shipments abroad
imports [money physical]: import, imported
trade deficit [money]: trade deficit, trade gap
trade surplus [money]: trade surplus
investment [money]: investment, invest, invested, investing, capital investment
foreign direct investment [money]: foreign direct investment, fdi
gdp [money]: gdp, gross domestic product, economy
gdp per capita [money]: gdp per capita, per capita gdp
budget [money]: budget, budget allocation
defence budget [money]: defence budget, defense budget, military budget, military spending,
  defence spending, defense spending
spending [money]: spending, expenditure, spent, outlays
revenue [money]: revenue, turnover, takings
sales [money count]: sales
profit [money]: profit, net profit, net income, earnings
loss [money]: net loss
debt [money]: debt, indebtedness, owes
external debt [money]: external debt, foreign debt
public debt [money]: public debt, national debt, government debt
loan [money]: loan, lending, credit line, line of credit, credit
aid [money]: aid, assistance, grant assistance, humanitarian aid, military aid, development aid
funding [money]: funding, financing, grant, grants, raised
cost [money]: cost, price tag
price [money]: price
valuation [money]: valuation, market value, market capitalisation, market capitalization,
  market cap
reserves [money physical]: reserves, foreign exchange reserves, forex reserves, gold reserves
remittances [money]: remittances
subsidy [money]: subsidy, subsidies
deficit [money]: budget deficit, fiscal deficit, deficit
surplus [money]: budget surplus, fiscal surplus, surplus
wage [money]: wage, minimum wage, salary, average salary
income [money]: income, household income, per capita income
tax [money rate]: tax revenue, tax, income tax, federal income tax, corporate tax,
  property tax
tariff [money rate]: tariff, duty, duties
deal [money]: deal, contract, agreement worth
output [money physical count]: output, production, produced
capacity [physical count]: capacity, annual capacity, production capacity
emissions [physical]: emissions, carbon emissions
population [count]: population, inhabitants, residents
deaths [count]: death toll, deaths, dead, killed, died, fatalities, lives lost
injuries [count]: injured, injuries, wounded
casualties [count]: casualties
cases [count]: cases, confirmed cases, infections
unemployment [rate]: unemployment, unemployment rate, jobless rate
inflation [rate]: inflation, inflation rate, consumer prices
interest rate [rate]: interest rate, policy rate, key rate, base rate
turnout [rate]: turnout, voter turnout
growth [rate]: growth, economic growth, gdp growth
magnitude [physical]: magnitude
- [money]: trade union, trade mark, trademark, trade fair, trade show, trading partner,
  trade war, trade route, trade agreement, trade deal, cost of living, price index
"""

# Words that make a percentage a change of the measure, not a level of it.
CHANGE_WORDS = frozenset(
    """grew grow grown grows growth rose rise rises risen increase increased increases
    jumped jump surged surge climbed climb expanded expand expansion up fell fall falls
    fallen drop dropped drops declined decline declines decrease decreased decreases
    shrank shrink shrunk contracted contraction down slumped plunged gained gain lost
    reduction reduced cut""".split()
)

# Nouns that count things not worth comparing: durations, multipliers, ordinals.
COUNT_STOPLIST = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times percent per cent fold point points degree
    degrees kilometres kilometers miles metres meters tonnes tons dollars euros pounds yuan
    others ones things ways steps pages lines words letters digits items copies cents
    kilograms grams litres liters feet inches acres hectares""".split()
)

# Plural nouns that do not end in "s", and nouns for people, which count people ("").
IRREGULAR_PLURALS = {
    **dict.fromkeys(("people", "persons", "individuals", "residents"), ""),
    "children": "child",
    "men": "man",
    "women": "woman",
    "personnel": "personnel",
    "staff": "staff",
    "police": "police",
    "troops": "troop",
    "cattle": "cattle",
    "sheep": "sheep",
    "aircraft": "aircraft",
    "livestock": "livestock",
}


def _measures() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    table: dict[str, str] = {}
    kinds: dict[str, frozenset[str]] = {}
    for row in " ".join(_MEASURES.split("\n  ")).strip().splitlines():
        head, _, phrases = row.partition(":")
        canonical, _, kind = head.partition("[")
        canonical = canonical.strip()
        kinds[canonical] = frozenset(kind.rstrip("] ").split())
        for phrase in phrases.split(","):
            table[" ".join(phrase.split())] = canonical
    return table, kinds


MEASURES, KINDS = _measures()
BLOCKED = "-"
COUNT_MEASURES = frozenset(m for m, k in KINDS.items() if k == {"count"})
RATE_MEASURES = frozenset(m for m, k in KINDS.items() if "rate" in k)
