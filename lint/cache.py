"""A cache of corpus-kind extracts: validated data, keyed by rule and document content.

Corpus kinds read every document of the corpus, even when pre-commit passes a single
changed file. Their per-document extract depends only on the document's bytes and the
rule's parameters, so it is stored under a digest of both and reused on the next run:
only new or changed documents are extracted again. A file whose `stat` is as recorded
is not even read (`lint.filestate`): its recorded digest names its extracts.

Nothing in the cache is executable. An entry is the extract encoded as JSON by the
kind's typed codec (`lint.codec`), decoded back with validation; a crafted entry is
rejected, not run. Each entry carries a keyed digest (BLAKE2b with a secret kept in the
user's cache folder, never in a project), so an entry seedlint did not write on this
machine, or one altered since, is never trusted. The file records its format, the
seedlint version and the digest of that secret: a stale or foreign file is ignored
and rebuilt, and so is a corrupted one, which is reported once (`problems`).

By default the cache lives in the user's cache folder (`$XDG_CACHE_HOME/seedlint`,
else `~/.cache/seedlint`), under a digest of the project's folder: a location no pull
request controls.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from lint import __version__
from lint.schema import Rule

FORMAT = "3"
FILE_NAME = "extracts-v2.sqlite3"
_SECRET_NAME = "secret-key"
_MAC_BYTES = 16
_FILE_TAG = b"\0file\0"  # file records are sealed under this prefix: no path starts with NUL
_INDEX_TAG = b"\0index\0"  # corpus index rows (lint.index), sealed apart from both
_BATCH = 500  # keys per query of a bulk read, well under SQLite's limit on parameters
_CORRUPT = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


def user_cache_root() -> Path:
    """The user's seedlint cache folder: `$XDG_CACHE_HOME/seedlint` or `~/.cache/seedlint`."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "seedlint"


def default_cache_dir(project: Path) -> Path:
    """The cache folder of one project: the user cache root, under a digest of its path."""
    digest = hashlib.blake2b(os.fsencode(os.path.realpath(project)), digest_size=8).hexdigest()
    return user_cache_root() / "projects" / digest


def rule_key(rule: Rule, signature: str) -> bytes:
    """A digest of everything an extract depends on besides the document's bytes.

    `signature` is the extract type's codec signature: a kind whose `Summary`
    changes never reads entries written for the old shape.
    """
    data = f"{FORMAT}\0{__version__}\0{rule.kind}\0{signature}\0{rule.params.model_dump_json()}"
    return hashlib.blake2b(data.encode(), digest_size=16).digest()


def entry_key(rule_digest: bytes, content: bytes) -> bytes:
    """The key of one document's extract for one rule, from the digest of its bytes."""
    return hashlib.blake2b(content, digest_size=16, key=rule_digest).digest()


Scope = Literal["stale", "entry", "file", "uncached", "unusable"]


class CacheProblem(Exception):
    """A cache that cannot be trusted or used, and how far the damage goes.

    `stale`: a file of another seedlint version; replaced without a word.
    `entry`: one entry fails its check; it is extracted again and replaced.
    `file`: the file is corrupt or foreign; it is deleted and written anew.
    `uncached`: an extract cannot be stored (a kind's bug); it is simply not cached.
    `unusable`: the cache cannot be read or written at all; the run goes on without it.
    """

    def __init__(self, message: str, scope: Scope) -> None:
        super().__init__(message)
        self.scope: Scope = scope

    def __reduce__(self) -> tuple[type[CacheProblem], tuple[str, Scope]]:
        """Pickle with its scope: a worker of another process sends problems back."""
        return CacheProblem, (str(self), self.scope)


