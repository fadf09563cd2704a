"""Date lines (lint/dates/datelines.py) and the publication date chosen among them."""

from __future__ import annotations

import pytest

from lint.dates.datelines import line_dates
from lint.dates.line_reader import read_line
from lint.dates.publication import publication_date
from lint.document import Document

PARAGRAPH = (
    "The regional council approved the new budget after a long debate that ran late into "
    "the evening, and the mayor said the vote would let the city hire more teachers.\n"
)
ARTICLE = PARAGRAPH * 4  # an article: a few paragraphs of running text


def doc(text: str) -> Document:
    return Document("page.txt", text.encode())


@pytest.mark.parametrize(
    ("line", "iso", "role", "shape"),
    [
        ("Tuesday, October 3, 2023 6:12PM", "2023-10-03", "published", "date"),
        ("Mar 4th 2019", "2019-03-04", "published", "date"),
        ("JAN. 13, 2017", "2017-01-13", "published", "date"),
        ("11.03.17 in Gadgets", "2017-11-03", "published", "byline"),
        ("Posted on 12/16/08", "2008-12-16", "published", "label"),
        ("Posted on 07-Jan-2021", "2021-01-07", "published", "label"),
        ("Online: Jan 7, 2021", "2021-01-07", "published", "label"),
        ("Last Modified: Jan 8, 2021", "2021-01-08", "updated", "label"),
        ("Published 8:04 PM EST, Tue March 3, 2020", "2020-03-03", "published", "label"),
        ("By Jane Doe | May 5, 2021", "2021-05-05", "published", "byline"),
        ("/ Jane Roe / 9:15 am Mon Aug 3, 2015", "2015-08-03", "published", "byline"),
        ("5 April 1988 11:02 GMT", "1988-04-05", "published", "date"),
        ("1988-04-05", "1988-04-05", "published", "date"),
        ("By Sam Ortiz2019-03-11 08:05:51 UTC", "2019-03-11", "published", "byline"),
        ("Feb 9, 2018 · 7 min read", "2018-02-09", "published", "date"),
        ("Staff Reporter | Thursday, 12 June 2008", "2008-06-12", "published", "byline"),
        ("12th Jan '19", "2019-01-12", "published", "date"),
        ("Posted Jan 12 '19", "2019-01-12", "published", "label"),
        ("By Ann Lee, 3 Mar \u201921", "2021-03-03", "published", "byline"),
        ("This article was published on 19 October 2020.", "2020-10-19", "published", "label"),
        # a label's own participle is no verb; a time between label and date keeps it
        ("Story published 15h05, Thursday, APR. 11, 2019", "2019-04-11", "published", "label"),
        (
            "By Jane Doe | First posted 07:02 GMT, Sat, 12 OCT. 2019",
            "2019-10-12",
            "published",
            "label",
        ),
        ("Publication: Tue, JAN. 22, 2019 | 10:50 p.m.", "2019-01-22", "published", "label"),
        # the clock stamp of logs and wire archives, and its labels
        ("Wed Jun  4 11:20:05 2014", "2014-06-04", "published", "date"),
        ("STAMP Fri Nov 21 06:45 EST 2003", "2003-11-21", "published", "byline"),
        ("Date/Time: 04-JUN-2014 11:20", "2014-06-04", "published", "label"),
        # two-digit years after a month name, as log and wire dumps print them
        ("04-JUN-14 11:20", "2014-06-04", "published", "date"),
        ("<DATE>4 JUN 14</DATE>", "2014-06-04", "published", "label"),
        ("Filed: 4 Jun 14", "2014-06-04", "published", "label"),
    ],
)
def test_shapes_of_date_lines(line: str, iso: str, role: str, shape: str) -> None:
    [(mention, found_role, found_shape)] = read_line(line)[:1]
    assert (mention.iso(), found_role, found_shape) == (iso, role, shape)


