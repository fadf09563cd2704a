"""Tables and captions: content that is neither sentences nor chrome.

A table loses its markup when a document is saved as text but keeps one row per line:
cells between ` | ` or tabs (as HTML and JATS renderings write them), or a label and a
row of numbers (as PDF text extraction leaves them). Menus have the first shape too
("Home | News | Sport"), so a run of delimited rows counts as a table only with a
caption above it, numbers in its cells, or in a paper. A caption opens with its label
and number ("Figure 2.", "Table 1:", "S1 Fig", "TABLE II").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lint.boilerplate.lines import LineInfo

_CAPTION = re.compile(
    r"(?:s\d+\s+|supplementary\s+|suppl\.\s*)?"
    r"(?:fig(?:ure)?s?|table|tab|scheme|chart|box|plate|appendix|video|movie|data|file|text)"
    r"\.?\s*(?:[a-z]?\d+[a-z]?|[ivxl]+)(?![\w-])",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"[<>≤≥~±+−–-]?[$€£]?\(?[+−-]?\d[\d.,·:/]*\)?%?"
    r"(?:\(\d[\d.,·]*%?\))?(?:[–-][$€£]?\d[\d.,·]*%?)?[*†‡]*"
)
# A cell on a line of its own, as HTML tables render one cell per line: a number
# with its unit ("57Kb", "+4%", "1,030").
_CELL_NUMBER = re.compile(r"[<>~±+−–-]?[$€£]?\d[\d.,]*\s?(?:%|[A-Za-z]{1,3})?")
_COLUMN_ROWS = 8
_CELL_WORDS = 3
_DIGIT = re.compile(r"\d")
# A row of numbers is short; longer lines are prose however many numbers they hold.
_MAX_ROW_CHARS = 300
# Rows a table keeps between its numeric rows: group labels ("Gender") and headers ("n %").
_MAX_LABEL_WORDS = 6
_MAX_GAP_ROWS = 2
_CAPTION_REACH = 3


def is_caption(text: str) -> bool:
    """A figure, table or supplementary caption: its label and number open the line."""
    return _CAPTION.match(text) is not None


def delimited(text: str) -> bool:
    """A row of cells between ` | ` or tabs."""
    return "\t" in text or " | " in text or text.startswith("| ") or text.endswith(" |")


def numeric_row(text: str) -> bool:
    """A row of numbers: at least two, and at least half of its tokens."""
    if len(text) > _MAX_ROW_CHARS or not _DIGIT.search(text):
        return False  # NOTE: cheap gates; most lines are prose with no number at all
    tokens = text.split()
    numbers = sum(_NUMBER.fullmatch(token) is not None for token in tokens)
    return numbers >= 2 and numbers * 2 >= len(tokens)


def find_tables(infos: Sequence[LineInfo], captions: frozenset[int], paper: bool) -> set[int]:
    """Line numbers of table rows: delimited or numeric runs, with their labels and headers."""
    rows: set[int] = _cell_columns(infos)
    index = 0
    while index < len(infos):
        if not _row(infos[index]):
            index += 1
            continue
        end = _block_end(infos, index)
        block = infos[index:end]
        if _is_table(infos, index, block, captions, paper):
            rows.update(info.number for info in block)
            rows.update(_headers(infos, index, captions))
        index = end
    return rows


def _cell_columns(infos: Sequence[LineInfo]) -> set[int]:
    """A table rendered one cell per line: a long run of short lines, half of them numbers."""
    found: set[int] = set()
    start = 0
    for end in range(len(infos) + 1):
        if end < len(infos) and infos[end].words <= _CELL_WORDS and not infos[end].sentence:
            continue
        run = infos[start:end]
        numbers = sum(_CELL_NUMBER.fullmatch(info.text) is not None for info in run)
        if len(run) >= _COLUMN_ROWS and numbers * 2 >= len(run):
            found.update(info.number for info in run)
        start = end + 1
    return found


def _row(info: LineInfo) -> bool:
    return delimited(info.text) or numeric_row(info.text)


def _label(info: LineInfo) -> bool:
    return info.words <= _MAX_LABEL_WORDS and not info.sentence


def _block_end(infos: Sequence[LineInfo], start: int) -> int:
    """End of a run of rows, bridging up to two label rows between them."""
    end = start + 1
    while end < len(infos):
        if _row(infos[end]):
            end += 1
            continue
        ahead = end
        while ahead - end < _MAX_GAP_ROWS and ahead < len(infos) and not _row(infos[ahead]):
            if not _label(infos[ahead]):
                break
            ahead += 1
        if ahead == end or ahead >= len(infos) or not _row(infos[ahead]):
            break
        end = ahead
    return end


def _is_table(
    infos: Sequence[LineInfo],
    start: int,
    block: Sequence[LineInfo],
    captions: frozenset[int],
    paper: bool,
) -> bool:
    if _captioned(infos, start, captions):
        return True
    split = [i for i in block if delimited(i.text)]
    numeric = [i for i in block if _has_number_cell(i.text)]
    if len(split) >= 2 and (paper or len(numeric) * 3 >= len(block)):
        return True
    # NOTE: one delimited line alone is no table, even in a paper: a PDF's running
    # footer ("JOURNAL | doi … 2 / 14") has that shape, between two halves of a sentence.
    if paper and split and len(block) >= 2:
        return True
    return sum(numeric_row(i.text) for i in block) >= 3


def _captioned(infos: Sequence[LineInfo], start: int, captions: frozenset[int]) -> bool:
    """True when a caption sits just above the block (headers may come between)."""
    for back in range(start - 1, max(-1, start - 1 - _CAPTION_REACH), -1):
        if infos[back].number in captions:
            return True
        if not _label(infos[back]):
            return False
    return False


def _headers(infos: Sequence[LineInfo], start: int, captions: frozenset[int]) -> set[int]:
    """Header and label lines just above a table's first row (up to its caption)."""
    found: set[int] = set()
    for back in range(start - 1, max(-1, start - 1 - _CAPTION_REACH), -1):
        if infos[back].number in captions or not _label(infos[back]):
            break
        found.add(infos[back].number)
    return found


def _has_number_cell(text: str) -> bool:
    return any(_NUMBER.fullmatch(token) for token in re.split(r"\t| \| |\s+", text) if token)
