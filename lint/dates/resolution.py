"""What each relative or incomplete date of a document means, or why it cannot be known.

A date without a year takes it from the text when the same paragraph names one
before it ("in May 2025 … on June 8") or right after it ("May 29 to June 1, 2025",
"late October-early November 1914").
Everything else counts from the publication date (lint/dates/publication.py). Computed once per
document and shared by the dates kinds.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass

from lint.dates.anchors import Anchor, AnchorIndex, body_dates, paragraph_anchors
from lint.dates.convention import document_convention
from lint.dates.datelines import line_dates
from lint.dates.expressions import Expression
from lint.dates.meanings import Basis, meaning
from lint.dates.mentions import Convention
from lint.dates.prose import prose
from lint.dates.publication import PublicationDate, publication_date
from lint.dates.relative import find_expressions
from lint.dates.tense import Tense, tense
from lint.document import Document
from lint.provenance.records import body_start_line
from lint.text import sentences

_PARAGRAPH_LINE = 100  # a line this long is a paragraph of its own, not a wrapped line
# What parts the dates of a list or range sharing one year: "May 29 to June 1, 2025",
# "late October-early November 1914", "from late May to mid-June 2021".
_LIST_GAP = re.compile(
    r"[\s,]*(?:[-–—]|and|to|through|until|till|or|&)?[\s,]*(?:(?:early|late|mid)(?:-|\s+))?"
)
_TRAILING_REACH = 40
_NEWS_WEEKDAYS = 2
# A dateline: "PORTLAND, Ore., Feb 26 - ", "Toronto, March 9 - ", "BAHRAIN, Oct 19 (Reuters) -".
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s*")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[—–]|-(?=\s|$))")
_TITLE_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A relative or incomplete date and its meaning, or the problem that hides it.

    `meaning` is an ISO date, month or year, or a phrase such as "week of 2025-06-23";
    `basis` says what it was worked out from. `impossible` marks a date that does
    not exist in any year or in the year it resolves to ("April 31").
    """

    start: int
    end: int
    meaning: str | None
    basis: str
    problem: str = ""
    impossible: bool = False


def relative_dates(document: Document, convention: Convention = "auto") -> list[RelativeDate]:
    """Return every relative or incomplete date of the document with its meaning."""
    key = ("relative_dates", convention)
    return document.memo(key, lambda: _relative_dates(document, convention))


def _relative_dates(document: Document, convention: Convention) -> list[RelativeDate]:
    # NOTE: the page's own date reads its numeric order from its own evidence
    # (lint/dates/numeric_order.py) unless the configuration sets it.
    published = publication_date(document, convention)
    convention = document_convention(document, convention)
    text = document.text
    found: list[_Found] = []
    news_only: list[_Found] = []
    story: list[Anchor] = []
    mentions = body_dates(document, convention)
    dates = (mentions, [m.start for m in mentions])
    for start, end in paragraphs(document):
        paragraph = _Paragraph(
            text, start, end, anchors=paragraph_anchors(text, start, end, *dates)
        )
        story.extend(paragraph.index.anchors)
        for expression in find_expressions(text, start, end):
            if paragraph.index.overlaps(expression.start, expression.end):
                continue
            quoted = paragraph.quoted(expression.start)
            if expression.news_only and not quoted:
                news_only.append(_Found(expression, paragraph, quoted))
            elif not expression.hedged or quoted:  # a "today" someone said is that day's
                found.append(_Found(expression, paragraph, quoted))
    # NOTE: a "today" in a clause of past news ("outlined his plan today") or "over the
    # weekend" is counted from the day of writing in a text that dates by its own time,
    # as news does; in a narrative it is "nowadays" or the story's own weekend.
    if news_only and (published is not None or _speaks_now(found)):
        found = sorted([*found, *news_only], key=lambda f: f.expression.start)
    # NOTE: a text that never speaks from its own time (no publication date, no "next
    # year" or "said Monday" outside quotations) is a narrative: its dates take the last
    # year it named, in its prose (not the dates of a list of other stories).
    narrative = published is None and not _speaks_now(found)
    story = [*_title_anchors(document), *_in_sentences(document, story)] if narrative else []
    story_index = AnchorIndex(story)
    return [_resolve(document, f, story_index, published) for f in found]


def _in_sentences(document: Document, anchors: list[Anchor]) -> list[Anchor]:
    """The anchors a narrative takes its years from: those in sentences, not in page chrome
    ("The Best Hiking Boots of 2014") or lists of other stories."""
    if not anchors:
        return []
    listed = {d.line for d in line_dates(document)}
    text = prose(document)
    lines = [document.position(a.start)[0] for a in anchors]
    return [a for a, n in zip(anchors, lines, strict=True) if n not in listed and text.sentence(n)]


def _speaks_now(found: list[_Found]) -> bool:
    """Whether the text counts dates from the day of writing, as news does.

    A deictic date outside quotations says so ("next year", "last week"); "two years
    ago" does not (plot summaries and memoirs count it from the story), nor does one
    weekday (a history tells of "the match on Saturday"), but weekdays named again and
    again are the news' way of dating ("said Tuesday … on Thursday"); nor does a
    dateline opening a paragraph with the day of writing ("ZURICH, March 9 - …").
    """
    said = [f.expression for f in found if not f.quoted]
    weekdays = [e for e in said if e.form == "weekday"]
    spoken = [e for e in said if e.deictic and e.form not in ("ago", "weekday")]
    return len(weekdays) >= _NEWS_WEEKDAYS or bool(spoken) or any(map(_dateline, found))


