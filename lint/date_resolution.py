"""What each relative or incomplete date of a document means, or why it cannot be known.

A date without a year takes it from the text when the same paragraph names one
before it ("in May 2025 … on June 8") or right after it ("May 29 to June 1, 2025").
Everything else counts from the publication date (lint/dating.py). Computed once per
document and shared by the dates kinds.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from lint.dating import Convention, DateMention, PublicationDate, find_dates, publication_date
from lint.document import Document
from lint.meanings import Anchor, Basis, meaning
from lint.records import body_start_line
from lint.relative_dates import Expression, find_expressions, future_tense
from lint.text import sentences

NUMERIC_DATES_HELP = (
    "How to read a numeric date such as 03/04/2025: `mdy` (US, 4 March), `dmy` (3 April), "
    "or `auto`: as the document's other numeric dates show (25/06/2025 shows day first), "
    "else month first and flagged as ambiguous."
)
_PARAGRAPH_LINE = 100  # a line this long is a paragraph of its own, not a wrapped line
_YEAR_ADVERBIAL = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|of|[Ee]arly|[Ll]ate|[Mm]id-?|spring|summer|autumn|"
    r"fall|winter)\s+(?:early\s+|late\s+|mid-?)?(?P<year>(?:1[6-9]|20)\d\d)\b"
)
_LIST_GAP = re.compile(r"[\s,]*(?:[-–—]|and|to|through|until|till|or|&)?[\s,]*")
_NUMERIC = re.compile(r"\b([0-3]?\d)[/.]([0-3]?\d)[/.](?:1[6-9]|20)\d\d\b")
_TRAILING_REACH = 40
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


def document_convention(document: Document, convention: Convention) -> Convention:
    """The numeric-date convention: the configured one, or what the document's dates show.

    Under `auto`, a numeric date whose first part exceeds 12 (25/06/2025) shows the
    document writes day first, one whose second part does (06/25/2025) month first.
    A document that shows both, or neither, stays `auto`.
    """
    if convention != "auto":
        return convention
    key = ("numeric_convention",)
    return document.memo(key, lambda: _shown_convention(document.text))


def _shown_convention(text: str) -> Convention:
    shown: set[Convention] = set()
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            shown.add("dmy")
        elif second > 12 >= first:
            shown.add("mdy")
    return shown.pop() if len(shown) == 1 else "auto"


def _relative_dates(document: Document, convention: Convention) -> list[RelativeDate]:
    convention = document_convention(document, convention)
    published = publication_date(document, convention)
    text = document.text
    found: list[tuple[Expression, list[Anchor], tuple[int, int], bool]] = []
    every_anchor = _title_anchors(document)
    for start, end in paragraphs(document):
        anchors = _anchors(text, start, end, convention)
        every_anchor.extend(anchors)
        for expression in find_expressions(text, start, end):
            if not any(a.start < expression.end and expression.start < a.end for a in anchors):
                quoted = _inside_quotes(text, start, expression.start)
                found.append((expression, anchors, (start, end), quoted))
    # NOTE: a text that never speaks from its own time (no publication date, no "next
    # year" outside quotations) is a narrative: its dates take the last year it named.
    narrative = published is None and not any(e.deictic and not q for e, _, _, q in found)
    story = every_anchor if narrative else []
    return [
        _resolve(document, expression, anchors, story, published, paragraph, quoted)
        for expression, anchors, paragraph, quoted in found
    ]


def _inside_quotes(text: str, start: int, position: int) -> bool:
    """Whether `position` is inside a quotation opened earlier in its paragraph."""
    before = text[start:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _title_anchors(document: Document) -> list[Anchor]:
    """A year in the title ("2018 Winter Paralympics") dates a narrative's days."""
    line = body_start_line(document)
    if line > document.line_count:
        return []
    start, end = document.line_span(line)
    match = _TITLE_YEAR.search(document.text, start, end)
    if match is None:
        return []
    year = int(match.group())
    return [Anchor(match.start(), match.end(), year, 0, None, match.group())]


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


def _anchors(text: str, start: int, end: int, convention: Convention) -> list[Anchor]:
    """Complete dates and year adverbials ("in 2019") of a paragraph, in text order."""
    anchors = [_from_mention(m) for m in find_dates(text, start, end, convention) if m.valid]
    for match in _YEAR_ADVERBIAL.finditer(text, start, end):
        year = int(match.group("year"))
        anchors.append(Anchor(match.start("year"), match.end(), year, 0, None, match.group("year")))
    anchors = [a for a in anchors if not _inside_another(a, anchors)]
    return sorted(anchors, key=lambda a: a.start)


def _inside_another(anchor: Anchor, anchors: list[Anchor]) -> bool:
    return any(o is not anchor and o.start <= anchor.start and anchor.end <= o.end for o in anchors)


def _from_mention(mention: DateMention) -> Anchor:
    return Anchor(
        mention.start, mention.end, mention.year, mention.month, mention.date, mention.iso()
    )


def _resolve(
    document: Document,
    expression: Expression,
    anchors: list[Anchor],
    story: list[Anchor],
    published: PublicationDate | None,
    paragraph: tuple[int, int],
    quoted: bool,
) -> RelativeDate:
    anchor = None
    if not expression.deictic or quoted:  # a quotation speaks from the time it was said
        anchor = _text_anchor(document.text, expression, anchors)
        anchor = anchor or _last_before(expression, story)
    future = expression.form == "weekday" and _in_future(document.text, expression, paragraph)
    basis = _basis(document, anchor, published)
    result = meaning(expression, basis, future)
    return RelativeDate(
        expression.start,
        expression.end,
        result.value,
        basis.describe() if result.value else "",
        result.problem,
        result.impossible,
    )


def _text_anchor(text: str, expression: Expression, anchors: list[Anchor]) -> Anchor | None:
    """The complete date or year its paragraph gives for a date without one."""
    for anchor in anchors:  # a list sharing one year: "May 29 to June 1, 2025"
        if expression.end <= anchor.start <= expression.end + _TRAILING_REACH:
            gap = _LIST_GAP.fullmatch(text, expression.end, anchor.start)
            if gap and _is_calendar_date(anchor):
                return anchor
    return _last_before(expression, anchors)


def _last_before(expression: Expression, anchors: list[Anchor]) -> Anchor | None:
    before = [a for a in anchors if a.end <= expression.start]
    if expression.form == "weekday":
        before = [a for a in before if a.date is not None]
    return max(before, key=lambda a: a.start) if before else None


def _is_calendar_date(anchor: Anchor) -> bool:
    return anchor.month != 0


def _in_future(text: str, expression: Expression, paragraph: tuple[int, int]) -> bool:
    for start, end in sentences(text, *paragraph):
        if start <= expression.start < end:
            return future_tense(text[start:end])
    return False


def _basis(document: Document, anchor: Anchor | None, published: PublicationDate | None) -> Basis:
    if anchor is not None:
        line = document.position(anchor.start)[0]
        return Basis(anchor, f"“{document.text[anchor.start : anchor.end]}” on line {line}")
    if published is None:
        return Basis(None, "")
    mention = published.mention
    where = "the provenance record" if published.source == "record" else f"line {published.line}"
    day = datetime.date(mention.year, mention.month, mention.day) if mention.day else None
    anchor = Anchor(mention.start, mention.end, mention.year, mention.month, day, mention.iso())
    return Basis(anchor, f"publication date {mention.iso()}, {where}", publication=True)
