"""Line endings: bare CR line breaks, or a mix of LF and CRLF in one document.

Flags:
    A document that breaks lines with a bare carriage return (CR), mixes LF and
    CRLF, or does not use the style the rule expects.

Why:
    Tools disagree about bare CR: some see one long line, some many, so line
    numbers and paragraph splitting differ between them. A mix of LF and CRLF
    usually means text was pasted together from several sources.

Parameters:
    `expect` is `consistent` (any one style), `lf` or `crlf`. One finding per
    document, at the first line whose ending breaks the rule.

Passes:
    Every line ends with LF.

Fails:
    Line one ends with CRLF,␍␊ line two with LF.␊
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.document import Document
from lint.finding import Hit

NAME = "line_endings"
SCOPE = "document"
PLACEHOLDERS = {"detail": "what was found: the counts of each line ending"}
_BREAK = re.compile(r"\r\n|\r|\n")
_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}


class Params(BaseModel):
    """Parameters of the line-endings kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    expect: Literal["consistent", "lf", "crlf"] = Field(
        default="consistent", description="Which line endings are allowed."
    )


def check(document: Document, params: Params) -> Iterator[Hit]:
    """Yield one hit at the first line break that is not of the allowed style."""
    text = document.text
    if "\r" not in text and params.expect != "crlf":
        return
    breaks = [(m.start(), m.group()) for m in _BREAK.finditer(text)]
    counts = Counter(kind for _, kind in breaks)
    wanted = _wanted(counts, params.expect)
    bad = [(offset, kind) for offset, kind in breaks if kind != wanted]
    if not bad:
        return
    detail = ", ".join(f"{counts[k]} {_NAMES[k]}" for k in ("\n", "\r\n", "\r") if counts[k])
    offset, kind = bad[0]
    yield Hit(offset, offset + len(kind), {"detail": detail}, text=detail)


def _wanted(counts: Counter[str], expect: str) -> str:
    """The allowed line break: the one expected, or else the most common non-CR one."""
    if expect == "lf":
        return "\n"
    if expect == "crlf":
        return "\r\n"
    return "\r\n" if counts["\r\n"] > counts["\n"] else "\n"
