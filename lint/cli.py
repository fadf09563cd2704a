"""The `lint` command: parse arguments, call the engine, pick a reporter and an exit code."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from lint import baseline, executors, progress
from lint.cache import ExtractCache, default_cache_dir
from lint.config import Config, ConfigError, find_config, load_config
from lint.docs import explain_rule, help_text, kinds_markdown, list_rules
from lint.engine import LintResult, MapFiles, lint
from lint.files import UsageError, files_read
from lint.finding import Finding, Severity
from lint.fixes.registry import FIXERS
from lint.fixes.run import apply_plan, fix_list, plan_fixes, unified_diff
from lint.loader import RuleSetError, load_rule_dirs
from lint.options import build_parser
from lint.output import OutputError, ReaderGone, check_not_an_input, write_file, write_stdout
from lint.provenance.starter import write_starter_records
from lint.reporters import (
    Summary,
    github,
    json,
    sarif,
    statistics,
    summarize,
    summary_line,
    text,
)
from lint.rulecache import RuleCache
from lint.schema import Rule
from lint.selection import (
    apply_severity,
    check_config_selectors,
    drop_path_ignores,
    select_rules,
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + the signal's number, as shells report


def default_rules_dir() -> Path:
    """The shipped rules: inside the wheel, or the repository's `rules/` in a checkout."""
    packaged = Path(__file__).parent / "_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process so the run stops as it does on Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def _handle_sigterm(handler: Any) -> Any:
    """Install a SIGTERM handler; only the main thread can (a library caller may not be it)."""
    if handler is None:  # nothing was installed, so there is nothing to restore
        return None
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lint` console script."""
    args = build_parser().parse_args(argv)
    previous = _handle_sigterm(_on_sigterm)
    try:
        return _run(args)
    except (UsageError, ConfigError, OutputError) as err:
        print(f"lint: {err}", file=sys.stderr)
    except RuleSetError as err:
        for error in err.errors:
            print(error, file=sys.stderr)
        count = len(err.errors)
        print(f"lint: {count} invalid rule file{'s' if count != 1 else ''}", file=sys.stderr)
    except Terminated:
        print("lint: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("lint: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        _handle_sigterm(previous)
    return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    with contextlib.ExitStack() as stack:  # closes the Dask cluster or client, if any
        return _run_in(args, stack)


def _run_in(args: argparse.Namespace, stack: contextlib.ExitStack) -> int:
    config = _config(args)
    rule_cache = None if args.no_cache or not config.cache else RuleCache()
    loaded = load_rule_dirs(_rule_dirs(args, config), rule_cache)
    check_config_selectors(loaded, config.severity, config.per_path_ignores, config.source)
    all_rules = apply_severity(loaded, config.severity)
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
    scheduler = args.scheduler or config.scheduler
    executor_name = executors.choose(args.executor or config.executor, scheduler)
    targets, corpus = _files(args, config, executor_name)
    if args.output:
        check_not_an_input(
            args.output, files_read(targets, corpus, [r.source for r in all_rules], config.source)
        )
    if args.write_provenance:
        for outcome in write_starter_records(targets):
            print(f"lint: {outcome}", file=sys.stderr)
    cores = os.cpu_count() or 1
    jobs = min(args.jobs, cores) if args.jobs > 0 else cores
    cache = _cache(args, config)
    executor = stack.enter_context(
        executors.open_executor(executor_name, scheduler, jobs, progress=not args.quiet)
    )
    result = _lint_with_progress(targets, rules, corpus, jobs, cache, all_rules, executor)
    if cache is not None and cache.problems:
        more = len(cache.problems) - 1
        extra = f" (and {more} other problem{'s' if more != 1 else ''})" if more else ""
        print(f"lint: cache {cache.path}: {cache.problems[0]}{extra}", file=sys.stderr)
    findings = drop_path_ignores(result.findings, config.per_path_ignores, config.base)
    if args.diff or args.fix or args.show_fixes:
        by_id = {r.id: r for r in rules}
        plan = plan_fixes(findings, by_id, args.unsafe_fixes)
        if args.show_fixes and not args.fix:
            sys.stdout.write(fix_list(plan, _more_unsafe(args, findings, by_id)))
        if args.diff:
            sys.stdout.write(unified_diff(plan))
        if not args.fix:
            return EXIT_FINDINGS if plan else EXIT_CLEAN
        fixed = apply_plan(plan)
        print(f"lint: fixed {fixed} finding{'s' if fixed != 1 else ''}", file=sys.stderr)
        result = _lint_with_progress(targets, rules, corpus, jobs, cache, all_rules, executor)
        findings = drop_path_ignores(result.findings, config.per_path_ignores, config.base)
    if args.write_baseline:
        write_file(args.write_baseline, lambda out: baseline.write(out, findings, targets))
        print(f"lint: baseline of {len(findings)} findings written", file=sys.stderr)
        return EXIT_CLEAN
    stale = None
    baseline_file = args.baseline or (
        str(config.resolve(config.baseline)) if config.baseline else ""
    )
    if baseline_file:
        findings, stale = baseline.apply(baseline.load(baseline_file), findings, targets)
        if stale:
            print(f"lint: {stale} stale baseline entries (no longer found)", file=sys.stderr)
    fail_on = args.fail_on or config.fail_on
    failing = _fails(findings, fail_on) or (bool(stale) and _fails_at(Severity.INFO, fail_on))
    code = EXIT_FINDINGS if failing else EXIT_CLEAN
    try:
        _report(args, findings, rules, targets, stale)
    except ReaderGone:
        return code  # `lint … | head`: the reader has what it wanted
    return code


def _more_unsafe(
    args: argparse.Namespace,
    findings: Sequence[Finding],
    rules: dict[str, Rule],
) -> int:
    """How many unsafe edits `--unsafe-fixes` would make (they may replace safe ones)."""
    if args.unsafe_fixes:
        return 0
    every = plan_fixes(findings, rules, True)
    return sum(1 for p in every for edit in p.edits if not edit.safe)


def _lint_with_progress(
    targets: list[str],
    rules: Sequence[Rule],
    corpus: list[str],
    jobs: int,
    cache: ExtractCache | None,
    known: Sequence[Rule],
    executor: MapFiles | None,
) -> LintResult:
    """Run the engine with a progress bar on stderr when it is a terminal (erased after).

    A Dask run shows its own progress (tasks done), so it gets no second bar.
    """
    bar = progress.for_stream(sys.stderr) if executor is None else None
    try:
        return lint(
            targets,
            rules,
            corpus,
            jobs=jobs,
            cache=cache,
            known=known,
            progress=bar,
            executor=executor,
        )
    finally:
        if bar is not None:
            bar.close()


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
    if config.cache_dir:
        return ExtractCache(config.resolve(config.cache_dir))
    return ExtractCache(default_cache_dir(config.base))


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


def _files(
    args: argparse.Namespace, config: Config, executor: executors.ExecutorName
) -> tuple[list[str], list[str]]:
    """The files to report on, and the other files of the corpus corpus checks compare with."""
    include = args.include or list(config.include)
    exclude = [*config.exclude, *args.exclude]
    corpus_dirs = args.corpus or [os.path.relpath(config.resolve(c)) for c in config.corpus]
    paths = args.paths or corpus_dirs
    if not paths:
        raise UsageError("give files or folders to lint, for example: lint seeds/")
    if any(map(executors.is_url, paths)) and _writes(args):
        raise UsageError("documents named by URL are linted only: no fix, baseline or record")
    targets = executors.collect_files(paths, include, exclude, executor)
    if not targets:
        shown = ", ".join(paths)
        raise UsageError(
            f"no files to lint in {shown} (looked for {', '.join(include)}; "
            f"{'excluded: ' + ', '.join(exclude) if exclude else 'nothing excluded'})"
        )
    if not corpus_dirs:
        return targets, []
    known = {os.path.realpath(t) for t in targets}
    found = executors.collect_files(corpus_dirs, include, exclude, executor)
    corpus = [f for f in found if os.path.realpath(f) not in known]
    return targets, corpus


def _writes(args: argparse.Namespace) -> bool:
    """Whether the run writes beside the documents or reads them again after the lint."""
    return bool(
        args.fix or args.diff or args.write_provenance or args.write_baseline or args.baseline
    )


def _report(
    args: argparse.Namespace,
    findings: list[Finding],
    rules: Sequence[Rule],
    files: list[str],
    stale: int | None,
) -> None:
    """Write the report; the HTML page also lists the files that have no finding."""
    summary = summarize(findings, len(files), stale)
    fmt = args.format or "text"
    if args.output:
        write_file(args.output, lambda out: _write(out, fmt, args, findings, rules, summary, files))
    else:
        write_stdout(lambda out: _write(out, fmt, args, findings, rules, summary, files))
    if not args.quiet and (fmt != "text" or args.output or args.statistics):
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
    if args.statistics:
        fixable = {r.id for r in rules if r.kind in FIXERS and r.fix}
        statistics.write(out, findings, fixable)
    elif fmt == "text":
        text.write(out, findings, summary, with_summary=not args.quiet)
    elif fmt == "json":
        json.write(out, findings, summary)
    elif fmt == "sarif":
        sarif.write(out, findings, rules, {r.id: help_text(r) for r in rules})
    elif fmt == "html":
        # NOTE: imported here: Jinja2 costs every other run (a pre-commit run) 40 ms.
        from lint.reporters import html

        html.write(out, findings, files, rules)
    else:
        github.write(out, findings, summary)


def _fails(findings: Sequence[Finding], fail_on: str) -> bool:
    return any(_fails_at(f.severity, fail_on) for f in findings)


def _fails_at(severity: Severity, fail_on: str) -> bool:
    """Whether something of `severity` fails the run; stale baseline entries weigh as info,
    so `--fail-on info` keeps a baseline from rotting while the default never fails on them."""
    return fail_on != "never" and severity.rank >= Severity(fail_on).rank