def test_published_and_updated_on_one_line() -> None:
    found = read_line("May 14, 2019 at 7:12 am Updated May 15, 2019 at 2:48 pm")
    assert [(m.iso(), role) for m, role, _ in found] == [
        ("2019-05-14", "published"),
        ("2019-05-15", "updated"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 11:25 AM CDT",  # a time is not a date
        "The mayor died on August 13, 2018.",  # a sentence about a date
        "Jane Roe died 30 April 1968 in Dublin",
        "The album was released on CD on April 25, 2006.",
        "Application for planning permission by the Harbour Trust, 22 September 2014",
        '"Updated 17 March 2018"',  # quoted
        "Free Games Revealed For March 2017 And More",  # a headline with a month
        "v1.13.05.10",  # a version number
        "see https://example.org/news/2014/09/30/story.html",
        "the rock of the '80s and '90s",  # decades, not years of a date
        "on 8 May 21 ferries sailed",  # a count after the day, not a year
        "from 3 May 12:30 onwards",
    ],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert [shape for _, _, shape in read_line(line) if shape != "listed"] == []


def test_a_labelled_first_line_is_a_date_line_not_a_title() -> None:
    [(mention, _, shape)] = read_line("Article date: 2019-08-05 19h00", title=True)
    assert (mention.iso(), shape) == ("2019-08-05", "label")


def test_a_title_names_a_date_unless_it_ends_with_it() -> None:
    assert read_line("Action of 2 January 1783", title=True) == []
    assert [s for _, _, s in read_line("27 July 1996 incident", title=True)] == ["listed"]
    [(mention, _, _)] = read_line("Police Briefs – Tuesday, April 11, 2017", title=True)
    assert mention.iso() == "2017-04-11"


def test_header_below_page_chrome() -> None:
    chrome = "".join(f"Menu item {n}\n" for n in range(60))
    found = publication_date(
        doc(f"{chrome}\nBudget passes\nBy Jane Roe | May 5, 2021\n\n{ARTICLE}")
    )
    assert found is not None and (found.mention.iso(), found.line, found.source) == (
        "2021-05-05",
        63,
        "byline",
    )
    assert found.evidence == "byline, line 63: 'By Jane Roe | May 5, 2021'"
    assert found.confidence == 0.9


def _story_list(dates: list[str]) -> str:
    return "".join(f"Another story about the harbour\n{d}\n\n" for d in dates)


def test_a_list_of_other_stories_is_not_the_date() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019", "Apr 2, 2019"])
    assert publication_date(doc(f"Related news\n\n{stories}Budget passes\n\n{ARTICLE}")) is None


def test_the_header_after_a_list_of_other_stories() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019"])
    text = f"Related news\n\n{stories}Budget passes\nFrom the city desk\n\nMay 5, 2019\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_header_before_comments() -> None:
    comments = "".join(f"Reader {n} · June {n}, 2021\nI agree with this.\n\n" for n in range(2, 6))
    found = publication_date(doc(f"Budget passes\nMay 5, 2021\n\n{ARTICLE}\nComments\n{comments}"))
    assert found is not None and found.mention.iso() == "2021-05-05"


def test_published_wins_over_updated() -> None:
    text = f"Budget passes\nUpdated: Jul 25, 2019 6:29 AM\nPublished: Jul 24, 2019\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and (found.mention.iso(), found.updated) == ("2019-07-24", False)
    found = publication_date(doc(f"Budget passes\nLast Updated: January 7, 2025\n\n{ARTICLE}"))
    assert found is not None and (found.mention.iso(), found.updated) == ("2025-01-07", True)
    assert found.confidence == 0.75


def test_a_dateline_opens_the_text() -> None:
    text = f"Budget passes\n\nFeb. 23, 2015 -- {PARAGRAPH}"
    found = publication_date(doc(text))
    assert found is not None and (found.source, found.mention.iso()) == ("dateline", "2015-02-23")
    later = f"Budget passes\n\n{ARTICLE}\nFeb. 23, 2015 -- {PARAGRAPH}"
    assert publication_date(doc(later)) is None


def test_two_digit_years_show_the_order_of_day_and_month() -> None:
    found = publication_date(doc(f"Budget passes\n12.22.14\n\n{ARTICLE}"))
    assert found is not None and found.mention.iso() == "2014-12-22"


def _chrome(lines: int) -> str:
    """Navigation of a scraped page: menu items and a trending list with its own dates."""
    menu = ["Home", "World", "Politics", "Business", "Sport", "Sign in", "Subscribe", ""]
    trending = (
        "Trending\nHarbour ferry fares rise again\nJan 3, 2019\nNew stadium opens\nFeb 9, 2019\n"
    )
    return trending + "".join(f"{menu[k % len(menu)]}\n" for k in range(lines))


@pytest.mark.parametrize("chrome", [10, 60, 150])
def test_the_header_under_long_chrome_is_found(chrome: int) -> None:
    text = f"{_chrome(chrome)}Budget passes\n\nBy Jane Roe | May 5, 2021\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2021-05-05"
    assert found.line == text.splitlines().index("By Jane Roe | May 5, 2021") + 1


def test_a_list_right_above_an_undated_header_is_not_its_date() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019", "Apr 2, 2019"])
    text = f"{_chrome(30)}More stories\n\n{stories}Budget passes\nBy Jane Roe\n\n{ARTICLE}"
    assert publication_date(doc(text)) is None


def test_a_date_under_a_standfirst_below_a_list() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019"])
    text = f"Related\n\n{stories}Budget passes\n\n{PARAGRAPH}\nPosted 5/5/2019\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_a_dateline_opening_the_article_below_a_list() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019"])
    text = f"{stories}Budget passes\n\nLONDON, May 5, 2019 (AP) — {ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and (found.mention.iso(), found.source) == ("2019-05-05", "dateline")


