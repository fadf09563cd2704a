"""The `lint` command's options: the README's option table mirrors `build_parser`."""

from __future__ import annotations

import argparse

from lint import __version__

FORMATS = ("text", "json", "sarif", "github", "html")
FAIL_LEVELS = ("error", "warning", "info", "never")


def build_parser() -> argparse.ArgumentParser:
    """Define every option; the README's option table mirrors this."""
    p = argparse.ArgumentParser(
        prog="lint",
        description="seedlint: find boilerplate, broken references, conflicting figures, "
        "missing dates and other defects in a corpus of plain-text documents.",
    )
    p.add_argument("paths", nargs="*", help="files and folders to lint (folders recursively)")
    p.add_argument("--format", choices=FORMATS, help="output format (default: text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    p.add_argument(
        "--select",
        action="append",
        metavar="IDS",
        help="only these rule ids or categories (comma-separated; ALL for all)",
    )
    p.add_argument(
        "--ignore",
        action="append",
        metavar="IDS",
        help="skip these rule ids or categories (comma-separated)",
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_LEVELS,
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    p.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        default=[],
        help="an extra rule folder; its rules replace shipped ones with the same id",
    )
    p.add_argument("--no-default-rules", action="store_true", help="do not load shipped rules")
    p.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: nearest "
        "seedlint.toml, .seedlint.toml or pyproject.toml with [tool.seedlint])",
    )
    p.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    p.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="file globs to lint inside folders (default: *.txt, *.md)",
    )
    p.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        default=[],
        help="file or folder globs to skip (added to the configured ones)",
    )
    p.add_argument(
        "--corpus",
        action="append",
        metavar="DIR",
        help="folders that make up the whole corpus for corpus-wide checks",
    )
    p.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where corpus-check extracts are cached (default: a folder for this project "
        "in $XDG_CACHE_HOME/seedlint or ~/.cache/seedlint)",
    )
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (0: one per core; default 1; never more than cores or files)",
    )
    p.add_argument(
        "--executor",
        choices=("local", "dask"),
        help="where files are linted: local worker processes (default) or a Dask cluster "
        "(needs `pip install 'seedlint[dask]'`)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running Dask scheduler (tcp://HOST:8786) to lint on; implies --executor dask "
        "(default: a local cluster of --jobs workers)",
    )
    p.add_argument(
        "--write-provenance",
        action="store_true",
        help="first write a starter provenance record (FILE.meta.yaml) for each linted file "
        "that has none, from what its text says; never overwrites",
    )
    p.add_argument("--fix", action="store_true", help="apply safe fixes, then report the rest")
    p.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix, --diff or --show-fixes, also apply risky fixes",
    )
    p.add_argument(
        "--diff", action="store_true", help="print fixes as a unified diff; write nothing"
    )
    p.add_argument(
        "--show-fixes",
        action="store_true",
        help="list what --fix would change (file, lines, rule, safe or unsafe); write nothing",
    )
    p.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record every finding of this run in FILE (JSON) and exit 0",
    )
    p.add_argument(
        "--baseline",
        metavar="FILE",
        help="report only findings not recorded in FILE; stale entries are noted, never failing",
    )
    p.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of findings per rule (count, rule, severity, [*] fixable) "
        "instead of the findings",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    p.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    p.add_argument("--list-kinds", action="store_true", help="document every check kind (Markdown)")
    p.add_argument("--explain", metavar="RULE", help="explain one rule and exit")
    p.add_argument("--version", action="version", version=f"seedlint {__version__}")
    return p


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per core) or more, not {jobs}")
    return jobs
