"""The corpus index's payloads: what is written reads back, and what is malformed is refused.

Why: the index's rows are sealed, but a sealed row is only as good as its decoder; a
payload that does not describe one snapshot and one bucket must read as no index.
"""

from __future__ import annotations

import os
from pathlib import Path

from lint import filestate
from lint.index import postings, snapshot
from lint.index.postings import ALL, Posting, RuleIndex


def record(size: int, digest: int) -> bytes:
    state = filestate.FileState(1, 2, size, 10, 10)
    return filestate.pack(state, 10**19 // 2, bytes([digest]) * filestate.DIGEST_BYTES)


def test_a_snapshot_reads_back_sorted_and_names_its_payload() -> None:
    payload = snapshot.encode([(b"/c/b.txt", record(3, 1)), (b"/c/a.txt", record(4, 2))])
    shot = snapshot.decode(payload)
    assert shot is not None
    assert shot.paths == (b"/c/a.txt", b"/c/b.txt")
    assert shot.record(1) == record(3, 1)
    assert shot.ident == snapshot.ident(payload) != snapshot.ident(payload + b"x")


def test_a_malformed_snapshot_reads_as_none() -> None:
    payload = snapshot.encode([(b"/c/a.txt", record(4, 2)), (b"/c/b.txt", record(3, 1))])
    assert snapshot.decode(payload[:-1]) is None  # a record cut short
    assert snapshot.decode(b"XXXX" + payload[4:]) is None  # not the format
    assert snapshot.decode(payload.replace(b"/c/b.txt", b"/c/a.txt")) is None  # a path twice
    assert snapshot.encode([(b"/c/a.txt", b"short")]) == snapshot.encode([])  # left out


def test_compare_sorts_files_into_unchanged_fresh_and_dirty(tmp_path: Path) -> None:
    names = ["same.txt", "edited.txt", "target.txt", "gone.txt"]
    for name in names:
        (tmp_path / name).write_text(name, encoding="utf-8")
        os.utime(tmp_path / name, ns=(10**18, 10**18))
    records = []
    for name in names:
        state = filestate.state_of(str(tmp_path / name))
        assert state is not None
        digest = filestate.content_digest(name.encode())
        records.append(
            (filestate.path_key(str(tmp_path / name)), filestate.pack(state, 2 * 10**18, digest))
        )
    shot = snapshot.decode(snapshot.encode(records))
    assert shot is not None
    (tmp_path / "edited.txt").write_text("changed", encoding="utf-8")
    (tmp_path / "new.txt").write_text("new", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("same.txt", "edited.txt", "target.txt", "new.txt")]
    keys = [filestate.path_key(f) for f in files]
    found = snapshot.compare(shot, files, keys, {files[2]})
    assert list(found.unchanged) == [files[0]]
    assert found.fresh == files[1:]
    dirty = {shot.paths[doc] for doc in found.dirty}
    assert dirty == {
        filestate.path_key(str(tmp_path / n)) for n in ("edited.txt", "target.txt", "gone.txt")
    }


def header(buckets: int, limit: int) -> RuleIndex:
    return RuleIndex(b"i" * 16, 4, buckets, limit)


def test_postings_list_holders_up_to_the_limit_and_count_the_rest() -> None:
    keyed = [(0, [5, 7]), (1, [5]), (2, [5, 9]), (3, [7])]
    buckets, bodies = postings.build(keyed, 2)
    rows = dict(bodies)
    assert sorted(rows) == list(range(buckets))  # every bucket, empty ones too
    found: dict[int, Posting] = {}
    for bucket, body in rows.items():
        read = postings.postings(
            postings.seal_body(b"i" * 16, body), header(buckets, 2), bucket, {5, 7, 9, 11}
        )
        assert read is not None
        found.update(read)
    assert found == {5: Posting(3, None), 7: Posting(2, (0, 3)), 9: Posting(1, (2,))}


def test_a_bucket_of_another_snapshot_or_bucket_or_limit_is_refused() -> None:
    buckets, bodies = postings.build([(0, [4, 4 + 64]), (1, [4])], ALL)
    body = dict(bodies)[4]
    payload = postings.seal_body(b"i" * 16, body)
    one = header(buckets, ALL)
    assert postings.postings(payload, one, 4, {4}) == {4: Posting(2, (0, 1))}
    assert postings.postings(b"j" * 16 + body, one, 4, {4}) is None
    assert postings.postings(payload, header(buckets, 1), 4, {4}) is None  # listed beyond 1
    assert postings.postings(payload, one, 5, {4}) is None  # its keys are in bucket 4
    assert postings.postings(payload[:-1], one, 4, {4}) is None
    unsorted = body.replace(
        (0).to_bytes(4, "little") + (1).to_bytes(4, "little"),
        (1).to_bytes(4, "little") + (0).to_bytes(4, "little"),
    )
    assert unsorted != body and postings.postings(b"i" * 16 + unsorted, one, 4, {4}) is None


def test_a_rule_header_reads_back_and_a_bad_one_is_none() -> None:
    one = RuleIndex(b"s" * 16, 10, 3, 128)
    assert postings.rule_header(postings.rule_payload(one)) == one
    assert postings.rule_header(postings.rule_payload(one)[:-1]) is None
    assert postings.rule_header(postings.rule_payload(RuleIndex(b"s" * 16, 1, 0, 1))) is None
