"""Hypothesis strategies: text with every kind of line ending, real-looking fragments,
file names that are not UTF-8 or hold newlines, and findings to report."""

from __future__ import annotations

import os
from functools import lru_cache

from hypothesis import strategies as st

from lint.finding import CATEGORIES, Finding, Location, Related, Severity
from tests.conftest import SHARED

ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", ""])
ODD = st.sampled_from(
    ["\u00a0", "\u200b", "\ufeff", "\u0301", "\u202e", "…", "“", "”", "’", "\t", "\x0c", "\x1b",
     "$", "%", "€", "1,000", "3.5", "[1]", "(Smith, 2020)", "https://", "doi:10.", "---"]
)  # fmt: skip


@lru_cache(maxsize=1)
def corpus_lines() -> tuple[str, ...]:
    """Lines of real text from the shared corpus (empty when it is not there)."""
    folder = SHARED / "corpus" / "wikinews"
    if not folder.is_dir():
        return ()
    lines: list[str] = []
    for path in sorted(folder.rglob("*.txt"))[:120]:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(lines[:4000])


def fragment() -> st.SearchStrategy[str]:
    """A piece of a real line, whole or cut anywhere, or odd characters."""
    lines = corpus_lines()
    pieces = [st.text(max_size=40), ODD]
    if lines:
        real = st.sampled_from(lines)
        cut = st.tuples(real, st.integers(0, 200), st.integers(0, 400)).map(
            lambda t: t[0][t[1] : t[1] + t[2]]
        )
        pieces = [real, real, cut, *pieces]
    return st.one_of(*pieces)


@st.composite
def documents(draw: st.DrawFn, long_lines: bool = True) -> str:
    """Text made of fragments joined by mixed line endings, sometimes with a long line."""
    parts = draw(st.lists(st.tuples(fragment(), ENDINGS), max_size=30))
    text = "".join(piece + ending for piece, ending in parts)
    if long_lines and draw(st.booleans()):
        text += draw(fragment()) * draw(st.integers(50, 3000))
    return text


def file_names() -> st.SearchStrategy[str]:
    """File names as the OS gives them: any bytes but / and NUL, decoded with surrogates."""
    raw = st.binary(min_size=1, max_size=20).map(
        lambda b: b.replace(b"/", b"_").replace(b"\0", b"_")
    )
    special = st.sampled_from(
        [b"bad\xff.txt", b"new\nline.txt", b"\r\x1b[2J.txt", b"caf\xc3\xa9.md"]
    )
    return st.one_of(raw, special).map(lambda b: os.fsdecode(b if b not in (b".", b"..") else b"_"))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """A finding with any path and message, as the reporters receive one."""
    line = draw(st.integers(1, 10_000))
    end = line + draw(st.integers(0, 5))
    related = draw(
        st.lists(
            st.builds(Related, file_names(), st.integers(1, 99), st.integers(1, 99), st.text()),
            max_size=2,
        )
    )
    category = draw(st.sampled_from(CATEGORIES))
    return Finding(
        path=draw(file_names()),
        location=Location(line, draw(st.integers(1, 500)), end, draw(st.integers(1, 500))),
        rule=f"{category}.{draw(st.from_regex(r'[a-z][a-z0-9-]{0,12}', fullmatch=True))}",
        category=category,
        severity=draw(st.sampled_from(list(Severity))),
        message=draw(st.text(max_size=80)),
        related=tuple(related),
        text=draw(st.text(max_size=20)),
    )
