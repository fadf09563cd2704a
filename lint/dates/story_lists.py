"""Lists of other stories, comments and archives around a page's header date.

A scraped page shows many date lines: its own header's, and those of a "More stories"
list, of reader comments or of an archive. These tell the lists from the header: a list
is a block of date lines close together that shows different dates, and a header date
next to one stands apart from it by its shape, its spacing or the article text that
follows it. lint/dates/publication.py reads the header date among what is left.
"""

from __future__ import annotations

from itertools import pairwise

from lint.dates.datelines import ENTRY_GAP, LineDate
from lint.dates.prose import Prose

LIST_GAP = 20  # date lines this close together belong to one block
PROSE_REACH = 30  # article text follows a header date within this many lines
_ENTRY_SPACING = 6  # the entries of a list of other stories are this close
_LIST_ENTRIES = 2  # different dates close together make a list
_TEXT_BETWEEN = 40  # words of prose that part a header date from a list right after it
_ARTICLE_WORDS = 100  # words of prose that follow a header date right after a list
_PROSE_WORDS = 15  # a paragraph of a short story


def listed(found: LineDate, dates: list[LineDate]) -> bool:
    """Whether a date line is an entry of a list of other stories (or of comments).

    Its neighbours are the date lines chained to it, each within `_ENTRY_SPACING` lines
    of the next, apart from its own entry (a line right next to it, or an "Updated" line
    beside a "Published" one). It is listed when they show other dates and it is shaped
    and spaced as they are (a date ending a line after words, "Title 2019-08-05", is
    shaped as another such line): a header's byline or labelled date under a list of
    bare dates, a bare date under a list of titles with dates, or a date line further
    from a list than its entries are from each other, is the header's own.
    """
    own = {
        d.line
        for d in dates
        if abs(d.line - found.line) <= 1
        or (abs(d.line - found.line) <= _ENTRY_SPACING and d.role != found.role)
    }
    chain = [found]
    for side in (
        list(reversed([d for d in dates if d.line < found.line])),
        [d for d in dates if d.line > found.line],
    ):
        near = [d for d in side if d.line not in own]
        steps = _chained(found.line, near)
        titled = found.trailing and all(d.trailing for d, _ in steps)
        if len(steps) >= 2 and steps[0][1] != steps[1][1] and not titled:
            continue  # it stands apart from a list spaced evenly: a header beside the list
        chain += [d for d, _ in steps]
    if len({d.mention.iso() for d in chain}) < _LIST_ENTRIES:
        return False
    titled = not found.trailing and all(d.trailing for d in chain[1:])
    if found.shape == "listed" or (found.shape == "date" and not titled):
        return True
    return any(d.shape == found.shape or (d.trailing and found.trailing) for d in chain[1:])


def _chained(line: int, side: list[LineDate]) -> list[tuple[LineDate, int]]:
    """The date lines of `side` (nearest first) chained to `line`, with each step's gap."""
    steps: list[tuple[LineDate, int]] = []
    edge = line
    for near in side:
        gap = abs(edge - near.line)
        if gap > _ENTRY_SPACING:
            break
        steps.append((near, gap))
        edge = near.line
    return steps


def outside_lists(dates: list[LineDate], text: Prose) -> list[LineDate]:
    """Date lines not in a list of other stories, comments or an archive.

    A list is a block of entries (date lines, each within `LIST_GAP` lines of the
    next; lines at most `ENTRY_GAP` apart are one entry when they are a header's published
    and updated lines or show one date) that shows different published dates. A header date next to
    one is not part of it: the first entry when article text parts it from the next,
    the last when the article follows it and it is shaped or spaced unlike the list,
    and the one labelled date right under the article ("This story was published on …")
    among entries that carry no label.
    """
    kept: list[LineDate] = []
    for block in _blocks(dates, LIST_GAP):
        entries = _entries(block)
        if not _is_list(entries):
            kept.extend(block)
            continue
        if _opens_apart(entries, text):
            kept.extend(entries[0])
        kept.extend(d for d in _closing(entries, text) if d not in kept)
        if _signs_article(entries, text):
            kept.extend(d for d in entries[0] if d not in kept)
        if _ends_list(entries, text):
            kept.extend(entries[-1])
    return sorted(kept, key=lambda d: d.line)


