"""Widget lines: the buttons, counters and labels a page scatters through its article.

Flags:
    Lines inside a saved page that are a widget rather than text: interface
    labels ("Share", "Enlarge Image", "Link Copied", "View full size image",
    "Advertisement"), share counters (a bare number), a bracketed promo for
    another story, an image file name or a bare URL, markup left over ("/a>"),
    a link whose label is printed twice or three times, "Powered by …" credits;
    runs of them are one finding.

Why:
    Phrase lists know the chrome of the sites they were written from. Widgets
    have a shape that recurs across sites instead: a few words, no sentence, and
    every word from the small vocabulary of interfaces (share, view, image,
    photo, video, play, copy, link, follow, next, …), which no sentence of an
    article is made of. A line made only of them is a button.

Parameters:
    A label has at most `max_words` words, every one either in `words` (or a
    social network's name) or a function word, a number or a handle. Numbers,
    bracketed promos, file names and URLs count only in a web page (see
    `lint/structure`), where the page around the article shows; a single
    interface word counts only there too, since in plain text "Advertising" may
    head a section. In a paper only the lines above its first section are read
    (the publisher's buttons over its title block); its text is left to the
    other chrome rules.

Passes:
    Photographs of the river were taken at every site.

Fails:
    Enlarge Image
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lint.boilerplate.lines import LineInfo, line_infos
from lint.checks.chrome_lines import SOCIAL
from lint.document import Document
from lint.finding import Hit
from lint.structure.view import Structure, structure
from lint.text import STOPWORDS, words

NAME = "widget_lines"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the lines of the run, joined with ' | ' (first 80 characters)",
    "lines": "how many lines the run has",
    "reason": "what the lines are (interface labels, share counters, ...)",
}
_PREVIEW = 80
_COUNTER = re.compile(r"\+?(?:\d{1,3}(?:[,.]\d{3})+|\d{1,7})(?:[.,]\d)?[kKmM]?\+?")
_PROMO = re.compile(r"\[[\"“‘'A-Z][^\[\]]{9,200}\]")
_FILE_OR_URL = re.compile(
    r"(?:https?://|www\.)\S+|[\w.~%-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp4|mov)(?:\?\S*)?",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>?|/[a-z][a-z0-9]*>", re.IGNORECASE)
_CREDIT = re.compile(r"(?:powered|sponsored|presented)\s+by\s+\S|.*\bis\s+supported\s+by$", re.I)
# Buttons whose labels the page glued together ("FollowFollowing"); "iMore" is a name.
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z])")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
_HANDLE = re.compile(r"@\w+")
_MIN_REPEATED_WORDS = 3
_MAX_CHARS = 300
_CREDIT_WORDS = 8


class Params(BaseModel):
    """Parameters of the widget-lines kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = Field(
        min_length=1, description="The interface vocabulary: words buttons and labels are made of."
    )
    max_words: int = Field(default=6, ge=1, le=12, description="Most words a label line has.")
    counters: bool = Field(
        default=True, description="Report bare numbers in a web page (share and comment counts)."
    )
    headings: tuple[str, ...] = Field(
        default=(),
        description="Interface words that alone on a line head a section ('Comments', "
        "'Transcript') rather than label a button; with a count ('82 comments') they are one.",
    )

    @field_validator("words", "headings")
    @classmethod
    def _lower(cls, found: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(word.lower() for word in found)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per run of widget lines."""
    layout = structure(document)
    infos = line_infos(document)
    if layout.kind == "paper":
        infos = [info for info in infos if info.number in layout.front]
    content = layout.tables | layout.captions | layout.references
    run: list[tuple[LineInfo, str]] = []
    for info in infos:
        reason = None if info.number in content else _widget(info, layout, params)
        if reason is None:
            yield from _hit(document, run)
            run = []
        else:
            run.append((info, reason))
    yield from _hit(document, run)


def _widget(info: LineInfo, layout: Structure, params: Params) -> str | None:
    """What makes a line a widget, or None."""
    text = info.text
    if len(text) > _MAX_CHARS:
        return None  # NOTE: every widget shape is short; prose is not read further
    web = layout.kind == "web"
    if _label(text, params, single=web or layout.kind == "paper"):
        return "interface labels"
    if web and params.counters and _COUNTER.fullmatch(text):
        return "share or comment counters"
    if web and _PROMO.fullmatch(text) and info.words >= 3:
        return "a bracketed promo for another story"
    if web and _FILE_OR_URL.fullmatch(text):
        return "an image file name or bare URL"
    if _MARKUP.fullmatch(text):
        return "markup left over from the page"
    if _repeated_phrase(info) and not info.provenance:
        return "a link label printed more than once"
    if info.words <= _CREDIT_WORDS and _CREDIT.match(text):
        return "a widget's credit line"
    return None


def _label(text: str, params: Params, single: bool) -> bool:
    """A line made of interface words (and function words, numbers, handles) only."""
    if len(text.split()) > 2 * params.max_words:  # NOTE: cheap gate before tokenising
        return False
    vocabulary = _vocabulary(params.words)
    if any(c.lower() not in vocabulary for c in _COMPOUND.findall(text)):
        return False  # "Picture-in-Picture" is a name, not two buttons
    found = words(_CAMEL.sub(" ", _HANDLE.sub(" ", text)))
    if not found and text.strip(" ←→↑↓‹›«»<>|•·×✕"):
        return False
    if len(found) > params.max_words or _ends_sentence(text):
        return False
    if len(found) == 1 and found[0] in params.headings:
        return False
    interface = [w for w in found if w in vocabulary]
    if not interface and found:
        return False
    rest = [w for w in found if w not in vocabulary]
    if any(not (w in STOPWORDS or w.isdigit()) for w in rest):
        return False
    return single or len(interface) >= 2


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?")) and not text.endswith("...")


@lru_cache(maxsize=16)
def _vocabulary(listed: tuple[str, ...]) -> frozenset[str]:
    return frozenset(listed) | SOCIAL


def _social(info: LineInfo) -> bool:
    return bool(info.tokens) and all(token in SOCIAL for token in info.tokens)


def _repeated_phrase(info: LineInfo) -> bool:
    """A line that is one phrase printed two or three times ("Title Title Title")."""
    tokens = info.tokens
    for times in (2, 3):
        size, extra = divmod(len(tokens), times)
        if extra or size < _MIN_REPEATED_WORDS:
            continue
        if all(tokens[k * size : (k + 1) * size] == tokens[:size] for k in range(1, times)):
            return True
    return False


def _hit(document: Document, run: list[tuple[LineInfo, str]]) -> Iterator[Hit]:
    if not run or (len(run) >= 2 and all(_social(info) for info, _ in run)):
        return  # a block of share buttons: the social-links rule reports it
    texts = [info.text for info, _ in run]
    shown = " | ".join(texts)
    if len(shown) > _PREVIEW:
        shown = shown[: _PREVIEW - 1] + "…"
    reasons = list(dict.fromkeys(reason for _, reason in run))
    start = document.line_span(run[0][0].number)[0]
    end = document.line_span(run[-1][0].number)[1]
    args = {"match": shown, "lines": str(len(run)), "reason": " and ".join(reasons[:2])}
    yield Hit(start, end, args, text=" | ".join(texts))
