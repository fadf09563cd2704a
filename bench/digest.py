#!/usr/bin/env python3
"""Record a digest of seedlint's JSON findings on a fixed corpus: speed work must change no byte.

Why: issue 13 demands that engine and cache changes leave findings byte-identical. Run
this on `main` and on a branch and compare the digests; `--write FILE` keeps the full
JSON so a difference can be read with `diff`.

The fixed corpus is assembled at run time in a temporary folder (nothing is copied into
the repository): `seeds/`, the first `--shared-docs` files of each `../shared/corpus`
subfolder, and `../shared/devset/corpus`. Lint runs inside that folder on relative
paths, with `--isolated --no-cache`, so the digest does not depend on where it ran.

Example:
    python bench/digest.py --shared-docs 150 --write /tmp/findings-main.json
    python bench/digest.py --jobs 2 --executor dask   # the same digest from a Dask cluster
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LINT_ARGS = ("--isolated", "--no-cache", "--format", "json")
LINT_PROGRAM = "from lint.cli import main; import sys; sys.exit(main(sys.argv[1:]))"


def assemble(target: Path, shared_docs: int) -> None:
    """Copy the fixed corpus into `target`: seeds, a prefix of the shared corpus, the devset."""
    shutil.copytree(REPO / "seeds", target / "seeds")
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        for sub in sorted(p for p in corpus.iterdir() if p.is_dir()):
            names = sorted(p for p in sub.iterdir() if p.is_file())[:shared_docs]
            (target / "shared" / sub.name).mkdir(parents=True)
            for name in names:
                shutil.copy2(name, target / "shared" / sub.name / name.name)
    devset = SHARED / "devset" / "corpus"
    if devset.is_dir():
        shutil.copytree(devset, target / "devset")


def findings_json(folder: Path, jobs: int, executor: Sequence[str] = ()) -> bytes:
    """Lint every file under `folder` (relative paths) and return the JSON report's bytes."""
    done = subprocess.run(
        [sys.executable, "-c", LINT_PROGRAM, ".", *LINT_ARGS, "--jobs", str(jobs), *executor],
        cwd=folder,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        check=False,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"lint failed ({done.returncode}):\n{done.stderr.decode()}")
    return done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    """Assemble the corpus, lint it, print the SHA-256 of the JSON (and write it if asked)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared-docs", type=int, default=150, metavar="N")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument(
        "--executor",
        choices=("local", "dask"),
        help="lint --executor (default: lint's own); dask runs a local cluster of --jobs workers",
    )
    p.add_argument("--write", type=Path, metavar="FILE", help="also keep the JSON report")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="seedlint-digest-") as scratch:
        assemble(Path(scratch), args.shared_docs)
        executor = ("--executor", args.executor) if args.executor else ()
        report = findings_json(Path(scratch), args.jobs, executor)
    if args.write:
        args.write.write_bytes(report)
    print(f"{hashlib.sha256(report).hexdigest()}  {len(report)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
