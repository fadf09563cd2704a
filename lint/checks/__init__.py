"""The registry of check kinds: an explicit dict from kind name to its module."""

from __future__ import annotations

from lint.checks import (
    ambiguous_date,
    dangling_pointer,
    duplicate_file,
    duplicate_reference,
    empty_file,
    figure_conflict,
    final_newline,
    impossible_date,
    line_endings,
    malformed_reference,
    pattern,
    phrases,
    provenance_fields,
    provenance_record,
    publication_date,
    record_checksum,
    record_fields,
    reference_fact,
    reference_numbering,
    relative_date,
    uncited_reference,
    uncited_reference_list,
    unreadable_file,
    unresolved_citation,
)
from lint.kind import Kind

KINDS: dict[str, Kind] = {
    ambiguous_date.NAME: ambiguous_date,
    dangling_pointer.NAME: dangling_pointer,
    duplicate_file.NAME: duplicate_file,
    duplicate_reference.NAME: duplicate_reference,
    empty_file.NAME: empty_file,
    figure_conflict.NAME: figure_conflict,
    final_newline.NAME: final_newline,
    impossible_date.NAME: impossible_date,
    line_endings.NAME: line_endings,
    malformed_reference.NAME: malformed_reference,
    pattern.NAME: pattern,
    phrases.NAME: phrases,
    provenance_fields.NAME: provenance_fields,
    provenance_record.NAME: provenance_record,
    publication_date.NAME: publication_date,
    record_checksum.NAME: record_checksum,
    record_fields.NAME: record_fields,
    reference_fact.NAME: reference_fact,
    reference_numbering.NAME: reference_numbering,
    relative_date.NAME: relative_date,
    uncited_reference.NAME: uncited_reference,
    uncited_reference_list.NAME: uncited_reference_list,
    unreadable_file.NAME: unreadable_file,
    unresolved_citation.NAME: unresolved_citation,
}

# Kinds that still run on a file that could not be decoded; every other kind skips it.
UNREADABLE_KINDS = frozenset({unreadable_file.NAME})
