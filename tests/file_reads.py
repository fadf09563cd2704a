"""Helpers for tests of what a run reads: files written long ago, and a count of reads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lint import engine
from lint.document import Document

OLD_NS = 1_600_000_000 * 10**9  # a modification time long before any run


def write_old(path: Path, text: str) -> None:
    """Write `text` and date the file long ago, so the cache trusts its recorded `stat`."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(OLD_NS, OLD_NS))


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the engine reads from now on, in order."""
    seen: list[str] = []
    original = Document.read

    def counting(path: str) -> Document:
        seen.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(engine.Document, "read", staticmethod(counting))
    return seen
