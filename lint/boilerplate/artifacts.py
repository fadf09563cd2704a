"""Detectors of extraction artifacts: the marks an HTML-to-text step leaves in a line.

Each detector looks at one non-blank line (and, for repeated titles, the next one)
and returns the span it found, relative to the line, with a short description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from lint.boilerplate.lines import LineInfo
from lint.boilerplate.vocab import vocabulary

# Two words glued where a block boundary was lost: "PowerOcean", "JinpingTAKEDA",
# "Pakistan.The", "Download1. Introduction".
_CAMEL = re.compile(r"(?<![\w’'])([A-Za-z][a-z]*?[a-z]{3,})((?:[A-Z][a-z]{2,}|[A-Z]{3,})(?![a-z]))")
# A capitalised function word glued to the word before it ("RoadThe", "reportA ")
# almost never occurs in a name.
_FUNCTION_GLUE = re.compile(
    r"(?<![\w’'])[A-Za-z]*[a-z]{3,}(?:The|This|That|These|In|On|At|By|As|It|He|She|We|They|"
    r"An|A|His|Her|Its|Their|For|From|With|After|When|While|According|However|Following)"
    r"(?=\s)"
)
# The seam of a glue: lower case then upper, a sentence end then a capital, letters and
# digits side by side.
_JOIN = re.compile(r"(?:[a-z]|[a-z][.!?])(?=[A-Z])|[A-Za-z](?=\d)|\d(?=[A-Za-z])")
_ANY_GLUE = re.compile(r"[a-z](?:[A-Z]|[.!?][A-Z]|\d)|\d[A-Z]")
# A number glued to the next word: "2019A Boeing", "2020On Wednesday", "103Richard".
_YEAR_GLUE = re.compile(
    r"(?<![\w.,])\d{2,}(?:[A-Z][a-z]{2,}|(?:On|In|At|By|As|It|He|We|An|A|I)(?=\s))"
)
_SENTENCE_GLUE = re.compile(r"(?<![\w.])[A-Za-z]*[a-z]{2,}[.!?]([A-Z][a-z]{2,})")
_NUMBER_GLUE = re.compile(r"(?<![\w])[A-Za-z]*[a-z]{3,}\d{1,2}\.(?=\s+[A-Z]|[A-Z])")
_LOWER_TOKEN = re.compile(r"(?<![\w’'])[A-Za-z][a-z]{6,}(?![\w’'])")
# NOTE: "of", "in", "on", "to" are left out: "thereof", "herein", "thereto" are words.
_GLUE_TAILS = ("by", "the", "and", "with", "from")
# "…" after a word, or an excerpt's "[…]"; a plain "..." is left alone, since
# interview transcripts end trailing-off speech with it.
_CUT_OFF = re.compile(r"(?:\w[.,;:!?]?|\w[,;:]?\s)(…|\[(?:…|\.\.\.)\])\s*$")
# A sentence end (not the dots of a spaced ". . ." ellipsis).
_SENTENCE_BREAK = re.compile(r"(?<![.\s])[.!?][\"”’)]*\s+")
_MIN_FRAGMENT_WORDS = 3
# Where a title runs into the text after it: "RoadThe", "mosqueby Jane", "103Richard".
_FUSED = re.compile(r"[a-z][A-Z]|\d[A-Za-z]|[a-z]\d|[a-z](?:by|from)\b")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))
# Brackets that open nothing: a half-open interval, which closes with the other bracket
# ("[0, 1)", "(0.5, 1]"), and an emoticon (":(", ";-(").
_NOT_OPENING = re.compile(
    r"[\[(]\s*[-+−]?[\w.∞]{1,12}\s*[,;]\s*[-+−]?[\w.∞]{1,12}\s*[\])]|(?<=[:;])-?\("
)


@dataclass(frozen=True, slots=True)
class Artifact:
    """What a detector found on a line: a span relative to the line, and what it is."""

    start: int
    end: int
    what: str


def glued_tokens(text: str) -> list[tuple[int, int, str, int]]:
    """Every candidate glue in `text`: (start, end, token, weight), in order.

    Camel-case joins weigh 1, since brand names look the same ("GameStop"); a
    sentence end with no space, a glued note number or year, or a fused function
    word weigh 2, and a capitalised function word glued on weighs 3, since names
    almost never look like that.
    """
    weights: dict[tuple[int, int, str], int] = {}
    if _ANY_GLUE.search(text):  # NOTE: cheap gate; most lines have no glue at all
        patterns = ((_CAMEL, 1), (_SENTENCE_GLUE, 2), (_NUMBER_GLUE, 2), (_YEAR_GLUE, 2))
        for pattern, weight in (*patterns, (_FUNCTION_GLUE, 3)):
            for m in pattern.finditer(text):
                weights[(m.start(), m.end(), m.group(0))] = weight
    for start, end, token in _lower_glue(text):
        weights[(start, end, token)] = 2
    return sorted((start, end, token, w) for (start, end, token), w in weights.items())


def glued_words(text: str, allow: frozenset[str], whole: str, min_glued: int) -> Artifact | None:
    """Words glued where a line or block break was lost; None when they weigh under `min_glued`.

    A token found more than once in the `whole` document is a name the text uses
    ("RecargaPay"), not an accident of extraction, which happens once.
    """
    found = glued_found(text, allow, whole)
    if sum(weight for *_, weight in found) < min_glued:
        return None
    shown = ", ".join(f"'{token}'" for _, _, token, _ in found[:4])
    more = f" and {len(found) - 4} more" if len(found) > 4 else ""
    return Artifact(found[0][0], found[-1][1], f"{len(found)} glued words ({shown}{more})")


def glued_found(text: str, allow: frozenset[str], whole: str) -> list[tuple[int, int, str, int]]:
    """The glued tokens of `text` that count: not allowed, not words, not used elsewhere."""
    vocab = vocabulary()
    return [
        (start, end, token, weight)
        for start, end, token, weight in glued_tokens(text)
        if token.lower() not in allow and token.lower() not in vocab and whole.count(token) == 1
    ]


def glue_point(token: str) -> int | None:
    """Where the break was lost inside a glued token, as an offset into it.

    Each glue pattern joins its two words at the token's last change of case, after a
    sentence end or between a word and a number ("PowerOcean", "JinpingTAKEDA",
    "Pakistan.The", "Download1.", "2019A"), except a known word fused with a function
    word ("companiesby"), which joins where the function word starts.
    """
    vocab = vocabulary()
    lowered = token.lower()
    for tail in _GLUE_TAILS:
        if lowered.endswith(tail) and lowered[: -len(tail)] in vocab and token.islower():
            return len(token) - len(tail)
    joins = [m.end() for m in _JOIN.finditer(token)]
    return joins[-1] if joins else None


def _lower_glue(text: str) -> Iterable[tuple[int, int, str]]:
    """Lower-case tokens that are a known word plus a function word: 'companiesby'."""
    vocab = vocabulary()
    for match in _LOWER_TOKEN.finditer(text):
        token = match.group(0).lower()
        if token in vocab:
            continue
        for tail in _GLUE_TAILS:
            if (
                token.endswith(tail)
                and len(token) - len(tail) >= 5
                and token[: -len(tail)] in vocab
            ):
                yield match.start(), match.end(), match.group(0)
                break


def cut_off(info: LineInfo, min_words: int, before: str, after: str) -> Artifact | None:
    """A snippet of at least `min_words` words that ends in an ellipsis: the rest is missing.

    A teaser is cut by length, anywhere ("… in combat. EU …"); an ellipsis glued
    to the one word of a new sentence ("… a print issue. However…"), after a
    link, at the end of a quote a line introduces ("… replies:"), or continued on
    the next line ("… discussion …" / "… gets derailed") is the writer's own.
    """
    if info.words < min_words or before.endswith(":") or after.startswith(("…", "...")):
        return None
    match = _CUT_OFF.search(info.text)
    if match is None:
        return None
    head = info.text[: match.start(1)]
    fragment = _SENTENCE_BREAK.split(head)[-1].split()
    if fragment and "://" in fragment[-1]:
        return None
    if len(fragment) < _MIN_FRAGMENT_WORDS and not head.endswith(" "):
        return None
    return Artifact(match.start(1), match.end(1), f"a {info.words}-word snippet cut off")


def repeated_title(info: LineInfo, following: LineInfo, threshold: int) -> Artifact | None:
    """A title repeated word for word on the next line, or fused with the next paragraph.

    The fused copy may differ a little (at least `threshold` alike, as rapidfuzz
    scores it); a copy on its own line must be the same, since neighbouring
    labels ("Act I", "Act II") differ by a character.
    """
    if not 2 <= info.words <= 20 or info.text.endswith(".") or info.provenance:
        return None
    size = len(info.text)
    title, other = info.text.casefold(), following.text.casefold()
    if " ".join(title.split()) == " ".join(other.split()):
        return Artifact(0, size, "title repeated on the next line")
    if fuzz.ratio(title, other[:size]) < threshold:
        return None
    # A paragraph that opens with the title's words ("Alex Cappa (born 1995) is...")
    # is ordinary prose; a title fused with the paragraph ("RoadThe") is not.
    # A join the title has itself ("… containing 74a" before "… containing 74A is") is
    # the title's own spelling, not a fusion.
    joins = (
        m.start() + 1
        for m in _FUSED.finditer(following.text, max(0, size - 3), size + 4)
        if title[m.start() : m.end()] != other[m.start() : m.end()]
    )
    if not any(abs(join - size) <= 1 for join in joins):
        return None
    return Artifact(0, size, "title repeated at the start of the next paragraph")


def unbalanced(text: str, ahead: Sequence[str]) -> Artifact | None:
    """A bracket or curly quotation mark opened and never closed in a paragraph.

    Only what opens counts: a closing mark with no opening one is usually a list
    marker ("a)") or the end of a quote from the paragraph before. What the next
    lines (`ahead`) close was not cut: a quote running over several paragraphs,
    a block of code. An interval ("[0, 1)") closes with the other bracket and an
    emoticon (":(") opens nothing.
    """
    size = len(text)
    brackets = _NOT_OPENING.sub(" ", text) if "[" in text or "(" in text else text
    for left, right in _PAIRS:
        if left in brackets and not _closed(_depth(brackets, left, right), ahead, left, right):
            return Artifact(0, size, f"'{left}' opened and never closed")
    if ahead and ahead[0].lstrip().startswith("“"):
        return None  # each paragraph of a long quote opens with “, only the last closes
    if "“" in text and not _closed(_depth(text, "“", '”"'), ahead, "“", '”"'):
        return Artifact(0, size, "a quotation opened with '“' and never closed")
    return None


def _closed(depth: int, ahead: Sequence[str], left: str, right: str) -> bool:
    """True when nothing is open, or the lines ahead close it before opening more."""
    for line in ahead:
        if depth <= 0:
            break
        depth = _depth(line, left, right, depth)
    return depth <= 0


def _depth(text: str, left: str, right: str, depth: int = 0) -> int:
    """How many `left` marks are still open after `text` (a closing mark never goes below 0)."""
    for char in text:
        if char == left:
            depth += 1
        elif char in right and depth:
            depth -= 1
    return depth
