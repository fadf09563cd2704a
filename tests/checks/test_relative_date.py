"""The relative-date kind: deictic and yearless dates, resolved or reported."""

from __future__ import annotations

import pytest

from lint.dates.resolution import relative_dates
from lint.document import Document
from tests.checks.family_helper import places, run

RULE = "dates.relative-date"


def meanings(text: str) -> dict[str, str | None]:
    document = Document("doc.txt", text.encode())
    return {document.text[r.start : r.end]: r.meaning for r in relative_dates(document)}


def test_undated_expressions_are_reported_where_they_stand() -> None:
    text = "Title\n\nIt opened yesterday.\nThe vote is on Tuesday.\nTalks resume on May 24.\n"
    assert places("relative_date", text) == [(3, 11, RULE), (4, 13, RULE), (5, 17, RULE)]


def test_report_resolved_shows_meanings_and_hides_nothing_else() -> None:
    text = "Title\n2025-06-25\n\nIt opened yesterday.\n"
    assert places("relative_date", text) == []
    [finding] = run("relative_date", text, report="resolved")
    assert "meaning=2025-06-24" in finding.message
    assert (
        "basis=from the publication date 2025-06-25 in the date line, line 2: '2025-06-25'; "
        "confidence 0.70" in finding.message
    )


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [
        ("yesterday", "2025-06-24"),  # a Wednesday
        ("tomorrow", "2025-06-26"),
        ("last night", "2025-06-24"),
        ("earlier this week", "week of 2025-06-23"),
        ("next week", "week of 2025-06-30"),
        ("this weekend", "weekend of 2025-06-28"),
        ("last month", "2025-05"),
        ("later this month", "2025-06"),
        ("next year", "2026"),
        ("December last year", "2024-12"),
        ("April this year", "2025-04"),
        ("this spring", "spring 2025"),
        ("last spring", "spring 2024"),
        ("next winter", "winter 2025-2026"),
        ("last quarter", "2025-Q1"),
        ("last Tuesday", "2025-06-24"),
        ("on Monday", "2025-06-23"),
        ("next Monday", "2025-06-30"),
        ("on May 24", "2025-05-24"),
        ("on 3 January", "2025-01-03"),
        ("last December", "2024-12"),
    ],
)
def test_resolution_from_the_publication_date(phrase: str, meaning: str) -> None:
    found = meanings(f"Title\n06/25/2025\n\nIt happened {phrase} in the city.\n")
    assert meaning in found.values(), found


def test_tense_chooses_the_direction() -> None:
    found = meanings("Title\n06/25/2025\n\nThe council will vote on Monday.\n")
    assert found == {"on Monday": "2025-06-30"}
    found = meanings("Title\n06/25/2025\n\nThe fair opened on 20 December.\n")
    assert found == {"20 December": "2024-12-20"}
    found = meanings("Title\n06/25/2025\n\nThe fair will open on 3 January.\n")
    assert found == {"3 January": "2026-01-03"}


def test_year_from_the_text_wins_for_yearless_dates() -> None:
    found = meanings("Title\n06/25/2025\n\nIn May 2019 it began, and on June 8 it ended.\n")
    assert found == {"June 8": "2019-06-08"}


def test_year_after_the_date_in_a_list() -> None:
    assert meanings("Title\n\nFrom May 29 to June 1, 2025 it rained.\n") == {"May 29": "2025-05-29"}


@pytest.mark.parametrize(
    ("text", "phrase", "meaning"),
    [
        ("It fell in late October-early November 1914.", "in late October", "1914-10"),
        ("Talks ran from late May to mid-June 2021.", "from late May", "2021-05"),
    ],
)
def test_year_after_a_range_with_early_late_or_mid(text: str, phrase: str, meaning: str) -> None:
    assert meanings(f"Title\n\n{text}\n") == {phrase: meaning}


def test_a_range_year_is_not_taken_across_sentences() -> None:
    assert meanings("Title\n\nThey met in late May. Early June 2020 saw the vote.\n") == {
        "in late May": None
    }


