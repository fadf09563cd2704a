"""Calendar dates in text, and a document's own publication date.

Shared by the dates, provenance and figures families: figures resolve "last year"
against the publication date, the dates family reports documents without one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from lint.document import Document
from lint.provenance.records import body_start_line, find_record
from lint.provenance.values import parse_iso

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_FORMS = {
    # 2025-06-25, 2025/06/25, 2025.06.25: one separator, used twice.
    "iso": rf"\b{_YEAR}(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d|[-/.]\d)",
    # 06/25/2025, 25.06.2025, 25-06-2025.
    "numeric": r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:1[6-9]|20)\d\d)\b",
    "mdy": rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    "dmy": rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",
    "my": rf"\b{_MONTH},?\s+{_YEAR}\b",
}
_DATE = re.compile(
    "|".join(
        f"(?P<{k}>{v.replace('?P<', f'?P<{k}_').replace('?P=', f'?P={k}_')})"
        for k, v in _FORMS.items()
    ),
    re.IGNORECASE,
)

Convention = Literal["auto", "mdy", "dmy"]
_YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d\d")
_REACH_BEFORE = 64  # "Wednesday, 12th of September, " and more fit before the year
_REACH_AFTER = 12  # "-06-25" and the character after it fit after the year


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date written in the text, as a half-open span.

    `day` is None for a month-and-year date ("Apr. 2024"). `valid` is False for a
    date that does not exist (31 April). `ambiguous` is True for a numeric date
    whose day and month could be swapped (03/04/2025) under the `auto` convention.
    """

    start: int
    end: int
    year: int
    month: int
    day: int | None
    valid: bool = True
    ambiguous: bool = False

    @property
    def date(self) -> datetime.date | None:
        """The date, for a valid day-precision mention."""
        if self.day is None or not self.valid:
            return None
        return datetime.date(self.year, self.month, self.day)

    def iso(self) -> str:
        """YYYY-MM-DD, or YYYY-MM for a month-precision date."""
        head = f"{self.year:04d}-{self.month:02d}"
        return head if self.day is None else f"{head}-{self.day:02d}"


def find_dates(
    text: str, start: int = 0, end: int | None = None, convention: Convention = "auto"
) -> Iterator[DateMention]:
    """Yield the calendar dates in `text[start:end]` (full dates and month-year dates).

    Every form holds a four-digit year, so the full pattern runs only in a window
    around each year: the same mentions as a scan of the whole text, far faster.
    """
    stop = len(text) if end is None else end
    cursor = start
    for year in _YEAR_DIGITS.finditer(text, start, stop):
        if year.start() < cursor:
            continue
        low = max(cursor, year.start() - _REACH_BEFORE)
        for match in _DATE.finditer(text, low, min(stop, year.end() + _REACH_AFTER)):
            if match.start() > year.start():
                break
            if match.end() >= year.end():
                cursor = match.end()
                mention = _mention(match, convention)
                if mention is not None:
                    yield mention
                break


def _mention(match: re.Match[str], convention: Convention) -> DateMention | None:
    form = match.lastgroup or ""
    g = match.groupdict()
    year = int(g[f"{form}_year"])
    ambiguous = False
    day: int | None
    if form == "iso":
        month, day = int(g["iso_m"]), int(g["iso_d"])
    elif form == "numeric":
        month, day, ambiguous = _numeric(int(g["numeric_a"]), int(g["numeric_b"]), convention)
    else:
        month = MONTHS[g[f"{form}_month"].lower()]
        day = int(g[f"{form}_day"]) if form in ("mdy", "dmy") else None
    if not 1 <= month <= 12:
        return None
    return DateMention(
        match.start(),
        match.end(),
        year,
        month,
        day,
        valid=_exists(year, month, day),
        ambiguous=ambiguous,
    )


def _numeric(first: int, second: int, convention: Convention) -> tuple[int, int, bool]:
    """Return (month, day, ambiguous) for `first/second/year`."""
    if first > 12 >= second:
        return second, first, False
    if second > 12 >= first:
        return first, second, False
    if convention == "dmy":
        return second, first, False
    return first, second, convention == "auto" and first != second


