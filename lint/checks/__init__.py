"""The registry of check kinds: an explicit dict from kind name to its module."""

from __future__ import annotations

from lint.checks import (
    chrome_lines,
    duplicate_file,
    duplicate_passage,
    empty_file,
    extraction_artifacts,
    final_newline,
    foreign_tail,
    line_endings,
    pattern,
    phrases,
    repeated_lines,
    unreadable_file,
)
from lint.kind import Kind

KINDS: dict[str, Kind] = {
    chrome_lines.NAME: chrome_lines,
    duplicate_file.NAME: duplicate_file,
    duplicate_passage.NAME: duplicate_passage,
    empty_file.NAME: empty_file,
    extraction_artifacts.NAME: extraction_artifacts,
    final_newline.NAME: final_newline,
    foreign_tail.NAME: foreign_tail,
    line_endings.NAME: line_endings,
    pattern.NAME: pattern,
    phrases.NAME: phrases,
    repeated_lines.NAME: repeated_lines,
    unreadable_file.NAME: unreadable_file,
}

# Kinds that still run on a file that could not be decoded; every other kind skips it.
UNREADABLE_KINDS = frozenset({unreadable_file.NAME})
