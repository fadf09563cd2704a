"""Baseline acceptance: only new findings are reported; renames and edits above keep entries."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from lint.cli import main

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "seeds"


def _run(*args: str) -> int:
    return main(["--isolated", "--no-cache", "-q", *args])


def test_baseline_reports_only_new_findings(corpus: Path) -> None:
    assert _run("seeds", "--write-baseline", "base.json") == 0
    data = json.loads(Path("base.json").read_text())
    assert data["version"] == 1 and data["entries"]
    assert data["entries"] == sorted(data["entries"], key=lambda e: (e["rule"], e["path"]))
    assert _run("seeds", "--baseline", "base.json") == 0
    extra = corpus / "zz-new.txt"
    extra.write_text("Skip to main content\n\nA short note about the harbour.\n")
    assert _run("seeds", "--baseline", "base.json", "--format", "json", "-o", "new.json") == 1
    reported = json.loads(Path("new.json").read_text())["findings"]
    assert reported and {f["path"] for f in reported} == {"seeds/zz-new.txt"}
    extra.unlink()
    assert _run("seeds", "--baseline", "base.json") == 0


def test_stale_entries_weigh_as_info(corpus: Path) -> None:
    assert _run("seeds", "--write-baseline", "base.json") == 0
    data = json.loads(Path("base.json").read_text())
    data["entries"].append({**data["entries"][0], "text": "text that is gone"})
    Path("base.json").write_text(json.dumps(data))
    assert _run("seeds", "--baseline", "base.json") == 0  # default --fail-on warning
    assert _run("seeds", "--baseline", "base.json", "--fail-on", "info") == 1
    assert _run("seeds", "--baseline", "base.json", "--fail-on", "never") == 0


def test_renamed_file_keeps_entries(corpus: Path) -> None:
    assert _run("seeds", "--write-baseline", "base.json") == 0
    names = sorted(p for p in os.listdir(corpus) if not p.endswith(".yaml"))
    first = corpus / names[0]
    first.rename(corpus / ("renamed-" + names[0]))
    sidecar = corpus / (names[0] + ".meta.yaml")
    sidecar.rename(corpus / ("renamed-" + names[0] + ".meta.yaml"))
    assert _run("seeds", "--baseline", "base.json") == 0


def test_broken_baseline_is_usage_error(corpus: Path) -> None:
    Path("base.json").write_text("{not json")
    assert _run("seeds", "--baseline", "base.json") == 2


def test_edit_above_a_finding_keeps_it_matched(corpus: Path) -> None:
    assert _run("seeds", "--write-baseline", "base.json") == 0
    doc = corpus / "004_79bd4435c0f0e9a8.txt"
    sidecar = corpus / "004_79bd4435c0f0e9a8.txt.meta.yaml"
    old = hashlib.sha256(doc.read_bytes()).hexdigest()
    lines = doc.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5:5] = ["A line of invented prose for the test.\n", "And a second one.\n"]
    doc.write_text("".join(lines), encoding="utf-8")
    new = hashlib.sha256(doc.read_bytes()).hexdigest()
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert _run("seeds", "--baseline", "base.json") == 0


def test_config_baseline_relative_to_config_and_stale_in_summary(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = corpus.parent / "conf" / "seedlint.toml"
    config.parent.mkdir()
    config.write_text('baseline = "../base.json"\ncache = false\n')
    assert _run("seeds", "--write-baseline", "base.json") == 0
    (corpus / "002_c6e3273c7bb3a7d5.txt").write_bytes(b"A short note about the harbour.\n")
    assert main(["seeds", "--config", str(config), "--format", "json", "--fail-on", "never"]) == 0
    out, err = capsys.readouterr()
    stale = json.loads(out)["summary"]["stale_baseline_entries"]
    assert stale > 0 and f"{stale} stale baseline entr" in err
    assert main(["seeds", "--config", str(config), "--baseline", "missing.json"]) == 2
    capsys.readouterr()
    assert _run("seeds", "--format", "json") == 1  # no baseline: no stale count at all
    assert "stale_baseline_entries" not in json.loads(capsys.readouterr().out)["summary"]
