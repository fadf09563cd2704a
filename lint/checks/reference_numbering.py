"""Reference numbering: gaps, repeats and disorder in a numbered reference list.

Flags:
    In a numbered list: a number that is missing (the list jumps from 10 to 12, or
    starts at 3), a number used twice, a number smaller than the one before it,
    and a numbered line that opens no entry because it only continues the entry
    above ("28. https://…" after "27. Yau, N. (2021). … Retrieved from").

Why:
    Numeric citations point at numbers. When the numbering breaks, "[12]" points
    at the wrong work or at none; a continuation numbered as an entry shifts every
    number after it. These are the marks of entries lost, merged or split when
    the text was extracted.

Parameters:
    `problems` picks what to report: `gap`, `repeat`, `order`, `continuation`.
    Gaps are numbers absent from the whole list, so an entry out of place is
    reported once, as out of order, not as a gap too.

Passes:
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    2. Keohane, R. O. (1984). After hegemony. Princeton University Press.

Fails:
    References
    1. Nye, J. S. (2004). Soft power. PublicAffairs.
    3. Keohane, R. O. (1984). After hegemony. Princeton University Press.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.citations import analyse
from lint.citations.model import Marker, ReferenceList
from lint.document import Document
from lint.finding import Hit, Related

NAME = "reference_numbering"
SCOPE = "document"
PLACEHOLDERS = {
    "problem": "what is wrong with the number, as a phrase",
    "number": "the number as written",
}
Problem = Literal["gap", "repeat", "order", "continuation"]


class Params(BaseModel):
    """Parameters of the reference-numbering kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    problems: tuple[Problem, ...] = Field(
        default=("gap", "repeat", "order", "continuation"),
        min_length=1,
        description="What to report: gap, repeat, order, continuation.",
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit per numbering problem, at the marker where it shows."""
    for ref_list in analyse(document).lists:
        for problem, marker, phrase, related in _problems(ref_list, document.path):
            if problem in params.problems:
                args = {"problem": phrase, "number": str(marker.number)}
                yield Hit(marker.start, marker.end, args, related, text=f"{problem} {phrase}")


def _problems(
    ref_list: ReferenceList, path: str
) -> Iterator[tuple[Problem, Marker, str, tuple[Related, ...]]]:
    present = {m.number for m in ref_list.markers}
    first_line: dict[int, int] = {}
    previous: Marker | None = None
    for marker in ref_list.markers:
        number = marker.number
        if marker.continuation and previous is not None:
            phrase = f"'{number}' opens no entry: the line continues entry {previous.number} above"
            yield "continuation", marker, phrase, ()
        if number in first_line:
            related = (Related(path, first_line[number], first_line[number], "first use"),)
            yield "repeat", marker, f"number {number} is used twice", related
        elif previous is not None and number < previous.number:
            yield "order", marker, f"number {number} comes after {previous.number}", ()
        else:
            low = previous.number + 1 if previous is not None else 1
            missing = [n for n in range(low, number) if n not in present]
            if missing:
                yield "gap", marker, _gap_phrase(missing, number), ()
        first_line.setdefault(number, marker.line)
        previous = marker


def _gap_phrase(missing: list[int], number: int) -> str:
    runs: list[list[int]] = []
    for n in missing:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    shown = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    noun = "number" if len(missing) == 1 else "numbers"
    return f"{noun} {shown} missing before {number}"
