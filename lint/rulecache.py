"""Keep the plain data of rule files between runs, by the digest of their bytes.

Loading the rule set parses every rule file with ruamel.yaml in round-trip mode (for
the positions its errors point at): a quarter of a warm pre-commit run. What a rule
file says depends only on its bytes, so its plain data (mappings, lists, scalars) is
kept under their digest, and the rule is validated from it by the same code as from
the parsed file, against the kinds of the running seedlint. Only files that loaded
cleanly are kept; a file whose kept data does not validate is parsed again, so every
error still points at `file:line:col`.

The cache is one JSON file in the user's cache folder, sealed with the user's cache
key (`lint.cache`) and the seedlint version: a file this user's seedlint did not
write, or one altered since, is ignored and written anew. It holds data only; nothing
in it is executed, and what it holds is validated as a rule file is.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from lint import __version__
from lint.cache import load_secret, user_cache_root

FILE_NAME = "rules-v1.json"
_MAC_BYTES = 16


class RuleCache:
    """Plain data of rule files by the digest of their bytes; read once, written once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_cache_root()
        self.path = self.folder / FILE_NAME
        self._kept: dict[str, Any] | None = None
        self._used: dict[str, Any] = {}
        self._added = False

    def data(self, raw: bytes) -> Any:
        """The kept data of a rule file with these bytes, or None."""
        key = _digest(raw)
        found = self._load().get(key)
        if found is not None:
            self._used[key] = found
        return found

    def keep(self, raw: bytes, data: Any) -> None:
        """Keep a cleanly loaded file's data, when JSON stores it exactly."""
        if _storable(data):
            self._used[_digest(raw)] = data
            self._added = True

    def save(self) -> None:
        """Write the data of the files this run loaded, if anything changed; never fatal."""
        if not self._added and len(self._used) == len(self._load()):
            return
        body = json.dumps({"version": __version__, "files": self._used}, sort_keys=True).encode()
        temporary = self.path.with_name(f".{FILE_NAME}.{os.getpid()}")
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary.write_bytes(self._mac(body) + body)
            os.replace(temporary, self.path)
        except OSError:
            return  # the next run parses the rule files, as without a cache
        finally:
            if os.path.lexists(temporary):
                os.unlink(temporary)

    def _load(self) -> dict[str, Any]:
        if self._kept is None:
            self._kept = self._read()
        return self._kept

    def _read(self) -> dict[str, Any]:
        try:
            if os.path.islink(self.path):
                return {}
            stored = self.path.read_bytes()
            mac, body = stored[:_MAC_BYTES], stored[_MAC_BYTES:]
            if not hmac.compare_digest(mac, self._mac(body)):
                return {}
            found = json.loads(body)
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(found, dict) or found.get("version") != __version__:
            return {}
        files = found.get("files")
        return files if isinstance(files, dict) else {}

    def _mac(self, body: bytes) -> bytes:
        key = load_secret(self.folder)
        return hashlib.blake2b(
            body, digest_size=_MAC_BYTES, key=key, person=b"seedlint-rules"
        ).digest()


def _digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _storable(data: Any) -> bool:
    """Whether JSON gives back exactly this data (no dates, no NaN, str keys only)."""
    try:
        return bool(json.loads(json.dumps(data)) == data)
    except (TypeError, ValueError, RecursionError):
        return False
