"""Extraction artifacts: the marks a lossy HTML-to-text step leaves in the text.

Flags:
    One kind of artifact per rule (`artifact`): words glued together where block
    boundaries were lost ("PowerOcean", "companiesby", "Download1."); snippets
    cut off with "…" at the end of a paragraph; a title repeated on the next
    line or at the start of the next paragraph; brackets or quotation marks that
    open and never close in a paragraph.

Why:
    These are signs that the text was not extracted whole: teasers instead of
    posts, headings fused with the text they introduced, quotes or asides cut
    in the middle. The paragraph is not what its author wrote; re-extract it,
    or remove it if it is a teaser that came along with the page.

Parameters:
    Glued words are camel-case joins of two words that the built-in vocabulary
    does not know as one word (so "PowerPoint" passes when it is on the `allow`
    list), a sentence end with no space after it ("Pakistan.The"), a word with a
    note number glued on ("Download1. Introduction"), and a known word fused
    with a function word ("companiesby"); a line is reported when it has at
    least `min_glued` of them. A quote that runs over several paragraphs, each
    opening with “ and only the last closing, is balanced; so is an interval
    such as [0, 1). Table rows, captions, reference entries and page furniture
    are not prose and are not read; nor are a paper's brackets, which are
    notation (formulas, intervals) far more often than a cut aside.

Passes:
    The PowerPoint deck (McDonald's, YouTube) was shown at 10 a.m.

Fails:
    China's Rise as a Maritime PowerOcean Policy from Mao Zedong to Xi JinpingTAKEDA
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lint.boilerplate import artifacts
from lint.boilerplate.artifacts import Artifact
from lint.boilerplate.lines import LineInfo, line_infos
from lint.document import Document
from lint.finding import Hit
from lint.structure.sections import section_name
from lint.structure.view import structure

NAME = "extraction_artifacts"
SCOPE = "document"
PLACEHOLDERS = {
    "what": "what was found (how many glued words and which, the snippet's length, ...)",
    "match": "the text found (first 80 characters)",
}
_PREVIEW = 80
# Lines after a paragraph that may still close what it opened (a quote or a code block).
_AHEAD = 5


class Params(BaseModel):
    """Parameters of the extraction-artifacts kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    artifact: Literal["glued_words", "cut_off", "repeated_title", "unbalanced"] = Field(
        description="Which artifact the rule finds."
    )
    min_glued: int = Field(
        default=2, ge=1, le=20, description="glued_words: glued words a line needs."
    )
    allow: tuple[str, ...] = Field(
        default=(), description="glued_words: camel-case words that are not glued ('YouTube')."
    )
    min_words: int = Field(
        default=10, ge=1, description="cut_off: words a paragraph needs to count as a snippet."
    )
    title_similarity: int = Field(
        default=90,
        ge=50,
        le=100,
        description="repeated_title: rapidfuzz ratio of a title fused with the next paragraph.",
    )

    @field_validator("allow")
    @classmethod
    def _lower(cls, allow: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(word.lower() for word in allow)


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per line (or title and next line) showing the artifact."""
    infos = line_infos(document)
    skip = _structured(document, params)
    if skip is None:
        return
    for index, info in enumerate(infos):
        if info.number in skip:
            continue
        following = infos[index + 1] if index + 1 < len(infos) else None
        found = _detect(infos, index, params, document.text)
        if found is None:
            continue
        start = document.line_span(info.number)[0] + _offset(document, info)
        last = following if params.artifact == "repeated_title" and following else info
        end = document.line_span(last.number)[1] if last is not info else start + found.end
        matched = document.text[start + found.start : end]
        shown = matched if len(matched) <= _PREVIEW else matched[: _PREVIEW - 1] + "…"
        yield Hit(start + found.start, end, {"what": found.what, "match": shown}, text=found.what)


def _structured(document: Document, params: Params) -> frozenset[int] | None:
    """Lines whose shape is not prose (tables, captions, references, page furniture).

    None when the whole document is out of scope: in a paper, brackets are notation
    (intervals such as [0, 1), formulas) more often than a cut aside, and a citation
    whose text the extraction lost is the citations family's finding.
    """
    layout = structure(document)
    if params.artifact == "unbalanced" and layout.kind == "paper":
        return None
    return layout.tables | layout.captions | layout.references | layout.furniture_lines


def _offset(document: Document, info: LineInfo) -> int:
    """Where the stripped text of a line starts within the line."""
    line = document.lines[info.number - 1]
    return len(line) - len(line.lstrip())


def _detect(infos: list[LineInfo], index: int, params: Params, whole: str) -> Artifact | None:
    info = infos[index]
    following = infos[index + 1] if index + 1 < len(infos) else None
    kind = params.artifact
    if kind == "glued_words":
        return artifacts.glued_words(info.text, frozenset(params.allow), whole, params.min_glued)
    if kind == "cut_off":
        before = infos[index - 1].text if index else ""
        return artifacts.cut_off(
            info, params.min_words, before, following.text if following else ""
        )
    if kind == "repeated_title":
        if following is None or section_name(info.text) is not None:
            return None  # "Supplementary Material" over its own subsection
        return artifacts.repeated_title(info, following, params.title_similarity)
    return artifacts.unbalanced(info.text, [i.text for i in infos[index + 1 : index + 1 + _AHEAD]])