def _blocks(dates: list[LineDate], gap: int) -> list[list[LineDate]]:
    """Runs of date lines, each within `gap` lines of the one before."""
    runs: list[list[LineDate]] = []
    for found in dates:
        if runs and found.line - runs[-1][-1].line <= gap:
            runs[-1].append(found)
        else:
            runs.append([found])
    return runs


def _entries(block: list[LineDate]) -> list[list[LineDate]]:
    """The entries of a block: a date line joins the one right above it (at most
    `ENTRY_GAP` lines up) when the two are a published and an updated date; a column of
    other stories' dates, one under each title, is many entries."""
    entries: list[list[LineDate]] = []
    for found in block:
        last = entries[-1][-1] if entries else None
        if last is not None and found.line - last.line <= ENTRY_GAP and found.role != last.role:
            entries[-1].append(found)
        else:
            entries.append([found])
    return entries


def _is_list(entries: list[list[LineDate]]) -> bool:
    """Whether entries are a list: published dates that differ, or one shown on a line
    shaped as only list entries are (a title with its date, no date line), as two
    stories of one day in a "Most read" list are."""
    shown = [next((d.mention.iso() for d in e if d.role == "published"), "") for e in entries]
    if len([s for s in shown if s]) < 2:
        return False
    return len({s for s in shown if s}) >= 2 or any(d.shape == "listed" for e in entries for d in e)


def _opens_apart(entries: list[list[LineDate]], text: Prose) -> bool:
    """Whether article text parts the first entry from the rest: a long stretch of it, or
    (a short wire story between a header date and a "More stories" list) a paragraph
    where the list's own entries have none between them."""
    gaps = [text.between(a[-1].line + 1, b[0].line - 1) for a, b in pairwise(entries)]
    if gaps[0] >= _TEXT_BETWEEN:
        return True
    return len(gaps) >= 2 and gaps[0] >= _PROSE_WORDS and max(gaps[1:]) < _PROSE_WORDS


def _closing(entries: list[list[LineDate]], text: Prose) -> list[LineDate]:
    """The labelled date right under an article ("This story was published on …"), when
    it is the only labelled entry of its block (comments and other stories carry none):
    under a long article, or, opening its block, under a short one."""
    labelled = [d for entry in entries for d in entry if d.shape == "label"]
    if len(labelled) != 1:
        return []
    line = labelled[0].line
    needed = _PROSE_WORDS if labelled[0] in entries[0] else _ARTICLE_WORDS
    return labelled if text.between(line - PROSE_REACH, line - 1) >= needed else []


def _signs_article(entries: list[list[LineDate]], text: Prose) -> bool:
    """Whether the first entry is the byline or labelled date that closes the article
    above it ("By NAME | date" after a short wire story) rather than a list's entry:
    article text right above it, none between it and the list, and spaced further from
    the list than the list's entries are from each other."""
    first = entries[0]
    if len(entries) < 3 or not any(d.shape in ("byline", "label") for d in first):
        return False
    line, after = first[0].line, entries[1][0].line
    if text.between(line - PROSE_REACH, line - 1) < _PROSE_WORDS or text.between(
        line + 1, after - 1
    ):
        return False
    gaps = [b[0].line - a[-1].line for a, b in pairwise(entries)]
    return gaps[0] > max(gaps[1:])


def _ends_list(entries: list[list[LineDate]], text: Prose) -> bool:
    """Whether the last entry is the header of the article that follows the list."""
    head, tail = entries[0][0].line, entries[-1][-1].line
    before = text.between(head - PROSE_REACH, head - 1)
    if before >= _ARTICLE_WORDS or text.between(tail + 1, tail + PROSE_REACH) < _ARTICLE_WORDS:
        return False  # a list inside an article, or one no article follows
    listed = {d.shape for entry in entries[:-1] for d in entry}
    if any(d.shape not in listed for d in entries[-1]):
        return True
    starts = [entry[0].line for entry in entries]
    gaps = [b - a for a, b in pairwise(starts)]
    return len(gaps) >= 2 and gaps[-1] != gaps[-2]
