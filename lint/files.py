"""Turn the paths on the command line into the sorted list of files to lint."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatch

# NOTE: named here, not imported from lint.provenance.records, so this module stays at
# the bottom of the dependency graph.
SIDECAR_SUFFIX = ".meta.yaml"
MANIFEST_NAME = "_provenance.yaml"


class UsageError(Exception):
    """A command-line or configuration mistake (exit code 2)."""


def collect(paths: Iterable[str], include: Iterable[str], exclude: Iterable[str]) -> list[str]:
    """Return the files under `paths`: folders recursively, filtered by the globs.

    A file named on the command line is linted even when `include` would not pick it
    (pre-commit passes exactly the files it wants), but `exclude` still applies.
    Hidden folders (`.git`, `.venv`) are skipped. Paths keep the form they were
    given in, with `/` separators, so findings point where the user looks.

    Whatever is not a folder is kept, FIFOs and devices too: the document reader
    reports what they are without opening them, instead of skipping them in
    silence. So is a folder that cannot be listed.
    """
    include, exclude = tuple(include), tuple(exclude)
    found: dict[str, None] = {}
    for given in paths:
        if os.path.isdir(given):
            found.update(dict.fromkeys(_walk(given, include, exclude)))
        elif os.path.lexists(given):
            if not _matches(_clean(given), exclude):
                found[_clean(given)] = None
        else:
            raise UsageError(f"no such file or folder: {given}")
    return list(found)


def _walk(root: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterable[str]:
    unlisted: list[str] = []
    for folder, dirs, names in os.walk(root, onerror=lambda err: unlisted.append(err.filename)):
        yield from (_clean(path) for path in unlisted)  # reported as unreadable documents
        unlisted.clear()
        relative_folder = os.path.relpath(folder, root)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not _matches(_rel(relative_folder, d), exclude)
        )
        for name in sorted(names):
            relative, path = _rel(relative_folder, name), os.path.join(folder, name)
            if _matches(relative, include) and not _matches(relative, exclude):
                yield _clean(path)
    yield from (_clean(path) for path in unlisted)


def _rel(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}".replace(os.sep, "/")


def _matches(path: str, globs: tuple[str, ...]) -> bool:
    """Match a glob against the whole relative path or against the file name alone."""
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch(path, glob) or fnmatch(name, glob) for glob in globs)


def _clean(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def files_read(
    targets: Sequence[str], corpus: Sequence[str], rule_files: Sequence[str], config: str
) -> list[str]:
    """Every file a run reads: documents, their records, rule files, the configuration.

    `--output` must be none of them.
    """
    documents = [*targets, *corpus]
    records = [p + SIDECAR_SUFFIX for p in documents]
    manifests = {os.path.join(os.path.dirname(p), MANIFEST_NAME) for p in documents}
    return [*documents, *records, *sorted(manifests), *rule_files, *([config] if config else [])]
