"""A document's own date: its provenance record, else the date its page header shows.

Shared by the dates, provenance and figures families: figures resolve "last year"
against it, the dates family reports documents without one and resolves their relative
dates from it. The order of evidence:

1. a valid `published` value in the provenance record (front matter, sidecar, manifest);
2. a date line of the page header, wherever the header starts (scraped pages put 10-150
   lines of navigation above it; lint/dates/header.py finds the article and its header
   from the article's first paragraph, not from the top): the nearest date line above
   the article unless it ends a list of other stories, else the first in its lead;
   with none there, the first date line outside lists that article text follows (a
   labelled date right under the article, among unlabelled comments, is in none). A
   published date wins over an updated one of the same entry, a date in a list of
   other stories (date lines close together with different dates), in comments or in
   a footer loses to the header's, and the header's to none of the dates quoted in
   the body; the dates of a list a heading names as other stories or comments
   (lint/dates/headed_blocks.py) are none of the page's;
3. the page's own address or breadcrumb trail above any article text, when it holds
   the date (".../news/1987/03/12/slug"), with a lower confidence;
4. a citation of the document itself ("…, vol. 8, no. 04, pp. 3513–3521, Apr. 2024").

A header date whose day and month could be swapped (10.04.2020) is read the way the
document shows (lint/dates/numeric_order.py), else month first with a low confidence
and its evidence saying it is ambiguous. The result says how sure it is and why
("byline, line 41: 'Tuesday, October 3, 2023 6:12PM'"). Computed once per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lint.dates.datelines import ENTRY_GAP, LineDate, line_dates
from lint.dates.header import Article, article
from lint.dates.line_reader import Shape
from lint.dates.mentions import Convention, DateMention
from lint.dates.numeric_order import Order, readings, settle, swapped
from lint.dates.prose import Prose, prose
from lint.dates.self_citation import self_citation
from lint.dates.story_lists import LIST_GAP, PROSE_REACH, listed, outside_lists
from lint.document import Document
from lint.provenance.records import find_record
from lint.provenance.values import parse_iso

Source = Literal["record", "label", "byline", "date", "dateline", "url", "citation"]

_PROSE_WORDS = 15  # ... and has at least this many words of prose there
_BEFORE_DATELINE = 40  # words of prose above a dateline that make it not the article's opening
_EVIDENCE_CHARS = 80
_CONFIDENCE = {"label": 0.95, "byline": 0.9, "date": 0.85, "dateline": 0.85, "url": 0.6}
_UPDATED_CONFIDENCE = 0.75
_NO_TEXT_PENALTY = 0.15  # no article text follows the date line
_CITATION_CONFIDENCE = 0.8
_AMBIGUOUS_CONFIDENCE = 0.5  # a numeric date nothing in the document reads one way
_SOURCES: dict[Shape, Source] = {
    "label": "label",
    "byline": "byline",
    "date": "date",
    "dateline": "dateline",
    "listed": "date",
    "url": "url",
}
_WHAT = {
    "label": "labelled date",
    "byline": "byline",
    "date": "date line",
    "dateline": "dateline",
    "url": "address",
    "citation": "citation of the document",
}


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A document's own date: the mention, its line, where it comes from and how sure."""

    mention: DateMention
    line: int
    source: Source
    confidence: float = 1.0
    evidence: str = ""
    updated: bool = False  # only an "Updated …" date was shown
    order: Order = ""  # how the document's evidence read an ambiguous numeric date


def publication_date(document: Document, convention: Convention = "auto") -> PublicationDate | None:
    """Find the document's own date, by the order of evidence of the module doc."""
    key = ("publication_date", convention)
    return document.memo(key, lambda: _find(document, convention))


def _find(document: Document, convention: Convention) -> PublicationDate | None:
    recorded = _recorded_date(document)
    if recorded is not None:
        return recorded
    every = line_dates(document, convention)  # all of them show how numeric dates read
    dates = [d for d in every if not d.headed]
    header = _header_date(document, [d for d in dates if d.shape != "url"], every)
    if header is not None:
        return header
    address = _address(document, [d for d in dates if d.shape == "url"], every)
    if address is not None:
        return address
    cited = self_citation(document, convention)
    if cited is None:
        return None
    return PublicationDate(
        cited.mention,
        cited.line,
        "citation",
        _CITATION_CONFIDENCE,
        _evidence("citation", cited.line, document),
    )


def _recorded_date(document: Document) -> PublicationDate | None:
    """The record's `published` value, when valid to the month or day."""
    record = find_record(document)
    found = None if record is None or record.error else record.fields.get("published")
    iso = None if found is None else parse_iso(found.value)
    if record is None or found is None or iso is None or iso.month is None:
        return None
    in_text = record.origin == "front matter"
    start, end = document.line_span(found.line) if in_text else (0, 0)
    mention = DateMention(start, end, iso.year, iso.month, iso.day)
    where = f"{record.origin} record" + (f", line {found.line}" if in_text else f" {record.path}")
    return PublicationDate(mention, found.line if in_text else 1, "record", 1.0, where)


