"""What a suppression is, where it is written, and what was wrong with one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.stamp import fingerprint_text

# A rule id (`boilerplate.web-chrome`), a category or dotted prefix, or ALL.
SELECTOR = re.compile(r"ALL|[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a suppression or a problem is written: a file (document or record) and line."""

    path: str
    line: int
    column: int
    origin: str  # "front matter", "sidecar", "manifest" or "comment"


@dataclass(frozen=True, slots=True)
class Suppression:
    """One selector of one suppression entry: which findings it silences.

    `lines` is an inclusive range of document lines (None: the whole document);
    `text` the normalised matched text it asks for (empty: any text).
    """

    selector: str
    label: str
    place: Place
    lines: tuple[int, int] | None = None
    text: str = ""

    def matches(self, rule: str, line: int, text: str) -> bool:
        """Whether a finding of `rule` starting on `line` with fingerprint `text` is silenced."""
        if not (
            self.selector == "ALL" or rule == self.selector or rule.startswith(self.selector + ".")
        ):
            return False
        if self.lines is not None and not self.lines[0] <= line <= self.lines[1]:
            return False
        return not self.text or _text_matches(self.text, text)


def _text_matches(wanted: str, text: str) -> bool:
    """The finding's matched text equals the wanted text, or holds it (short texts only).

    NOTE: fingerprints of long texts are digests, so those match only whole.
    """
    if fingerprint_text(wanted) == text:
        return True
    folded = " ".join(wanted.split()).lower()
    return not text.startswith("#") and folded in text


@dataclass(frozen=True, slots=True)
class Problem:
    """A suppression that cannot be used, and why."""

    message: str
    place: Place

    def where(self) -> str:
        """`file:line:col` of the problem."""
        return f"{self.place.path}:{self.place.line}:{self.place.column}"


@dataclass(frozen=True, slots=True)
class Suppressions:
    """Everything one document declares: usable suppressions and the problems found."""

    entries: tuple[Suppression, ...] = ()
    problems: tuple[Problem, ...] = ()
