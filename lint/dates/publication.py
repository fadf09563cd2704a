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
   the body;
3. a citation of the document itself ("…, vol. 8, no. 04, pp. 3513–3521, Apr. 2024").

A header date whose day and month could be swapped (10.04.2020) is read the way the
document shows (lint/dates/numeric_order.py), else month first with a low confidence
and its evidence saying it is ambiguous. The result says how sure it is and why
("byline, line 41: 'Tuesday, October 3, 2023 6:12PM'"). Computed once per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from lint.dates.datelines import LineDate, Shape, line_dates
from lint.dates.header import Article, article
from lint.dates.mentions import Convention, DateMention
from lint.dates.numeric_order import Order, readings, settle, swapped
from lint.dates.prose import Prose, prose
from lint.dates.self_citation import self_citation
from lint.document import Document
from lint.provenance.records import find_record
from lint.provenance.values import parse_iso

Source = Literal["record", "label", "byline", "date", "dateline", "citation"]

_LIST_GAP = 20  # date lines this close together belong to one block
_PROSE_REACH = 30  # article text follows a header date within this many lines
_PROSE_WORDS = 15  # ... and has at least this many words of prose there
_ENTRY_SPACING = 6  # the entries of a list of other stories are this close
_LIST_ENTRIES = 2  # different dates close together make a list
_ENTRY_GAP = 2  # date lines this close are one entry ("Published …" over "Updated …")
_TEXT_BETWEEN = 40  # words of prose that part a header date from a list right after it
_ARTICLE_WORDS = 100  # words of prose that follow a header date right after a list
_EVIDENCE_CHARS = 80
_CONFIDENCE = {"label": 0.95, "byline": 0.9, "date": 0.85, "dateline": 0.85}
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
}
_WHAT = {
    "label": "labelled date",
    "byline": "byline",
    "date": "date line",
    "dateline": "dateline",
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
    header = _header_date(document, line_dates(document, convention))
    if header is not None:
        return header
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


def _header_date(document: Document, dates: list[LineDate]) -> PublicationDate | None:
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
            return _result(document, dates, own, True)
    usable = [d for d in _outside_lists(dates, text) if d.shape != "listed" and _fits(d, text)]
    if found is not None:  # the article's header has none: a date in no list
        usable = [d for d in usable if not _listed(d, dates)]
    if not usable:
        return None
    followed = [d for d in usable if _text_after(d.line, text)]
    first = (followed or usable)[0]
    header = [d for d in usable if first.line <= d.line <= first.line + _LIST_GAP]
    chosen = next((d for d in header if d.role == "published"), first)
    return _result(document, dates, chosen, bool(followed))


def _article_header(dates: list[LineDate], found: Article, text: Prose) -> LineDate | None:
    """The date line of the article's header: the nearest one above its first line (unless
    it ends a list of other stories), else the first in its lead; a published date of the
    same entry wins over an updated one."""
    zone = [d for d in dates if d.shape != "listed" and found.in_header(d.line, text)]
    zone = [d for d in zone if d.line == found.start or _fits(d, text)]
    above = [d for d in zone if d.line < found.start]
    lead = [d for d in zone if d.line >= found.start]
    if above and (not _listed(above[-1], dates) or _opens(above[-1], found, text)):
        anchor = above[-1]
    elif lead:
        anchor = lead[0]
    else:
        return None
    # the nearest published date: a list's last entry may stand two lines above
    entry = sorted(
        (d for d in zone if abs(d.line - anchor.line) <= _ENTRY_GAP),
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


def _listed(found: LineDate, dates: list[LineDate]) -> bool:
    """Whether a date line is an entry of a list of other stories (or of comments).

    Its neighbours are the date lines chained to it, each within `_ENTRY_SPACING` lines
    of the next, apart from its own entry (a line right next to it, or an "Updated" line
    beside a "Published" one). It is listed when they show other dates and it is shaped
    and spaced as they are (a date ending a line after words, "Title 2019-08-05", is
    shaped as another such line): a header's byline or labelled date under a list of
    bare dates, a bare date under a list of titles with dates, or a date line further
    from a list than its entries are from each other, is the header's own.
    """
    own = {
        d.line
        for d in dates
        if abs(d.line - found.line) <= 1
        or (abs(d.line - found.line) <= _ENTRY_SPACING and d.role != found.role)
    }
    chain = [found]
    for side in (
        list(reversed([d for d in dates if d.line < found.line])),
        [d for d in dates if d.line > found.line],
    ):
        near = [d for d in side if d.line not in own]
        steps = _chained(found.line, near)
        titled = found.trailing and all(d.trailing for d, _ in steps)
        if len(steps) >= 2 and steps[0][1] != steps[1][1] and not titled:
            continue  # it stands apart from a list spaced evenly: a header beside the list
        chain += [d for d, _ in steps]
    if len({d.mention.iso() for d in chain}) < _LIST_ENTRIES:
        return False
    titled = not found.trailing and all(d.trailing for d in chain[1:])
    if found.shape == "listed" or (found.shape == "date" and not titled):
        return True
    return any(d.shape == found.shape or (d.trailing and found.trailing) for d in chain[1:])


def _chained(line: int, side: list[LineDate]) -> list[tuple[LineDate, int]]:
    """The date lines of `side` (nearest first) chained to `line`, with each step's gap."""
    steps: list[tuple[LineDate, int]] = []
    edge = line
    for near in side:
        gap = abs(edge - near.line)
        if gap > _ENTRY_SPACING:
            break
        steps.append((near, gap))
        edge = near.line
    return steps


def _fits(found: LineDate, text: Prose) -> bool:
    """A dateline opens the article text: no prose stands right before it."""
    if found.shape != "dateline":
        return True
    return text.between(found.line - _PROSE_REACH, found.line - 1) == 0


def _outside_lists(dates: list[LineDate], text: Prose) -> list[LineDate]:
    """Date lines not in a list of other stories, comments or an archive.

    A list is a block of entries (date lines, each within `_LIST_GAP` lines of the
    next; lines at most `_ENTRY_GAP` apart are one entry, as a header's published and
    updated lines are) that shows different published dates. A header date next to
    one is not part of it: the first entry when article text parts it from the next,
    the last when the article follows it and it is shaped or spaced unlike the list,
    and the one labelled date right under the article ("This story was published on …")
    among entries that carry no label.
    """
    kept: list[LineDate] = []
    for block in _blocks(dates, _LIST_GAP):
        entries = _blocks(block, _ENTRY_GAP)
        if not _is_list(entries):
            kept.extend(block)
            continue
        if text.between(entries[0][-1].line + 1, entries[1][0].line - 1) >= _TEXT_BETWEEN:
            kept.extend(entries[0])
        kept.extend(d for d in _closing(entries, text) if d not in kept)
        if _ends_list(entries, text):
            kept.extend(entries[-1])
    return sorted(kept, key=lambda d: d.line)


def _blocks(dates: list[LineDate], gap: int) -> list[list[LineDate]]:
    """Runs of date lines, each within `gap` lines of the one before."""
    runs: list[list[LineDate]] = []
    for found in dates:
        if runs and found.line - runs[-1][-1].line <= gap:
            runs[-1].append(found)
        else:
            runs.append([found])
    return runs


def _is_list(entries: list[list[LineDate]]) -> bool:
    shown = [next((d.mention.iso() for d in e if d.role == "published"), "") for e in entries]
    return len([s for s in shown if s]) >= 2 and len({s for s in shown if s}) >= 2


def _closing(entries: list[list[LineDate]], text: Prose) -> list[LineDate]:
    """The labelled date right under an article ("This story was published on …"), when
    it is the only labelled entry of its block (comments and other stories carry none)."""
    labelled = [d for entry in entries for d in entry if d.shape == "label"]
    if len(labelled) != 1:
        return []
    line = labelled[0].line
    return labelled if text.between(line - _PROSE_REACH, line - 1) >= _ARTICLE_WORDS else []


def _ends_list(entries: list[list[LineDate]], text: Prose) -> bool:
    """Whether the last entry is the header of the article that follows the list."""
    head, tail = entries[0][0].line, entries[-1][-1].line
    before = text.between(head - _PROSE_REACH, head - 1)
    if before >= _ARTICLE_WORDS or text.between(tail + 1, tail + _PROSE_REACH) < _ARTICLE_WORDS:
        return False  # a list inside an article, or one no article follows
    listed = {d.shape for entry in entries[:-1] for d in entry}
    if any(d.shape not in listed for d in entries[-1]):
        return True
    starts = [entry[0].line for entry in entries]
    gaps = [b - a for a, b in pairwise(starts)]
    return len(gaps) >= 2 and gaps[-1] != gaps[-2]


def _text_after(line: int, text: Prose) -> bool:
    return text.between(line + 1, line + _PROSE_REACH) >= _PROSE_WORDS


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