def _header_date(
    document: Document, dates: list[LineDate], every: list[LineDate]
) -> PublicationDate | None:
    """The date of the header: the article's own header first, else the first date line
    outside lists that text follows.

    Within the header (that line and the date lines right after it) a published date
    wins over an updated one.
    """
    if all(d.shape == "listed" for d in dates):
        return None
    text = prose(document)
    found = article(document.lines, text, {d.line for d in dates if d.shape != "dateline"})
    if found is not None:
        own = _article_header(dates, found, text)
        if own is not None:
            return _result(document, every, own, True)
    usable = [d for d in outside_lists(dates, text) if d.shape != "listed" and _fits(d, text)]
    if found is not None:  # the article's header has none: a date in no list
        usable = [d for d in usable if not listed(d, dates)]
    if not usable:
        return None
    followed = [d for d in usable if _text_after(d.line, text)]
    first = (followed or usable)[0]
    header = [d for d in usable if first.line <= d.line <= first.line + LIST_GAP]
    chosen = next((d for d in header if d.role == "published"), first)
    return _result(document, every, chosen, bool(followed))


def _address(
    document: Document, dates: list[LineDate], every: list[LineDate]
) -> PublicationDate | None:
    """The date in the page's own address, above any article text (an address among
    links below a story is another page's): the last evidence but a citation."""
    text = prose(document)
    own = [d for d in dates if text.between(1, d.line - 1) < _BEFORE_DATELINE]
    return _result(document, every, own[0], True) if own else None


def _article_header(dates: list[LineDate], found: Article, text: Prose) -> LineDate | None:
    """The date line of the article's header: the nearest one above its first line (unless
    it ends a list of other stories), else the first in its lead; a published date of the
    same entry wins over an updated one."""
    zone = [d for d in dates if d.shape != "listed" and found.in_header(d.line, text)]
    zone = [d for d in zone if d.line == found.start or _fits(d, text)]
    above = [d for d in zone if d.line < found.start]
    lead = [d for d in zone if d.line >= found.start]
    if above and (not listed(above[-1], dates) or _opens(above[-1], found, text)):
        anchor = above[-1]
    elif lead:
        anchor = lead[0]
    else:
        return None
    # the nearest published date: a list's last entry may stand two lines above
    entry = sorted(
        (d for d in zone if abs(d.line - anchor.line) <= ENTRY_GAP),
        key=lambda d: abs(d.line - anchor.line),
    )
    return (
        anchor
        if anchor.role == "published"
        else next((d for d in entry if d.role == "published"), anchor)
    )


def _opens(found: LineDate, article: Article, text: Prose) -> bool:
    """Whether only blank lines part a date line from the article's first paragraph: a
    list's entries are followed by the next entry, this one by the article itself."""
    return all(not text.lines[n - 1].strip() for n in range(found.line + 1, article.start))


def _fits(found: LineDate, text: Prose) -> bool:
    """A dateline opens the article text: no article text stands right before it (a
    cookie notice or a caption of a few words above the headline is none)."""
    if found.shape != "dateline":
        return True
    return text.between(found.line - PROSE_REACH, found.line - 1) < _BEFORE_DATELINE


def _text_after(line: int, text: Prose) -> bool:
    return text.between(line + 1, line + PROSE_REACH) >= _PROSE_WORDS


def _result(
    document: Document, dates: list[LineDate], found: LineDate, followed: bool
) -> PublicationDate:
    updated = found.role == "updated"
    confidence = _UPDATED_CONFIDENCE if updated else _CONFIDENCE[found.shape]
    confidence -= 0 if followed else _NO_TEXT_PENALTY
    what = "“Updated” date" if updated else _WHAT[found.shape]
    evidence = f"{what}, line {found.line}: '{found.text[:_EVIDENCE_CHARS]}'"
    mention = found.mention
    order: Order = ""
    if mention.ambiguous:
        order, why = settle(document, found, dates)
        mention = swapped(mention, order) if order else mention
        first = "day first" if order == "dmy" else "month first"
        evidence += f", read {first}: {why}" if order else _unsettled(mention)
        confidence = confidence if order else min(confidence, _AMBIGUOUS_CONFIDENCE)
    source = _SOURCES[found.shape]
    return PublicationDate(
        mention, found.line, source, round(confidence, 2), evidence, updated, order
    )


def _unsettled(mention: DateMention) -> str:
    """What the evidence says of a header date whose day and month could be swapped."""
    other = ", ".join(f"{d.day} {d:%B %Y}" for o, d in readings(mention).items() if o == "dmy")
    return f", ambiguous: read month first, it could be {other}" if other else ""


def _evidence(source: Source, line: int, document: Document) -> str:
    text = document.lines[line - 1].strip()[:_EVIDENCE_CHARS]
    return f"{_WHAT[source]}, line {line}: '{text}'"
