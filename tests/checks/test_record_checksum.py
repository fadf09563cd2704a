"""The record-checksum kind: the text changed after its record took its sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from lint.document import Document
from tests.checks.family_helper import places, run

RULE = "provenance.record-checksum"


def test_sidecar_digest_is_of_the_whole_file(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"\xef\xbb\xbfStory\r\n")
    digest = hashlib.sha256(doc.read_bytes()).hexdigest()
    (tmp_path / "a.txt.meta.yaml").write_text(f"sha256: '{digest}'\n", encoding="utf-8")
    assert places("record_checksum", Document.read(str(doc))) == []
    doc.write_bytes(b"Story\n")
    [finding] = run("record_checksum", Document.read(str(doc)))
    assert f"recorded={digest[:12]}" in finding.message
    assert finding.related[0].line == 1


def test_front_matter_digest_is_of_the_body() -> None:
    body = "Story\n"
    digest = hashlib.sha256(body.encode()).hexdigest().upper()  # case does not matter
    assert places("record_checksum", f"---\nsha256: {digest}\n---\n{body}") == []
    assert places("record_checksum", f"---\nsha256: {digest}\n---\nStory!\n") == [(2, 1, RULE)]
