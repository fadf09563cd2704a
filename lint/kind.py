"""The two shapes a check kind module takes, one per scope (see STYLE.md).

Members are read-only properties so that a module, whose `Params` is a subclass of
BaseModel, satisfies the protocol.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from pydantic import BaseModel

from lint.document import Document
from lint.finding import CorpusHit, Hit
from lint.index.counts import CorpusCounts


class KindBase(Protocol):
    """What every kind module declares: its name, scope, parameters and placeholders."""

    @property
    def NAME(self) -> str: ...
    @property
    def SCOPE(self) -> str: ...
    @property
    def Params(self) -> type[BaseModel]: ...
    @property
    def PLACEHOLDERS(self) -> Mapping[str, str]: ...


class DocumentKind(KindBase, Protocol):
    """A kind that looks at one document at a time."""

    def check(self, document: Document, params: Any) -> Iterator[Hit]:
        """Yield the hits of one document."""
        ...


class CorpusKind(KindBase, Protocol):
    """A kind that needs the whole corpus: a per-document extract, then an aggregate."""

    def extract(self, document: Document, params: Any) -> Any:
        """Return a small picklable summary of one document (None to skip it)."""
        ...

    def aggregate(
        self,
        summaries: Sequence[tuple[str, Any]],
        params: Any,
        targets: Collection[str] | None = None,
    ) -> Iterator[CorpusHit]:
        """Yield hits from an index over all `(path, summary)` pairs, never from all pairs.

        `targets` (None: every document) are the paths findings are kept for; a kind
        may use it to compare only pairs with a target (the engine drops the rest).
        """
        ...


class IndexedKind(CorpusKind, Protocol):
    """A corpus kind a focused run can answer from the corpus index (`lint.index`).

    It declares the keys its aggregate pairs documents by, and how many holders of
    a key the aggregate needs (None: all; fewer: a key held by more is known by its
    count). Its aggregate then also takes `counts`: given, `summaries` hold every
    document sharing a key with a target (but for keys held by more than that) and
    `counts` the whole corpus's size and the frequency of each target key. A kind
    whose parameters make its answer need more than that also declares
    `indexable(params) -> bool` (`figure_conflict`, when it compares restatements).
    """

    def index_keys(self, summary: Any, params: Any) -> Iterable[int]:
        """The keys of one document's extract (integers below 2**64)."""
        ...

    def index_holders(self, params: Any) -> int | None:
        """How many holders of a key the aggregate needs listed (None: all)."""
        ...

    def aggregate(
        self,
        summaries: Sequence[tuple[str, Any]],
        params: Any,
        targets: Collection[str] | None = None,
        counts: CorpusCounts | None = None,
    ) -> Iterator[CorpusHit]:
        """As `CorpusKind.aggregate`; with `counts`, over the subset described above."""
        ...


class SuppressionsKind(KindBase, Protocol):
    """A kind that judges the run's suppressions, after every other rule and suppression."""

    def report(self, unused: Sequence[Any], params: Any) -> Iterator[CorpusHit]:
        """Yield hits about suppressions that silenced nothing."""
        ...


Kind = DocumentKind | CorpusKind | IndexedKind | SuppressionsKind
