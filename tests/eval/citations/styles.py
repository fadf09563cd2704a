"""Render works as reference entries and in-text citations in common citation styles.

Styles: apa, harvard, chicago (author-date), mla, ieee, vancouver, numbered_apa
(APA entries numbered "1.", as many non-journal papers do) and notes (Chicago
notes and bibliography).
"""

from __future__ import annotations

import re

from works import Work

AUTHOR_YEAR = ("apa", "harvard", "chicago", "numbered_apa", "mla")
NUMERIC = ("ieee", "vancouver")


def initials(given: str, dots: bool = True) -> str:
    parts = [p for p in re.split(r"[\s]+", given) if p]
    out = []
    for part in parts:
        pieces = part.split("-")
        letters = [p[0] for p in pieces if p]
        out.append(("-".join(f"{c}." for c in letters)) if dots else "".join(letters))
    return " ".join(out) if dots else "".join(out)


def _join(names: list[str], last: str, oxford: bool = True) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        comma = "," if oxford and (last == "&" or "," in names[0]) else ""
        return f"{names[0]}{comma} {last} {names[1]}"
    return ", ".join(names[:-1]) + f", {last} {names[-1]}"


def apa_authors(work: Work) -> str:
    names = [f"{f}, {initials(g)}" if g else f for f, g in work.authors]
    return _join(names, "&")


def harvard_authors(work: Work) -> str:
    names = [f"{f}, {initials(g).replace(' ', '')}" if g else f for f, g in work.authors]
    return _join(names, "and", oxford=False)


def chicago_authors(work: Work, limit: int = 10) -> str:
    names = []
    for index, (family, given) in enumerate(work.authors):
        if not given:
            names.append(family)
        elif index == 0:
            names.append(f"{family}, {given}")
        else:
            names.append(f"{given} {family}")
    if len(names) > limit:
        return f"{names[0]}, et al"
    return _join(names, "and")


def ieee_authors(work: Work) -> str:
    names = [f"{initials(g)} {f}" if g else f for f, g in work.authors]
    if len(names) > 6:
        return f"{names[0]} et al."
    return _join(names, "and")


def vancouver_authors(work: Work) -> str:
    names = [f"{f} {initials(g, dots=False)}" if g else f for f, g in work.authors]
    if len(names) > 6:
        names = [*names[:6], "et al"]
    return ", ".join(names)


def _venue(work: Work) -> str:
    vol = work.volume + (f"({work.issue})" if work.issue else "")
    return ", ".join(x for x in (work.container, vol, work.pages) if x)


def _link(work: Work) -> str:
    return f"https://doi.org/{work.doi}" if work.doi else work.url


def entry(work: Work, style: str) -> str:
    """The reference entry of a work in a style, on one line, without a number."""
    return _RENDER[style](work)


def _apa(work: Work) -> str:
    who = apa_authors(work) if work.authors else ""
    head = f"{who}{'' if who.endswith('.') else '.'} ({work.year})." if work.authors else ""
    if work.kind == "web":
        title = f"{work.title}."
        got = f"Retrieved {work.accessed}, from {work.url}"
        if not work.authors:
            return f"{title} ({work.year}). {work.container}. {got}"
        return f"{head} {title} {work.container}. {got}"
    if work.kind == "book":
        tail = f" {_link(work)}" if _link(work) else ""
        return f"{head} {work.title}. {work.publisher}.{tail}"
    if work.kind == "chapter":
        pages = f" (pp. {work.pages})" if work.pages else ""
        tail = f" {_link(work)}" if _link(work) else ""
        return f"{head} {work.title}. In {work.container}{pages}.{tail}"
    tail = f" {_link(work)}" if _link(work) else ""
    return f"{head} {work.title}. {_venue(work)}.{tail}"


def _harvard(work: Work) -> str:
    head = (
        f"{harvard_authors(work)} ({work.year})"
        if work.authors
        else f"{work.container} ({work.year})"
    )
    if work.kind == "web":
        return f"{head} {work.title}. Available at: {work.url} (Accessed: {work.accessed})."
    if work.kind == "book":
        return f"{head} {work.title}. {work.place}: {work.publisher}."
    venue = (
        _venue(work).replace(f"({work.issue})", f"({work.issue})") if work.issue else _venue(work)
    )
    doi = f" doi:{work.doi}." if work.doi else ""
    return f"{head} '{work.title}', {venue}.{doi}"


def _chicago(work: Work) -> str:
    who = chicago_authors(work) if work.authors else work.container
    head = f"{who.rstrip('.')}. {work.year}."
    if work.kind == "web":
        return f"{head} “{work.title}.” {work.container}. Accessed {work.accessed}. {work.url}."
    if work.kind == "book":
        return f"{head} {work.title}. {work.place}: {work.publisher}."
    vol = f" {work.volume}" + (f" ({work.issue})" if work.issue else "")
    pages = f": {work.pages}" if work.pages else ""
    link = f" {_link(work)}." if _link(work) else ""
    return f"{head} “{work.title}.” {work.container}{vol if work.volume else ''}{pages}.{link}"


