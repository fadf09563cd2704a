"""Building hostile inputs in a temporary folder, and running `lint` as a separate process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

LINT = [sys.executable, "-c", "import sys; from lint.cli import main; sys.exit(main())"]
CHROME = "Skip to main content\n\nThe council met on Monday and voted.\n"


def lint_process(
    *args: str, cwd: Path, stdout: int | None = subprocess.PIPE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run `lint` in its own process (bytes out, so a broken encoding shows)."""
    return subprocess.run(
        [*LINT, *args],
        cwd=cwd,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        check=False,
        timeout=120,
    )


def digests(folder: Path) -> dict[bytes, str]:
    """sha256 of every regular file under `folder`, by its path as bytes."""
    found = {}
    for root, _, names in os.walk(os.fsencode(folder)):
        for name in names:
            path = os.path.join(root, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    found[path] = hashlib.sha256(handle.read()).hexdigest()
    return found


def real_text(size: int) -> str:
    """About `size` characters of real prose from the shared corpus (or a plain stand-in)."""
    corpus = ROOT.parent / "shared" / "corpus" / "wikinews"
    files = sorted(corpus.rglob("*.txt"))[:50] if corpus.is_dir() else []
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in files)
    if not text:
        text = "The council met on Monday. It voted to open the bridge in June.\n"
    return (text * (size // len(text) + 1))[:size]
