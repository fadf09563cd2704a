"""Title, author and publisher as the text of a document gives them.

Read from the header (the short lines before the first paragraph of prose) and the
tail (a reporter's credit, an author's biography, a citation of the document), the
places where sites and journals print them. Shared by the provenance-fields kind
and the starter-record writer; computed once per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lint.dates.self_citation import self_citation
from lint.document import Document
from lint.provenance.records import body_start_line
from lint.text import STOPWORDS

_HEADER_LINES = 15
_TAIL_LINES = 8
_SHORT = 150  # header and credit lines are short; prose is not
_BODY_LENGTH = 200
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|van|von|der|bin|al|le|la|del|di)\b)"
_NAME = rf"[A-Z][\w'’.-]*(?:[ \t]+{_NAME_WORD}){{1,4}}"
_PERSON = re.compile(rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(?P<name>{_NAME})")
_AUTHOR_LABEL = re.compile(
    r"^\W*(?:(?:written|words|story|reported|text)\s+by|by|authors?|reporters?|writers?|"
    r"correspondents?|columnists?|byline)\b\s*[:|\-–—]?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_PUBLISHER_LABEL = re.compile(
    r"^\W*(?:(?:source|publisher|publication)\s*[:|]|published\s+by\b|copyright\b|©)\s*"
    r"(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?P<value>.+)$",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|,|;|\d|\(|$)")
_RIGHTS = re.compile(r"[.,]?\s*all rights reserved\.?$", re.IGNORECASE)
_BIO = re.compile(
    rf"^(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>{_NAME})\s+(?:is|was|serves as)\s+"
    r"(?:(?:a|an|the)\s+)?[^.]{0,60}?\b(?i:professor|fellow|founder|president|journalist|"
    r"reporter|correspondent|editor|writer|author|researcher|analyst|director|lecturer|"
    r"student|scholar|economist|chair|head|adviser|advisor|columnist|contributor)s?\s+"
    r"(?:at|of|with|for|in)\b"
)
_MEDIA = re.compile(
    r"\b(?:Times|News|Post|Daily|Journal|Herald|Tribune|Guardian|Review|Magazine|Diplomat|"
    r"Today|Press|Agency|Network|TV|Radio|Media|Gazette|Chronicle|Observer|Telegraph|Monitor|"
    r"Insider|Wire|Weekly|Bulletin|Express|Independent|Standard|Courier|Dispatch|Economist|"
    r"Reuters|AP|AFP|BBC|CNN|Xinhua|Bloomberg)\b"
)
_AGENCY = re.compile(r"\((?P<value>Reuters|AP|AFP|Xinhua|Bloomberg|UPI|dpa|PA|CNN|BBC)\)\s*[—–-]")
_OUTLET = re.compile(
    r"\b(?:provided\s+to|exclusive\s+interview\s+with)\s+(?P<value>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)
_DOMAIN = re.compile(
    r"^\s*(?:https?://)?(?P<value>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/\S*)?\s*$"
)
_JOURNAL = re.compile(r"[”\"]\s*,\s*(?P<value>[^,]{3,80}?)\s*,\s*(?:vol|no|pp)\.", re.IGNORECASE)
_CHROME = re.compile(
    r"^(?:skip to|jump to|menu|main menu|home|search|sign in|log in|subscribe|mobile version|"
    r"follow us|share|advertisement|cookie|recent articles|related|comments|popular|latest|"
    r"trending|menu|close|open)\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    "articles article news recent popular related comments menu home search latest world "
    "business opinion politics sports video videos photos more share follow subscribe "
    "newsletter contact about topics tags section abstract references authors keywords "
    "introduction summary contents editor".split()
)


@dataclass(frozen=True, slots=True)
class TextField:
    """A value found in the text and the 1-based line it is on."""

    value: str
    line: int
    label: str = ""  # "journal" when the publisher is the journal a paper cites itself in


@dataclass(frozen=True, slots=True)
class TextFields:
    """What the text says about itself; None where it says nothing."""

    title: TextField | None
    author: TextField | None
    publisher: TextField | None


def text_fields(document: Document) -> TextFields:
    """Find the document's title, author and publisher in its text."""
    return document.memo("text_fields", lambda: _text_fields(document))


def _text_fields(document: Document) -> TextFields:
    header = _header(document)
    title = next((f for f in header if _is_title(f.value)), None)
    rest = [f for f in header if title is None or f.line != title.line]
    tail = [f for f in _tail(document) if f.line > (header[-1].line if header else 0)]
    author = _first(_author(f, f in rest) for f in [*rest, *tail]) or _bio_authors(document, tail)
    publisher = _first(_publisher(f, author, f in rest) for f in [*rest, *tail])
    return TextFields(title, author, publisher or _outlet(document))


