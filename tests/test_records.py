"""Provenance records: front matter, sidecars and folder manifests."""

from __future__ import annotations

from pathlib import Path

from lint.dates.publication import publication_date
from lint.document import Document
from lint.provenance.records import body_start_line, find_record, front_matter


def doc(text: str) -> Document:
    return Document("d.txt", text.encode("utf-8"))


def test_front_matter_fields_carry_their_document_lines() -> None:
    document = doc("---\ntitle: T\npublished: 2025-06-25\n---\nTitle line\n")
    record = find_record(document)
    assert record is not None and record.origin == "front matter" and record.line == 1
    assert record.fields["published"].line == 3
    assert body_start_line(document) == 5


def test_front_matter_needs_a_closing_fence_and_a_mapping() -> None:
    assert front_matter(doc("---\ntitle: T\nno closing fence\n")) is None
    assert front_matter(doc("---\nJust prose.\n---\nMore.\n")) is None
    assert front_matter(doc("Title\n---\ntitle: T\n---\n")) is None


def test_publication_date_reads_the_record_first_and_skips_front_matter() -> None:
    document = doc("---\npublished: 2024-04\n---\nTitle\n06/25/2025\n")
    found = publication_date(document)
    assert found is not None and (found.source, found.mention.iso(), found.line) == (
        "record",
        "2024-04",
        2,
    )
    headerless = doc("---\nretrieved: 2025-07-01\n---\nTitle\n06/25/2025\n")
    found = publication_date(headerless)
    assert found is not None and (found.source, found.line) == ("date", 5)


def test_sidecar_wins_over_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text("title: sidecar\n", encoding="utf-8")
    (tmp_path / "_provenance.yaml").write_text("a.txt: {title: manifest}\n", encoding="utf-8")
    record = find_record(Document.read(str(tmp_path / "a.txt")))
    assert record is not None and record.value("title") == "sidecar"


def test_manifest_changes_are_seen(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n", encoding="utf-8")
    manifest = tmp_path / "_provenance.yaml"
    manifest.write_text("a.txt: {title: one}\n", encoding="utf-8")
    first = find_record(Document.read(str(tmp_path / "a.txt")))
    manifest.write_text("a.txt: {title: two, author: X}\n", encoding="utf-8")
    second = find_record(Document.read(str(tmp_path / "a.txt")))
    assert first is not None and second is not None
    assert (first.value("title"), second.value("title")) == ("one", "two")


def test_bad_records_never_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_bytes(b"title: \xff\xfe\n")
    record = find_record(Document.read(str(tmp_path / "a.txt")))
    assert record is not None and record.error is not None
    weird = doc("---\n? [a, b]\n: c\n---\n")
    record = find_record(weird)
    assert record is not None
