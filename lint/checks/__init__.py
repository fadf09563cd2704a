"""The registry of check kinds: an explicit dict from kind name to its module."""

from __future__ import annotations

from lint.checks import (
    dangling_pointer,
    duplicate_file,
    duplicate_reference,
    empty_file,
    final_newline,
    line_endings,
    malformed_reference,
    pattern,
    phrases,
    reference_numbering,
    uncited_reference,
    uncited_reference_list,
    unreadable_file,
    unresolved_citation,
)
from lint.kind import Kind

KINDS: dict[str, Kind] = {
    dangling_pointer.NAME: dangling_pointer,
    duplicate_file.NAME: duplicate_file,
    duplicate_reference.NAME: duplicate_reference,
    empty_file.NAME: empty_file,
    final_newline.NAME: final_newline,
    line_endings.NAME: line_endings,
    malformed_reference.NAME: malformed_reference,
    pattern.NAME: pattern,
    phrases.NAME: phrases,
    reference_numbering.NAME: reference_numbering,
    uncited_reference.NAME: uncited_reference,
    uncited_reference_list.NAME: uncited_reference_list,
    unreadable_file.NAME: unreadable_file,
    unresolved_citation.NAME: unresolved_citation,
}

# Kinds that still run on a file that could not be decoded; every other kind skips it.
UNREADABLE_KINDS = frozenset({unreadable_file.NAME})