def _exists(year: int, month: int, day: int | None) -> bool:
    if day is None:
        return True
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A document's own date: the mention and where it was found (`header`, `label`, ...)."""

    mention: DateMention
    line: int
    source: Literal["record", "label", "header", "dateline", "citation"]


# NOTE: a label in quotation marks ("Updated 17 March 2018") quotes something else.
_LABEL = re.compile(
    r"^[^\w\"'“‘]*(?:this\s+(?:article|story|page|post|piece|report)\s+(?:was\s+)?)?(?:first\s+)?"
    r"(?:published|posted|date[d:]?|released|issued|updated|last\s+updated|modified|created|"
    r"written)\b",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_BYLINE_NOISE = re.compile(
    r"\b(?:published|posted|updated|last|first|on|at|by|date[d]?|released|issued|am|pm|a\.m|"
    r"p\.m|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|jst|hkt|sgt|edition|[0-2]?\d[:.][0-5]\d)\b",
    re.IGNORECASE,
)
# "WASHINGTON, June 25, 2025 (Reuters) — …": a place in capitals, the date, a dash.
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s*)?")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[—–-]")
_CITATION_MARK = re.compile(r"\b(?:vol\.|no\.|pp\.|doi|issn|journal|j\.)", re.IGNORECASE)
_STRONG_MARK = re.compile(r"\b(?:vol\.|pp\.|doi\b|issn\b)", re.IGNORECASE)
_CITATION_LENGTH = 400
_SHORT_TITLE = 8  # a title shorter than this is too common a phrase to recognise
_FUZZY_TITLE = 20  # a title this long may be matched approximately
_BODY_LENGTH = 200  # a line this long is body prose: the header is over
_HEADER_LINES = 15  # header lines (title, standfirst, byline, date) are looked at, at most
_LABEL_LINES = 30  # a "Published …" label is looked for this far down
_TAIL_LINES = 5  # and among the last lines, where some sites print it
_SOURCE_RANK = {"record": 0, "label": 1, "header": 2, "dateline": 3, "citation": 4}


def publication_date(document: Document, convention: Convention = "auto") -> PublicationDate | None:
    """Find the document's own date: its provenance record, else a date in its text.

    A valid `published` value in the record (front matter, sidecar or manifest; see
    lint/provenance/records.py) wins. In the text, a year or date inside body prose is never
    taken: only short header lines before the first body paragraph, "Published …"
    labels near the top, a dateline opening the first paragraph, and a citation line
    of the document itself (one that repeats its title, as papers print at the end)
    are read. Front matter is not text. Computed once per document.
    """
    key = ("publication_date", convention)
    return document.memo(key, lambda: _find_publication_date(document, convention))


def _find_publication_date(document: Document, convention: Convention) -> PublicationDate | None:
    recorded = _recorded_date(document)
    if recorded is not None:
        return recorded
    lines, offsets = document.lines, document.line_starts
    skip = body_start_line(document) - 1
    found: list[PublicationDate] = []
    body = _first_body_line(lines, skip)
    for index in range(skip, min(len(lines), skip + _LABEL_LINES)):
        line = lines[index]
        kind = _line_kind(line, index - skip, body - skip)
        if kind is None:
            continue
        for mention in find_dates(line, convention=convention):
            if mention.valid and _fits(kind, line, mention, index - skip):
                found.append(PublicationDate(_shift(mention, offsets[index]), index + 1, kind))
                break
    found.extend(
        _tail_labels(lines, offsets, convention, max(skip + _LABEL_LINES, len(lines) - _TAIL_LINES))
    )
    found.extend(_self_citations(lines, offsets, convention, skip))
    if not found:
        return None
    published = [f for f in found if not _UPDATED.match(lines[f.line - 1])] or found
    return min(published, key=lambda f: (_SOURCE_RANK[f.source], f.line))


