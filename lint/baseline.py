"""Baseline files: record today's findings so only new ones are reported.

A corpus adopting seedlint has thousands of old findings; a baseline lets CI fail on new
ones while the old ones are burnt down. Entries are keyed by rule, path and the finding's
normalised text (as `fingerprints` uses), never by line, so edits above a finding keep
it matched; a count per key lets equal texts in one file be told apart. Each path's
content sha256 is stored so a renamed, unchanged file keeps its entries. Stale entries
(recorded but no longer found) are reported, never failing the run: fixing a finding
must not break CI.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from lint.files import UsageError
from lint.finding import Finding
from lint.reporters import fingerprint_key

VERSION = 1

Key = tuple[str, str, str]


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def write(out: TextIO, findings: Iterable[Finding], files: Sequence[str]) -> None:
    """Stream `dump` to `out` (the shape `write_file` takes)."""
    out.write(dump(findings, files))


def dump(findings: Iterable[Finding], files: Sequence[str]) -> str:
    """The baseline as sorted, indented JSON: one entry per key, with its count.

    Non-UTF-8 path bytes (lone surrogates, PEP 383) are kept as `\\udcXX` escapes,
    which `json` reads back to the same path.
    """
    counts = Counter(fingerprint_key(f) for f in findings)
    entries = [
        {"rule": rule, "path": path, "text": text, "count": n}
        for (rule, path, text), n in sorted(counts.items())
    ]
    hashes = {p: h for p in sorted(set(files)) if (h := _sha256(p)) is not None}
    return json.dumps({"version": VERSION, "files": hashes, "entries": entries}, indent=2) + "\n"


@dataclass(frozen=True)
class Baseline:
    """Recorded counts per key, and the content hash of each recorded path."""

    counts: dict[Key, int]
    hashes: dict[str, str]


def load(path: str) -> Baseline:
    """Read a baseline; anything malformed is one clear usage error (exit 2)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError(f"not a seedlint baseline of version {VERSION}")
        counts = {
            (str(e["rule"]), str(e["path"]), str(e["text"])): int(e["count"])
            for e in data["entries"]
        }
        hashes = {str(k): str(v) for k, v in dict(data.get("files", {})).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise UsageError(f"baseline {path}: {err}") from None
    return Baseline(counts, hashes)


def _renames(baseline: Baseline, files: Sequence[str]) -> dict[str, str]:
    """Current path → recorded path, for recorded files gone and now found under a new name."""
    present = set(files)
    gone = {h: p for p, h in baseline.hashes.items() if p not in present and not os.path.exists(p)}
    renamed = {}
    for path in files:
        if path not in baseline.hashes and gone:
            digest = _sha256(path)
            if digest in gone:
                renamed[path] = gone[digest]
    return renamed


def apply(
    baseline: Baseline, findings: Sequence[Finding], files: Sequence[str]
) -> tuple[list[Finding], int]:
    """The findings not covered by the baseline, and how many recorded entries are stale."""
    renamed = _renames(baseline, files)
    left = dict(baseline.counts)
    new = []
    for finding in findings:
        rule, path, text = fingerprint_key(finding)
        key = (rule, renamed.get(path, path), text)
        if left.get(key, 0) > 0:
            left[key] -= 1
        else:
            new.append(finding)
    return new, sum(left.values())
