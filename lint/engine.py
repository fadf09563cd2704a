"""Run rules over documents: each file read and parsed once, corpus kinds indexed."""

from __future__ import annotations

import multiprocessing
import signal
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lint import extracts, stamp
from lint.cache import CacheProblem, ExtractCache, entry_key, rule_key
from lint.checks import KINDS, UNREADABLE_KINDS
from lint.checks.errors import CheckError
from lint.codec import Codec
from lint.document import Document
from lint.finding import Finding
from lint.limits import FULL_TEXT_KINDS, cap_findings
from lint.schema import Rule

_PARALLEL_MIN_FILES = 64
_CACHE_BATCH = 2000  # extracts written per transaction, so they never pile up in memory
_CHUNK = 32


@dataclass
class FileResult:
    """What linting one file leaves behind: findings, corpus summaries, new cache entries."""

    findings: list[Finding] = field(default_factory=list)
    summaries: list[tuple[int, Any]] = field(default_factory=list)
    cache_entries: list[tuple[bytes, bytes]] = field(default_factory=list)
    cache_problems: list[CacheProblem] = field(default_factory=list)


@dataclass(frozen=True)
class _Work:
    """What every worker needs: the targets, the rules, the extract cache and its codecs.

    `codecs[i]` encodes rule i's extracts; None for document kinds and for a corpus
    kind that declares no `Summary` type (its extracts are then never cached).
    """

    targets: set[str]
    rules: Sequence[Rule]
    cache: ExtractCache | None
    rule_keys: tuple[bytes, ...]
    codecs: tuple[Codec | None, ...]


# The public name executors use for what every worker needs (lint.executors).
Work = _Work
# An executor: lints every file of `files` with `work` and yields one FileResult per
# file, in the order of `files` (the local pool, or lint.executors.dask).
MapFiles = Callable[[list[str], _Work], Iterable[FileResult]]


@dataclass(frozen=True)
class LintResult:
    """The sorted findings of a run and how many files were linted."""

    findings: list[Finding]
    files: int


def lint(
    targets: Sequence[str],
    rules: Sequence[Rule],
    corpus: Sequence[str] = (),
    jobs: int = 1,
    cache: ExtractCache | None = None,
    executor: MapFiles | None = None,
) -> LintResult:
    """Lint `targets`; corpus rules also read `corpus` files but report only on targets.

    `executor` maps the files to their results (default: the local process pool of
    `jobs` workers); corpus aggregation always runs here, on the summaries it returns.
    """
    target_set = set(targets)
    files = list(dict.fromkeys([*targets, *corpus]))
    if not any(KINDS[r.kind].SCOPE == "corpus" for r in rules):
        files = list(targets)
    codecs = tuple(extracts.summary_codec(r.kind) for r in rules)
    keys = tuple(rule_key(r, c.signature) if c else b"" for r, c in zip(rules, codecs, strict=True))
    if cache is not None:
        cache.prepare()
    work = _Work(target_set, rules, cache, keys, codecs)
    findings: list[Finding] = []
    summaries: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    new_entries: list[tuple[bytes, bytes]] = []
    results = executor(files, work) if executor else _map_files(files, work, jobs)
    for path, result in zip(files, results, strict=True):
        findings.extend(result.findings)
        for index, summary in result.summaries:
            summaries[index].append((path, summary))
        if cache is not None:
            new_entries = _keep(cache, result, new_entries)
    if cache is not None:
        cache.put(new_entries)
    for index, rule in enumerate(rules):
        if KINDS[rule.kind].SCOPE == "corpus":
            findings.extend(_aggregate(rule, summaries[index], target_set, sorted(targets)))
    findings.sort(key=Finding.sort_key)
    return LintResult(findings, len(targets))


def _keep(
    cache: ExtractCache, result: FileResult, pending: list[tuple[bytes, bytes]]
) -> list[tuple[bytes, bytes]]:
    """Note a file's cache problems, and write new entries once a batch is full."""
    for problem in result.cache_problems:
        cache.note(problem)
    pending.extend(result.cache_entries)
    if len(pending) < _CACHE_BATCH:
        return pending
    cache.put(pending)
    return []


# NOTE: worker processes are forked and read their work from this module global, so
# rules never need to be pickled; only results travel back.
_WORK = _Work(set(), (), None, (), ())


def _map_files(files: list[str], work: _Work, jobs: int) -> Iterable[FileResult]:
    global _WORK
    _WORK = work
    if jobs <= 1 or len(files) < _PARALLEL_MIN_FILES or "fork" not in _start_methods():
        return map(_lint_worker, files)
    workers = min(jobs, len(files))  # never more workers than files
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals)
    return _closing(pool, pool.imap(_lint_worker, files, chunksize=_CHUNK))


