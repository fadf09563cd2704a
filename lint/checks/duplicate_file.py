"""Duplicate file: documents whose bytes are identical.

Flags:
    Every file of the corpus that has the same bytes as another one, with the
    others as related locations.

Why:
    The same document saved twice counts twice in every statistic, and a dataset
    built from the corpus learns it twice. This is a corpus-scope kind: each file
    is reduced to a digest, and an index by digest finds the copies without
    comparing pairs. Near-duplicates are the duplication family's business.

Parameters:
    `ignore_whitespace` compares texts with all whitespace folded, so copies that
    differ only in line endings or trailing spaces count as the same.

Passes:
    Two files that differ in one character.

Fails:
    a.txt and copy-of-a.txt, byte for byte the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import CorpusHit, Location, Related
from lint.index.counts import CorpusCounts

NAME = "duplicate_file"
SCOPE = "corpus"
PLACEHOLDERS = {
    "others": "the other copies (the first three paths, and how many more)",
    "count": "how many other copies there are",
}


class Params(BaseModel):
    """Parameters of the duplicate-file kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ignore_whitespace: bool = Field(
        default=False, description="Fold all whitespace before comparing."
    )


@dataclass(frozen=True, slots=True)
class Summary:
    """A document's digest and length in lines."""

    digest: bytes
    lines: int


def extract(document: Document, params: Params) -> Summary | None:
    """Return the digest of the document's content; None for empty documents."""
    if not document.text.strip():
        return None
    data = " ".join(document.text.split()).encode() if params.ignore_whitespace else document.raw
    return Summary(hashlib.blake2b(data, digest_size=16).digest(), document.line_count)


def index_keys(summary: Summary, params: Params) -> Iterable[int]:
    """The key the aggregate pairs documents by: (the first 8 bytes of) the digest."""
    return (int.from_bytes(summary.digest[:8], "little"),)


def index_holders(params: Params) -> int | None:
    """Every holder of a digest is listed: a focused run names all the copies."""
    return None


def aggregate(
    summaries: Sequence[tuple[str, Summary]],
    params: Params,
    targets: Collection[str] | None = None,
    counts: CorpusCounts | None = None,
) -> Iterator[CorpusHit]:
    """Yield one hit per copy, naming the others, from an index by digest.

    Copies are found from the summaries alone, so `counts` is not needed: a
    focused run's subset holds every copy of a target.
    """
    first: dict[bytes, int] = {}  # digest -> index of its first document: one entry each
    copies: dict[bytes, list[int]] = {}  # lists only for digests seen more than once
    for index, (_, summary) in enumerate(summaries):
        seen = first.setdefault(summary.digest, index)
        if seen != index:
            copies.setdefault(summary.digest, [seen]).append(index)
    for indexes in copies.values():
        group = sorted((summaries[i] for i in indexes), key=lambda item: item[0])
        for path, _ in group:
            others = [(p, s) for p, s in group if p != path]
            yield _hit(path, others)


def _hit(path: str, others: list[tuple[str, Summary]]) -> CorpusHit:
    names = ", ".join(p for p, _ in others[:3])
    if len(others) > 3:
        names += f" and {len(others) - 3} more"
    related = tuple(Related(p, 1, s.lines, "identical copy") for p, s in others)
    args = {"others": names, "count": str(len(others))}
    return CorpusHit(path, Location(1, 1, 1, 1), args, related, text="duplicate file")
