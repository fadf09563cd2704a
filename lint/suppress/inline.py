"""Suppressions in Markdown comments, which do not render:

    <!-- seedlint-disable boilerplate.web-chrome, dates -->  … <!-- seedlint-enable -->
    <!-- seedlint-disable-next-line figures.figure-wording -->

A bare `seedlint-disable` silences every rule; `seedlint-enable` ends every open
region (`seedlint-enable RULE` only that one's). Comments inside code fences are
text, not directives. Plain text has no comments, so `.txt` files have none of this.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint.document import Document
from lint.suppress.model import SELECTOR, Place, Problem, Suppression

MARKDOWN_SUFFIXES = (".md", ".markdown")
_COMMENT = re.compile(r"<!--\s*seedlint-([A-Za-z-]*)(.*?)-->")
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
Item = Suppression | Problem


def is_markdown(path: str) -> bool:
    """Whether comments in this file are Markdown comments."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def read(document: Document) -> Iterator[Item]:
    """Yield the suppressions and problems of a Markdown document's seedlint comments."""
    if not is_markdown(document.path) or "seedlint-" not in document.text:
        return
    open_regions: dict[str, Place] = {}
    fence = ""
    for number, line in enumerate(document.lines, start=1):
        opened = _FENCE.match(line)
        if opened and (not fence or opened.group(1) == fence):
            fence = "" if fence else opened.group(1)
            continue
        if fence or "seedlint-" not in line:
            continue
        for match in _COMMENT.finditer(line):
            place = Place(document.path, number, match.start() + 1, "comment")
            yield from _directive(match, place, open_regions, document.line_count)
    for selector, place in sorted(open_regions.items(), key=lambda item: item[1].line):
        yield _region(selector, place, document.line_count)


def _directive(
    match: re.Match[str], place: Place, regions: dict[str, Place], last: int
) -> Iterator[Item]:
    word, rest = match.group(1), match.group(2)
    selectors = [s for s in re.split(r"[\s,]+", rest.strip()) if s]
    bad = [s for s in selectors if not SELECTOR.fullmatch(s)]
    if word not in ("disable", "enable", "disable-next-line"):
        yield Problem(
            f"unknown directive 'seedlint-{word}' (use seedlint-disable, "
            "seedlint-enable or seedlint-disable-next-line)",
            place,
        )
    elif bad:
        yield Problem(f"{bad[0]!r} is not a rule id or category", place)
    elif word == "disable-next-line":
        for selector in selectors or ["ALL"]:
            line = min(place.line + 1, last)
            label = f"seedlint-disable-next-line {selector}"
            yield Suppression(selector, label, place, lines=(line, line))
    elif word == "disable":
        for selector in selectors or ["ALL"]:
            if selector not in regions:
                regions[selector] = place
    else:
        closing = selectors or list(regions)
        if not any(s in regions for s in closing):
            yield Problem("seedlint-enable without a matching seedlint-disable", place)
        for selector in closing:
            if selector in regions:
                yield _region(selector, regions.pop(selector), place.line)


def _region(selector: str, start: Place, end_line: int) -> Suppression:
    return Suppression(
        selector, f"seedlint-disable {selector}", start, lines=(start.line, end_line)
    )
