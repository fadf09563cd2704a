"""Findings stay byte-identical across job counts, a warm cache and pre-commit runs (issue 13).

Why: speed work on the engine and cache must never change what is reported. The same
fixed corpus (`seeds/`) is linted four ways and the JSON compared byte for byte; the
pre-commit run (`lint ONE --corpus DIR`) must report exactly the full run's findings
for that one file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from lint.checks import KINDS
from lint.engine import lint
from lint.schema import Rule

ROOT = Path(__file__).resolve().parents[1]
LINT = "from lint.cli import main; import sys; sys.exit(main(sys.argv[1:]))"


def lint_json(cwd: Path, *args: str) -> bytes:
    """Run lint in `cwd` with `args`, JSON to stdout, and return the report's bytes."""
    done = subprocess.run(
        [sys.executable, "-c", LINT, *args, "--isolated", "--format", "json"],
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def test_jobs_cache_and_precommit_agree(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    cache = str(tmp_path / "cache")
    plain = lint_json(tmp_path, "seeds", "--no-cache", "--jobs", "1")
    assert json.loads(plain)["findings"], "the seeds must give findings to compare"
    assert lint_json(tmp_path, "seeds", "--no-cache", "--jobs", "2") == plain
    cold = lint_json(tmp_path, "seeds", "--cache-dir", cache, "--jobs", "2")
    warm = lint_json(tmp_path, "seeds", "--cache-dir", cache, "--jobs", "1")
    assert cold == plain
    assert warm == plain
    full = json.loads(plain)["findings"]
    one = sorted({f["path"] for f in full})[0]
    single = lint_json(tmp_path, one, "--corpus", "seeds", "--cache-dir", cache)
    assert json.loads(single)["findings"] == [f for f in full if f["path"] == one]


def test_each_file_alone_gets_the_full_runs_findings(shipped_rules: list[Rule]) -> None:
    """Corpus kinds that compare only pairs with a target (duplicate passages, restated
    figures) report on a target exactly what the run over the whole corpus does."""
    corpus = ROOT / "../shared/corpus/wikinews"
    extra = sorted(str(p) for p in corpus.glob("*.txt"))[:40] if corpus.is_dir() else []
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    files = [*seeds, *extra]
    full = lint(files, shipped_rules).findings
    corpus_rules = {r.id for r in shipped_rules if KINDS[r.kind].SCOPE == "corpus"}
    assert any(f.rule in corpus_rules for f in full), "corpus findings are needed to compare"
    for one in seeds:
        alone = lint([one], shipped_rules, [f for f in files if f != one]).findings
        assert alone == [f for f in full if f.path == one], one
