"""Find the corpus files unchanged since the last run, and their cached extracts, in bulk.

A warm pre-commit run lints one file against a corpus whose other files are all as
recorded (`lint.filestate`). Looking each of them up on its own costs one query per
file and one per corpus rule; here the records of all of them are read in a few
queries, then the extracts their recorded digests name, and every entry is still
verified by the cache and decoded with validation. A file is known only when its
record matches and every extract it needs is found and decodes: anything else (a
changed, removed or racy file, a missing, altered or undecodable entry) leaves the
file to the ordinary path, which reads it, or reports the entry's problem, exactly
as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lint import extracts, filestate
from lint.cache import CacheProblem, ExtractCache, entry_key
from lint.codec import Codec


@dataclass(frozen=True, slots=True)
class CorpusRule:
    """What reading one corpus rule's extract needs: its index, key and codec."""

    index: int
    key: bytes
    codec: Codec


Summaries = list[tuple[int, Any]]  # (rule index, extract), extracts that are None left out


def known(
    cache: ExtractCache, paths: Sequence[str], rules: Sequence[CorpusRule]
) -> dict[str, Summaries]:
    """The extracts of every file of `paths` that is as recorded, by path.

    A cache that cannot be read is noted once and nothing is known: every file then
    takes the ordinary path.
    """
    try:
        digests = _unchanged_digests(cache, paths)
        wanted = {path: [entry_key(r.key, d) for r in rules] for path, d in digests.items()}
        payloads = cache.get_many([key for keys in wanted.values() for key in keys])
    except CacheProblem as problem:
        cache.note(problem)
        return {}
    found: dict[str, Summaries] = {}
    for path, keys in wanted.items():
        summaries = _decoded(keys, rules, payloads)
        if summaries is not None:
            found[path] = summaries
    return found


def _unchanged_digests(cache: ExtractCache, paths: Sequence[str]) -> dict[str, bytes]:
    """The recorded digest of each file whose `stat` matches its record (not racy)."""
    states = {path: filestate.state_of(path) for path in paths}
    names = {path: filestate.path_key(path) for path, state in states.items() if state}
    records = cache.recorded_many(list(names.values()))
    digests: dict[str, bytes] = {}
    for path, name in names.items():
        record, state = records.get(name), states[path]
        digest = filestate.unchanged(record, state) if record and state else None
        if digest is not None:
            digests[path] = digest
    return digests


def _decoded(
    keys: list[bytes], rules: Sequence[CorpusRule], payloads: dict[bytes, bytes]
) -> Summaries | None:
    """Every rule's extract of one file (`keys[i]` names rule i's entry), or None when
    any is missing or unusable."""
    summaries: Summaries = []
    for rule, key in zip(rules, keys, strict=True):
        payload = payloads.get(key)
        if payload is None:
            return None
        ok, summary, _ = extracts.decode(rule.codec, payload)
        if not ok:
            return None  # the ordinary path reads the entry again and reports it
        if summary is not None:
            summaries.append((rule.index, summary))
    return summaries
