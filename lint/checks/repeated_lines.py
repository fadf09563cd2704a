"""Repeated lines: lines that recur across many documents of the corpus.

Flags:
    Lines (or runs of lines) found word for word in at least `min_share` of all
    documents (and in at least `min_documents`), reported as one finding per run.

Why:
    A site's chrome is the same on every page it serves: the same footer, the
    same "Share this:" label, the same newsletter pitch. A line that recurs in
    a few percent of a corpus of articles is almost always such chrome, and this
    signal needs no phrase list: the corpus itself is the list. Article text
    does not repeat that often (duplicated articles are the duplication
    family's business, and long lines are left to it).

Parameters:
    Lines are compared with case and whitespace folded. Long lines
    (`max_chars`), bylines, datelines and credits, headings (a short line
    that opens a section, such as "Early life" or "References"), table rows,
    captions, reference entries, page furniture and the authors and
    affiliations of a paper's title block (lines above its first section with
    commas in them) are not counted, so the sections, tables and institutions
    many papers and articles share are not mistaken for site chrome. Each document is
    summarised by 4-byte hashes of its candidate lines; counting them is one
    pass over the corpus.

Passes:
    A line that two documents of a hundred share.

Fails:
    "Share this:" in 40 documents of a hundred.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from lint.boilerplate.lines import line_infos
from lint.document import Document
from lint.finding import CorpusHit, Location
from lint.index.counts import CorpusCounts
from lint.structure.view import structure

NAME = "repeated_lines"
SCOPE = "corpus"
PLACEHOLDERS = {
    "match": "the repeated lines, joined with ' | ' (first 80 characters)",
    "lines": "how many lines the run has",
    "documents": "in how many documents the first line of the run occurs",
    "total": "how many documents the corpus has",
}
_PREVIEW = 40
# A line of a paper's title block with this many commas lists authors or an address.
_BLOCK_COMMAS = 2


class Params(BaseModel):
    """Parameters of the repeated-lines kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_share: float = Field(
        default=0.02, gt=0, le=1, description="Share of all documents a line must occur in."
    )
    min_documents: int = Field(
        default=3, ge=2, description="Fewest documents a line must occur in, whatever the share."
    )
    max_chars: int = Field(
        default=160, ge=10, description="Longer lines are not counted (they are text, not chrome)."
    )


@dataclass(frozen=True, slots=True)
class Lines:
    """A document's candidate lines: hashes, line numbers, positions, lengths, previews."""

    hashes: tuple[int, ...]
    numbers: tuple[int, ...]
    positions: tuple[int, ...]
    lengths: tuple[int, ...]
    previews: tuple[str, ...]


Summary = Lines


def extract(document: Document, params: Params) -> Summary:
    """Hash every line that could be chrome (an empty summary still counts the document)."""
    infos = line_infos(document)
    layout = structure(document)
    rows = [
        (info, position)
        for position, info in enumerate(infos)
        if not layout.is_structured(info.number)
        and info.number not in layout.furniture_lines
        and not (info.number in layout.front and info.text.count(",") >= _BLOCK_COMMAS)
        and len(info.text) <= params.max_chars
        and not info.provenance
        and info.words
    ]
    return Summary(
        hashes=tuple(_hash(info.text) for info, _ in rows),
        numbers=tuple(info.number for info, _ in rows),
        positions=tuple(position for _, position in rows),
        lengths=tuple(len(document.lines[info.number - 1]) for info, _ in rows),
        previews=tuple(info.text[:_PREVIEW] for info, _ in rows),
    )


def _hash(text: str) -> int:
    """A stable 32-bit hash of the folded line (chance collisions never reach a share)."""
    return zlib.crc32(" ".join(text.casefold().split()).encode())


def index_keys(summary: Summary, params: Params) -> Iterable[int]:
    """The keys the aggregate counts documents by: the document's distinct line hashes."""
    return set(summary.hashes)


def index_holders(params: Params) -> int | None:
    """No holder is listed: a line's share of the corpus is all the aggregate needs."""
    return 0


def aggregate(
    summaries: Sequence[tuple[str, Summary]],
    params: Params,
    targets: Collection[str] | None = None,
    counts: CorpusCounts | None = None,
) -> Iterator[CorpusHit]:
    """Count each line hash once per document, then report runs of frequent lines.

    With `counts` (a focused run: `summaries` hold the targets), the corpus's size
    and its counts of the targets' lines are those given.
    """
    frequency: Mapping[int, int]
    if counts is None:
        tally: Counter[int] = Counter()
        for _, summary in summaries:
            tally.update(set(summary.hashes))
        frequency, total = tally, len(summaries)
    else:
        frequency, total = counts.frequency, counts.documents
    threshold = max(params.min_documents, math.ceil(params.min_share * total))
    for path, summary in summaries:
        if targets is not None and path not in targets:
            continue  # only the targets are reported on
        frequent = [i for i, h in enumerate(summary.hashes) if frequency.get(h, 0) >= threshold]
        for run in _runs(frequent, summary):
            yield _hit(path, summary, run, frequency, total)


def _runs(rows: list[int], summary: Summary) -> Iterator[list[int]]:
    """Group rows whose lines are neighbours (blank lines between them allowed)."""
    run: list[int] = []
    for row in rows:
        if run and summary.positions[row] != summary.positions[run[-1]] + 1:
            yield run
            run = []
        run.append(row)
    if run:
        yield run


def _hit(
    path: str, summary: Summary, run: list[int], counts: Mapping[int, int], total: int
) -> CorpusHit:
    first, last = run[0], run[-1]
    shown = " | ".join(summary.previews[row] for row in run)
    if len(shown) > 80:
        shown = shown[:79] + "…"
    location = Location(
        summary.numbers[first], 1, summary.numbers[last], max(1, summary.lengths[last])
    )
    args = {
        "match": shown,
        "lines": str(len(run)),
        "documents": str(counts[summary.hashes[first]]),
        "total": str(total),
    }
    return CorpusHit(path, location, args, text=" | ".join(summary.previews[r] for r in run))