def test_published_wins_over_an_updated_line_a_byline_apart() -> None:
    text = f"Budget passes\nUpdated May 7, 2019\nBy Jane Roe\nPublished May 5, 2019\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_dated_comments_below_an_undated_article_are_not_its_date() -> None:
    comments = "".join(
        f"Reader {k}\n{d}\nI do not agree with this at all.\nReply\n\n"
        for k, d in enumerate(["May 6, 2019", "May 9, 2019", "May 12, 2019"])
    )
    text = f"Budget passes\n\n{ARTICLE}\n3 Comments\n\n{comments}"
    assert publication_date(doc(text)) is None


def _titled_list(dates: list[str]) -> str:
    """Other stories, each a title with its date at the end of the line."""
    titles = ["Harbour ferry fares rise again", "Wikinews attends Maker Faire", "New stadium opens"]
    return "".join(f"{t} {d}\n\n" for t, d in zip(titles, dates, strict=True))


def test_a_titled_entry_shaped_as_a_byline_is_still_listed() -> None:
    stories = _titled_list(["2019-12-02", "2019-08-05", "01/23/19"])
    text = f"More stories\n\n{stories}Budget passes\n\nPARIS, 2020/01/12 (AFP) — {ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and (found.mention.iso(), found.source) == ("2020-01-12", "dateline")


def test_a_bare_date_under_a_list_of_titled_entries_is_the_header() -> None:
    stories = _titled_list(["Dec 2, 2019", "Aug 5, 2019", "Jan 23, 2019"])
    text = f"More stories\n\n{stories}5:39 PM GMT, August 25th 2020\nBudget passes\n\n{ARTICLE}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2020-08-25"


def test_the_nearest_published_date_of_an_entry_wins() -> None:
    trending = (
        "Trending\nHarbour ferry fares rise again\nApr 16, 2020\nNew stadium opens\nJul 15, 2019\n"
    )
    header = "9/17/2019, 6:58 PM | Jane Roe, AFP\nLast updated Tue Sep. 17 2019\n"
    found = publication_date(doc(f"{trending}{header}Budget passes\n\n{ARTICLE}"))
    assert found is not None and found.mention.iso() == "2019-09-17"


def test_a_labelled_date_under_the_article_before_its_comments() -> None:
    comments = "".join(f"Reader {n} said on June {n}, 2021:\nI agree.\n\n" for n in range(2, 5))
    text = f"Budget passes\n\n{ARTICLE}\nThis story was published on May 5, 2021\n\n{comments}"
    found = publication_date(doc(text))
    assert found is not None and (found.mention.iso(), found.source) == ("2021-05-05", "label")


def test_an_unlabelled_date_under_the_article_is_a_comment_not_its_date() -> None:
    comments = "".join(f"Reader {n} said on June {n}, 2021:\nI agree.\n\n" for n in range(2, 5))
    text = f"Budget passes\n\n{ARTICLE}\nMay 5, 2021\n\n{comments}"
    assert publication_date(doc(text)) is None


def test_a_header_shaped_as_the_list_above_it_opens_the_article() -> None:
    stories = _story_list(["Jan 3, 2019", "Feb 9, 2019", "Mar 1, 2019"])
    found = publication_date(
        doc(f"Most popular\n\n{stories}Budget passes\nMay 5, 2019\n\n{ARTICLE}")
    )
    assert found is not None and found.mention.iso() == "2019-05-05"


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("Sat Aug  2 17:09:44 2008", "date"),
        ("Date/Time: 02-AUG-2008 17:09", "label"),
        ("2008-08-02T17:09:44Z", "date"),
        ("2008-08-02T17:09+01:00", "date"),
        ("Wirehouse August 2, 2008", "byline"),  # an agency's stamp, not a title
        ("/ Jane Roe / 5:09 pm Sat Aug 2, 2008", "byline"),  # a byline never opens a title
        ("By Jane Roe | Aug 2, 2008", "byline"),
    ],
)
def test_a_stamp_on_the_first_line_is_a_date_line(line: str, shape: str) -> None:
    [(mention, _, found)] = read_line(line, title=True)
    assert (mention.iso(), found) == ("2008-08-02", shape)


