"""Figure conflict: the same quantity stated two ways, in one document or across the corpus.

Flags:
    A figure (a trade volume, a price, a stake, a toll, a vote, a magnitude) stated
    again, in this document or another, with a value that cannot be the same number;
    in `wording` mode, two compatible figures that bound one number differently
    ("over 30" and "around 30"). Each side is reported with the other as related.

Why:
    Documents about one subject repeat the same facts, and sources disagree or copy
    wrongly. A reader of the corpus, or a model trained on it, cannot tell which
    value is right; the curator can, once the two places are side by side.

Parameters:
    Two ways find the same figure twice. **Keys**: each document is reduced to its
    figures, each with its value and bound ("about", "over", ranges), unit, period
    ("in 2022", "as of 2024", "last year" against the document's date) and subject
    (the places and measure its clause attaches it to, with "the two countries" and
    section headings resolved); shares become figures too ("about 46% of the $95
    billion total" states about $43.7 billion). Figures are indexed by (measure,
    unit, period, places) and compared within one key; present-tense figures only
    within one document or between documents of one day. A value stands for an
    interval (half a unit of its last digit, `approximate` around "about", open
    beyond "over"), widened by `tolerance` except on the side a bound states and for
    percentages. **Restatements** (`restatements`, any subject): sentences indexed
    by the three words around each number, numbers masked to their unit ("mln
    dlrs", "pct", "$", "bpd", "N.Z. Dlrs", fractions such as "7-1/4" and number words
    such as "six pct" read as the press writes them), a frame that three documents
    or more fill with three values or more, out to two words on each side of the
    number, being a template and not a restatement
    (wire copy's stock phrases right around a number, "a 35 pct increase in", are
    no template); a pair sharing a key is aligned word by word, and numbers in the same
    place are compared when the sentences agree enough (`evidence`: common runs
    weighed, a name 2, a word 1, a stopword 0.25, an equal number 2), the words
    right around the number agree, and no other name or time stands beside it on
    both sides. Bounds stated alike must agree to the digits written, give or take
    `rounding`; two points ("about" or exact) agree only when one is the other
    rounded to its last significant digit ("about 43 billion" and 42.91 billion do,
    "about 410 mln" and 401 mln do not); a sentence that says "today" or a weekday
    (or "the latest" week) is compared with another document's only when both
    documents bear the same date,
    and a running total ("has already killed 1,000", "the toll rose to 17") reported
    higher on a later day is an update. **Paraphrases** (`paraphrase_evidence`): each
    number is indexed by its family (its unit, the noun it counts, or a toll), the
    stems around it and its bound ("up to", "about"). Within one story the stems weigh
    by the story's own numbers, whatever else is linted; a figure told twice in one
    story, dated or not (the two close with no other value of their family and size, or
    two digits swapped; one precise) needs only one shared stem, the lead's figure told
    again later (of its size, one value precise) the evidence of two stories, and a
    value the story tells twice, or a pair too weak to be one figure, is no closer match
    that hides a third, other telling; two values the story tells twice each are two
    figures; a sentence of one story that breaks a total into more than three parts is
    never the closer match, "of the total" is of whatever the other says, and a number
    that does not say what it is "of" measures what the other does. A time dates the
    number it follows ("4.5 billion at end-April from 4.4 billion in March"), and
    a source's name ("officials said") is no other subject. In both ways a figure with
    an earlier-period word beside it ("previous", "prior", "before the increase") that
    the other statement lacks is another period.
    Two stories of one day are compared when their names say they are about one event,
    or, when they are wire briefs too short to tell by their names, when a name beside
    both numbers or twice the evidence in rare stems ties distinctive values of one size
    stated in prose. Two undated stories are compared only when they state two precise
    values alike (one report sent twice), and then only for slips (close values, or two
    digits swapped).

Passes:
    Trade reached $70 billion in 2022. / Trade surpassed $70 billion in 2022.
    The offer values the company at 7-1/4 dlrs a share. / ... at 7.25 dlrs a share.

Fails:
    China-Kazakhstan trade reached $43 billion in 2024. / In 2024, trade between
    China and Kazakhstan reached $30 billion.
    Smith told reporters that Acme agreed to be bought for about 410 mln dlrs. /
    Smith told reporters that Acme agreed to be bought for about 401 mln dlrs.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.document import Document
from lint.figures import keyed, paraphrase, record, restate
from lint.figures.extract import figures
from lint.figures.index import Source
from lint.figures.record import Figure
from lint.figures.restate import Side
from lint.figures.statements import Statement, document_date, names, statements
from lint.finding import CorpusHit, Location, Related
from lint.index.counts import CorpusCounts

NAME = "figure_conflict"
SCOPE = "corpus"
PLACEHOLDERS = {
    "figure": "what the figure is: 'China–Kazakhstan trade in 2024', or the words around it",
    "subject": "what the figure measures ('China–Kazakhstan trade'), or the words around it",
    "period": "the period it refers to ('in 2024', 'at present'; empty for a restatement)",
    "value": "this figure's value, with its bound ('about $43.7 billion')",
    "other_value": "the first other figure's value",
    "stated": "this figure as written ('around 30')",
    "other_stated": "the first other figure as written",
    "other": "where the first other figure is ('line 16' or 'path:line')",
    "count": "how many other figures disagree with this one",
}


class Params(BaseModel):
    """Parameters of the figure-conflict kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["contradiction", "wording"] = Field(
        default="contradiction",
        description="contradiction: values that cannot both be right; wording: one number "
        "with bounds that disagree ('over 30' and 'around 30').",
    )
    tolerance: float = Field(
        default=0.05, ge=0, le=0.5, description="Relative slack added to every keyed interval."
    )
    approximate: float = Field(
        default=0.1,
        ge=0,
        le=0.5,
        description="How far a value given as 'about' or 'around' may be from the truth.",
    )
    name_similarity: int = Field(
        default=85,
        ge=50,
        le=100,
        description="rapidfuzz token-set ratio at which two other names count as the same.",
    )
    across_documents: bool = Field(
        default=True, description="Compare figures of different documents, not only within one."
    )
    restatements: bool = Field(
        default=True,
        description="Also compare the numbers of sentences whose words agree (contradiction "
        "mode only), whatever their subject.",
    )
    evidence: float = Field(
        default=5.0,
        ge=1,
        le=50,
        description="How much two sentences must share to be one statement: the weight of "
        "their common runs of words (a name 2, a word 1, a stopword 0.25, an equal number 2).",
    )
    paraphrase_evidence: float = Field(
        default=4.0,
        ge=1,
        le=50,
        description="How much two numbers stated in other words must share to be one figure: "
        "the weight of the rare stems around them (a name or a nearby number 1.5, a word 1, "
        "more for a stem few numbers share); twice as much within one document.",
    )
    rounding: float = Field(
        default=0.0,
        ge=0,
        le=0.2,
        description="Relative slack beyond the written precision when two restated values "
        "are compared (0: '22.5 pct' and '22.6 pct' differ, '43 billion' and '42.91 "
        "billion' agree, 'about 410 mln' and '401 mln' differ: 401 rounds to 400).",
    )
    max_related: int = Field(
        default=5, ge=1, le=50, description="At most this many other figures listed per finding."
    )