def test_narrative_takes_the_last_year_named() -> None:
    text = "Battle of X\n\nIn 1812 the army marched.\n\nOn 3 June it crossed the river.\n"
    assert meanings(text) == {"3 June": "1812-06-03"}
    assert places("relative_date", text) == []


def test_a_document_speaking_from_its_time_is_not_a_narrative() -> None:
    text = (
        "Summit\n\nIn 2013 the plan began.\n\n"
        "On May 24 the leaders met, and next year they meet again.\n"
    )
    assert places("relative_date", text) == [(5, 4, RULE), (5, 32, RULE)]


def test_quoted_deictic_takes_its_paragraph_year() -> None:
    text = "Summit\n\nIn 2015 he said: “We will finish next year.”\n\nThe leaders met this week.\n"
    assert places("relative_date", text) == [(5, 17, RULE)]


@pytest.mark.parametrize(
    "text",
    [
        "The next year he moved.",
        "His last year in office.",
        "Shops open on Sundays.",
        "Black Friday sales.",
        "The Tonight Show.",
        "From Monday to Friday.",
        "Thursday night previews.",
        "The September 11 attacks.",
        "The 17 July Revolution.",
        "Signed on 16 August 1492.",
        "On February 19, 25 and 26, 2005.",
        "Since May took office.",
        "Tuesday, June 3, 2025.",
    ],
)
def test_not_relative_dates(text: str) -> None:
    assert meanings(f"Title\n\n{text}\n") == {}


def test_huge_line_and_odd_unicode() -> None:
    # A 280,000-character line: read up to the engine's line bound (lint/limits.py), and
    # reported up to the rule's max_findings (100), then one finding counting the rest.
    text = "Title\n\n" + "on Tuesday \u0301\u202e " * 20_000 + "\n"
    found = places("relative_date", text)
    assert len(found) == 101 and found[-1] == (3, 1401, "dates.relative-date")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Today, as the storm hit the coast, alerts were issued.", True),
        ("Today, the council will vote.", True),
        ("Rain fell earlier today.", True),
        ("The probe docks today at 14:29 UTC.", True),
        ("Today, the museum is supported by a trust.", False),
        ("The method is still used today.", False),
    ],
)
def test_today_only_as_a_day(sentence: str, found: bool) -> None:
    assert bool(meanings(f"Title\n\n{sentence}\n")) == found


def test_this_past_means_last() -> None:
    found = meanings("Title\n06/25/2025\n\nThis past Saturday it fell; this past May it rose.\n")
    assert found == {"This past Saturday": "2025-06-21", "this past May": "2025-05"}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Yesterday, the council approved the plan.", "Yesterday"),
        ("Today's vote was close.", "Today"),
        ("This morning's session ended early.", "This morning"),
        ("The mayor spoke last night.", "last night"),
        ("The board agreed with the union Friday.", "Friday"),
        ("The minister said Thursday that talks would resume.", "Thursday"),
        ("Monday's meeting was cancelled.", "Monday's"),
        ("They met before a planned June meeting.", "June"),
        ("The bridge will reopen in December.", "in December"),
        ("Prices have risen since March.", "since March"),
        ("The board will publish the schedule for December.", "for December"),
        ("The talks collapsed a year ago.", "a year ago"),
        ("The deal was signed two weeks ago.", "two weeks ago"),
        ("Updated 15d ago.", "15d ago"),
        ("The city council met Monday's City Council session.", "Monday's"),
        ("He said he released the report today.", "today"),
    ],
)
def test_relative_dates_of_news_style(sentence: str, phrase: str) -> None:
    assert phrase in meanings(f"Title\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The city has changed a lot recently and will change soon.",
        "A year earlier, the plan had failed.",
        "Sales rose in the first quarter.",
        "The shops close at Christmas and in the summer.",
        "The salmon spawn in March and April.",
        "The fair is held in June every year.",
        "Tickets for June each year sell out.",
        "The Sunday trade ban hurt the shops.",
        "The show aired the following Tuesday.",
        "It opened on the second Saturday of November.",
        "Trains run from Monday to Friday.",
        "The premiere was on May 24, 2018 (Thursday).",
        "Super Tuesday primaries were held.",
        "The museum is still used today.",
        "Today, the museum is run by volunteers.",
        "Farmers first selected plants more than 10,000 years ago.",
        "Since May took office, the party has grown.",
    ],
)
def test_vague_habitual_and_named_dates_are_not_reported(sentence: str) -> None:
    assert places("relative_date", f"Title\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [
        ("two weeks ago", "week of 2025-06-09"),
        ("three days ago", "2025-06-22"),
        ("a year ago", "2024"),
        ("two decades ago", "2005"),
        ("a few months ago", "some months before 2025-06-25"),
        ("in March", "2025-03"),
        ("said Tuesday", "2025-06-24"),
    ],
)
def test_new_forms_resolve_from_the_publication_date(phrase: str, meaning: str) -> None:
    found = meanings(f"Title\n06/25/2025\n\nThe plan was agreed, the mayor {phrase} said.\n")
    assert meaning in found.values(), found