def _dateline(found: _Found) -> bool:
    """A month-day that opens its paragraph as an agency's dateline does."""
    expression, paragraph = found.expression, found.paragraph
    if expression.form != "month_day":
        return False
    text = paragraph.text
    return bool(
        _DATELINE_PLACE.fullmatch(text, paragraph.start, expression.start)
        and _DATELINE_DASH.match(text, expression.end)
    )


class _Paragraph:
    """A paragraph's anchors, quotation state and sentences, each worked out once."""

    def __init__(self, text: str, start: int, end: int, anchors: list[Anchor]) -> None:
        self.text, self.start, self.end = text, start, end
        self.index = AnchorIndex(anchors)
        self._scanned, self._curly, self._straight = start, 0, 0
        self._sentences: list[tuple[int, int]] = []
        self._sentence_starts: list[int] | None = None
        self._tenses: dict[int, Tense] = {}

    def quoted(self, position: int) -> bool:
        """Whether `position` is inside a quotation; positions must come in text order."""
        seen = self.text[self._scanned : position]
        self._curly += seen.count("“") - seen.count("”")
        self._straight += seen.count('"')
        self._scanned = position
        return self._curly > 0 or self._straight % 2 == 1

    def tense(self, position: int) -> Tense:
        """The tense of the sentence around `position`: future, past or neither."""
        if self._sentence_starts is None:
            self._sentences = list(sentences(self.text, self.start, self.end))
            self._sentence_starts = [start for start, _ in self._sentences]
        index = bisect_right(self._sentence_starts, position) - 1
        if index < 0:
            return ""
        if index not in self._tenses:
            start, end = self._sentences[index]
            self._tenses[index] = tense(self.text[start:end])
        return self._tenses[index]


@dataclass(frozen=True, slots=True)
class _Found:
    expression: Expression
    paragraph: _Paragraph
    quoted: bool


def _title_anchors(document: Document) -> list[Anchor]:
    """A year in the title ("2018 Winter Paralympics") dates a narrative's days."""
    line = body_start_line(document)
    if line > document.line_count:
        return []
    start, end = document.line_span(line)
    match = _TITLE_YEAR.search(document.text, start, end)
    if match is None:
        return []
    return [Anchor(match.start(), match.end(), int(match.group()), 0, None, match.group())]


def paragraphs(document: Document) -> list[tuple[int, int]]:
    """Paragraph spans of the text proper: a long line alone, or a block of wrapped lines."""
    first = body_start_line(document)
    spans: list[tuple[int, int]] = []
    for block in document.blocks:
        if block.last_line < first:
            continue
        numbers = range(max(first, block.first_line), block.last_line + 1)
        if any(len(document.lines[n - 1]) > _PARAGRAPH_LINE for n in numbers):
            spans.extend(document.line_span(n) for n in numbers)
        else:
            spans.append((document.line_span(numbers[0])[0], block.end))
    return spans


def _resolve(
    document: Document,
    found: _Found,
    story: AnchorIndex,
    published: PublicationDate | None,
) -> RelativeDate:
    expression, paragraph = found.expression, found.paragraph
    anchor = None
    if not expression.deictic or found.quoted:  # a quotation speaks from when it was said
        anchor = _text_anchor(document.text, expression, paragraph.index)
        anchor = anchor or story.last_before(expression.start, expression.form == "weekday")
    basis = _basis(document, anchor, published)
    timing: Tense = ""
    if basis.publication and expression.form in ("weekday", "month_day"):
        timing = paragraph.tense(expression.start)
    result = meaning(expression, basis, timing)
    return RelativeDate(
        expression.start,
        expression.end,
        result.value,
        basis.describe() if result.value else "",
        result.problem,
        result.impossible,
    )


def _text_anchor(text: str, expression: Expression, index: AnchorIndex) -> Anchor | None:
    """The complete date or year its paragraph gives for a date without one."""
    # A list sharing one year: "May 29 to June 1, 2025".
    for anchor in index.starting_between(expression.end, expression.end + _TRAILING_REACH):
        if anchor.month and _LIST_GAP.fullmatch(text, expression.end, anchor.start):
            return anchor
    return index.last_before(expression.start, day_only=expression.form == "weekday")


def _basis(document: Document, anchor: Anchor | None, published: PublicationDate | None) -> Basis:
    if anchor is not None:
        line = document.position(anchor.start)[0]
        return Basis(anchor, f"“{document.text[anchor.start : anchor.end]}” on line {line}")
    if published is None:
        return Basis(None, "")
    mention = published.mention
    day = datetime.date(mention.year, mention.month, mention.day) if mention.day else None
    anchor = Anchor(mention.start, mention.end, mention.year, mention.month, day, mention.iso())
    where = f"in the {published.evidence}; confidence {published.confidence:.2f}"
    return Basis(anchor, f"publication date {mention.iso()} {where}", publication=True)
