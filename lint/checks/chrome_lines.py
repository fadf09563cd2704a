"""Chrome lines: navigation, share and menu text found by its shape, without a phrase list.

Flags:
    Runs of short lines that are not sentences (menu items, share buttons, tag
    lists, bulleted links), lines of social-network names, and menu-like lines
    ("Home | News | Sport"), reported as one finding per run.

Why:
    A phrase list only knows the chrome it was told about; every site words its
    menus differently. What they share is their shape, which survives the loss of
    HTML: a few words, no sentence punctuation, few function words, bullets or
    separators, and no running text around them. This is jusText's idea applied
    to lines: a line is judged by its length and stopword density together with
    its neighbours. A short line followed by a paragraph is a heading and is
    kept; a list introduced by a colon is content; bylines, datelines, captions
    and credits are provenance and never reported.

Parameters:
    A run at the edges of the document (before its first paragraph or after its
    last) needs `min_run` short lines; in a paper, whose title block is short
    lines too, it needs what a run inside the body needs. Inside the body, where
    lists and headings live, a run also needs most of its lines to be bulleted,
    menu-like or social-network names. A single menu-like line or line of
    network names is reported on its own. Table rows, captions, reference
    entries and page furniture (see `lint/structure`) are never part of a run.

Passes:
    A heading
    A paragraph of running text follows the heading, so it is kept.

Fails:
    Home
    News
    Sport
    Weather
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from lint.boilerplate.lines import LineInfo, line_infos
from lint.document import Document
from lint.finding import Hit
from lint.structure.view import structure

NAME = "chrome_lines"
SCOPE = "document"
PLACEHOLDERS = {
    "match": "the lines of the run, joined with ' | ' (first 80 characters)",
    "lines": "how many lines the run has",
    "reason": "what made the run chrome (bulleted links, menu separators, ...)",
}
SOCIAL = frozenset(
    """facebook twitter x instagram youtube linkedin tiktok pinterest reddit tumblr whatsapp
    telegram wechat weibo vk flipboard pocket email e mail print share tweet rss copy link
    messenger snapchat threads bluesky mastodon whatsapp qzone line xing""".split()
)
_PREVIEW = 80


class Params(BaseModel):
    """Parameters of the chrome-lines kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_run: int = Field(
        default=3, ge=2, le=20, description="Fewest short lines a run needs to be reported."
    )
    min_segments: int = Field(
        default=3,
        ge=2,
        le=10,
        description="Fewest separated items ('|', '•', '»', '/') that make one line a menu.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per run of chrome-shaped lines."""
    infos = line_infos(document)
    layout = structure(document)
    content = layout.tables | layout.captions | layout.references | layout.furniture_lines
    closing = _closing(infos)  # a run that reaches it closes the document
    for begin, end in _runs(infos, params, content):
        run = infos[begin:end]
        if begin > 0 and _introduces(infos[begin - 1]):
            continue  # a list the text introduces
        # A paper's title block is a run of short lines at its top edge too.
        edge = layout.kind != "paper" and (begin == 0 or end >= closing)
        reason = _reason(run, params, edge=edge)
        if reason:
            yield _hit(document, run, reason)


def _introduces(info: LineInfo) -> bool:
    """A line ending with a colon, or a heading with a full stop (as extractors write them)."""
    return info.text.endswith(":") or (info.words <= 5 and info.text.endswith("."))


def _closing(infos: list[LineInfo]) -> int:
    """Where the provenance lines that close the document begin (len(infos) if none do)."""
    index = len(infos)
    while index > 0 and infos[index - 1].provenance:
        index -= 1
    return index


def _candidate(info: LineInfo, params: Params, content: frozenset[int]) -> bool:
    if info.number in content:
        return False
    return info.short or _menu(info, params) or _social(info)


def _runs(
    infos: list[LineInfo], params: Params, content: frozenset[int]
) -> Iterator[tuple[int, int]]:
    """Yield maximal runs of candidate lines, minus a final heading before a paragraph.

    Tables, captions, reference entries and page furniture (`content`) are never
    part of a run: a table row is not a menu item.
    """
    index = 0
    while index < len(infos):
        if not _candidate(infos[index], params, content):
            index += 1
            continue
        end = index
        while end < len(infos) and _candidate(infos[end], params, content):
            end += 1
        stop = end
        if stop < len(infos) and infos[stop].prose and _plain(infos[stop - 1], params):
            stop -= 1  # a heading: jusText keeps a short block next to a good one
        if stop > index:
            yield index, stop
        index = end


def _plain(info: LineInfo, params: Params) -> bool:
    return not (info.bullet or _menu(info, params) or _social(info))


def _menu(info: LineInfo, params: Params) -> bool:
    return (
        info.segments >= params.min_segments
        and info.words <= 4 * info.segments
        and not info.sentence
        and not info.provenance
    )


def _social(info: LineInfo) -> bool:
    return 2 <= info.words <= 12 and not info.sentence and all(w in SOCIAL for w in info.tokens)


def _reason(run: list[LineInfo], params: Params, edge: bool) -> str:
    menus = sum(_menu(i, params) for i in run)
    social = sum(_social(i) for i in run)
    bullets = sum(i.bullet for i in run)
    if menus:
        return "menu items between separators"
    if social:
        return "a line of social-network names"
    if len(run) < params.min_run:
        return ""
    if bullets * 2 > len(run):
        return "bulleted links with no sentence"
    bare = sum(i.words <= 4 and i.stop_ratio == 0 for i in run)
    if edge and bare * 2 >= len(run):
        return "short lines with no sentence at the edge of the text"
    return ""


def _hit(document: Document, run: list[LineInfo], reason: str) -> Hit:
    shown = " | ".join(i.text for i in run)
    if len(shown) > _PREVIEW:
        shown = shown[: _PREVIEW - 1] + "…"
    start = document.line_span(run[0].number)[0]
    end = document.line_span(run[-1].number)[1]
    args = {"match": shown, "lines": str(len(run)), "reason": reason}
    return Hit(start, end, args, text=" | ".join(i.text for i in run))