@dataclass(frozen=True, slots=True)
class Extract:
    """What one document gives: its keyed figures, its statements, its date and names."""

    figures: tuple[Figure, ...]
    statements: tuple[Statement, ...]
    date: str
    names: str
    within: bool = True


# The extract, as the cache stores and validates it (lint.codec).
Summary = Extract


def extract(document: Document, params: Params) -> Summary | None:
    """Return the document's figures and statements (None when it has neither)."""
    found = figures(document)
    restated: tuple[Statement, ...] = ()
    if params.restatements and params.mode == "contradiction":
        restated = statements(document)
    if not found and not restated:
        return None
    date = document_date(document) if restated else ""
    within = not analyse(document).lists if restated else True
    return Extract(found, restated, date, names(document) if restated else "", within)


def indexable(params: Params) -> bool:
    """Whether a focused run can be answered from the index: keyed figures only.

    Restatements are told from lists and templates by how their words are filled
    across the whole corpus, which no key of one document's answers.
    """
    return not (params.restatements and params.mode == "contradiction")


def index_keys(summary: Summary, params: Params) -> Iterable[int]:
    """The keys the aggregate compares figures by, of the figures compared across documents."""
    settings = _settings(params)
    return {_key_hash(f.key()) for f in summary.figures if keyed.across(f, settings)}


def index_holders(params: Params) -> int | None:
    """Every document stating a figure under a key is listed: all of them are compared."""
    return None


