"""Finding values: what a check reports, where, and how serious it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

CATEGORIES = (
    "boilerplate",
    "duplication",
    "citations",
    "figures",
    "dates",
    "provenance",
    "hygiene",
)


class Severity(StrEnum):
    """How serious a finding is; `rank` orders them for `--fail-on`."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based line/column range; the end line is inclusive, the end column too."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Related:
    """The other side of a finding: another place in this or another document."""

    path: str
    line: int
    end_line: int
    message: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """What a document-scope check yields: a half-open character span and its details.

    `args` fill the rule's message template (`{match}` and the kind's own
    placeholders); `text` is the matched text the fingerprint is built from
    (the span's text when empty).
    """

    start: int
    end: int
    args: dict[str, str] = field(default_factory=dict)
    related: tuple[Related, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class CorpusHit:
    """What a corpus-scope aggregate yields: a place in one document, already resolved."""

    path: str
    location: Location
    args: dict[str, str] = field(default_factory=dict)
    related: tuple[Related, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported finding, with the rule id and severity stamped by the engine."""

    path: str
    location: Location
    rule: str
    category: str
    severity: Severity
    message: str
    related: tuple[Related, ...] = ()
    text: str = ""

    def sort_key(self) -> tuple[str, int, int, str, int, int, str]:
        """Order by path, line, column, rule, then the rest so ties never depend on input order."""
        loc = self.location
        return (
            self.path,
            loc.line,
            loc.column,
            self.rule,
            loc.end_line,
            loc.end_column,
            self.message,
        )