# A short agency story: a few header fields, its date, and a hard-wrapped body too short
# to be an article, whose lines carry other dates.
WIRE_STORY = (
    "SECTIONS: shipping, ports\n"
    "REGIONS: norway\n"
    "{date}\n"
    "HARBOUR BOARD SELLS TWO FERRIES\n"
    "BERGEN, June 4 - The harbour board said it sold two of its\n"
    "older ferries to a coastal operator, with the last of the\n"
    "two ferries due September 30, 2014 with a\n"
    "crew trained by the board, a spokesman said.\n"
    "    The vessels were built for the board in the early\n"
    "seventies and were taken out of service in March 2013.\n"
)


@pytest.mark.parametrize(
    "date",
    [
        "Date/Time: 04-JUN-2014 11:20",
        "Wed Jun  4 11:20:05 2014",
        "4 Jun 2014",
        "<DATE>04-JUN-14 11:20</DATE>",
    ],
)
def test_a_short_wire_story_takes_its_header_date_not_a_wrapped_body_line(date: str) -> None:
    found = publication_date(doc(WIRE_STORY.format(date=date)))
    assert found is not None and (found.mention.iso(), found.line) == ("2014-06-04", 3)


def test_a_wrapped_line_of_prose_with_a_date_is_no_date_line() -> None:
    text = WIRE_STORY.format(date="")
    assert publication_date(doc(text)) is None
    assert [d.line for d in line_dates(doc(text))] == []


def test_an_agency_stamp_below_the_story_is_its_date() -> None:
    story = WIRE_STORY.format(date="HARBOUR BOARD BRIEF") + "\nFiled: 04-JUN-14 11:20\n"
    found = publication_date(doc(story))
    assert found is not None and found.mention.iso() == "2014-06-04"


def test_a_date_line_in_lower_case_under_a_byline_is_no_wrapped_prose() -> None:
    header = "Ferry fares rise\nBy Mara Quist | mquist@example.org Example News\n"
    found = publication_date(doc(f"{header}on June 4, 2014 at 9:05 AM\n\n{ARTICLE}"))
    assert found is not None and (found.mention.iso(), found.line) == ("2014-06-04", 3)


# A short hard-wrapped agency story as a web page saves it: a menu above, and below it a
# list of other stories, each a title over its own date with no blank line between.
SHORT_STORY = (
    "Skip to content\nHome | Markets | World | Energy\n\n"
    "FERRY OPERATOR ORDERS TWO VESSELS\n{header}\n"
    "BERGEN, June 4 - A coastal ferry operator said it ordered two\n"
    "new vessels from a local yard for delivery within three years,\n"
    "and that the order was worth about forty mln crowns.\n"
    "{footer}\n"
    "More stories\n"
    "Harbour board raises its fees\nJun 1, 2014\n"
    "Shipyard wins a navy contract\nJun 6, 2014\n"
    "Port traffic rises in spring\n29 May 2014\n"
)


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        ("By Mara Quist | Jun 4, 2014 11:20 AM", ""),
        ("Posted: June 4, 2014 11:20 am", ""),
        ("Jun 4th 2014", ""),
        ("", "\nPosted: June 4, 2014 11:20 am\n"),
    ],
)
def test_a_short_story_above_a_list_of_other_stories_keeps_its_date(
    header: str, footer: str
) -> None:
    text = SHORT_STORY.format(header=header, footer=footer)
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2014-06-04"


def test_a_list_of_other_stories_under_an_undated_short_story_is_not_its_date() -> None:
    assert publication_date(doc(SHORT_STORY.format(header="By Mara Quist", footer=""))) is None


def test_two_adjacent_entries_of_a_list_are_two_entries_not_one() -> None:
    tail = "More stories\nJun 1, 2014 · Harbour board raises fees\nJun 6, 2014 · Yard wins\n"
    text = SHORT_STORY.split("More stories")[0].format(header="", footer="") + tail
    assert publication_date(doc(text)) is None


