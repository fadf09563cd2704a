"""A progress bar on stderr for long runs: only on a terminal, only for large corpora.

Reports go to stdout (or `--output`) and are never touched; on a pipe, a file or CI
log stderr stays silent, so logs hold no carriage-return noise.
"""

from __future__ import annotations

import time
from typing import TextIO

MIN_DOCUMENTS = 200  # below this a run is over before a bar helps
_INTERVAL = 0.1  # seconds between redraws
_WIDTH = 24
_CLEAR = "\r\x1b[K"


class Progress:
    """Draws `done/total`, the rate and the time left; `close` erases the line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.drawn = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        """Note that `done` of `total` documents are linted; redraw at most every 0.1 s."""
        if total < MIN_DOCUMENTS:
            return
        now = time.monotonic()
        if done < total and now - self.drawn < _INTERVAL:
            return
        self.drawn = now
        self.stream.write(_CLEAR + bar(done, total, now - self.started))
        self.stream.flush()
        self.shown = True
        if done >= total:
            self.close()

    def close(self) -> None:
        """Erase the bar, so the next line on the terminal starts clean."""
        if self.shown:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self.shown = False


def bar(done: int, total: int, elapsed: float) -> str:
    """One line: a bar, documents done of total, documents per second, time left."""
    filled = _WIDTH * done // max(total, 1)
    rate = done / elapsed if elapsed > 0 else 0.0
    left = (total - done) / rate if rate > 0 else 0.0
    minutes, seconds = divmod(int(left + 0.5), 60)
    return (
        f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {done}/{total} documents, "
        f"{rate:.0f}/s, {minutes}:{seconds:02d} left"
    )


def for_stream(stream: TextIO) -> Progress | None:
    """A progress bar when `stream` is a terminal, else None (silent)."""
    try:
        return Progress(stream) if stream.isatty() else None
    except (AttributeError, ValueError):
        return None