def _mla(work: Work) -> str:
    head = f"{chicago_authors(work, limit=2).rstrip('.')}." if work.authors else ""
    if work.kind == "web":
        where = f"{work.container}, {work.year}, {work.url}"
        return f"{head} “{work.title}.” {where}. Accessed {work.accessed}.".strip()
    if work.kind == "book":
        return f"{head} {work.title}. {work.publisher}, {work.year}."
    vol = f", vol. {work.volume}" if work.volume else ""
    issue = f", no. {work.issue}" if work.issue else ""
    pages = f", pp. {work.pages}" if work.pages else ""
    return f"{head} “{work.title}.” {work.container}{vol}{issue}, {work.year}{pages}."


def _ieee(work: Work) -> str:
    who = ieee_authors(work) if work.authors else work.container
    if work.kind == "web":
        return (
            f"{who}, “{work.title},” {work.container}, {work.year}. [Online]. Available: {work.url}"
        )
    if work.kind == "book":
        return f"{who}, {work.title}. {work.place}: {work.publisher}, {work.year}."
    if work.kind == "chapter":
        pages = f", pp. {work.pages}" if work.pages else ""
        return f"{who}, “{work.title},” in {work.container}, {work.year}{pages}."
    parts = [
        f"vol. {work.volume}" if work.volume else "",
        f"no. {work.issue}" if work.issue else "",
    ]
    parts += [f"pp. {work.pages}" if work.pages else "", str(work.year)]
    doi = f", doi: {work.doi}" if work.doi else ""
    return f"{who}, “{work.title},” {work.container}, {', '.join(p for p in parts if p)}{doi}."


def _vancouver(work: Work) -> str:
    who = vancouver_authors(work) if work.authors else work.container
    if work.kind == "web":
        cited = f"{work.year} [cited {work.accessed}]"
        return f"{who}. {work.title} [Internet]. {cited}. Available from: {work.url}"
    if work.kind == "book":
        return f"{who}. {work.title}. {work.place}: {work.publisher}; {work.year}."
    if work.kind == "chapter":
        return f"{who}. {work.title}. In: {work.container}; {work.year}. p. {work.pages}."
    issue = f"({work.issue})" if work.issue else ""
    doi = f" doi:{work.doi}" if work.doi else ""
    where = f"{work.year};{work.volume}{issue}:{work.pages}"
    return f"{who}. {work.title}. {work.container}. {where}.{doi}"


def _note_full(work: Work, page: int) -> str:
    names = [f"{g} {f}".strip() for f, g in work.authors]
    who = _join(names, "and") if len(names) <= 3 else f"{names[0]} et al."
    who = who or work.container
    if work.kind == "book":
        return f"{who}, {work.title} ({work.place}: {work.publisher}, {work.year}), {page}."
    if work.kind == "web":
        return f"{who}, “{work.title},” {work.container}, {work.year}, {work.url}."
    return f"{who}, “{work.title},” {work.container} {work.volume} ({work.year}): {page}."


def note(work: Work, page: int, first: bool) -> str:
    """A Chicago note: the full form the first time, the short form after."""
    if first:
        return _note_full(work, page)
    family = work.authors[0][0] if work.authors else work.container
    short = " ".join(work.title.split(":")[0].split()[:4])
    return f"{family}, {short}, {page}."


_RENDER = {
    "apa": _apa,
    "numbered_apa": _apa,
    "harvard": _harvard,
    "chicago": _chicago,
    "notes": _chicago,
    "mla": _mla,
    "ieee": _ieee,
    "vancouver": _vancouver,
}


def surnames(work: Work, style: str, narrative: bool) -> str:
    families = [f for f, _ in work.authors]
    if not families:
        if style in ("harvard", "chicago"):
            return work.container
        return f"“{' '.join(work.title.split()[:4])}”"
    if len(families) >= 3:
        return f"{families[0]} et al."
    if len(families) == 2:
        joiner = "&" if style == "apa" and not narrative else "and"
        return f"{families[0]} {joiner} {families[1]}"
    return families[0]


def author_year(work: Work, style: str, narrative: bool, page: int | None = None) -> str:
    """An author-year citation: "(Nye, 2004)", "Nye (2004)", "(Nye 2004, 45)", MLA "(Nye 45)"."""
    names = surnames(work, style, narrative)
    if style == "mla":
        return f"({names} {page or 12})"
    comma = ", " if style in ("apa", "harvard", "numbered_apa") else " "
    loc = ""
    if page is not None:
        loc = f", p. {page}" if style in ("apa", "harvard", "numbered_apa") else f", {page}"
    if narrative:
        return f"{names} ({work.year}{loc})"
    return f"({names}{comma}{work.year}{loc})"