class ExtractCache:
    """Extracts in one SQLite file; workers read it, only the parent process writes."""

    def __init__(self, folder: Path, secret_folder: Path | None = None) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self.problems: list[str] = []
        self._secret_folder = secret_folder or user_cache_root()
        self._secret: bytes | None = None
        self._reader: sqlite3.Connection | None = None
        self._reset = False  # True: read nothing, and start a new file at the first write
        self.disabled = False

    def __getstate__(self) -> dict[str, object]:
        """Pickle for a remote worker: no open connection, no problems, the key kept.

        NOTE: the key (loaded by `prepare`) travels with the work to the cluster's workers
        (lint.executors.dask), so that they can check the entries of a shared cache folder.
        """
        state = dict(self.__dict__)
        state.update(_reader=None, problems=[])
        return state

    def prepare(self) -> None:
        """Check the file before workers read it: a stale, foreign or broken one is dropped."""
        try:
            self._key()
        except OSError as err:
            reason = f"cannot keep a cache key in {self._secret_folder}: {err.strerror or err}"
            self.note(CacheProblem(reason, "unusable"))
            return
        if not os.path.lexists(self.path):
            self._reset = True  # nothing to read; the first write makes the file
        else:
            try:
                self._check_meta()
            except CacheProblem as problem:
                self._reset = True
                if problem.scope != "stale":
                    self.note(problem)

    def get(self, key: bytes) -> bytes | None:
        """Return the verified payload of an entry, or None; raise CacheProblem when broken."""
        return self._verified("SELECT value FROM extract WHERE key = ?", key)

    def recorded(self, path: bytes) -> bytes | None:
        """Return the verified record of a file (`lint.filestate`), or None."""
        return self._verified("SELECT value FROM file WHERE path = ?", path, _FILE_TAG + path)

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The verified payloads of the entries found among `keys`, read in a few queries.

        An entry that fails its check is left out, as a missing one is: whoever needs
        it reads it with `get`, which reports the problem. CacheProblem when the file
        cannot be read.
        """
        return self._verified_many("extract", "key", keys, b"")

    def recorded_many(self, paths: Sequence[bytes]) -> dict[bytes, bytes]:
        """The verified records of the files found among `paths` (as `get_many`)."""
        return self._verified_many("file", "path", paths, _FILE_TAG)

    def index_rows(self, names: Sequence[bytes]) -> dict[bytes, bytes]:
        """The verified payloads of the corpus index rows found among `names` (lint.index).

        A cache written before the index existed has no such rows. CacheProblem when
        a row fails its check (scope `entry`: the caller answers without the index)
        or the file cannot be read.
        """
        if self.disabled or self._reset:
            return {}
        rows: list[tuple[object, object]] = []
        try:
            connection = self._connection()
            for start in range(0, len(names), _BATCH):
                chunk = names[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT name, value FROM corpus_index WHERE name IN ({marks})"
                rows.extend(connection.execute(query, chunk))
        except sqlite3.OperationalError as err:
            if "no such table" in str(err):
                return {}
            raise self._failed(err) from None
        except sqlite3.Error as err:
            raise self._failed(err) from None
        found: dict[bytes, bytes] = {}
        for name, blob in rows:
            if isinstance(name, bytes):
                found[name] = self._open(_INDEX_TAG + name, blob)
        return found

    def index_row(self, name: bytes, payload: bytes) -> tuple[bytes, bytes]:
        """The stored form of a corpus index row, sealed apart from extracts and records."""
        return name, self.seal(_INDEX_TAG + name, payload)

    def put_index(self, rows: Iterable[tuple[bytes, bytes]]) -> None:
        """Replace the corpus index with sealed `rows` (one index per cache file)."""
        if not self.disabled:
            self._write_once_more([], [], list(rows))

    def file_record(self, path: bytes, record: bytes) -> tuple[bytes, bytes]:
        """The stored form of a file's record, sealed apart from the extracts'."""
        return path, self.seal(_FILE_TAG + path, record)

    def _verified(self, query: str, key: bytes, sealed_as: bytes | None = None) -> bytes | None:
        if self.disabled or self._reset:
            return None
        try:
            row = self._connection().execute(query, (key,)).fetchone()
        except sqlite3.Error as err:
            raise self._failed(err) from None
        if row is None:
            return None
        return self._open(sealed_as or key, row[0])

    def _verified_many(
        self, table: str, column: str, keys: Sequence[bytes], tag: bytes
    ) -> dict[bytes, bytes]:
        if self.disabled or self._reset:
            return {}
        rows: list[tuple[object, object]] = []
        try:
            connection = self._connection()
            for start in range(0, len(keys), _BATCH):
                chunk = keys[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT {column}, value FROM {table} WHERE {column} IN ({marks})"
                rows.extend(connection.execute(query, chunk))
        except sqlite3.Error as err:
            raise self._failed(err) from None
        found: dict[bytes, bytes] = {}
        for key, blob in rows:
            if not isinstance(key, bytes):
                continue
            try:
                found[key] = self._open(tag + key, blob)
            except CacheProblem:
                continue  # left for `get` or `recorded` to report
        return found

    def _connection(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = _connect(self.path, readonly=True)
        return self._reader

    def _failed(self, err: sqlite3.Error) -> CacheProblem:
        problem = _problem(err)
        self._reset = problem.scope == "file"  # this process reads no more of it
        self.disabled = problem.scope == "unusable"
        return problem

    def _open(self, sealed_as: bytes, blob: object) -> bytes:
        """The payload of a stored entry once its keyed digest is checked."""
        if not isinstance(blob, bytes) or len(blob) < _MAC_BYTES:
            raise CacheProblem("an entry is damaged (too short)", "entry")
        mac, payload = blob[:_MAC_BYTES], blob[_MAC_BYTES:]
        if not hmac.compare_digest(mac, self._mac(sealed_as, payload)):
            raise CacheProblem("an entry fails its integrity check", "entry")
        return payload

    def seal(self, key: bytes, payload: bytes) -> bytes:
        """The stored form of a payload: its keyed digest, then the payload."""
        return self._mac(key, payload) + payload

    def note(self, problem: CacheProblem) -> None:
        """Record a problem, once per message, and act on its scope."""
        action = {"uncached": "not cached", "unusable": "not used this run"}.get(
            problem.scope, "rebuilt"
        )
        message = f"{problem}; {action}"
        if message not in self.problems:
            self.problems.append(message)
        if problem.scope == "file":
            self._reset = True
        elif problem.scope == "unusable":
            self.disabled = True

    def put(
        self, entries: Iterable[tuple[bytes, bytes]], files: Iterable[tuple[bytes, bytes]] = ()
    ) -> None:
        """Store sealed extracts and file records; a cache that cannot be written is
        reported, never fatal."""
        rows, records = list(entries), list(files)
        if not (rows or records) or self.disabled:
            return
        self._write_once_more(rows, records)

    def _write_once_more(
        self,
        rows: list[tuple[bytes, bytes]],
        records: list[tuple[bytes, bytes]],
        index: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        """Write; a file found corrupt is noted, and the rows written to a new one."""
        try:
            self._write(rows, records, index)
        except CacheProblem as problem:
            self.note(problem)
            if problem.scope == "file":  # one more try, on a new file
                try:
                    self._write(rows, records, index)
                except CacheProblem as again:
                    self.note(CacheProblem(str(again), "unusable"))

    def _write(
        self,
        rows: list[tuple[bytes, bytes]],
        records: list[tuple[bytes, bytes]],
        index: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / ".gitignore").write_text("# written by seedlint\n*\n", encoding="utf-8")
            if self._reset:
                self._reset = False
                if os.path.lexists(self.path):
                    os.unlink(self.path)
            connection = _connect(self.path, readonly=False)
            try:
                with connection:
                    self._write_meta(connection)
                    connection.executemany("INSERT OR REPLACE INTO extract VALUES (?, ?)", rows)
                    connection.executemany("INSERT OR REPLACE INTO file VALUES (?, ?)", records)
                    if index is not None:
                        connection.execute("DELETE FROM corpus_index")
                        connection.executemany("INSERT INTO corpus_index VALUES (?, ?)", index)
            finally:
                connection.close()
        except sqlite3.Error as err:
            raise _problem(err) from None
        except OSError as err:
            raise CacheProblem(
                f"cannot write the cache: {err.strerror or err}", "unusable"
            ) from None

    def _check_meta(self) -> None:
        if os.path.islink(self.path):
            raise CacheProblem("the cache file is a symbolic link, not followed", "file")
        try:
            connection = _connect(self.path, readonly=True)
            try:
                meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
            finally:
                connection.close()
        except sqlite3.Error as err:
            if "no such table" in str(err):
                raise CacheProblem("not a seedlint cache (no header)", "file") from None
            raise _problem(err) from None
        if meta.get("format") != FORMAT or meta.get("version") != __version__:
            raise CacheProblem("written by another seedlint version", "stale")
        if meta.get("key") != self._key_id():
            raise CacheProblem("not written by seedlint for this user on this machine", "file")

    def _write_meta(self, connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        connection.execute("CREATE TABLE IF NOT EXISTS extract (key BLOB PRIMARY KEY, value BLOB)")
        connection.execute("CREATE TABLE IF NOT EXISTS file (path BLOB PRIMARY KEY, value BLOB)")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS corpus_index (name BLOB PRIMARY KEY, value BLOB)"
        )
        meta = {"format": FORMAT, "version": __version__, "key": self._key_id()}
        connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())

    def _key(self) -> bytes:
        if self._secret is None:
            self._secret = load_secret(self._secret_folder)
        return self._secret

    def _key_id(self) -> str:
        return hashlib.blake2b(self._key(), digest_size=8, person=b"seedlint-id").hexdigest()

    def _mac(self, key: bytes, payload: bytes) -> bytes:
        # The key's length goes first, so no other split of the same bytes has this seal.
        data = len(key).to_bytes(4, "little") + key + payload
        return hashlib.blake2b(data, digest_size=_MAC_BYTES, key=self._key()).digest()


def load_secret(folder: Path) -> bytes:
    """The user's cache key: 32 random bytes in a file only the user can read."""
    path = folder / _SECRET_NAME
    try:
        with open(path, "rb") as handle:
            secret = handle.read(64)
        if len(secret) >= 32:
            return secret[:32]
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = secrets.token_bytes(32)
    temporary = folder / f".{_SECRET_NAME}.{os.getpid()}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secret)
    try:
        os.link(temporary, path)  # never replaces a key another process just made
    except FileExistsError:
        with open(path, "rb") as handle:
            found = handle.read(64)
        if len(found) >= 32:
            secret = found[:32]
        else:  # a damaged key: entries sealed with it can no longer be checked anyway
            os.replace(temporary, path)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)
    return secret


def _problem(err: sqlite3.Error) -> CacheProblem:
    name = getattr(err, "sqlite_errorname", "")
    if name in _CORRUPT or "malformed" in str(err) or "not a database" in str(err):
        return CacheProblem(f"the cache file is corrupt ({err})", "file")
    return CacheProblem(f"the cache cannot be used ({err})", "unusable")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)
