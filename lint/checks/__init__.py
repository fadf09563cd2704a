"""The registry of check kinds: an explicit dict from kind name to its module."""

from __future__ import annotations

from lint.checks import (
    ambiguous_date,
    duplicate_file,
    empty_file,
    final_newline,
    impossible_date,
    line_endings,
    pattern,
    phrases,
    provenance_fields,
    provenance_record,
    publication_date,
    record_checksum,
    record_fields,
    relative_date,
    unreadable_file,
)
from lint.kind import Kind

KINDS: dict[str, Kind] = {
    ambiguous_date.NAME: ambiguous_date,
    duplicate_file.NAME: duplicate_file,
    empty_file.NAME: empty_file,
    final_newline.NAME: final_newline,
    impossible_date.NAME: impossible_date,
    line_endings.NAME: line_endings,
    pattern.NAME: pattern,
    phrases.NAME: phrases,
    provenance_fields.NAME: provenance_fields,
    provenance_record.NAME: provenance_record,
    publication_date.NAME: publication_date,
    record_checksum.NAME: record_checksum,
    record_fields.NAME: record_fields,
    relative_date.NAME: relative_date,
    unreadable_file.NAME: unreadable_file,
}

# Kinds that still run on a file that could not be decoded; every other kind skips it.
UNREADABLE_KINDS = frozenset({unreadable_file.NAME})