def test_a_quoted_today_is_the_day_it_was_said() -> None:
    assert "today" in meanings("Title\n\nThe minister said: “This attack today is a shock.”\n")
    assert meanings("Title\n\nShe said: “Today, China is a trading partner.”\n") == {}


@pytest.mark.parametrize("verb", ["rose", "fell", "grew", "sold", "fought"])
def test_a_month_in_a_sentence_with_an_irregular_past_verb_is_one_time(verb: str) -> None:
    found = meanings(f"Title\n06/25/2025\n\nThe price of bread {verb} sharply in December.\n")
    assert found == {"in December": "2024-12"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The regulator fined the lender heavily today.", True),
        ("The mill has trimmed its output by a fifth\nacross the region today.", True),
        ("Union leaders refused to discuss today's ballot in detail.", True),
        ("The old lighthouse, rebuilt in 1901, still guides ships today.", False),
        ("The co-operative is run by its members today.", False),
    ],
)
def test_today_in_past_news_is_a_day_where_the_text_speaks_from_its_own_time(
    sentence: str, found: bool
) -> None:
    text = f"Title\n\nShares slipped last week.\n\n{sentence}\n"
    assert ("today" in meanings(text)) == found
    assert "today" not in meanings(f"Title\n\n{sentence}\n")  # a narrative: maybe nowadays


@pytest.mark.parametrize(
    ("sentence", "phrase", "meaning"),
    [
        ("Dividend payable August Six", "August Six", "2025-08-06"),
        ("The tender closes May Two unless it is extended.", "May Two", "2025-05-02"),
        ("Holders on record by March Nine, the bank said.", "March Nine", "2025-03-09"),
    ],
)
def test_a_day_spelled_after_its_month_is_a_date(sentence: str, phrase: str, meaning: str) -> None:
    assert meanings(f"Title\n06/25/2025\n\n{sentence}\n")[phrase] == meaning
    assert phrase in meanings(f"Title\n\n{sentence}\n")


def test_a_number_word_after_a_month_that_counts_a_noun_is_no_day() -> None:
    assert meanings("Title\n\nBy March Three lenders had left the scheme.\n") == {}


@pytest.mark.parametrize(
    ("sentence", "meaning"),
    [
        ("The ferry operator said over the weekend that fares would rise.", "2025-06-21"),
        ("Negotiators will meet again at the weekend.", "2025-06-28"),
    ],
)
def test_the_weekend_of_the_story(sentence: str, meaning: str) -> None:
    found = meanings(f"Title\n06/25/2025\n\n{sentence}\n")
    assert [v for k, v in found.items() if "weekend" in k] == [f"weekend of {meaning}"]
    # undated, a dateline shows the story counts from its own day: both are reported
    undated = meanings(f"Title\n\nHAMBURG, June 25 - {sentence}\n")
    assert "June 25" in undated and any("weekend" in k for k in undated)


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 3,000 visitors came to the fair over the weekend.",  # a narrative's weekend
        "The flood peaked over the weekend of 4-5 May 1957.",
    ],
)
def test_a_weekend_in_a_narrative_or_named_is_not_reported(sentence: str) -> None:
    assert places("relative_date", f"Title\n\n{sentence}\n") == []


