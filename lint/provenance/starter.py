"""Starter provenance records: a sidecar written from what a document's text says.

Only on request (`lint --write-provenance`), never over an existing record, and
never with a value the text does not give: what was not found is left empty with
a comment, for someone to fill in from the source.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from lint.dates.convention import document_convention
from lint.dates.publication import publication_date
from lint.document import Document
from lint.provenance.bylines import text_fields
from lint.provenance.records import find_record, sidecar_path, text_sha256

_NOT_FOUND = "not found in the text: fill in from the source"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened for one document: the record written, or why none was."""

    path: str
    written: bool
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


def write_starter_records(paths: list[str]) -> list[Outcome]:
    """Write `<path>.meta.yaml` for each readable document that has no record yet."""
    return [_write(Document.read(path)) for path in paths]


def starter_record(document: Document) -> str:
    """The YAML text of a starter record for `document`."""
    name = os.path.basename(document.path)
    found = text_fields(document)
    lines = [
        f"# Provenance record for {name}, started by `lint --write-provenance` from",
        "# what its text says. Fill in the empty values from the source; never guess.",
        _entry("title", found.title.value if found.title else None, _at(found.title)),
        _author(found.author.value if found.author else None, _at(found.author)),
    ]
    publisher = found.publisher
    if publisher is not None and publisher.label == "journal":
        lines.append(_entry("publisher", None, ""))
        lines.append(_entry("journal", publisher.value, _at(publisher)))
    else:
        lines.append(_entry("publisher", publisher.value if publisher else None, _at(publisher)))
    lines += [
        _entry("source_url", None, ""),
        _published(document),
        _entry("retrieved", None, ""),
        _entry("license", None, ""),
        _entry("sha256", text_sha256(document), "of the file when this record was written"),
    ]
    return "\n".join(lines) + "\n"


def _write(document: Document) -> Outcome:
    if document.error is not None:
        return Outcome(document.path, False, f"skipped, unreadable: {document.error}")
    record = find_record(document)
    if record is not None:
        return Outcome(document.path, False, f"skipped, has a record ({record.origin})")
    target = sidecar_path(document.path)
    try:
        with open(target, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(starter_record(document))
    except OSError as err:
        return Outcome(document.path, False, f"cannot write {target}: {err.strerror or err}")
    return Outcome(document.path, True, f"wrote {target}")


def _published(document: Document) -> str:
    found = publication_date(document, document_convention(document, "auto"))
    if found is None:
        return _entry("published", None, "")
    written = document.text[found.mention.start : found.mention.end]
    if found.mention.ambiguous:
        return _entry("published", None, f"line {found.line}: {written} is ambiguous")
    return f"published: {found.mention.iso()}  # line {found.line}: {written}"


def _author(value: str | None, where: str) -> str:
    names = [n.strip() for n in (value or "").split(";") if n.strip()]
    if len(names) <= 1:
        return _entry("author", names[0] if names else None, where)
    listed = "".join(f"\n  - {json.dumps(n, ensure_ascii=False)}" for n in names)
    return f"author:  # {where}{listed}"


def _entry(key: str, value: str | None, comment: str) -> str:
    if value is None:
        return f"{key}: null  # {comment or _NOT_FOUND}"
    shown = json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML scalar
    return f"{key}: {shown}" + (f"  # {comment}" if comment else "")


def _at(found: object) -> str:
    line = getattr(found, "line", None)
    return f"line {line}" if line else ""
