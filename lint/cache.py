"""A cache of corpus-kind extracts, keyed by rule and document content.

Corpus kinds read every document of the corpus, even when pre-commit passes a single
changed file. Their per-document extract depends only on the document's bytes and the
rule's parameters, so it is stored under a digest of both and reused on the next run:
only new or changed documents are extracted again.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lint import __version__
from lint.schema import Rule

FILE_NAME = "extracts.sqlite3"
_MISSING = object()


def rule_key(rule: Rule) -> bytes:
    """A digest of everything an extract depends on besides the document's bytes."""
    data = f"{__version__}\0{rule.kind}\0{rule.params.model_dump_json()}"
    return hashlib.blake2b(data.encode(), digest_size=16).digest()


def entry_key(rule_digest: bytes, raw: bytes) -> bytes:
    """The key of one document's extract for one rule."""
    return hashlib.blake2b(raw, digest_size=16, key=rule_digest).digest()


class ExtractCache:
    """Extracts in one SQLite file; workers read it, only the parent process writes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._reader: sqlite3.Connection | None = None

    def get(self, key: bytes) -> Any:
        """Return the cached extract, or the `MISSING` sentinel."""
        try:
            if self._reader is None:
                self._reader = _connect(self.folder / FILE_NAME, readonly=True)
            row = self._reader.execute("SELECT value FROM extract WHERE key = ?", (key,)).fetchone()
            return _MISSING if row is None else pickle.loads(row[0])
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return _MISSING  # no cache yet, or one from another version: extract again

    def put(self, entries: Iterable[tuple[bytes, Any]]) -> None:
        """Store new extracts; a cache that cannot be written is skipped, never fatal."""
        rows = [
            (key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in entries
        ]
        if not rows:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / ".gitignore").write_text("# written by seedlint\n*\n", encoding="utf-8")
            with _connect(self.folder / FILE_NAME, readonly=False) as connection:
                connection.executemany("INSERT OR REPLACE INTO extract VALUES (?, ?)", rows)
            connection.close()
        except (OSError, sqlite3.Error):
            return


def is_missing(value: Any) -> bool:
    """True for the sentinel `get` returns when there is no usable entry."""
    return value is _MISSING


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE IF NOT EXISTS extract (key BLOB PRIMARY KEY, value BLOB)")
    return connection
