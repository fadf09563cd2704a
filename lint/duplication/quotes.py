"""Words of a line with what lies inside quotation marks told apart.

Two independent stories that quote one speaker share the speaker's words and
nothing else; an outlet that carries another's story shares its narrative. So
the duplication family samples only the words outside quotation marks. Marks
are read in every style outlets use: straight `"`, typographic `“”`, the `''`
and ```` `` ```` of text converted from TeX or old wire systems, `„` and `«»`,
and single marks (`'…'`, `‘…’`) at the edges of words. A straight double mark
toggles; a typographic one says which side it opens. Each line
(a paragraph) starts outside: a quotation running over several paragraphs
opens each of them again, as the convention is.
"""

from __future__ import annotations

import re

from lint.text import WORD

_CANDIDATES = re.compile(r"''|``|[\"“”„«»'‘’]")
_OPENING = frozenset("“„«")
_CLOSING = frozenset("”»")
_SINGLE_OPENING = frozenset("'‘")
_QUICK = ('"', "“", "”", "„", "«", "»", "''", "``", "‘")


def quoted_flags(line: str) -> list[bool] | None:
    """Whether each word of the line (as `WORD` finds them) is quoted; None: no mark at all."""
    if not _may_open(line):
        return None
    flags: list[bool] = []
    double = single = False
    start = 0
    for mark in _CANDIDATES.finditer(line):
        state = _after(mark, double, single)
        if state is None:
            continue  # an apostrophe inside a word
        flags += [double or single] * len(WORD.findall(line, start, mark.start()))
        double, single = state
        start = mark.end()
    flags += [double or single] * len(WORD.findall(line, start))
    return flags


def _may_open(line: str) -> bool:
    """A quick test (no regular expression) for a mark that can open a quotation."""
    if any(mark in line for mark in _QUICK):
        return True
    return "'" in line and (line.startswith("'") or " '" in line or "('" in line)


def _after(mark: re.Match[str], double: bool, single: bool) -> tuple[bool, bool] | None:
    """The quotation state after a mark, or None when the mark is an apostrophe.

    Double marks toggle or say their side. Single marks (British style, or a
    quotation inside a quotation) open at the start of a word and close at the
    end of one, so apostrophes inside words change nothing.
    """
    text, line, at = mark.group(), mark.string, mark.start()
    if len(text) == 2 or text not in "'‘’":
        double = True if text in _OPENING else False if text in _CLOSING else not double
        return double, single and double
    before = line[at - 1] if at else " "
    after = line[at + 1] if at + 1 < len(line) else " "
    if not before.isalnum() and after.isalnum():  # at the start of a word
        return (double, True) if text in _SINGLE_OPENING and not single else None
    if not after.isalnum() and (before.isalnum() or before in ".,!?;:"):  # at the end of one
        return (double, False) if single else None
    return None