def _header(document: Document) -> list[TextField]:
    """Short non-empty lines from the top of the text to the first paragraph of prose."""
    found: list[TextField] = []
    for number in range(body_start_line(document), document.line_count + 1):
        line = document.lines[number - 1].strip()
        if len(line) >= _BODY_LENGTH or len(found) >= _HEADER_LINES:
            break
        if line:
            found.append(TextField(line, number))
    return found


def _tail(document: Document) -> list[TextField]:
    lines = document.lines
    numbers = [n for n in range(len(lines), 0, -1) if lines[n - 1].strip()][:_TAIL_LINES]
    return [TextField(lines[n - 1].strip(), n) for n in sorted(numbers)]


def _is_title(line: str) -> bool:
    if len(line) > _SHORT or _CHROME.match(line) or _AUTHOR_LABEL.match(line):
        return False
    first = line.lstrip("\"'“‘«(")[:1]
    if not (first.isupper() or first.isdigit()) or not re.search(r"[^\W\d_]{2}", line):
        return False  # bullets, rules, and prose that starts in lower case
    return not line.endswith(".") or len(line.split()) <= 12


def _author(found: TextField, header: bool) -> TextField | None:
    """A labelled byline anywhere ("By …", "Reporter | …"); a bare name only in the header."""
    line = found.value
    if len(line) > _SHORT:
        return None
    label = _AUTHOR_LABEL.match(line)
    if label:
        name = _CUT.split(label.group("value"), maxsplit=1)[0].strip(" :,;")
        return TextField(name, found.line) if _looks_like_name(name) else None
    if header and _looks_like_name(line) and not _MEDIA.search(line):
        return TextField(line, found.line)
    return None


def _looks_like_name(text: str) -> bool:
    """One or more people's names: "Jane Roe", "Dr. Jane Roe and John Doe"."""
    return all(_one_name(part) for part in re.split(r"\s+(?:and|&)\s+", text.strip()))


def _one_name(text: str) -> bool:
    match = _PERSON.fullmatch(text.strip())
    if match is None or text.lower().startswith("the ") or re.search(r"\w{3}\.$", text):
        return False
    words = {w.lower().strip(".") for w in match.group("name").split()}
    return not words & _NOT_NAMES and not words <= STOPWORDS


def _bio_authors(document: Document, tail: list[TextField]) -> TextField | None:
    """Authors' biographies closing an op-ed: "Jane Roe is a fellow at …".

    The person must not appear in the text before: an article that ends on a
    sketch of someone it was about has no biography of its author.
    """
    names = [(m.group("name"), f.line) for f in tail[-3:] if (m := _BIO.match(f.value))]
    before = document.text[: document.line_starts[names[0][1] - 1]] if names else ""
    if not names or any(name.split()[-1] in before for name, _ in names):
        return None
    return TextField("; ".join(n for n, _ in names), names[0][1])


def _publisher(found: TextField, author: TextField | None, header: bool) -> TextField | None:
    """A "Source:" or "©" line anywhere; a site name or address only in the header."""
    line = found.value
    if len(line) > _SHORT:
        return None
    if author is not None and author.line == found.line:  # "By Jane Roe | The Diplomat"
        rest = line.split(author.value, 1)[-1].strip(" |·•—–-,")
        return TextField(rest, found.line) if _site_name(rest) else None
    label = _PUBLISHER_LABEL.match(line)
    if label:
        value = _RIGHTS.sub("", label.group("value")).strip(" .:,;")
        return TextField(value, found.line) if value else None
    if not header or _CHROME.match(line):
        return None
    domain = _DOMAIN.match(line)
    if domain:
        return TextField(domain.group("value"), found.line)
    return TextField(line, found.line) if _site_name(line) else None


def _site_name(text: str) -> bool:
    """A short capitalised name that reads as a publication: "The Diplomat", "Daily News"."""
    words = text.split()
    site = text.startswith("The ") or _MEDIA.search(text) is not None
    return 0 < len(words) <= 5 and site and all(w[:1].isupper() for w in words)


def _outlet(document: Document) -> TextField | None:
    """A publisher the text names in passing: an agency dateline, a journal citation."""
    cited = self_citation(document)
    if cited is not None:
        journal = _JOURNAL.search(document.lines[cited.line - 1])
        if journal:
            return TextField(journal.group("value"), cited.line, "journal")
    for pattern in (_AGENCY, _OUTLET):
        match = pattern.search(document.text)
        if match:
            line = document.position(match.start("value"))[0]
            return TextField(match.group("value"), line)
    return None


def _first(candidates: Iterable[TextField | None]) -> TextField | None:
    return next((c for c in candidates if c is not None), None)
