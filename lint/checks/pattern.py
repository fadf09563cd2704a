"""Pattern: text that matches a regular expression.

Flags:
    Every match of the rule's regular expression.

Why:
    Many defects have a precise shape: a replacement character (U+FFFD) left by a
    failed decode, mojibake such as "â€™", control characters. A pattern states
    the shape once; the rule file names it and explains it.

Parameters:
    Patterns use the syntax of Python's `regex` module (a superset of `re`). Each
    document gets a time budget: a pattern that backtracks catastrophically on a
    document stops there with an error finding of the rule, instead of hanging the
    run. A document reports at most `max_per_document` matches.

Passes:
    It’s a plain apostrophe.

Fails:
    Itâ€™s mojibake.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from lint.checks.errors import CheckError
from lint.document import Document
from lint.finding import Hit

NAME = "pattern"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the matched text (first 80 characters)",
    "codepoints": "the matched characters as U+XXXX code points (first 8)",
}
_PREVIEW = 80


class Params(BaseModel):
    """Parameters of the pattern kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str = Field(min_length=1, description="The regular expression (regex module syntax).")
    ignore_case: bool = Field(default=False, description="Match without regard to case.")
    timeout: float = Field(
        default=1.0,
        gt=0,
        le=60,
        description="Seconds a document may take before the rule gives up, per million "
        "characters of text (at least this long for any document).",
    )
    max_per_document: int = Field(
        default=100, ge=1, description="Stop reporting a document after this many matches."
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            regex.compile(pattern)
        except regex.error as err:
            raise ValueError(f"invalid regular expression: {err}") from None
        return pattern


@lru_cache(maxsize=256)
def _compiled(pattern: str, ignore_case: bool) -> Any:
    return regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield each match; raise CheckError when the document's time budget runs out."""
    compiled = _compiled(params.pattern, params.ignore_case)
    count = 0
    # NOTE: the budget grows with the text, so a 50 MB document is scanned, not refused.
    budget = params.timeout * max(1.0, len(document.text) / 1_000_000)
    try:
        for match in compiled.finditer(document.text, timeout=budget):
            yield _hit(match.start(), match.end(), match.group())
            count += 1
            if count >= params.max_per_document:
                return
    except TimeoutError:
        raise CheckError(
            f"pattern gave up after {budget:g} s on this document "
            "(catastrophic backtracking?); simplify the pattern or raise `timeout`"
        ) from None


def _hit(start: int, end: int, text: str) -> Hit:
    preview = text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"
    codepoints = " ".join(f"U+{ord(c):04X}" for c in text[:8])
    return Hit(start, end, {"match": preview, "codepoints": codepoints}, text=text)
