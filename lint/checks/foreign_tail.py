"""Foreign tail: where the document's own text ends and something else begins.

Flags:
    One region from the point where the document stops being the document to its
    end: after a trailer marker ("Comments", "Popular posts from this blog",
    "Related posts") that is followed by other text, or, with no marker, where the
    vocabulary breaks away from the rest of the document (an unrelated article
    glued on). A foreign insert that the document's own text resumes after is
    reported the same way, as one region.

Why:
    Collected pages bring their tails along: comment threads, related-post
    teasers, whole unrelated posts. Reported line by line they drown the
    reader; reported as one region they are one deletion. Without a marker the
    break is found by lexical cohesion: every line is a TF-IDF vector (idf from
    a built-in table of common-word frequencies), and the split where head and
    tail share the least weighted vocabulary is tested. A paragraph on the same
    subject shares its names and terms and is never cut off; an article on
    another subject shares only common words.

Parameters:
    A region is reported when the cosine similarity of it and the rest is below
    `max_similarity` and also small next to how cohesive both are on their own
    (`max_cohesion_ratio`), with at least `min_core_words` before it and
    `min_tail_words` and two lines in it. An insert (at most 30 lines, followed by
    `min_tail_words` of the document's text) must be twice as dissimilar, and is not
    looked for in a paper, whose sections each have their own vocabulary; nor is a
    region that is mostly tables, captions or references. A marker counts only with
    `min_core_words` before it and `min_after_words` after it; otherwise it is
    a lone widget heading, which the phrase rules report.

Passes:
    (an article whose last paragraphs stay on its subject)

Fails:
    (an article, then "Popular posts from this blog" and three unrelated posts)
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, Field, field_validator
from rapidfuzz import fuzz, process

from lint.boilerplate.cohesion import line_vectors
from lint.boilerplate.lines import LineInfo, line_infos
from lint.boilerplate.regions import Limits, best_region, halves
from lint.document import Document
from lint.finding import Hit
from lint.structure.view import structure

NAME = "foreign_tail"
SCOPE = "document"
PLACEHOLDERS = {
    "reason": "why the region is foreign: the marker it follows, or the vocabulary break",
    "what": "what the region holds (how many posts or paragraphs)",
    "first": "the region's first line",
    "last": "the region's last line",
}
_STRIP = " \t\u00a0•·◦▪▸►‣*-–—|>»›:;!?,…()[]#0123456789"


class Params(BaseModel):
    """Parameters of the foreign-tail kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    markers: tuple[str, ...] = Field(
        default=(),
        description="Whole-line trailer markers after which nothing belongs to the document "
        "(case-insensitive; bullets, digits and punctuation around them ignored).",
    )
    fuzzy: int = Field(
        default=90, ge=50, le=100, description="Rapidfuzz ratio a line needs to match a marker."
    )
    min_core_words: int = Field(
        default=100, ge=1, description="Words of the document's own text needed before a region."
    )
    min_after_words: int = Field(
        default=15, ge=1, description="Words a marker must be followed by to start a region."
    )
    min_tail_words: int = Field(
        default=80, ge=1, description="Words a tail found by vocabulary alone must have."
    )
    max_similarity: float = Field(
        default=0.03, gt=0, lt=1, description="Highest head-tail cosine similarity of a break."
    )
    max_cohesion_ratio: float = Field(
        default=0.15,
        gt=0,
        le=1,
        description="Highest head-tail similarity relative to the cohesion within each side.",
    )

    @field_validator("markers")
    @classmethod
    def _fold_markers(cls, markers: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_fold(m) for m in markers if _fold(m))


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield at most one hit: the foreign region at the end of the document."""
    infos = line_infos(document)
    region = _after_marker(infos, params) or _vocabulary_break(document, infos, params)
    if region is None:
        return
    begin, end, reason, what = region
    first, last = infos[begin].number, infos[end - 1].number
    start, end = document.line_span(first)[0], document.line_span(last)[1]
    args = {"reason": reason, "what": what, "first": str(first), "last": str(last)}
    yield Hit(start, end, args, text=f"{reason}: {what}")


def _fold(text: str) -> str:
    return " ".join(text.strip(_STRIP).lower().split())


def _marker(info: LineInfo, params: Params) -> str | None:
    if not params.markers or info.words > 8 or info.prose or info.text.endswith("."):
        return None  # a heading with a full stop is the text's own (extractors write them so)
    key = _fold(info.text)
    if key in _marker_set(params.markers):
        return key
    if len(key) < 6:
        return None
    best = process.extractOne(key, params.markers, scorer=fuzz.ratio, score_cutoff=params.fuzzy)
    return None if best is None else key


@lru_cache(maxsize=16)
def _marker_set(markers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(markers)


def _after_marker(infos: list[LineInfo], params: Params) -> tuple[int, int, str, str] | None:
    before = 0
    for index, info in enumerate(infos):
        if before >= params.min_core_words and _marker(info, params):
            after = infos[index + 1 :]
            if sum(i.words for i in after) >= params.min_after_words:
                reason = _marker_reason(infos[index:], params)
                return index, len(infos), reason, _describe(after, params)
        before += info.words
    return None


def _marker_reason(region: list[LineInfo], params: Params) -> str:
    """Name the markers that open a region ("after 'Comments' and 'Related posts'")."""
    shown = []
    for info in region:
        if not _marker(info, params):
            break
        shown.append(f"'{info.text.strip(_STRIP) or info.text}'")
    return "after " + " and ".join(shown[:3])


def _describe(region: list[LineInfo], params: Params) -> str:
    """Say what a region holds: posts (a title line followed by text) or paragraphs."""
    posts = 0
    for here, following in pairwise(region):
        if not here.prose and here.words >= 2 and following.prose and not _marker(here, params):
            posts += 1
    if posts:
        return f"{posts} other post{'s' if posts > 1 else ''} or comment{'s' if posts > 1 else ''}"
    count = sum(i.prose for i in region) or len(region)
    return f"{count} paragraph{'s' if count > 1 else ''} of other text"


def _structured(document: Document, region: list[LineInfo]) -> bool:
    """True when most of a region is tables, captions or references: its own vocabulary."""
    layout = structure(document)
    inside = sum(1 for info in region if layout.is_structured(info.number))
    return inside * 2 >= len(region)


def _vocabulary_break(
    document: Document, infos: list[LineInfo], params: Params
) -> tuple[int, int, str, str] | None:
    vectors = line_vectors(document)
    units = [vectors[i.number] for i in infos]
    paper = structure(document).kind == "paper"
    limits = Limits(
        params.min_core_words, params.min_tail_words, 2 * params.max_similarity, not paper
    )
    region = best_region(infos, units, limits)
    if region is None:
        return None
    begin, end, similarity = region  # an insert's similarity counts double
    if _structured(document, infos[begin:end]):
        return None
    rest = units[:begin] + units[end:]
    cohesion = min(halves(rest), halves(units[begin:end]))
    if similarity > params.max_similarity or similarity > params.max_cohesion_ratio * cohesion:
        return None
    where = "" if end == len(infos) else f" and comes back after line {infos[end - 1].number}"
    reason = f"vocabulary breaks away from the document{where} (similarity {similarity:.2f})"
    return begin, end, reason, _describe(infos[begin:end], params)
