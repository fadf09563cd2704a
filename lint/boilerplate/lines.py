"""Line shapes shared by the boilerplate checks, computed once per document.

A plain-text document has lost its markup, so what is left to tell chrome from
content is the shape of each line: how long it is, whether it is a sentence,
whether it starts with a bullet, how many function words it has (jusText's
stopword density), and whether it is provenance (a byline, dateline, caption or
credit), which is never chrome.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from lint.document import Document
from lint.text import STOPWORDS, words

BULLETS = "•·◦▪▸►‣*–—-»›>|"
_BULLET_CHARS = "•·◦▪▸►‣*–—»›>"
_BULLET_START = re.compile(r"\s*[•·◦▪▸►‣*–—»›>]\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_INNER_SENTENCE = re.compile(r"[a-z0-9][.!?][\"'”’]?\s+[A-Z“\"]")
_LETTER = re.compile(r"[^\W\d_]")
_MENU_SEPARATOR = re.compile(r"\s+[|•·»›>/]\s+|\s*\|\s*|\s{3,}|\t")
_PROVENANCE = re.compile(
    r"^\s*[\[(]?\s*(by|written by|posted by|published by|story by|words by|author|authors|"
    r"reporter|reporters|reporting by|editor|editors|edited by|editing by|writer|"
    r"poster designer|designer|photo|photos|photograph|photography|photographer|image|images|"
    r"picture|credit|credits|source|sources|illustration|video|graphic|graphics|"
    r"translated by|translator|contributor|contributors|additional reporting|published|"
    r"updated|posted|last updated|first published|licen[cs]e|licen[cs]ed under)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(via (ap|afp|reuters|getty|wikimedia)|getty images|photo provided|file photo|"
    r"cc by(-sa)?|creative commons|/ap\b|/afp\b|/reuters\b|pool photo)",
    re.IGNORECASE,
)
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun am pm gmt utc est edt pst pdt bst cet
    updated published posted""".split()
)


@dataclass(frozen=True, slots=True)
class LineInfo:
    """The shape of one non-blank line."""

    number: int
    text: str
    words: int
    stop_ratio: float
    sentence: bool
    bullet: bool
    provenance: bool
    segments: int
    tokens: tuple[str, ...]

    @property
    def prose(self) -> bool:
        """A paragraph of running text: long, or a sentence with function words."""
        if self.words >= 15 and self.stop_ratio >= 0.2:
            return True
        return self.sentence and self.words >= 8 and self.stop_ratio >= 0.25

    @property
    def short(self) -> bool:
        """A label, link or menu item: a few words and no sentence punctuation."""
        return self.words <= 5 and not self.sentence and not self.provenance


def line_info(number: int, line: str) -> LineInfo:
    """Measure one line."""
    text = line.strip()
    found = words(text)
    stops = len([w for w in found if w in STOPWORDS])
    body = _BULLET_START.sub("", text, count=1) if text[:1] in _BULLET_CHARS else text
    # Menus are short; splitting long paragraphs on separators is wasted work.
    # A menu item has a word in it; a formula's "> > >" has none.
    segments = len(
        [s for s in _MENU_SEPARATOR.split(body) if _LETTER.search(s)] if len(body) < 200 else [body]
    )
    return LineInfo(
        number=number,
        text=text,
        words=len(found),
        stop_ratio=stops / len(found) if found else 0.0,
        sentence=bool(_SENTENCE_END.search(body) or _INNER_SENTENCE.search(body)),
        bullet=_BULLET_START.match(text) is not None and body != text.strip(),
        provenance=is_provenance(text, found),
        segments=segments,
        tokens=tuple(found),
    )


def is_provenance(text: str, found: list[str]) -> bool:
    """Bylines, datelines, captions and credits: where the text came from, never chrome."""
    if len(text) > 300:
        return False
    if _PROVENANCE.match(text) or _CREDIT.search(text):
        return True
    return bool(found) and all(w in _DATE_WORDS or w.isdigit() for w in found)


_CACHE: weakref.WeakKeyDictionary[Document, list[LineInfo]] = weakref.WeakKeyDictionary()


def line_infos(document: Document) -> list[LineInfo]:
    """The shapes of a document's non-blank lines, computed once and shared by every kind."""
    cached = _CACHE.get(document)
    if cached is None:
        cached = [
            line_info(number, line)
            for number, line in enumerate(document.lines, start=1)
            if line.strip()
        ]
        _CACHE[document] = cached
    return cached