def _reported(text: str) -> list[str]:
    document = Document("doc.txt", text.encode())
    return [document.text[r.start : r.end] for r in relative_dates(document)]


# An undated agency story with the wire's hard wraps and indented paragraphs.
WIRE_OPENING = "Ferry line cuts fares\n\nBERGEN, June 4 - The ferry line cut its fares, it said.\n"


def test_a_today_opening_an_indented_wire_paragraph_is_a_day() -> None:
    text = WIRE_OPENING + "    Today's cut of ten pct was seen by the market\nas a first step.\n"
    assert "Today" in _reported(text)


def test_a_today_before_a_verb_in_the_past_is_a_day_in_news() -> None:
    text = WIRE_OPENING + "    In the face of the strike, the board today decided to\ncede.\n"
    assert "today" in _reported(text)


def test_a_today_of_the_present_in_general_stays_unreported() -> None:
    text = WIRE_OPENING + "    Ferries today carry more cars than trains do.\n"
    assert "today" not in _reported(text)


def test_a_month_in_a_hard_wrapped_sentence_of_the_past_is_reported() -> None:
    text = WIRE_OPENING + (
        "    The line said its two older ships would be sold to a rival\n"
        "ahead of the merger of the two fleets in April or\n"
        "May. Terms were not disclosed.\n"
    )
    assert "in April" in _reported(text)


def test_a_month_of_the_same_or_previous_year_takes_the_text_s_year() -> None:
    text = "Oil output\n\nOutput fell from January to November of the previous year, it said.\n"
    assert _reported(text) == []
    assert _reported(text.replace(" to November of the previous year", "")) == ["from January"]


def test_a_dateline_in_capitals_is_a_month_and_day_without_a_year() -> None:
    text = "Ferry line cuts fares\n\nBERGEN, JUNE 4 - The ferry line cut its fares today.\n"
    assert _reported(text)[:1] == ["JUNE 4"]


def test_a_fiscal_year_gives_its_year_to_the_day_it_ended() -> None:
    text = WIRE_OPENING + "    Fiscal 1985 ended September 30, and fiscal year 1986 May 31.\n"
    assert meanings(text)["September 30"] == "1985-09-30"
    assert meanings(text)["May 31"] == "1986-05-31"


def test_a_today_after_a_clock_time_is_a_day() -> None:
    text = WIRE_OPENING + "    The board meets at 1500 hrs EST (2100 gmt) today.\n"
    assert "today" in _reported(text)
    assert "today" in _reported(WIRE_OPENING + "    Fares are due at 10 a.m. today.\n")


def test_a_month_before_a_verb_in_the_past_closes_its_phrase() -> None:
    assert "since January" in meanings("Title\n\nIt blamed the talks since January failed.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The union called today's warning strikes after the talks broke down, it said.",
        "The chairman attended today's board meetings, a spokesman said.",
    ],
)
def test_todays_event_with_a_word_before_it_in_a_news_story(sentence: str) -> None:
    assert "today" in meanings(f"Title\n\nBERGEN, May 5 - {sentence}\n")


def test_todays_thing_that_is_no_event_is_still_left_alone() -> None:
    text = "Title\n\nBERGEN, May 5 - The museum shows today's young painters, it said.\n"
    assert "today" not in meanings(text)


def test_a_month_before_a_noun_after_a_preposition_is_still_left_alone() -> None:
    assert meanings("Title\n\nTraders bought in March futures.\n") == {}