def _worker_signals() -> None:
    """Ctrl-C is the parent's to handle (it stops the pool); SIGTERM ends a worker quietly.

    Without this, Ctrl-C prints a traceback from every worker. SIGTERM (from the
    parent's `terminate()`, or sent to the whole process group) exits through an
    exception rather than the default action, so a worker that dies while waiting
    for work releases the task queue's lock: killed outright, it would leave the
    parent's `terminate()` waiting for that lock forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_worker)


def _exit_worker(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()


def _closing(pool: Any, results: Iterator[FileResult]) -> Iterator[FileResult]:
    with pool:
        yield from results


def _lint_worker(path: str) -> FileResult:
    return lint_path(path, _WORK)


def lint_path(
    path: str, work: _Work, read: Callable[[str], Document] = Document.read
) -> FileResult:
    """Lint one file of a run, read with `read`: what every executor's workers call."""
    return lint_file(read(path), work.rules, path in work.targets, work)


def lint_file(
    document: Document, rules: Sequence[Rule], report: bool = True, work: _Work | None = None
) -> FileResult:
    """Run every rule on one document: checks when `report`, extracts always.

    Content kinds read the document within the bounds of `lint.limits`.
    """
    result = FileResult()
    bounded = document.bounded()
    for index, rule in enumerate(rules):
        if document.error is not None and rule.kind not in UNREADABLE_KINDS:
            continue
        kind: Any = KINDS[rule.kind]
        read = document if rule.kind in FULL_TEXT_KINDS else bounded
        if kind.SCOPE == "corpus":
            codec = work.codecs[index] if work and work.cache else None
            key = entry_key(work.rule_keys[index], document.raw) if work and codec else b""
            summary = _extract(kind, rule, read, report, result, work, (key, codec))
            if summary is not None:
                result.summaries.append((index, summary))
        elif report:
            result.findings.extend(_run_check(kind, rule, read))
    return result


def _extract(
    kind: Any,
    rule: Rule,
    document: Document,
    report: bool,
    result: FileResult,
    work: _Work | None,
    cached: tuple[bytes, Codec | None],
) -> Any:
    """A corpus kind's extract, from the cache when the same bytes were seen before."""
    key, codec = cached
    cache = work.cache if work is not None and codec is not None else None
    cache = None if cache is None or cache.disabled else cache
    if cache is not None and codec is not None:
        hit, found, problem = extracts.read(cache, codec, key)
        if hit:
            return found
        if problem is not None:
            result.cache_problems.append(problem)
    try:
        summary = kind.extract(document, rule.params)
    except Exception as err:  # a bug in a kind must not stop the rest of the corpus
        if report:
            result.findings.append(
                stamp.rule_error(rule, document.path, stamp.internal_error(rule, err))
            )
        return None
    if cache is not None and codec is not None:
        entry = extracts.seal(cache, codec, key, summary, rule.kind)
        if isinstance(entry, CacheProblem):
            result.cache_problems.append(entry)
        else:
            result.cache_entries.append(entry)
    return summary


def _run_check(kind: Any, rule: Rule, document: Document) -> list[Finding]:
    return cap_findings(_check_findings(kind, rule, document), rule)


def _check_findings(kind: Any, rule: Rule, document: Document) -> Iterator[Finding]:
    try:
        for hit in kind.check(document, rule.params):
            yield stamp.from_hit(rule, document, hit)
    except CheckError as err:
        yield stamp.rule_error(rule, document.path, str(err))
    except Exception as err:  # a bug in a kind must not stop the rest of the corpus
        yield stamp.rule_error(rule, document.path, stamp.internal_error(rule, err))


def _aggregate(
    rule: Rule, summaries: list[tuple[str, Any]], targets: set[str], ordered: list[str]
) -> list[Finding]:
    kind: Any = KINDS[rule.kind]
    summaries.sort(key=lambda item: item[0])
    try:
        # The whole corpus is read; when only some files are linted, kinds may compare
        # only what involves them (pre-commit lints one changed file against the rest).
        focus = targets if any(path not in targets for path, _ in summaries) else None
        found = kind.aggregate(summaries, rule.params, focus)
        hits = [hit for hit in found if hit.path in targets]
    except Exception as err:  # reported once, on the first file, instead of a traceback
        return (
            [stamp.rule_error(rule, ordered[0], stamp.internal_error(rule, err))] if ordered else []
        )
    return cap_findings((stamp.from_corpus_hit(rule, hit) for hit in hits), rule)