def _key_hash(key: tuple[str, ...]) -> int:
    data = "\0".join(key).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _settings(params: Params) -> keyed.Settings:
    return keyed.Settings(
        params.mode == "wording",
        params.tolerance,
        params.approximate,
        params.name_similarity,
        params.across_documents,
    )


def aggregate(
    summaries: Sequence[tuple[str, Summary]],
    params: Params,
    targets: Collection[str] | None = None,
    counts: CorpusCounts | None = None,
) -> Iterator[CorpusHit]:
    """Yield one hit per figure that disagrees with another, by key or as a restatement.

    With `targets`, restatements are compared only in pairs with a target (the engine
    keeps only the hits on the files given). `counts` is not needed: a focused run
    (only when `indexable`) gives every document stating a figure under a target's key.
    """
    settings = _settings(params)
    places = set()
    keyed_summaries = [(path, summary.figures) for path, summary in summaries]
    for (path, figure), related in keyed.disagreements(keyed_summaries, settings):
        places.add((path, figure.line, figure.column))
        yield _keyed_hit(path, figure, related, params)
    sources = [
        Source(p, s.date, s.statements, s.names, s.within) for p, s in summaries if s.statements
    ]
    focus = None
    if targets is not None:
        focus = frozenset(i for i, source in enumerate(sources) if source.path in targets)
    for hit in _restated_hits(sources, params, focus):
        if (hit.path, hit.location.line, hit.location.column) not in places:
            yield hit


def _keyed_hit(path: str, figure: Figure, related: list[keyed.Entry], params: Params) -> CorpusHit:
    other_path, other = related[0]
    args = {
        "figure": f"{record.subject(figure)} {record.period(figure)}",
        "subject": record.subject(figure),
        "period": record.period(figure),
        "value": record.shown(figure),
        "other_value": record.shown(other),
        "stated": figure.stated,
        "other_stated": other.stated,
        "other": _where(path, other_path, other.line),
        "count": str(len(related)),
    }
    shown = record.shown if params.mode == "contradiction" else (lambda f: f.stated)
    links = tuple(
        Related(p, f.line, f.end_line, f"states {shown(f)}")
        for p, f in related[: params.max_related]
    )
    location = Location(figure.line, figure.column, figure.end_line, figure.end_column)
    text = f"{args['subject']} {args['period']}: {args['value']}"
    return CorpusHit(path, location, args, links, text)


def _restated_hits(
    sources: list[Source], params: Params, focus: frozenset[int] | None
) -> Iterator[CorpusHit]:
    """One hit per number restated with another value, listing every other side."""
    if not sources or not params.restatements or params.mode != "contradiction":
        return
    partners: dict[tuple[int, int, int], list[Side]] = defaultdict(list)
    sides: dict[tuple[int, int, int], Side] = {}
    found = itertools.chain(
        restate.conflicts(sources, params.evidence, params.approximate, params.rounding, focus),
        paraphrase.conflicts(
            sources, params.paraphrase_evidence, params.approximate, params.rounding, focus
        ),
    )
    for a, b in found:
        for one, other in ((a, b), (b, a)):
            key = (one.source, one.statement, one.value.index)
            sides[key] = one
            if other not in partners[key]:
                partners[key].append(other)
    for key in sorted(partners):
        others = sorted(
            partners[key], key=lambda s: (sources[s.source].path, s.value.line, s.value.column)
        )
        yield _restated_hit(sources, sides[key], others, params)


def _restated_hit(
    sources: list[Source], side: Side, others: list[Side], params: Params
) -> CorpusHit:
    path, value, first = sources[side.source].path, side.value, others[0]
    figure = f"the figure in “{value.context}”"
    args = {
        "figure": figure,
        "subject": figure,
        "period": "",
        "value": value.stated,
        "other_value": first.value.stated,
        "stated": value.stated,
        "other_stated": first.value.stated,
        "other": _where(path, sources[first.source].path, first.value.line),
        "count": str(len(others)),
    }
    links = tuple(
        Related(sources[o.source].path, o.value.line, o.value.end_line, f"states {o.value.stated}")
        for o in others[: params.max_related]
    )
    location = Location(value.line, value.column, value.end_line, value.end_column)
    return CorpusHit(path, location, args, links, f"{value.context}: {value.stated}")


def _where(path: str, other_path: str, line: int) -> str:
    return f"line {line}" if other_path == path else f"{other_path}:{line}"
