"""Which lines of a document are running text, and how long a stretch of text each is in.

Samples are taken only from running text, so a site's menus, buttons,
headings and lists of headlines make no copy; the stretch a line is in tells a
story's paragraphs from the few legal sentences a site prints among its menus.
"""

from __future__ import annotations

from lint.boilerplate.lines import LineInfo

_MIN_TEXT_WORDS = 8
_MIN_STOP_RATIO = 0.2
_MIN_LINE_WORDS = 15
_WRAP_WIDTH = 60  # characters of a full line of hard-wrapped prose


def stretches(infos: list[LineInfo]) -> dict[int, int]:
    """Words of the stretch of text each line is in: blank lines and the short ends of
    sentences do not break a stretch, menu items, buttons and headings do.

    A passage in a short stretch is an island among menus and buttons: the
    legal lines in the footer of every page of one site.
    """
    words: dict[int, int] = {}
    run: list[LineInfo] = []
    for info in [*infos, None]:
        if info is not None and (_wordy(info) or info.sentence or info.text[:1].islower()):
            run.append(info)
            continue
        total = sum(line.words for line in run)
        words.update((line.number, total) for line in run)
        run = []
    return words


def running_text(infos: list[LineInfo], index: int) -> bool:
    """A line of running text: enough words and function words, and not a lone short line.

    A short line counts when it reads as part of a paragraph: a line next to it
    is text too, and it ends a sentence, or goes on in the next line (which
    starts in lower case, or it is a full line of hard-wrapped prose). Alone
    between buttons it is a widget's label; in a list of headlines, a title.
    """
    info = infos[index]
    if not _wordy(info):
        return False
    if info.words >= _MIN_LINE_WORDS:
        return True
    after = infos[index + 1] if index + 1 < len(infos) else None
    before = infos[index - 1] if index > 0 else None
    if after is not None and after.number != info.number + 1:
        after = None
    goes_on = after is not None and (after.text[:1].islower() or len(info.text) >= _WRAP_WIDTH)
    if not (info.sentence or goes_on):
        return False
    return any(
        near is not None and abs(near.number - info.number) == 1 and _wordy(near)
        for near in (before, after)
    )


def _wordy(info: LineInfo) -> bool:
    """Enough words, and enough function words among them, for a sentence."""
    return info.words >= _MIN_TEXT_WORDS and info.stop_ratio >= _MIN_STOP_RATIO