def test_two_stories_of_one_day_in_a_list_are_still_a_list() -> None:
    tail = (
        "Most read\n04 Jun 2014 · Harbour board raises fees\n"
        "Jun 4, 2014 · Shipyard Wins Navy Contract\n"
    )
    text = SHORT_STORY.split("More stories")[0].format(header="By Mara Quist", footer="") + tail
    assert publication_date(doc(text)) is None


def test_a_byline_closing_a_short_story_above_a_list_is_its_date() -> None:
    text = SHORT_STORY.format(header="", footer="\nBy Mara Quist | Jun 4, 2014 11:20 AM\n")
    found = publication_date(doc(text))
    assert found is not None and (found.mention.iso(), found.source) == ("2014-06-04", "byline")


def test_a_list_entry_spaced_as_the_others_is_no_closing_byline() -> None:
    stories = "".join(f"Shipyard News Roundup {n} - Jun {n}, 2014\n" for n in (1, 6, 9))
    text = SHORT_STORY.split("More stories")[0].format(header="", footer="") + stories
    assert publication_date(doc(text)) is None


def test_a_first_line_naming_a_date_after_by_is_still_a_title() -> None:
    [(_, _, shape)] = read_line("By August 2, 2008 the Harbour Must Reopen", title=True)
    assert shape == "listed"  # a title showing a date, no date line


# A short news item (too short to count as an article on its own) as a page saves it.
BRIEF = (
    "The harbour board said it would open a second ferry berth next spring to cope with\n"
    "the summer traffic, and that the work would cost about four million crowns.\n"
    "    Ferry operators welcomed the plan, a spokeswoman for the board said.\n"
)


def test_dates_in_a_related_box_above_the_story_are_other_stories() -> None:
    text = (
        "Related stories\nTram line reopens after repairs\n2 May 2019\n"
        "Council backs new cycle lanes (29 April 2019)\n\n"
        f"Harbour board plans second berth\nSunday 5 May 2019\n\n{BRIEF}"
    )
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_a_page_whose_only_dates_are_others_has_none() -> None:
    text = (
        "Latest\nTram line reopens after repairs (2 May 2019)\n"
        "Council backs new cycle lanes (29 April 2019)\n\n"
        f"Harbour board plans second berth\n\n{BRIEF}\n"
        "4 comments\nkari_n \u00b7 7 May 2019 10:12\nAbout time.\n"
    )
    assert publication_date(doc(text)) is None


def test_a_menu_item_over_the_pages_own_date_is_no_list_heading() -> None:
    text = f"Home\nLatest\nMay 5, 2019\n\nHarbour board plans second berth\n\n{BRIEF}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


@pytest.mark.parametrize(
    "head",
    [
        "5/5/19, 9:41 AM    Harbour board plans second berth | Coast News",
        "Page 2 of 3    5/5/19",
    ],
)
def test_a_printed_pages_running_head_dates_it(head: str) -> None:
    text = f"{head}\n\nHarbour board plans second berth\n\n{BRIEF}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_a_title_column_beside_a_date_column_is_still_read_as_a_list_entry() -> None:
    (mention, _, shape), *_ = read_line("Tram line reopens    2 May 2019")
    assert mention.iso() == "2019-05-02" and shape == "date"


def test_a_dateline_with_its_year_under_a_cookie_notice_dates_the_story() -> None:
    text = (
        "We use cookies to run this site. If you keep reading, you accept our cookie terms.\n"
        "Accept\n\nHarbour board plans second berth\n\n"
        f"BERGEN, May 5, 2019 - {BRIEF}"
    )
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"
    assert found.source == "dateline"


@pytest.mark.parametrize(
    "address",
    [
        "https://coast-news.example/local/2019/05/05/harbour-board-second-berth",
        "local/2019/05/05/harbour-board-second-berth",
        "Home > Local > 2019 > May > 5",
    ],
)
def test_the_pages_address_or_trail_dates_it_when_nothing_else_does(address: str) -> None:
    found = publication_date(doc(f"{address}\n\nHarbour board plans second berth\n\n{BRIEF}"))
    assert found is not None and found.mention.iso() == "2019-05-05"
    assert found.source == "url" and found.confidence < 0.85


def test_an_address_below_the_story_is_another_pages() -> None:
    text = (
        f"Harbour board plans second berth\n\n{BRIEF}\n{ARTICLE}\n"
        "See https://coast-news.example/local/2019/04/02/berth-plan-first-draft\n"
        "https://coast-news.example/local/2019/04/02/berth-plan-first-draft\n"
    )
    assert publication_date(doc(text)) is None


