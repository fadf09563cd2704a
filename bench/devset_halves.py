"""Score a findings file on the two halves of the devset: tune and blind.

A document belongs to the *tune* half when the SHA-1 of its path relative to the devset
(`corpus/web/x.txt`) ends in an even hex digit, to the *blind* half otherwise. Look at
failures on the tune half only; the blind half tells whether a change generalises.

    python3 bench/devset_halves.py FINDINGS.json [--devset DIR] [--half tune] [--by-set] [--details]

The devset text is read at run time and never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def half_of(relative: str) -> str:
    """Return 'tune' or 'blind' for a devset path such as corpus/web/x.txt."""
    digest = hashlib.sha1(relative.encode("utf-8")).hexdigest()
    return "tune" if int(digest[-1], 16) % 2 == 0 else "blind"


def _norm(path: str) -> str:
    path = path.replace("\\", "/")
    index = path.rfind("corpus/")
    return path[index:] if index >= 0 else path


def _filter_jsonl(source: Path, target: Path, half: str) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and half_of(json.loads(line)["path"]) == half]
    target.write_text("".join(line + "\n" for line in kept), encoding="utf-8")


def main() -> int:
    """Split gold, ignore and findings by half and run the devset's scorer on each.

    Arguments this script does not know go to the scorer (`--by-set`, `--details`).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("findings")
    parser.add_argument("--devset", default="../shared/devset")
    parser.add_argument("--half", choices=("tune", "blind", "both"), default="both")
    args, rest = parser.parse_known_args()
    devset = Path(args.devset)
    findings = json.loads(Path(args.findings).read_text(encoding="utf-8"))["findings"]
    halves = ("tune", "blind") if args.half == "both" else (args.half,)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for half in halves:
            _filter_jsonl(devset / "gold.jsonl", tmp / "gold.jsonl", half)
            _filter_jsonl(devset / "ignore.jsonl", tmp / "ignore.jsonl", half)
            mine = [f for f in findings if half_of(_norm(f["path"])) == half]
            (tmp / "f.json").write_text(json.dumps({"findings": mine}), encoding="utf-8")
            print(f"== {half} half ==", flush=True)
            subprocess.run(
                [
                    sys.executable,
                    str(devset / "score.py"),
                    str(tmp / "f.json"),
                    "--gold",
                    str(tmp / "gold.jsonl"),
                    "--ignore",
                    str(tmp / "ignore.jsonl"),
                    *(r for r in rest if r != "--"),
                ],
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
