"""The registry of check kinds: an explicit dict from kind name to its module."""

from __future__ import annotations

from lint.checks import (
    duplicate_file,
    empty_file,
    figure_conflict,
    final_newline,
    line_endings,
    pattern,
    phrases,
    reference_fact,
    unreadable_file,
)
from lint.kind import Kind

KINDS: dict[str, Kind] = {
    duplicate_file.NAME: duplicate_file,
    empty_file.NAME: empty_file,
    figure_conflict.NAME: figure_conflict,
    final_newline.NAME: final_newline,
    line_endings.NAME: line_endings,
    pattern.NAME: pattern,
    phrases.NAME: phrases,
    reference_fact.NAME: reference_fact,
    unreadable_file.NAME: unreadable_file,
}

# Kinds that still run on a file that could not be decoded; every other kind skips it.
UNREADABLE_KINDS = frozenset({unreadable_file.NAME})
