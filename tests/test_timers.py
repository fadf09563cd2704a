"""The instrumented timers (issue 13): every rule and aggregate is timed when asked, nothing
is written otherwise, and findings are the same either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = "from lint.cli import main; import sys; sys.exit(main(sys.argv[1:]))"
ARGS = ("--isolated", "--no-cache", "--format", "json")


def run(cwd: Path, env: dict[str, str]) -> bytes:
    done = subprocess.run(
        [sys.executable, "-c", LINT, str(ROOT / "seeds"), *ARGS],
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin"), **env},
        capture_output=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def test_timers_cover_every_rule_and_change_no_finding(tmp_path: Path) -> None:
    target = tmp_path / "timers.json"
    plain = run(tmp_path, {})
    assert not target.exists()
    assert run(tmp_path, {"SEEDLINT_TIMINGS": str(target)}) == plain
    timers = json.loads(target.read_text(encoding="utf-8"))
    rules = json.loads(plain)["summary"]["by_rule"]
    timed = {name.split(" ", 1)[1] for name in timers if not name.startswith("analysis ")}
    assert set(rules) <= timed
    assert any(name.startswith("aggregate ") for name in timers)
    assert any(name.startswith("analysis ") for name in timers)
    assert all(t["seconds"] >= 0 and t["calls"] >= 1 for t in timers.values())
