"""What a number measures: the measure nouns, units and currencies the figures family knows.

Data only. A figure counts only when its clause names one of these measures (or
when it counts a plural noun, "30 partner universities"), so the vocabulary is the
main guard against comparing numbers that merely share a sentence.
"""

from __future__ import annotations

# Measure phrase -> canonical measure. Matched as whole words, case-insensitive,
# with an optional plural "s"/"es"; the longest phrase wins.
_MEASURES = """
trade: trade, trade volume, trade turnover, trade value, bilateral trade, two-way trade,
  foreign trade, total trade, trade in goods, commerce
exports: export, exported, shipments abroad
imports: import, imported
trade deficit: trade deficit, trade gap
trade surplus: trade surplus
investment: investment, invested, investing, capital investment
foreign direct investment: foreign direct investment, fdi
gdp: gdp, gross domestic product
gdp per capita: gdp per capita, per capita gdp
budget: budget, budget allocation
defence budget: defence budget, defense budget, military budget, military spending,
  defence spending, defense spending
spending: spending, expenditure, spent, outlays
revenue: revenue, turnover, takings
sales: sales
profit: profit, net profit, net income, earnings
loss: net loss
debt: debt, indebtedness, owes
external debt: external debt, foreign debt
public debt: public debt, national debt, government debt
loan: loan, lending, credit line, line of credit, credit
aid: aid, assistance, grant assistance, humanitarian aid, military aid, development aid
funding: funding, financing, grant, grants
cost: cost, price tag
price: price
valuation: valuation, market value, market capitalisation, market capitalization, market cap
reserves: reserves, foreign exchange reserves, forex reserves, gold reserves
remittances: remittances
subsidy: subsidy, subsidies
deficit: budget deficit, fiscal deficit, deficit
wage: wage, minimum wage, salary, average salary
income: income, household income, per capita income
tax: tax revenue, tax
tariff: tariff, duty, duties
deal: deal, contract, agreement worth
output: output, production, produced
capacity: capacity, annual capacity, production capacity
emissions: emissions, carbon emissions
population: population, inhabitants, residents
deaths: death toll, deaths, dead, killed, died, fatalities, lives lost
injuries: injured, injuries, wounded
casualties: casualties
cases: cases, confirmed cases, infections
unemployment: unemployment, unemployment rate, jobless rate
inflation: inflation, inflation rate, consumer prices
interest rate: interest rate, policy rate, key rate, base rate
turnout: turnout, voter turnout
growth: growth, economic growth, gdp growth
magnitude: magnitude
"""

# Words that make a percentage a change of the measure, not a level of it.
CHANGE_WORDS = frozenset(
    """grew grow grown grows growth rose rise rises risen increase increased increases
    jumped jump surged surge climbed climb expanded expand expansion up fell fall falls
    fallen drop dropped drops declined decline declines decrease decreased decreases
    shrank shrink shrunk contracted contraction down slumped plunged gained gain lost
    reduction reduced cut""".split()
)

# Measures whose level is itself a percentage (a rate), so "5%" is comparable.
RATE_MEASURES = frozenset(
    {"unemployment", "inflation", "interest rate", "turnout", "growth", "tariff", "tax"}
)

# Nouns that count things not worth comparing: durations, multipliers, ordinals.
COUNT_STOPLIST = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times percent per cent fold point points degree
    degrees kilometres kilometers miles metres meters tonnes tons dollars euros pounds yuan
    others ones things ways steps pages lines words letters digits items copies cents
    kilograms grams litres liters feet inches acres hectares""".split()
)

# Plural nouns that do not end in "s".
IRREGULAR_PLURALS = {
    "people": "people",
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


def _measures() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in " ".join(_MEASURES.split("\n  ")).strip().splitlines():
        canonical, _, phrases = row.partition(":")
        for phrase in phrases.split(","):
            table[" ".join(phrase.split())] = canonical.strip()
    return table


MEASURES: dict[str, str] = _measures()
