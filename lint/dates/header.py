"""Where a page's article starts, and which date lines stand in its header.

A scraped page or a pasted wire story puts anything above its article: 10 to 150 lines
of navigation, a cookie banner, trending stories with their own dates, section names.
Below the article come more stories, reader comments and a footer, all with dates. The
page's own date stands in its header: the few lines right above the article's first
paragraph (title, byline, date line, image caption), or in its lead (a dateline, a date
under a standfirst). So the header is found from the article, not from the top:

- the article is the first run of running text long enough to be one (prose lines with
  short gaps between them: a date line, a caption or an advert inside the run does not
  part it);
- its header is the date lines from a few lines above that run down to the end of its
  lead (its first paragraph: a standfirst, or the paragraph a dateline opens).

Computed once per document from the lazily measured prose of lint/dates/prose.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.dates.prose import Prose

_PARAGRAPH_END = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")
_GAP = 6  # non-prose lines that may stand inside the article (date, caption, advert)
_ARTICLE_WORDS = 120  # a run of running text this long is an article, not a blurb
_OPENING_WORDS = 15  # the first paragraph of an article is at least this long
_ABOVE = 12  # the header stands within this many lines above the article's first line
_LEAD_PARAGRAPHS = 1  # a date under a standfirst, or opening the first paragraph


@dataclass(frozen=True, slots=True)
class Article:
    """The article's first line of running text, and the lines its header may take."""

    start: int
    header_first: int

    def in_header(self, line: int, text: Prose) -> bool:
        """Whether a date line on `line` stands in the header or the lead."""
        if line < self.header_first:
            return False
        paragraphs = [n for n in range(self.start, line) if text.words(n)]
        return len(paragraphs) <= _LEAD_PARAGRAPHS


def article(lines: list[str], text: Prose, dated: set[int]) -> Article | None:
    """The first run of running text of at least `_ARTICLE_WORDS` words, if any.

    A run opens with a paragraph (a line of `_OPENING_WORDS` words or more that ends as
    a sentence does: a cookie notice's short sentences and a long headline in a list of
    stories open none); date lines (`dated`) are never running text.
    """
    start = 0
    words = 0
    last = 0
    for number in range(1, len(lines) + 1):
        count = 0 if number in dated else text.words(number)
        if not count:
            continue
        if not start or number - last > _GAP + 1:
            if count < _OPENING_WORDS or not _PARAGRAPH_END.search(lines[number - 1]):
                start = 0
                continue
            start, words = number, 0
        words += count
        last = number
        if words >= _ARTICLE_WORDS:
            return Article(start, max(1, start - _ABOVE))
    return None
