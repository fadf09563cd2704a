"""The figures of a document, extracted once and shared by every figures kind.

Lines are read in order. A short line without a full stop is a heading, and the
places it names are the topic of its section: "bilateral trade with China
reached $30 billion" under the heading "Kazakhstan" is China–Kazakhstan trade.
"The two countries", "the region" and "the country" are completed from the
heading and the sentences just before; a figure whose subject stays incomplete,
or whose period cannot be pinned down, is left out rather than guessed.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lint import text as textlib
from lint.dating import publication_date
from lint.document import Document
from lint.figures import clauses, subjects
from lint.figures.clauses import Clause, Draft
from lint.figures.measures import COUNT_STOPLIST
from lint.figures.numbers import Quantity, quantities
from lint.figures.periods import Period, periods
from lint.figures.record import Figure

_HAS_NUMBER = re.compile(r"\d|(?i:\b(?:hundred|thousand|[mbtr]illion)\b)")
_HEADING_CHARS = 70
_HEADING_WORDS = 10
_MAX_SENTENCE = 1500  # longer "sentences" are tables or run-on junk, not prose
_CONTEXT_LINES = 2
_THEM_DISTANCE = 400
_OF_THESE = re.compile(r"\b(?:of|among)\s+(?:these|those|them|which|whom)\s*,?\s*$", re.I)  # "of them" refers to a count at most this many characters back


@dataclass
class _State:
    """What reading a document so far tells about the next sentence."""

    document: Document
    published: datetime.date | None
    stamp: str
    words: subjects.Vocabulary
    heading: tuple[str, ...] = ()
    heading_line: int = -1
    last_count: tuple[int, str, tuple[str, ...], tuple[str, ...]] | None = None
    owned: set[int] = field(default_factory=set)


def figures(document: Document) -> tuple[Figure, ...]:
    """Return the figures of a document (computed once per document)."""
    return document.memo("figures", lambda: tuple(_extract(document)))


def _extract(document: Document) -> Iterator[Figure]:
    text = document.text
    if not _HAS_NUMBER.search(text):
        return
    found = publication_date(document)
    published, stamp = None, "present"
    if found is not None:
        mention = found.mention
        published = datetime.date(mention.year, mention.month, mention.day or 1)
        stamp = f"present@{mention.iso()}"
    state = _State(document, published, stamp, subjects.vocabulary(text))
    starts = document.line_starts
    for index, line in enumerate(document.lines):
        if _is_heading(line):
            state.heading = subjects.subject(line, 0, len(line), state.words).places
            state.heading_line = index
        if not _HAS_NUMBER.search(line):
            continue
        for start, end in textlib.sentences(text, starts[index], starts[index] + len(line)):
            if end - start <= _MAX_SENTENCE:
                yield from _sentence(state, index, start, end)


def _is_heading(line: str) -> bool:
    """A short line that is not a sentence: a section heading ("Kazakhstan")."""
    stripped = line.strip()
    if not stripped or len(stripped) > _HEADING_CHARS:
        return False
    words = len(stripped.split())
    if stripped.endswith("."):
        return words <= 4
    return words <= _HEADING_WORDS and not stripped.endswith((",", ";", ":", "!"))


def _sentence(state: _State, line: int, start: int, end: int) -> Iterator[Figure]:
    text = state.document.text
    found = quantities(text, start, end)
    if not found:
        return
    spans = periods(text, start, end, state.published)
    parts = clauses.clauses(text, start, end)
    state.owned = set()
    drafts: list[Draft | None] = []
    for index, quantity in enumerate(found):
        clause = clauses.clause_of(parts, quantity.start)
        after = found[index + 1].start if index + 1 < len(found) else end
        draft = _draft(state, quantity, clause, spans, min(after, clause.end), found[:index],
                       drafts)
        drafts.append(draft)
        if draft is not None:
            figure = _complete(state, draft, line, start)
            if figure is not None:
                yield figure


def _draft(
    state: _State,
    quantity: Quantity,
    clause: Clause,
    spans: list[Period],
    next_start: int,
    earlier: list[Quantity],
    drafts: list[Draft | None],
) -> Draft | None:
    text = state.document.text
    if clauses.is_baseline(text, clause, quantity):
        return None
    if quantity.unit == "%" and clauses.of_total(text, quantity, clause.end + 40) and earlier:
        return _derived(state, quantity, earlier[-1], drafts[-1])
    measure, unit, names = _measure(state, quantity, clause)
    if measure is None:
        return None
    period = clauses.choose_period(spans, quantity, next_start, state.owned)
    key = period.key if period is not None else clauses.tense_period(text, clause)
    if key is None:
        return None
    subject = subjects.subject(text, clause.start, clause.end, state.words)
    places = subject.places
    if unit.startswith("count:") and state.last_count and state.last_count[0] == quantity.start:
        places = tuple(sorted(set(places) | set(state.last_count[2])))
    return Draft(
        quantity,
        measure,
        unit,
        state.stamp if key == "present" else key,
        clauses.mode(text, clause),
        places,
        tuple(sorted(set(subject.names) | set(names))),
        clauses.needs(text, clause),
        quantity.value,
        quantity.low,
        quantity.high,
        quantity.bound,
        quantity.precision,
        quantity.words,
    )


def _measure(
    state: _State, quantity: Quantity, clause: Clause
) -> tuple[str | None, str, tuple[str, ...]]:
    """The measure, unit and extra qualifiers of a quantity; measure None drops it."""
    text = state.document.text
    if quantity.unit == "%":
        measure = clauses.nearest_measure(text, clause, quantity.start, quantity.end)
        unit = clauses.percent_unit(text, clause, quantity, measure)
        return (measure if unit else None), unit, ()
    if quantity.unit == "":
        return _count(state, quantity, clause)
    if quantity.unit == "magnitude":
        return "magnitude", quantity.unit, ()
    if quantity.unit == "pp":
        return None, "", ()
    return clauses.nearest_measure(text, clause, quantity.start, quantity.end), quantity.unit, ()


def _count(
    state: _State, quantity: Quantity, clause: Clause
) -> tuple[str | None, str, tuple[str, ...]]:
    text = state.document.text
    whole = quantity.value == int(quantity.value) or quantity.precision > 1
    if quantity.value < 2 or not whole:
        return None, "", ()
    head = clauses.count_head(text, quantity.end, clause.end, textlib.STOPWORDS)
    counted = clauses.count_measure(text, clause)
    if head is None and _OF_THESE.search(text, max(0, quantity.start - 20), quantity.start):
        head = clauses.Head("them", (), quantity.end)
    if head is None:
        return counted, "count:", ()
    if head.lemma == "them":
        last = state.last_count
        if last is None or quantity.start - last[0] > _THEM_DISTANCE:
            return None, "", ()
        state.last_count = (quantity.start, last[1], last[2], last[3])
        return counted or last[1], f"count:{last[1]}", ()
    if head.lemma in COUNT_STOPLIST or f"{head.lemma}s" in COUNT_STOPLIST:
        return None, "", ()
    places = subjects.subject(text, clause.start, clause.end, state.words).places
    state.last_count = (quantity.start, head.lemma, places, head.modifiers)
    return counted or head.lemma or None, f"count:{head.lemma}", head.modifiers


def _derived(
    state: _State, share: Quantity, total: Quantity, base: Draft | None
) -> Draft | None:
    """ "China-Kazakh trade accounting for about 46% of the total" ($95 billion)."""
    if base is None or base.unit.startswith("%"):
        return None
    text = state.document.text
    clause = Clause(total.end, share.start)
    subject = subjects.subject(text, clause.start, clause.end, state.words)
    if not subject.places:
        return None
    measure = clauses.nearest_measure(text, clause, share.start, share.end) or base.measure
    ratio = share.value / 100
    value = base.value * ratio
    precision = base.precision * ratio + share.precision / 100 * base.value
    bound = "approx" if "approx" in (share.bound, base.bound) else "exact"
    if share.bound not in ("exact", "approx") or base.bound not in ("exact", "approx"):
        return None
    stated = f"{share.words} of {total.words}"
    return Draft(share, measure, base.unit, base.period, base.mode, subject.places,
                 subject.names, "", value, value, value, bound, precision, stated, True)


def _complete(state: _State, draft: Draft, line: int, sentence: int) -> Figure | None:
    """Fill places the clause only refers to; give up when they cannot be found."""
    places = _resolve(state, draft, line, sentence)
    if places is None or not (places or draft.names):
        return None
    document = state.document
    where = document.location(draft.quantity.start, draft.quantity.end)
    return Figure(
        draft.quantity.start,
        draft.quantity.end,
        where.line, where.column, where.end_line, where.end_column, draft.measure, draft.unit,
        draft.period or "", draft.mode, places, draft.names, draft.value, draft.low,
        draft.high, draft.bound, draft.precision, draft.stated, draft.derived,
    )


def _resolve(state: _State, draft: Draft, line: int, sentence: int) -> tuple[str, ...] | None:
    """The draft's places, completed from the context when the clause only refers to them."""
    places = list(draft.places)
    if not draft.needs or _satisfied(draft.needs, places):
        return tuple(places)
    for place in _context(state, line, sentence):
        if place in places:
            continue
        if draft.needs == "pair" or (draft.needs == "region") == subjects.is_region(place):
            places.append(place)
        if _satisfied(draft.needs, places):
            return tuple(sorted(places))
    return None


def _satisfied(needs: str, places: list[str]) -> bool:
    if needs == "pair":
        return len(places) >= 2
    if needs == "region":
        return any(subjects.is_region(p) for p in places)
    return any(not subjects.is_region(p) for p in places)


def _context(state: _State, line: int, sentence: int) -> Iterator[str]:
    """Places the text refers back to: the section heading's, then the nearest before."""
    yield from state.heading
    document = state.document
    first = max(line - _CONTEXT_LINES, state.heading_line + 1, 0)
    begin = document.line_starts[first]
    spans = list(textlib.sentences(document.text, begin, sentence))
    for start, end in reversed(spans):
        found = subjects.subject(document.text, start, end, state.words).places
        yield from found