def _tail_labels(
    lines: list[str], offsets: list[int], convention: Convention, first: int
) -> Iterator[PublicationDate]:
    """A "This article was published on …" line closing the text, as some sites print it."""
    for index in range(first, len(lines)):
        line = lines[index]
        if len(line) >= _BODY_LENGTH or not _LABEL.match(line):
            continue
        for mention in find_dates(line, convention=convention):
            if mention.valid and _fits("label", line, mention, index):
                yield PublicationDate(_shift(mention, offsets[index]), index + 1, "label")
                break


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
    return PublicationDate(mention, found.line if in_text else 1, "record")


def _first_body_line(lines: list[str], skip: int) -> int:
    for index in range(skip, len(lines)):
        if len(lines[index]) >= _BODY_LENGTH:
            return index
    return len(lines)


def _line_kind(line: str, index: int, body: int) -> Literal["label", "header", "dateline"] | None:
    if _LABEL.match(line):
        return "label"
    if index < min(body, _HEADER_LINES) and len(line) < _BODY_LENGTH:
        return "header"
    if index == body:
        return "dateline"
    return None


def _fits(kind: str, line: str, mention: DateMention, index: int) -> bool:
    """Whether a date on a candidate line is the document's date, by where it stands."""
    dateline = bool(_DATELINE_BEFORE.fullmatch(line[: mention.start])) and bool(
        _DATELINE_AFTER.match(line, mention.end)
    )
    if kind == "dateline" or dateline:
        return dateline
    label = _LABEL.match(line) if kind == "label" else None
    if label is not None and label.end() <= mention.start:  # "This article was published on"
        line, mention = line[label.end() :], _shift(mention, -label.end())
    words = _other_words(line, mention)
    if index == 0 and kind == "header":  # a title that merely names a date is not one
        return words == 0
    return words <= 2 or (words <= 6 and not line.rstrip().endswith((".", "?", "!")))


def _other_words(line: str, mention: DateMention) -> int:
    """Words on the line besides the date and byline noise (labels, times, zones)."""
    rest = line[: mention.start] + " " + line[mention.end :]
    return len(re.findall(r"[^\W\d_]+", _BYLINE_NOISE.sub(" ", rest)))


def self_citation(document: Document, convention: Convention = "auto") -> PublicationDate | None:
    """The date on a line of the text that cites the document itself, if there is one."""
    skip = body_start_line(document) - 1
    lines, offsets = document.lines, document.line_starts
    return next(_self_citations(lines, offsets, convention, skip), None)


def _self_citations(
    lines: list[str], offsets: list[int], convention: Convention, skip: int
) -> Iterator[PublicationDate]:
    """Dates on a line that cites this very document: its title plus journal marks."""
    title = lines[skip].strip().lower() if len(lines) > skip else ""
    if len(title) < _SHORT_TITLE:
        return
    for index in range(len(lines) - 1, skip, -1):
        line = lines[index]
        if not _looks_like_citation(line) or not _cites(title, line.lower()):
            continue
        for mention in find_dates(line, convention=convention):
            if mention.valid:
                yield PublicationDate(_shift(mention, offsets[index]), index + 1, "citation")
                return


def _cites(title: str, line: str) -> bool:
    """A long title nearly as written; a short one only exactly, in quotation marks."""
    if len(title) >= _FUZZY_TITLE:
        return fuzz.partial_ratio(title, line) >= 90
    return any(f"{q}{title}{e}" in line for q, e in ("“”", '""', "‘’"))


def _looks_like_citation(line: str) -> bool:
    """A short line with journal marks: "vol. 8, no. 04, pp. 3513-3521", a DOI."""
    return (
        len(line) < _CITATION_LENGTH
        and _STRONG_MARK.search(line) is not None
        and len(_CITATION_MARK.findall(line)) >= 2
    )


def _shift(mention: DateMention, offset: int) -> DateMention:
    return DateMention(
        mention.start + offset,
        mention.end + offset,
        mention.year,
        mention.month,
        mention.day,
        mention.valid,
        mention.ambiguous,
    )
