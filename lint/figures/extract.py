"""The figures of a document, extracted once and shared by every figures kind.

Lines are read in order. A short line without a full stop is a heading, and the
places it names are the topic of its section: "bilateral trade with China
reached $30 billion" under the heading "Kazakhstan" is China–Kazakhstan trade.
A figure whose subject stays incomplete, whose measure is unknown, or whose
period cannot be pinned down is left out rather than guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cached_property

from lint import text as textlib
from lint.document import Document
from lint.figures import clauses, counts, subjects, units
from lint.figures.clauses import Clause, Draft
from lint.figures.context import Count, Reader, resolve
from lint.figures.measures import COUNT_MEASURES, COUNT_STOPLIST
from lint.figures.numbers import Quantity, quantities
from lint.figures.periods import Period, periods
from lint.figures.record import Figure
from lint.figures.sentences import sentences

# (The lookahead on the first letter lets the scan skip most words at once.)
_HAS_NUMBER = re.compile(r"\d|\b(?=[hHtTmMbBrR])(?i:hundred|thousand|[mbtr]illion)\b")
_HEADING_CHARS = 70
_HEADING_WORDS = 10
_MAX_SENTENCE = 1500  # longer "sentences" are tables or run-on junk, not prose
_THEM_DISTANCE = 400  # "of them" refers to a count at most this many characters back
_CONVERSION = re.compile(r"\s*[(\[]\s*|\s*,\s*or\s+")
_OF_THESE = re.compile(r"\b(?:of|among)\s+(?:these|those|them|which|whom)\s*,?\s*$", re.I)


def figures(document: Document) -> tuple[Figure, ...]:
    """Return the figures of a document (computed once per document)."""
    return document.memo("figures", lambda: tuple(_extract(document)))


def _extract(document: Document) -> Iterator[Figure]:
    if not _HAS_NUMBER.search(document.text):
        return
    reader = Reader(document)
    starts = document.line_starts
    table = sentences(document)
    for index, line in enumerate(document.lines):
        if _is_heading(line):
            reader.set_heading(index, line)
        if not _HAS_NUMBER.search(line):
            continue
        first, last = starts[index], starts[index] + len(line)
        if not subjects.might_hold_figure(line):
            continue
        found = quantities(document.text, first, last)
        if not found:
            continue
        at = 0
        for start, end in table.within(first, last):
            inside = []
            while at < len(found) and found[at].start < end:
                if found[at].start >= start:
                    inside.append(found[at])
                at += 1
            if inside and end - start <= _MAX_SENTENCE:
                yield from _Sentence(reader, index, start, end).figures(inside)


def _is_heading(line: str) -> bool:
    """A short line that is not a sentence: a section heading ("Kazakhstan")."""
    if len(line) > 2 * _HEADING_CHARS:
        return False
    stripped = line.strip()
    if not stripped or len(stripped) > _HEADING_CHARS:
        return False
    words = len(stripped.split())
    if stripped.endswith("."):
        return words <= 4
    return words <= _HEADING_WORDS and not stripped.endswith((",", ";", ":", "!"))


class _Sentence:
    """One sentence: its quantities, and (when one of them needs it) its clauses and periods."""

    def __init__(self, reader: Reader, line: int, start: int, end: int) -> None:
        self.reader, self.line, self.start, self.end = reader, line, start, end
        self.text = reader.text
        self.owned: set[int] = set()
        self.segment = start

    @cached_property
    def periods(self) -> list[Period]:
        return periods(self.text, self.start, self.end, self.reader.published)

    @cached_property
    def measures(self) -> clauses.Measures:
        return subjects.measures(self.text, self.start, self.end)

    @cached_property
    def clauses(self) -> list[Clause]:
        return clauses.clauses(self.text, self.start, self.end)

    def figures(self, found: list[Quantity]) -> Iterator[Figure]:
        """The figures among the sentence's quantities."""
        drafts: list[Draft | None] = []
        for index, quantity in enumerate(found):
            clause = clauses.clause_of(self.clauses, quantity.start)
            following = found[index + 1].start if index + 1 < len(found) else self.end
            previous = found[index - 1].end if index else clause.start
            self.segment = max(previous, clause.start)
            if quantity.unit == "%" and index and _of_total(self.text, quantity, clause):
                draft = self._derived(quantity, found[index - 1], drafts[-1])
            elif index and _converts(self.text, found[index - 1], quantity, drafts[-1]):
                draft = _converted(drafts[-1], quantity)
            else:
                draft = self._draft(quantity, clause, min(following, clause.end))
            drafts.append(draft)
            figure = None if draft is None else self._complete(draft)
            if figure is not None:
                yield figure

    def _draft(self, quantity: Quantity, clause: Clause, next_start: int) -> Draft | None:
        if clauses.is_baseline(self.text, clause, quantity):
            return None
        measure, unit, extra, goods = self._measure(quantity, clause)
        if measure is None:
            return None
        unit += counts.rate(self.text, quantity, clause)
        period = clauses.choose_period(self.periods, quantity, next_start, self.owned)
        key = period.key if period is not None else clauses.tense_period(self.text, clause)
        if key is None:
            return None
        subject = subjects.subject(self.text, clause.start, clause.end, self.reader.words)
        places, names = subject.places, tuple(sorted(set(subject.names) | set(extra)))
        counted = self.reader.last_count
        if unit.startswith("count:") and counted is not None and counted.at == quantity.start:
            places = tuple(sorted(set(places) | set(counted.places)))
        return Draft(
            quantity, measure, unit, self.reader.stamp if key == "present" else key,
            clauses.mode(self.text, clause), places, names, clauses.needs(self.text, clause),
            quantity.value, quantity.low, quantity.high, quantity.bound, quantity.precision,
            quantity.words, timed=period is not None, clause=clause.start, goods=goods,
        )  # fmt: skip

    def _measure(
        self, quantity: Quantity, clause: Clause
    ) -> tuple[str | None, str, tuple[str, ...], str]:
        """The measure, unit, extra qualifiers and goods of a quantity; measure None drops it."""
        if quantity.unit == "%":
            match = self._nearest(quantity, clause, None)
            measure = None if match is None else match[2]
            unit = clauses.percent_unit(self.text, clause, quantity, measure)
            return (measure if unit else None), unit, (), ""
        if quantity.unit == "":
            return (*self._count(quantity, clause), "")
        if quantity.unit in ("magnitude", "pp"):
            return ("magnitude" if quantity.unit == "magnitude" else None), quantity.unit, (), ""
        kind = "physical" if quantity.unit in units.PHYSICAL else "money"
        match = self._nearest(quantity, clause, kind)
        if match is None:
            return None, quantity.unit, (), ""
        return match[2], quantity.unit, (), clauses.goods_of(self.text, clause, match)

    def _nearest(
        self, quantity: Quantity, clause: Clause, kind: str | None
    ) -> tuple[int, int, str] | None:
        """The quantity's measure; an earlier figure's only across function words."""
        stretch = self.text[self.segment : quantity.start]
        for period in self.periods:
            if self.segment <= period.start and period.end <= quantity.start:
                stretch = stretch.replace(self.text[period.start : period.end], " ")
        shared = all(w in textlib.STOPWORDS for w in textlib.words(stretch))
        return clauses.nearest_match(
            self.text, self.measures, clause, quantity, kind, self.segment, shared
        )

    def _count(self, quantity: Quantity, clause: Clause) -> tuple[str | None, str, tuple[str, ...]]:
        """A bare number: what it counts ("30 partner universities", "over 30 of them")."""
        whole = quantity.value == int(quantity.value) or quantity.precision > 1
        if quantity.value < 2 or not whole:
            return None, "", ()
        head = counts.count_head(self.text, quantity.end, clause.end, textlib.STOPWORDS)
        counted = counts.count_measure(self.measures, clause)
        before = max(self.start, quantity.start - 20)
        if _OF_THESE.search(self.text, before, quantity.start):
            return None, "", ()  # "of whom 4.1 million": a part, not the whole
        if head is None:
            return counted, "count:", ()
        reader = self.reader
        if head.lemma == "them":
            last = reader.last_count
            if last is None or quantity.start - last.at > _THEM_DISTANCE:
                return None, "", ()
            reader.last_count = Count(quantity.start, last.lemma, last.places, last.modifiers)
            return (last.lemma or counted), f"count:{last.lemma}", ()
        if head.lemma in COUNT_STOPLIST or f"{head.lemma}s" in COUNT_STOPLIST:
            return None, "", ()
        places = subjects.subject(self.text, clause.start, clause.end, reader.words).places
        reader.last_count = Count(quantity.start, head.lemma, places, head.modifiers)
        if head.lemma:  # "300 papers": the noun is the measure, whatever verb the clause has
            return head.lemma, f"count:{head.lemma}", head.modifiers
        return counted, "count:", head.modifiers

    def _derived(self, share: Quantity, total: Quantity, base: Draft | None) -> Draft | None:
        """ "China-Kazakh trade accounting for about 46% of the total" ($95 billion)."""
        if base is None or base.unit.startswith("%"):
            return None
        if share.bound not in ("exact", "approx") or base.bound not in ("exact", "approx"):
            return None
        clause = Clause(total.end, share.start)
        subject = subjects.subject(self.text, clause.start, clause.end, self.reader.words)
        if not subject.places:
            return None
        # "EU-China trade ..., with Germany accounting for 36%": Germany-China trade. The
        # share keeps the total's places but a region that holds the place it names.
        kept = [p for p in base.places if not subjects.contains(p, subject.places)]
        places = tuple(sorted(set(subject.places) | set(kept)))
        kind = "physical" if base.unit in units.PHYSICAL else "money"
        self.segment = clause.start
        match = self._nearest(share, clause, kind)
        measure = None if match is None else match[2]
        ratio = share.value / 100
        value = base.value * ratio
        precision = base.precision * ratio + share.precision / 100 * base.value
        bound = "approx" if "approx" in (share.bound, base.bound) else "exact"
        return Draft(
            share, measure or base.measure, base.unit, base.period, base.mode, places,
            subject.names, "", value, value, value, bound, precision,
            f"{share.words} of {total.words}", True,
        )  # fmt: skip

    def _complete(self, draft: Draft) -> Figure | None:
        """Fill places the clause only refers to; give up when they cannot be found.

        A count of things named only by people or organisations around them needs
        a counted measure (deaths, population): "1,493 soldiers" near "Holden" is too
        loosely tied to its names to compare.
        """
        context = (self.line, self.start, draft.clause)
        places = resolve(self.reader, draft.needs, draft.places, context)
        if places is None or not (places or draft.names):
            return None
        if not places and draft.unit.startswith("count") and draft.measure not in COUNT_MEASURES:
            return None
        quantity = draft.quantity
        where = self.reader.document.location(quantity.start, quantity.end)
        return Figure(
            quantity.start, quantity.end, where.line, where.column, where.end_line,
            where.end_column, draft.measure, draft.unit, draft.period or "", draft.mode, places,
            draft.names, draft.value, draft.low, draft.high, draft.bound, draft.precision,
            draft.stated, draft.derived, draft.timed, draft.goods,
        )  # fmt: skip


def _converts(text: str, before: Quantity, quantity: Quantity, draft: Draft | None) -> bool:
    """ "26 billion yuan ($3.6 billion)": the same figure in another currency."""
    return (
        draft is not None
        and units.is_currency(before.unit)
        and units.is_currency(quantity.unit)
        and _CONVERSION.fullmatch(text, before.end, quantity.start) is not None
    )


def _converted(draft: Draft | None, quantity: Quantity) -> Draft | None:
    """The converted figure: the first one's subject and period, its own value and unit."""
    if draft is None:
        return None
    return dataclasses.replace(
        draft,
        quantity=quantity,
        unit=quantity.unit,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        bound=quantity.bound,
        precision=quantity.precision,
        stated=quantity.words,
        derived=False,
    )


def _of_total(text: str, quantity: Quantity, clause: Clause) -> bool:
    return clauses.of_total(text, quantity, clause.end + 40) is not None
