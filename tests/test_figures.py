"""The figures family's shared analysis: numbers, periods, subjects, extraction, comparison."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from lint.document import Document
from lint.figures import compare
from lint.figures.extract import figures
from lint.figures.numbers import quantities
from lint.figures.periods import periods
from lint.figures.record import Figure, shown, subject
from lint.figures.restate import apart as restated_apart
from lint.figures.restate import differ as restated_differ
from lint.figures.slots import slot_at
from lint.figures.statements import Value, statements
from lint.figures.subjects import Vocabulary
from lint.figures.subjects import subject as places_of


def one(text: str) -> tuple[str, float, str, str]:
    [found] = quantities(text, 0, len(text))
    return found.words, found.value, found.unit, found.bound


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reached $95 billion.", ("$95 billion", 95e9, "USD", "exact")),
        ("worth 70 billion USD in 2022", ("70 billion USD", 70e9, "USD", "exact")),
        ("invested US$1.2 trillion", ("US$1.2 trillion", 1.2e12, "USD", "exact")),
        ("a €3bn deal", ("€3bn", 3e9, "EUR", "exact")),
        ("¥5 mln", ("¥5 mln", 5e6, "CNY", "exact")),
        ("one billion dollars of credit", ("one billion dollars", 1e9, "USD", "exact")),
        ("accounting for about 46% of", ("about 46%", 46.0, "%", "approx")),
        ("grew 22 percent", ("22 percent", 22.0, "%", "exact")),
        ("12,000 tonnes of wheat", ("12,000 tonnes", 12000.0, "t", "exact")),
        ("The 523-kilometer railway", ("523-kilometer", 523.0, "km", "exact")),
        ("a capacity of 55 bcm.", ("55 bcm", 55e9, "m3", "exact")),
        ("325 miles long", ("325 miles", 325 * 1.609344, "km", "exact")),
        ("a 7.1-magnitude quake", ("7.1-magnitude", 7.1, "magnitude", "exact")),
        ("surpassed $70 billion", ("surpassed $70 billion", 70e9, "USD", "lower")),
        ("with over 30 of them", ("over 30", 30.0, "", "lower")),
        ("nearly 3,000 staff", ("nearly 3,000", 3000.0, "", "near")),
        ("up to 15 million tons", ("up to 15 million tons", 15e6, "t", "upper")),
        ("just 4 or 5 Chinese universities", ("4 or 5", 4.0, "", "range")),
        (
            "cost between $5 billion and $6 billion",
            ("between $5 billion and $6 billion", 5e9, "USD", "range"),
        ),
        (
            "will cost between US$300 and 400 billion",
            ("between US$300 and 400 billion", 300e9, "USD", "range"),
        ),
        ("about half a million Iraqis", ("about half a million", 5e5, "", "approx")),
        ("Rs 280.70 crore", ("Rs 280.70 crore", 2807e6, "INR", "exact")),
    ],
)
def test_quantities(text: str, expected: tuple[str, float, str, str]) -> None:
    words, value, unit, bound = one(text)
    assert (words, unit, bound) == (expected[0], expected[2], expected[3])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, trade grew.",
        "On May 18, the summit opened.",
        "from 2010-2014",
        "won 3-1 at home",
        "the COVID-19 pandemic",
        "a 5G network",
        "along Route 66",
        "the 10th anniversary",
        "in the 1990s",
        "a 30-day visa",
        "over 100-fold growth",
        "31 years ago",
        "at 3:45 pm",
        "the IEEE 754 standard",
        "at the age of 22",
        "published 2020-01-18",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text, 0, len(text)) == []


PUBLISHED = datetime.date(2025, 6, 25)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("surpassed $70 billion in 2022", "2022"),
        ("in the first quarter of 2023", "2023-Q1"),
        ("As of 2024, trade", "2024"),
        ("in the first half of 2024", "2024-H1"),
        ("in H1 2023", "2023-H1"),
        ("in the first five months of this year", "2025-01..05"),
        ("in April this year", "2025-04"),
        ("In December last year", "2024-12"),
        ("reached $14 billion last year", "2024"),
        ("for fiscal 2023", "FY2023"),
        ("between 2010 and 2014", "2010..2014"),
        ("Between 2010-2014", "2010..2014"),
        ("between January 2016 and December 2019", "2016-01..2019-12"),
        ("in January-April 2025", "2025-01..04"),
        ("invested since 2013", "since 2013"),
        ("Now, over 50 students", "present"),
        ("over the past three decades", None),
        ("Prior to the initiative", None),
    ],
)
def test_periods(text: str, key: str | None) -> None:
    [found] = periods(text, 0, len(text), lambda: PUBLISHED)
    assert (found.key, found.baseline) == (key, False)


def test_relative_periods_need_a_date() -> None:
    [found] = periods("reached $14 billion last year", 0, 29, lambda: None)
    assert found.key is None


def test_comparison_bases_are_marked() -> None:
    text = "an 11% increase from the year before, more than in 2022"
    assert [(p.key, p.baseline) for p in periods(text, 0, len(text), lambda: None)] == [
        ("2022", True)
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("China-Kazakh trade", ("China", "Kazakhstan")),
        ("Sino-Kazakh projects", ("China", "Kazakhstan")),
        ("trade between Kazakhstan and China", ("China", "Kazakhstan")),
        ("China-Central Asia trade volume", ("Central Asia", "China")),
        ("the five Central Asian countries and China", ("Central Asia", "China")),
        ("Chinese-Uzbek bilateral trade", ("China", "Uzbekistan")),
        ("the Development Bank of Kazakhstan", ()),
        ("wells drilled in British Columbia", ()),
        ("valued at US$4.2 billion", ()),
        ("trade with Kyrgystan", ("Kyrgyzstan",)),
        ("Chinese Foreign Minister Wang Yi", ("China",)),
    ],
)
def test_places(text: str, places: tuple[str, ...]) -> None:
    assert places_of(text, 0, len(text), Vocabulary(text)).places == places


def extracted(text: str) -> list[tuple[int, str, str, str]]:
    found = figures(Document("d.txt", text.encode()))
    return [(f.line, subject(f), f.period, shown(f)) for f in found]


def test_a_share_of_a_total_is_a_figure() -> None:
    text = (
        "As of 2024, the China-Central Asia trade volume reached $95 billion, with "
        "China-Kazakh trade accounting for about 46% of the total.\n"
    )
    assert extracted(text) == [
        (1, "Central Asia–China trade", "2024", "$95 billion"),
        (1, "China–Kazakhstan trade", "2024", "about $43.7 billion (about 46% of $95 billion)"),
    ]


def test_headings_and_context_complete_a_bilateral_subject() -> None:
    text = (
        "Report\nKazakhstan\nIn 2024, bilateral trade with China reached $30 billion.\n"
        "Turkmenistan\nThe pipeline connecting Turkmenistan and China has a capacity of 55 "
        "bcm. In 2024, bilateral trade between the two countries was valued at $10.6 billion.\n"
    )
    found = extracted(text)
    assert [(line, name) for line, name, _, _ in found if "trade" in name] == [
        (3, "China–Kazakhstan trade"),
        (5, "China–Turkmenistan trade"),
    ]


def test_last_year_resolves_against_the_date() -> None:
    text = "Title\n06/25/2025\n\nChinese-Uzbek bilateral trade reached $14 billion last year.\n"
    assert extracted(text) == [(4, "China–Uzbekistan trade", "2024", "$14 billion")]
    assert extracted("Chinese-Uzbek bilateral trade reached $14 billion last year.\n") == []


def test_of_them_counts_what_was_counted_before() -> None:
    text = (
        "Before the initiative, we had partnerships with just 4 or 5 Chinese universities. "
        "Today, we are collaborating with over 30 of them.\n"
    )
    assert extracted(text) == [(1, "the number of universities (China)", "present", "over 30")]


@pytest.mark.parametrize(
    "text",
    [
        "China pledged $209 million in grant assistance.",  # past tense, no period
        "Trade rose to $50 billion in 2019, up from $45 billion.",  # the base is skipped
        "Xi pledged $3.7 billion on top of $64 billion invested over the past three decades.",
        "In 2024, bilateral trade reached $30 billion.",  # the partner is never named
    ],
)
def test_figures_left_out(text: str) -> None:
    found = extracted(text)
    assert all("45" not in value and "64" not in value for _, _, _, value in found)
    if "pledged $209" in text or "bilateral trade reached" in text:
        assert found == []


def figure(value: float, bound: str = "exact", precision: float = 0.5) -> Figure:
    return Figure(
        0,
        0,
        1,
        1,
        1,
        1,
        "trade",
        "USD",
        "2024",
        "",
        ("China",),
        (),
        value,
        value,
        value,
        bound,
        precision,
        str(value),
    )


@pytest.mark.parametrize(
    ("a", "b", "contradicts", "rewords"),
    [
        (figure(70), figure(70, "lower"), False, False),
        (figure(30), figure(43.7, "approx", 0.7), True, False),
        (figure(30, "lower"), figure(30, "approx"), False, True),
        (figure(400, "lower"), figure(373), True, False),
        (figure(3000, "near"), figure(3000, "lower"), False, True),
        (figure(3000, "near"), figure(3000, "approx"), False, False),
        (figure(89.4, precision=0.05), figure(90), False, False),
    ],
)
def test_compare(a: Figure, b: Figure, contradicts: bool, rewords: bool) -> None:
    assert compare.contradicts(a, b, 0.1, 0.05) is contradicts
    assert compare.rewords(a, b, 0.1, 0.05) is rewords


def test_names_tell_subjects_apart() -> None:
    apple = dataclasses.replace(figure(1), names=("apple",))
    tesla = dataclasses.replace(figure(1), names=("tesla",))
    assert compare.same_names(figure(1), apple, 85)
    assert not compare.same_names(apple, tesla, 85)
    bank = dataclasses.replace(figure(1), names=("development bank of kazakhstan",))
    other = dataclasses.replace(figure(1), names=("kazakhstan development bank",))
    assert compare.same_names(bank, other, 85)


def test_counts_need_a_time_said_on_one_side() -> None:
    graves = dataclasses.replace(figure(1154), unit="count:personnel", timed=False)
    names = dataclasses.replace(figure(25000), unit="count:personnel", timed=False)
    now = dataclasses.replace(names, timed=True)
    assert not compare.tied(graves, names)
    assert compare.tied(graves, now)
    assert compare.tied(figure(1), figure(2))  # money: the tense is enough


def test_a_conversion_in_brackets_is_the_same_figure_in_another_currency() -> None:
    text = (
        "In 2025, China pledged 26 billion yuan ($3.6 billion) in grant assistance to "
        "Central Asia.\n"
    )
    assert extracted(text) == [
        (1, "Central Asia–China aid", "2025", "26 billion CNY"),
        (1, "Central Asia–China aid", "2025", "$3.6 billion"),
    ]


def test_an_earlier_clause_of_the_sentence_names_the_partner() -> None:
    text = (
        "Central Asia trade\n\nKazakhstan was China's largest trading partner in the region, "
        "with bilateral trade of $41 billion in 2023.\n"
    )
    assert extracted(text) == [(3, "China–Kazakhstan trade", "2023", "$41 billion")]


def test_currency_names_are_not_places() -> None:
    text = "China-Central Asia trade volume reached 89.4 billion U.S. dollars in 2023.\n"
    assert extracted(text) == [(1, "Central Asia–China trade", "2023", "$89.4 billion")]


def slot_of(text: str) -> tuple[float, str, str, str, str]:
    """The first number of a sentence as a restatement slot."""
    digit = next(i for i, c in enumerate(text) if c.isdigit() or text[i:].startswith("nine"))
    found = slot_at(text, digit, 0, len(text))
    assert found is not None
    return found.value, found.unit, found.bound, found.time, found.code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("priced at 7-1/4 dlrs a share", (7.25, "USD", "exact", "", "")),
        ("a market of 70 mln bags", (70e6, "", "exact", "", "")),
        ("about 410 mln dlrs", (410e6, "USD", "approx", "", "")),
        ("a 16 pct share", (16.0, "%", "exact", "", "")),
        ("output of 1.2 mln bpd", (1.2e6, "bbl/day", "exact", "", "")),
        ("dividend of 15 cts a share", (0.15, "USD", "exact", "", "")),
        ("sold 5 mln stg of bills", (5e6, "GBP", "exact", "", "")),
        ("raised 500 mln Hong Kong dlrs", (500e6, "HKD", "exact", "", "")),
        ("a loan of 2.5 mln marks", (2.5e6, "DEM", "exact", "", "")),
        ("sales of 1.2 billion Canadian dlrs", (1.2e9, "CAD", "exact", "", "")),
        ("grew to 41.26 billion N.Z. Dlrs", (41.26e9, "NZD", "exact", "", "")),
        ("a 40 mln H.K. dlr loan", (40e6, "HKD", "exact", "", "")),
        ("a 100 mln Swiss franc issue", (100e6, "CHF", "exact", "", "")),
        ("5 new cases", (5.0, "", "exact", "", "")),
        ("a nine-count indictment", (9.0, "", "exact", "", "")),
        ("up to 2.4 million voters", (2.4e6, "", "upper", "", "")),
        ("lose 15-20 mln dlrs", (15e6, "USD", "range", "", "")),
        ("a minimum wage of USD15 an hour", (15.0, "USD", "exact", "", "")),
        ("raised EUR2.5 bln in bonds", (2.5e9, "EUR", "exact", "", "")),
        ("the B-1B and the MUSD15 codes", (0.0, "", "exact", "", "1b")),
        ("paid Rs 4.1 crore in fines", (41e6, "INR", "exact", "", "")),
        ("a grant of 5 lakh rupees", (5e5, "INR", "exact", "", "")),
        ("in 1986/87 crops", (0.0, "", "exact", "y1986/87", "")),
        ("on March 7, 2018", (0.0, "", "exact", "d7", "")),
        ("at 13:40 local time", (0.0, "", "exact", "t", "")),
        ("see Figure 3 below", (0.0, "", "exact", "", "3")),
        ("finished 10th in the race", (0.0, "", "exact", "", "10th")),
    ],
)
def test_restatement_slots(text: str, expected: tuple[float, str, str, str, str]) -> None:
    value, unit, bound, time, code = slot_of(text)
    assert (pytest.approx(value), unit, bound, time, code) == expected


def test_statements_mask_numbers_to_their_unit() -> None:
    one = Document("a.txt", b"T\n\nAcme Corp agreed to be bought for about 410 mln dlrs.\n")
    two = Document("b.txt", b"T\n\nAcme Corp agreed to be bought for 401 million dollars.\n")
    [a], [b] = statements(one), statements(two)
    assert a.tokens == b.tokens  # bound words and units belong to the slot
    assert [v.value for v in a.values] == [410e6] and [v.value for v in b.values] == [401e6]


def test_number_words_before_a_wire_unit_are_numbers() -> None:
    text = b"T\n\nThe rate rose six pct, and growers get a two dlr bonus, the aide said.\n"
    [found] = statements(Document("a.txt", text))
    assert [(v.value, v.unit) for v in found.values] == [(6.0, "%"), (2.0, "USD")]


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        (("exact", 22.5, 0.05), ("exact", 22.6, 0.05), True),
        (("approx", 43e9, 0.5e9), ("exact", 42.91e9, 0.005e9), False),
        (("exact", 43e9, 0.5e9), ("exact", 42.91e9, 0.005e9), False),
        (("lower", 53.0, 0.5), ("lower", 35.0, 0.5), True),
        (("lower", 14.0, 0.5), ("exact", 17.0, 0.5), False),
        (("approx", 3000.0, 0.5), ("exact", 2500.0, 0.5), True),
        (("upper", 1.6e6, 0.05e6), ("upper", 1.5e6, 0.05e6), True),
        (("approx", 410e6, 0.5e6), ("exact", 401e6, 0.5e6), True),  # 401 rounds to 400
        (("approx", 400e6, 0.5e6), ("exact", 401e6, 0.5e6), False),
        (("exact", 7.25, 0.125), ("exact", 7.25, 0.005), False),  # 7-1/4 and 7.25
    ],
)
def test_restated_values(
    first: tuple[str, float, float], second: tuple[str, float, float], differ: bool
) -> None:
    def value(bound: str, number: float, precision: float) -> Value:
        return Value(0, number, number, number, bound, precision, "", "", "", 1, 1, 1, 1)

    assert restated_differ(value(*first), value(*second), 0.1, 0.0) is differ


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ((410e6, 0.5e6), (401e6, 0.5e6), True),  # "about 410 mln" / "about 401 mln"
        ((300.0, 0.5), (290.0, 0.5), False),  # "about 300" is 290 rounded
        ((43e9, 0.5e9), (42.91e9, 0.005e9), False),
        ((55.0, 0.5), (53.0, 0.5), True),
        ((3000.0, 0.5), (2000.0, 0.5), True),  # the intervals do not meet
    ],
)
def test_approximations_in_other_words_agree_only_when_one_rounds_the_other(
    first: tuple[float, float], second: tuple[float, float], apart: bool
) -> None:
    def about(number: float, precision: float) -> Value:
        return Value(0, number, number, number, "approx", precision, "", "", "", 1, 1, 1, 1)

    assert restated_apart(about(*first), about(*second), 0.1, 0.0) is apart
    # a rounding slack of 5% lets the close ones agree; the intervals still tell 3000 from 2000
    assert restated_apart(about(*first), about(*second), 0.1, 0.05) is (first[0] == 3000.0)
