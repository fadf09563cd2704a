"""Phrases: text that matches a list of known phrases.

Flags:
    Lines or passages that match one of the rule's phrases: site navigation, share
    and follow buttons, subscription pitches, widget headings.

Why:
    Web chrome copied along with an article is not the author's text. It pollutes
    search indexes and datasets built from the corpus, and a list of the phrases
    sites actually use finds it without any guessing.

Parameters:
    Matching is case-insensitive and on word boundaries. In substring mode the
    whole list is compiled into one Aho-Corasick automaton, so a document is read
    once however long the list is. In whole-line mode a line matches when, after
    dropping the `strip` characters at both ends and folding whitespace, it equals
    a phrase, or (with `fuzzy`) scores at least that much against one with
    rapidfuzz's ratio, which catches variants such as "Skip to content".
    Consecutive matching lines (blank lines between them allowed) form a run and
    are reported as one finding.

Passes:
    We will follow the story as it develops.

Fails:
    • Follow us on WeChat!
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Literal

import ahocorasick_rs
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz, process

from lint.document import Document
from lint.finding import Hit

NAME = "phrases"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the text that matched (the lines of a run, joined with ' | ')",
    "phrase": "the list phrase that matched first",
    "lines": "how many lines a whole-line run spans",
}
DEFAULT_STRIP = " \t\u00a0•·◦▪▸►‣*-–—|>»›:;!?,…"
_MATCH_PREVIEW = 80


class Params(BaseModel):
    """Parameters of the phrases kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: tuple[str, ...] = Field(
        min_length=1, description="The phrases to find; case and inner whitespace do not matter."
    )
    whole_line: bool = Field(
        default=False, description="Match only lines that consist of a phrase (and `strip` chars)."
    )
    fuzzy: int | None = Field(
        default=None,
        ge=50,
        le=100,
        description="Whole-line mode: also match lines scoring at least this (0-100) against a "
        "phrase with rapidfuzz's ratio; lines under 6 characters must match exactly.",
    )
    strip: str = Field(
        default=DEFAULT_STRIP,
        description="Whole-line mode: characters ignored at both ends of a line (bullets, "
        "punctuation).",
    )
    min_run: int = Field(
        default=1,
        ge=1,
        description="Whole-line mode: report a run only when it has at least this many lines.",
    )
    skip_sentences: bool = Field(
        default=True,
        description="Whole-line mode: never match a line that ends with a full stop; labels "
        "and buttons do not, while sentences and extracted headings ('Comments.') do.",
    )
    span: Literal["match", "line"] = Field(
        default="match",
        description="Substring mode: report the matched phrase, or the whole line around it.",
    )

    @field_validator("phrases")
    @classmethod
    def _normalise(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        keys = tuple(_fold(p) for p in phrases)
        if not all(keys):
            raise ValueError("phrases must not be empty or only whitespace")
        return keys

    @model_validator(mode="after")
    def _fuzzy_needs_lines(self) -> Params:
        if self.fuzzy is not None and not self.whole_line:
            raise ValueError("fuzzy matching needs whole_line: true")
        return self


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per matching phrase, or per run of matching lines."""
    if params.whole_line:
        yield from _whole_lines(document, params)
    else:
        yield from _substrings(document, params)


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def _whole_lines(document: Document, params: Params) -> Iterator[Hit]:
    table = _phrase_table(params.phrases)  # once per document: hashing the tuple is not free
    limit = table.longest * 2 + 20
    run: list[tuple[int, str]] = []
    for number, line in enumerate(document.lines, start=1):
        if not line.strip():
            continue
        phrase = _line_phrase(line, params, table) if len(line) <= limit else None
        if phrase is not None:
            run.append((number, phrase))
            continue
        if run:
            yield from _run_hit(document, run, params)
            run = []
    yield from _run_hit(document, run, params)


def _line_phrase(line: str, params: Params, table: _PhraseTable) -> str | None:
    """Return the phrase a line (no longer than twice the longest phrase + 20) consists of."""
    stripped = line.strip(params.strip)
    if params.skip_sentences and stripped.endswith("."):
        return None
    key = _fold(stripped)
    if key in table.exact:
        return key
    if params.fuzzy is None or len(key) < 6 or len(key) > table.longest * 1.5:
        return None
    best = process.extractOne(key, params.phrases, scorer=fuzz.ratio, score_cutoff=params.fuzzy)
    return None if best is None else str(best[0])


def _run_hit(document: Document, run: list[tuple[int, str]], params: Params) -> Iterator[Hit]:
    if not run or len(run) < params.min_run:
        return
    first, last = run[0][0], run[-1][0]
    shown = " | ".join(document.lines[n - 1].strip() for n, _ in run)
    if len(shown) > _MATCH_PREVIEW:
        shown = shown[: _MATCH_PREVIEW - 1] + "…"
    start, end = document.line_span(first)[0], document.line_span(last)[1]
    args = {"match": shown, "phrase": run[0][1], "lines": str(len(run))}
    yield Hit(start, end, args, text=" | ".join(p for _, p in run))


class _PhraseTable:
    """The folded phrases as a set for whole lines and an automaton for substrings."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.exact = frozenset(phrases)
        self.longest = max(len(p) for p in phrases)
        self.automaton = ahocorasick_rs.AhoCorasick(list(phrases))
        # ASCII phrases can be searched in the UTF-8 bytes, lower-cased per byte: of all
        # non-ASCII characters only the Kelvin sign lowers to an ASCII one ("k").
        ascii_only = all(p.isascii() for p in phrases)
        self.bytes_automaton = (
            ahocorasick_rs.BytesAhoCorasick([p.encode() for p in phrases]) if ascii_only else None
        )
        self.phrases = phrases


@lru_cache(maxsize=64)
def _phrase_table(phrases: tuple[str, ...]) -> _PhraseTable:
    return _PhraseTable(phrases)


def _lower_same_length(text: str) -> str:
    """Lower-case `text` without moving any offset (a few characters lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # U+0130 (capital I with dot) is the only character that lowers to two; keep it.
    return "\u0130".join(part.lower() for part in text.split("\u0130"))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _on_boundaries(text: str, start: int, end: int) -> bool:
    """True when a match neither starts nor ends inside a word."""
    if _is_word(text[start]) and start > 0 and _is_word(text[start - 1]):
        return False
    return not (_is_word(text[end - 1]) and end < len(text) and _is_word(text[end]))


def _substrings(document: Document, params: Params) -> Iterator[Hit]:
    table = _phrase_table(params.phrases)
    text = document.text
    if table.bytes_automaton is not None and _KELVIN not in text:
        matches = _byte_matches(table.bytes_automaton, document)
    else:
        lowered = _lower_same_length(text)
        matches = table.automaton.find_matches_as_indexes(lowered, overlapping=True)
    taken_until = -1
    for index, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
        if start < taken_until or not _on_boundaries(text, start, end):
            continue
        taken_until = end
        if params.span == "line":
            line = document.position(start)[0]
            start, end = document.line_span(line)
            taken_until = max(taken_until, end)
        phrase = table.phrases[index]
        yield Hit(
            start, end, {"match": text[start:end], "phrase": phrase, "lines": "1"}, text=phrase
        )


_KELVIN = "\u212a"


def _byte_matches(automaton: Any, document: Document) -> list[tuple[int, int, int]]:
    """Overlapping matches in the lower-cased UTF-8 text, as character offsets."""
    data = document.raw[3:] if document.has_bom else document.raw
    found: list[tuple[int, int, int]] = automaton.find_matches_as_indexes(
        data.lower(), overlapping=True
    )
    if not found or document.text.isascii():
        return found
    offsets = sorted({offset for _, start, end in found for offset in (start, end)})
    chars: dict[int, int] = {}
    previous = count = 0
    for offset in offsets:  # one decode over the text, whatever the number of matches
        count += len(data[previous:offset].decode("utf-8"))
        chars[offset] = count
        previous = offset
    return [(index, chars[start], chars[end]) for index, start, end in found]
