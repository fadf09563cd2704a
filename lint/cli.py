"""The `lint` command: parse arguments, call the engine, pick a reporter and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from lint import __version__
from lint.cache import ExtractCache
from lint.config import Config, ConfigError, find_config, load_config
from lint.docs import explain_rule, help_text, kinds_markdown, list_rules
from lint.engine import lint
from lint.files import UsageError, collect
from lint.finding import Finding, Severity
from lint.loader import RuleSetError, load_rule_dirs
from lint.provenance.starter import write_starter_records
from lint.reporters import Summary, github, html, json, sarif, summarize, summary_line, text
from lint.schema import Rule
from lint.selection import apply_severity, drop_path_ignores, select_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "sarif", "github", "html")
FAIL_LEVELS = ("error", "warning", "info", "never")


def default_rules_dir() -> Path:
    """The shipped rules: inside the wheel, or the repository's `rules/` in a checkout."""
    packaged = Path(__file__).parent / "_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


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
        help="where corpus-check extracts are cached (default: .seedlint_cache)",
    )
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0: one per core; default 1)",
    )
    p.add_argument(
        "--write-provenance",
        action="store_true",
        help="first write a starter provenance record (FILE.meta.yaml) for each linted file "
        "that has none, from what its text says; never overwrites",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    p.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    p.add_argument("--list-kinds", action="store_true", help="document every check kind (Markdown)")
    p.add_argument("--explain", metavar="RULE", help="explain one rule and exit")
    p.add_argument("--version", action="version", version=f"seedlint {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lint` console script."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (UsageError, ConfigError) as err:
        print(f"lint: {err}", file=sys.stderr)
    except RuleSetError as err:
        for error in err.errors:
            print(error, file=sys.stderr)
        count = len(err.errors)
        print(f"lint: {count} invalid rule file{'s' if count != 1 else ''}", file=sys.stderr)
    except KeyboardInterrupt:
        print("lint: interrupted", file=sys.stderr)
    return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    config = _config(args)
    all_rules = apply_severity(load_rule_dirs(_rule_dirs(args, config)), config.severity)
    select = _split(args.select) if args.select else list(config.select)
    ignore = [*config.ignore, *_split(args.ignore)]
    rules = select_rules(all_rules, select, ignore, "selection")
    if args.list_kinds:
        sys.stdout.write(kinds_markdown())
        return EXIT_CLEAN
    if args.list_rules:
        sys.stdout.write(list_rules(all_rules, {r.id for r in rules}))
        return EXIT_CLEAN
    if args.explain:
        return _explain(args.explain, all_rules)
    targets, corpus = _files(args, config)
    if args.write_provenance:
        for outcome in write_starter_records(targets):
            print(f"lint: {outcome}", file=sys.stderr)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    result = lint(targets, rules, corpus, jobs=jobs, cache=_cache(args, config))
    findings = drop_path_ignores(result.findings, config.per_path_ignores, config.base)
    _report(args, findings, rules, targets)
    fail_on = args.fail_on or config.fail_on
    return EXIT_FINDINGS if _fails(findings, fail_on) else EXIT_CLEAN


def _config(args: argparse.Namespace) -> Config:
    if args.isolated:
        return Config()
    if args.config:
        return load_config(Path(args.config))
    found = find_config(Path.cwd())
    return load_config(found) if found else Config()


def _cache(args: argparse.Namespace, config: Config) -> ExtractCache | None:
    if args.no_cache or not config.cache:
        return None
    if args.cache_dir:
        return ExtractCache(Path(args.cache_dir))
    return ExtractCache(config.resolve(config.cache_dir))


def _rule_dirs(args: argparse.Namespace, config: Config) -> list[Path]:
    dirs = [] if args.no_default_rules or not config.default_rules else [default_rules_dir()]
    dirs += [config.resolve(d) for d in config.rules]
    return dirs + [Path(d) for d in args.rules]


def _split(values: Sequence[str] | None) -> list[str]:
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def _explain(rule_id: str, rules: Sequence[Rule]) -> int:
    for rule in rules:
        if rule.id == rule_id:
            sys.stdout.write(explain_rule(rule))
            return EXIT_CLEAN
    raise UsageError(f"no rule '{rule_id}'; `lint --list-rules` lists them")


def _files(args: argparse.Namespace, config: Config) -> tuple[list[str], list[str]]:
    """The files to report on, and the other files of the corpus corpus checks compare with."""
    include = args.include or list(config.include)
    exclude = [*config.exclude, *args.exclude]
    corpus_dirs = args.corpus or [os.path.relpath(config.resolve(c)) for c in config.corpus]
    paths = args.paths or corpus_dirs
    if not paths:
        raise UsageError("give files or folders to lint, for example: lint seeds/")
    targets = collect(paths, include, exclude)
    if not corpus_dirs:
        return targets, []
    known = {os.path.realpath(t) for t in targets}
    corpus = [f for f in collect(corpus_dirs, include, exclude) if os.path.realpath(f) not in known]
    return targets, corpus


def _report(
    args: argparse.Namespace, findings: list[Finding], rules: Sequence[Rule], files: list[str]
) -> None:
    """Write the report; the HTML page also lists the files that have no finding."""
    summary = summarize(findings, len(files))
    fmt = args.format or "text"
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                _write(out, fmt, args, findings, rules, summary, files)
        except OSError as err:
            raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
    else:
        _write(sys.stdout, fmt, args, findings, rules, summary, files)
    if not args.quiet and (fmt != "text" or args.output):
        print(summary_line(summary), file=sys.stderr)


def _write(
    out: TextIO,
    fmt: str,
    args: argparse.Namespace,
    findings: list[Finding],
    rules: Sequence[Rule],
    summary: Summary,
    files: list[str],
) -> None:
    """Stream the report in the chosen format."""
    if fmt == "text":
        text.write(out, findings, summary, with_summary=not args.quiet)
    elif fmt == "json":
        json.write(out, findings, summary)
    elif fmt == "sarif":
        sarif.write(out, findings, rules, {r.id: help_text(r) for r in rules})
    elif fmt == "html":
        html.write(out, findings, files, rules)
    else:
        github.write(out, findings, summary)


def _fails(findings: Sequence[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(f.severity.rank >= threshold for f in findings)
