"""Dangling pointer: prose that points at a link the text no longer has.

Flags:
    "Check out the full report here.", "click here", "see the link below",
    "(link)", "available at this link" — a sentence or phrase that refers the
    reader to a link, when no URL follows it on its line or the next.

Why:
    On a web page "here" was a link; saved as plain text, the sentence points at
    nothing, and the source it named is lost. Restore the URL from the original
    page (or drop the sentence), so the claim keeps its source.

Parameters:
    Phrases that only ever mean a link ("click here", "the link below", "(link)")
    are reported wherever they stand. A sentence that ends in "here" is reported
    when it opens with an imperative such as "read", "see", "check out" or
    "download", or when it says something "is available/can be found here" about a
    report, article, video or the like; it must be at most `max_words` words
    long. A URL on the same line after the pointer, or on the next
    `look_ahead_lines` non-blank lines, means the link survived.

Passes:
    The families have lived here since 1950.
    Read the full report here: https://example.org/report.pdf

Fails:
    Check out the full report here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex
from pydantic import BaseModel, ConfigDict, Field

from lint.citations.fields import URL
from lint.document import Document
from lint.finding import Hit
from lint.text import sentences

NAME = "dangling_pointer"
SCOPE = "document"
PLACEHOLDERS = {"match": "the pointing text (the sentence, or the phrase)"}

_PHRASE = regex.compile(
    r"\b(?:click|tap)\s+(?:on\s+)?(?:here|this\s+link|the\s+links?|the\s+button\s+below)\b"
    r"|\b(?:the|this|these)\s+(?:following\s+)?links?\s+(?:below|above)\b"
    r"|\b(?:at|via|through|follow|using|visit)\s+(?:this|the\s+following)\s+links?\b"
    r"|(?<![\w(\[])[(\[](?-i:link|Link|here|Here|pdf|PDF|video|Video|full\s+(?:text|report))[)\]]"
    r"|\blink\s+in\s+(?:the\s+|my\s+|our\s+)?bio\b"
    r"|\b(?:download|stream|watch|listen\s+to|access)\s+(?:it\s+|them\s+|this\s+)?(?:below|above)\b",
    regex.IGNORECASE,
)
_HEADING_LENGTH = 60
_CLAUSE = regex.compile(r"[,;:—–]\s+")
_MARKED_END = regex.compile(r"[.!?…][\"”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹\d]+\s+(?=[\"“]?[A-Z])")
_QUICK = regex.compile(
    r"\b(?:here|links?|below|above|pdf|video|full\s+(?:text|report))\b", regex.IGNORECASE
)
_HERE_END = regex.compile(
    r"(?<!\b(?:you|me|us|him|them|over|right|back|from|around|in)\s)"
    r"\bhere\s*[.!:]?[\"”’)]*\s*$",
    regex.IGNORECASE,
)
_IMPERATIVE = regex.compile(
    r"^[\"“‘(]?\s*(?:(?:you|readers|viewers)\s+(?:can|may)\s+(?:also\s+)?|please\s+)?"
    r"(?:check\s+(?:it\s+|them\s+)?out|read|see|view|download|watch|stream|listen(?:\s+to)?|"
    r"sign\s+up|register|subscribe|learn\s+more|find\s+out|browse|explore|donate|apply|"
    r"more\s+(?:information|info|details)|full\s+(?:story|report|text|statement|interview|"
    r"list|results|video)|details\s+here|more\s+(?:on\s+(?:that|this|it)\s+)?here)\b",
    regex.IGNORECASE,
)
_PASSIVE = regex.compile(
    r"\b(?:is|are|can\s+be|may\s+be|has\s+been|have\s+been)\s+(?:available|accessible|found|"
    r"read|viewed|downloaded|accessed|posted|published|watched|archived|streamed)\b",
    regex.IGNORECASE,
)
_DOCUMENT = regex.compile(
    r"\b(?:report|article|story|study|paper|statement|text|transcript|document|interview|"
    r"video|list|letter|details|information|data|petition|podcast|survey|results|analysis|"
    r"website|page|speech|map|photos?|slides|recording|episode|release|guide|form|dataset|"
    r"data\s+set|database|code|archive|catalogue|catalog|documentation|spreadsheet|footage|"
    r"protocol|methods?|materials?|appendix|appendices|figures?|tables?|supplement|"
    r"application|livestream|stream|version|ruling|judgment|filing|complaint|lawsuit)s?\b",
    regex.IGNORECASE,
)


class Params(BaseModel):
    """Parameters of the dangling-pointer kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_words: int = Field(
        default=30, ge=2, description="Longest sentence (in words) ending in 'here' to consider."
    )
    look_ahead_lines: int = Field(
        default=1,
        ge=0,
        le=5,
        description="Non-blank lines after the pointer searched for the URL it points at.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield each pointer that no URL follows."""
    text = document.text
    for block in document.blocks:
        chunk = text[block.start : block.end]
        keywords = [m.start() for m in _QUICK.finditer(chunk)]
        if not keywords:
            continue
        for begin, end in _pointers(chunk, keywords, params):
            start, stop = block.start + begin, block.start + end
            if not _link_follows(document, stop, params.look_ahead_lines):
                shown = " ".join(text[start:stop].split())
                yield Hit(start, stop, {"match": shown}, text=shown)


def _pointers(chunk: str, keywords: list[int], params: Params) -> Iterator[tuple[int, int]]:
    """Spans of pointer phrases and pointing sentences in a paragraph.

    Only sentences holding one of the `keywords` offsets ("here", "link", …) are read.
    """
    for begin, end in sentences(chunk):
        at = bisect_left(keywords, begin)
        if at == len(keywords) or keywords[at] >= end:
            continue
        begin = _after_headings(chunk, begin, end)
        sentence = chunk[begin:end]
        phrase = _PHRASE.search(sentence)
        if phrase:
            yield begin + phrase.start(), begin + phrase.end()
        elif _points_here(sentence, params.max_words):
            yield begin, end


def _after_headings(chunk: str, begin: int, end: int) -> int:
    """Skip heading lines ("Background") that a sentence split left at its start."""
    while True:
        newline = chunk.find("\n", begin, end)
        if newline < 0 or (begin > 0 and chunk[begin - 1] != "\n"):
            return begin
        line = chunk[begin:newline].strip()
        if len(line) > _HEADING_LENGTH or line.endswith((".", ",", ";", ":")):
            return begin
        if not chunk[newline + 1 : newline + 2].isupper():
            return begin  # "Read the full\nstatement here.": a sentence wrapped, not a heading
        begin = newline + 1


def _points_here(sentence: str, max_words: int) -> bool:
    # NOTE: a footnote mark after a full stop ("games.³ The report is here.") hides the
    # sentence end from the splitter; the last such clause is the sentence.
    sentence = _MARKED_END.split(sentence)[-1]
    if not _HERE_END.search(sentence) or len(sentence.split()) > max_words:
        return False
    if _IMPERATIVE.match(sentence) or _IMPERATIVE.match(_CLAUSE.split(sentence)[-1].strip()):
        return True
    return _PASSIVE.search(sentence) is not None and _DOCUMENT.search(sentence) is not None


def _link_follows(document: Document, stop: int, look_ahead: int) -> bool:
    """True when a URL follows the pointer on its line or the next non-blank lines."""
    line, _ = document.position(stop)
    rest = document.text[stop : document.line_span(line)[1]]
    if URL.search(rest):
        return True
    seen = 0
    for following in document.lines[line:]:
        if not following.strip():
            continue
        if seen >= look_ahead:
            return False
        if URL.search(following):
            return True
        seen += 1
    return False