def test_a_header_date_wins_over_the_address() -> None:
    text = (
        "https://coast-news.example/local/2019/05/04/harbour-board-second-berth\n\n"
        f"Harbour board plans second berth\nMay 5, 2019\n\n{BRIEF}"
    )
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_comments_under_a_short_story_are_readers_not_the_page() -> None:
    text = (
        f"Harbour board plans second berth\nMay 5, 2019 / 9:41 AM ET\n\n{BRIEF}\n"
        "Comments\nkari_n \u00b7 7 May 2019 10:12\nAbout time.\nolav \u00b7 2 days ago\nToo dear.\n"
    )
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


def test_a_comments_menu_item_above_the_header_names_no_list() -> None:
    text = f"Home\nComments\nHarbour board plans second berth\nMay 5, 2019\n\n{BRIEF}"
    assert {d.line: d.headed for d in line_dates(doc(text))} == {4: False}


def test_a_dateline_on_its_own_line_with_its_year_is_a_dateline() -> None:
    (mention, _, shape), *_ = read_line("BERGEN, Norway, May 5, 2019 -")
    assert (mention.iso(), shape) == ("2019-05-05", "dateline")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("14 juin 2019", "2019-06-14"),
        ("Publié le vendredi 14 juin 2019", "2019-06-14"),
        ("1er août 2019", "2019-08-01"),
        ("Publicado: 14 de junio de 2019", "2019-06-14"),
        ("3 DE DICIEMBRE DE 2018", "2018-12-03"),
    ],
)
def test_french_and_spanish_month_names_in_a_date_line(line: str, iso: str) -> None:
    (mention, _, _), *_ = read_line(line)
    assert mention.iso() == iso


def test_a_foreign_month_name_needs_a_day_before_it() -> None:
    assert read_line("Mars 2020 landing site") == []
    assert read_line("Abril 2019") == []


def test_a_header_date_with_a_spanish_month_name_dates_the_page() -> None:
    text = f"Harbour board plans second berth\nPublicado: 5 de mayo de 2019\n\n{BRIEF}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"


WRAPPED_HISTORY = (
    "BERGEN, May 5 - The harbour board said it paid the last sum it owed\n"
    "to the contractors who built the old quay, which has been in use since\n"
    "June 11, 2001 and has now been cleared for the larger ferries that\n"
    "call in the summer months.\n"
    "    The board said the new berth would open to traffic in the spring.\n"
)


def test_a_wrapped_line_opening_with_a_date_carries_on_the_sentence() -> None:
    """A hard wrap that puts an earlier date at the start of a line is not a list entry
    beside the header's date."""
    text = f"5/5/19 9:41 AM    Harbour board plans second berth\n\n{WRAPPED_HISTORY}"
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-05"
    assert [d.line for d in line_dates(doc(text))] == [1]


def test_a_list_entry_opening_with_a_date_is_still_listed() -> None:
    """An entry's date is followed by a title, not by the rest of a clause."""
    text = "Harbour news\n\nJune 11, 2001 Old quay opens\nJune 12, 2001 Ferry fares set\n"
    assert {d.shape for d in line_dates(doc(text))} == {"listed"}


@pytest.mark.parametrize(
    "stamp", ["Publié le mercredi 1er mai 2019", "Publicado: miércoles, 1 de mayo de 2019"]
)
def test_a_foreign_date_line_with_its_weekday_dates_the_page(stamp: str) -> None:
    found = publication_date(doc(f"Harbour board plans second berth\n{stamp}\n\n{BRIEF}"))
    assert found is not None and found.mention.iso() == "2019-05-01"


def test_a_syndication_credit_under_a_story_dates_it() -> None:
    """A credit block below the story: a copyright line, the distributor and a short date
    with hyphens on a line of its own."""
    text = (
        f"Harbour board plans second berth\n\n{BRIEF}\n"
        "(c) 2019 Coastal Wire\nDistributed by Fjord Features\n5-14-19\n"
    )
    found = publication_date(doc(text))
    assert found is not None and found.mention.iso() == "2019-05-14"


@pytest.mark.parametrize("line", ["Won 3-1-0 at home", "Rooms 4-12-19 are closed", "5-14-19 won"])
def test_a_hyphenated_short_date_is_read_only_as_a_line_of_its_own(line: str) -> None:
    assert read_line(line) == []
