"""Corpus-kind extracts through the cache: each kind's codec, reading and sealing entries.

A corpus kind declares its extract's type as `Summary`; `summary_codec` builds the
codec of `Summary | None` once (lint.codec). An entry read back is verified by the
cache and decoded with validation; anything it cannot trust is a CacheProblem for the
caller to report, and the extract is made again.
"""

from __future__ import annotations

import json
import typing
from typing import Any

from lint.cache import CacheProblem, ExtractCache
from lint.checks import KINDS
from lint.codec import Codec, CodecError, codec_for

Entry = tuple[bytes, bytes]  # (key, sealed payload)


def summary_codec(kind_name: str) -> Codec | None:
    """The codec of a corpus kind's declared `Summary` (None: not declared, not cached)."""
    kind: Any = KINDS[kind_name]
    declared = getattr(kind, "Summary", None)
    if kind.SCOPE != "corpus" or declared is None:
        return None
    return codec_for(typing.Optional[declared])  # noqa: UP045 (a runtime union of a type alias)


def read(cache: ExtractCache, codec: Codec, key: bytes) -> tuple[bool, Any, CacheProblem | None]:
    """(found, extract, problem): the cached extract, or why there is none to use."""
    try:
        payload = cache.get(key)
    except CacheProblem as problem:
        return False, None, problem
    if payload is None:
        return False, None, None
    return decode(codec, payload)


def decode(codec: Codec, payload: bytes) -> tuple[bool, Any, CacheProblem | None]:
    """(decoded, extract, problem): a verified payload read back as its kind's summary."""
    try:
        return True, codec.decode(json.loads(payload.decode("utf-8", "surrogatepass"))), None
    except (CodecError, ValueError, RecursionError) as err:
        message = f"an entry does not decode as its kind's summary ({err})"
        return False, None, CacheProblem(message, "entry")


def seal(
    cache: ExtractCache, codec: Codec, key: bytes, summary: Any, kind_name: str
) -> Entry | CacheProblem:
    """The cache entry of a new extract, or the problem that keeps it out of the cache."""
    try:
        data = codec.encode(summary)
    except (CodecError, AttributeError, TypeError, ValueError) as err:
        message = f"kind '{kind_name}' made an extract that is not its Summary type ({err})"
        return CacheProblem(message, "uncached")
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = text.encode("utf-8", "surrogatepass")
    return key, cache.seal(key, payload)
