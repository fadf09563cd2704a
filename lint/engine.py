"""Run rules over documents: each file read and parsed once, corpus kinds indexed."""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lint import extracts, filestate, stamp, timers, unchanged
from lint.cache import CacheProblem, ExtractCache, entry_key, rule_key
from lint.checks import KINDS, UNREADABLE_KINDS
from lint.checks.errors import CheckError
from lint.codec import Codec
from lint.document import Document
from lint.finding import Finding
from lint.index import focus as index_focus
from lint.index import store
from lint.index.counts import CorpusCounts
from lint.index.store import Indexed
from lint.limits import FULL_TEXT_KINDS, cap_findings
from lint.schema import Rule
from lint.suppress import apply
from lint.suppress.model import Suppression
from lint.suppress.read import suppressions as read_suppressions

_PARALLEL_MIN_FILES = 64
_CACHE_BATCH = 2000  # extracts written per transaction, so they never pile up in memory
_CHUNK = 32


@dataclass
class FileResult:
    """What linting one file leaves behind: findings, corpus summaries, new cache entries
    (extracts, and the file's record: its `stat` and the digest of its bytes)."""

    findings: list[Finding] = field(default_factory=list)
    summaries: list[tuple[int, Any]] = field(default_factory=list)
    cache_entries: list[tuple[bytes, bytes]] = field(default_factory=list)
    cache_problems: list[CacheProblem] = field(default_factory=list)
    suppressions: tuple[Suppression, ...] = ()
    file_records: list[tuple[bytes, bytes]] = field(default_factory=list)
    # True when the cache's record of the file names the bytes linted (written now, or
    # found unchanged): only such files go into the corpus index's snapshot.
    recorded: bool = False


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
    known: Sequence[Rule] | None = None,
    progress: Callable[[int, int], None] | None = None,
    executor: MapFiles | None = None,
) -> LintResult:
    """Lint `targets`; corpus rules also read `corpus` files but report only on targets.

    `executor` maps the files to their results (default: the local process pool of
    `jobs` workers); corpus aggregation always runs here, on the summaries it returns.
    Suppressions apply last; `known` (all loaded rules, default `rules`) tells a
    suppression naming no rule from one whose rule was not selected. `progress` is
    told (documents done, total) after each document. With a cache, a run that reads
    the whole corpus leaves its index there, and a run on a few targets answers the
    corpus rules from it when it still describes the corpus (`lint.index`).
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
    collected = _Collected()
    plan = _plan(files, work)
    answers: dict[int, _Answer]
    if plan is None:
        _collect(files, work, (jobs, executor, progress), collected)
        answers = {index: (collected.summaries[index], None) for index in _corpus_rules(rules)}
        _write_index(files, work, collected)
    else:
        _collect(plan.comparison.fresh, work, (jobs, executor, None), collected)
        answers = _focused(plan, work, collected)
        if progress is not None:
            progress(len(files), len(files))
    findings = collected.findings
    for index in _corpus_rules(rules):
        started = timers.start()
        summaries, counts = answers[index]
        findings.extend(_aggregate(rules[index], summaries, target_set, sorted(targets), counts))
        timers.add(f"aggregate {rules[index].id}", started)
    declared = collected.declared
    findings = _suppress(findings, declared, rules, known if known is not None else rules)
    timers.write()
    findings.sort(key=Finding.sort_key)
    return LintResult(findings, len(targets))


@dataclass
class _Collected:
    """What linting the files of a run gathers: findings, extracts by rule, suppressions."""

    findings: list[Finding] = field(default_factory=list)
    summaries: dict[int, list[tuple[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    declared: dict[str, tuple[Suppression, ...]] = field(default_factory=dict)
    recorded: set[str] = field(default_factory=set)  # files whose record names their bytes


# What a corpus rule's aggregate is given: extracts, and the corpus's counts when the
# extracts are only those of the documents that share a key with a target.
_Answer = tuple[list[tuple[str, Any]], CorpusCounts | None]
_How = tuple[int, MapFiles | None, Callable[[int, int], None] | None]  # jobs, executor, progress


def _collect(files: list[str], work: _Work, how: _How, collected: _Collected) -> None:
    """Lint `files` (unchanged corpus files from the cache in bulk), into `collected`."""
    jobs, executor, progress = how
    cache = work.cache
    pending = _Pending()
    as_recorded = _known(files, work)
    collected.recorded.update(as_recorded)
    for path, found in as_recorded.items():
        for index, summary in found:
            collected.summaries[index].append((path, summary))
    if progress is not None and as_recorded:
        progress(len(as_recorded), len(files))
    rest = [path for path in files if path not in as_recorded]
    results = executor(rest, work) if executor else _map_files(rest, work, jobs)
    for done, (path, result) in enumerate(zip(rest, results, strict=True), len(as_recorded)):
        if progress is not None:
            progress(done + 1, len(files))
        collected.findings.extend(result.findings)
        if result.suppressions:
            collected.declared[path] = result.suppressions
        if result.recorded:
            collected.recorded.add(path)
        for index, summary in result.summaries:
            collected.summaries[index].append((path, summary))
        if cache is not None:
            pending = _keep(cache, result, pending)
    if cache is not None:
        cache.put(pending.entries, pending.files)


def _corpus_rules(rules: Sequence[Rule]) -> list[int]:
    return [index for index, rule in enumerate(rules) if KINDS[rule.kind].SCOPE == "corpus"]


def _indexed(work: _Work) -> dict[int, Indexed] | None:
    """The corpus rules whose kinds declare index keys, by rule number; None when a
    corpus rule's extracts are never cached (it needs every text, index or not)."""
    found: dict[int, Indexed] = {}
    for index in _corpus_rules(work.rules):
        if work.codecs[index] is None:
            return None
        rule = work.rules[index]
        spec = index_focus.indexed(KINDS[rule.kind], rule.params, work.rule_keys[index])
        if spec is not None:
            found[index] = spec
    return found


def _plan(files: list[str], work: _Work) -> index_focus.Plan | None:
    """The plan of a focused run through the corpus index (None: today's whole run)."""
    cache = work.cache
    if cache is None or cache.disabled or all(path in work.targets for path in files):
        return None
    specs = _indexed(work)
    if specs is None or not _corpus_rules(work.rules):
        return None
    return index_focus.plan(cache, files, work.targets, [spec.key for spec in specs.values()])


def _focused(plan: index_focus.Plan, work: _Work, collected: _Collected) -> dict[int, _Answer]:
    """Each corpus rule's extracts for a focused run: the fresh files' and those of the
    unchanged documents it needs (all of them for a rule the index cannot answer)."""
    cache = work.cache
    assert cache is not None  # a plan is made only with a cache
    specs = _indexed(work) or {}
    answers: dict[int, _Answer] = {}
    missing: dict[str, set[int]] = defaultdict(set)
    unchanged = {path: digest for path, (_, digest) in plan.comparison.unchanged.items()}
    for index in _corpus_rules(work.rules):
        codec, fresh = work.codecs[index], collected.summaries[index]
        assert codec is not None  # `_indexed` made sure of it
        spec = specs.get(index)
        part = index_focus.subset(cache, plan, spec, codec, fresh, work.targets) if spec else None
        wanted = part.wanted if part is not None else unchanged
        found, lost = index_focus.decoded(cache, codec, work.rule_keys[index], wanted)
        answers[index] = ([*fresh, *found], part.counts if part is not None else None)
        for path in lost:
            missing[path].add(index)
    pending = _Pending()
    for path in sorted(missing):  # what the cache could not give is read the ordinary way
        result = lint_path(path, work)
        for index, summary in result.summaries:
            if index in missing[path]:
                answers[index][0].append((path, summary))
        pending = _keep(cache, result, pending)
    cache.put(pending.entries, pending.files)
    return answers


def _write_index(files: list[str], work: _Work, collected: _Collected) -> None:
    """Leave the corpus index of a whole run in the cache (`lint.index`).

    Its snapshot holds the files whose record names the bytes this run linted; a file
    it could not read keeps an older record, which would not describe its extracts.
    """
    cache = work.cache
    specs = _indexed(work) if cache is not None and not cache.disabled else None
    if cache is None or specs is None or not _corpus_rules(work.rules):
        return
    started = timers.start()
    names = [filestate.path_key(path) for path in files]
    if len(set(names)) != len(names):
        return  # one file named twice: a snapshot by path could not tell the names apart
    confirmed = {filestate.path_key(path) for path in collected.recorded}
    try:
        records = cache.recorded_many([name for name in names if name in confirmed])
    except CacheProblem as problem:
        cache.note(problem)
        return
    rules = [
        (spec, [(filestate.path_key(path), s) for path, s in collected.summaries[index]])
        for index, spec in specs.items()
    ]
    store.write(cache, list(records.items()), rules)
    timers.add("index write", started)


def _known(files: list[str], work: _Work) -> dict[str, unchanged.Summaries]:
    """The extracts of the corpus files unchanged since the last run, read in bulk.

    Only for files nobody reports on, and only when every corpus rule's extracts are
    cached (as `_unchanged`, which the files not found here still go through).
    """
    cache = work.cache
    if cache is None or cache.disabled:
        return {}
    rules = []
    for index, rule in enumerate(work.rules):
        if KINDS[rule.kind].SCOPE == "corpus":
            codec = work.codecs[index]
            if codec is None:
                return {}  # a kind whose extracts are never cached needs every text
            rules.append(unchanged.CorpusRule(index, work.rule_keys[index], codec))
    if not rules:
        return {}
    others = [path for path in files if path not in work.targets]
    return unchanged.known(cache, others, rules)


def _suppress(
    findings: list[Finding],
    declared: dict[str, tuple[Suppression, ...]],
    rules: Sequence[Rule],
    known: Sequence[Rule],
) -> list[Finding]:
    """Drop suppressed findings; add the findings of rules that judge unused suppressions."""
    kept, used = apply.apply(findings, declared)
    judges = [r for r in rules if KINDS[r.kind].SCOPE == "suppressions"]
    if not judges:
        return kept
    unused = apply.unused(declared, used, rules, known)
    for rule in judges:
        kind: Any = KINDS[rule.kind]
        hits = kind.report(unused, rule.params)
        kept.extend(cap_findings((stamp.from_corpus_hit(rule, hit) for hit in hits), rule))
    return kept


@dataclass
class _Pending:
    """Cache rows not yet written: extracts and file records."""

    entries: list[tuple[bytes, bytes]] = field(default_factory=list)
    files: list[tuple[bytes, bytes]] = field(default_factory=list)


def _keep(cache: ExtractCache, result: FileResult, pending: _Pending) -> _Pending:
    """Note a file's cache problems, and write new rows once a batch is full."""
    for problem in result.cache_problems:
        cache.note(problem)
    pending.entries.extend(result.cache_entries)
    pending.files.extend(result.file_records)
    if len(pending.entries) + len(pending.files) < _CACHE_BATCH:
        return pending
    cache.put(pending.entries, pending.files)
    return _Pending()


# NOTE: worker processes are forked and read their work from this module global, so
# rules never need to be pickled; only results travel back.
_WORK = _Work(set(), (), None, (), ())


def _map_files(files: list[str], work: _Work, jobs: int) -> Iterable[FileResult]:
    global _WORK
    _WORK = work
    if jobs <= 1 or len(files) < _PARALLEL_MIN_FILES or "fork" not in _start_methods():
        return map(_lint_worker, files)
    workers = min(jobs, len(files))  # never more workers than files
    pool = _start_pool(workers)
    return _closing(pool, pool.imap(_lint_worker, files, chunksize=_CHUNK))


_STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


def _start_pool(workers: int) -> Any:
    """A pool of forked workers, the stop signals held back while they start.

    NOTE: a worker forked with the parent's handlers that gets a stop signal (sent to
    the whole group) before `_worker_signals` runs raises it inside an at-fork hook,
    where it is swallowed, and lives on while the parent waits for it. Blocked during
    the fork, the signal waits in each worker until its own handlers are in place.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        return multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


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
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # held back by `_start_pool`


def _exit_worker(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()


def _closing(pool: Any, results: Iterator[FileResult]) -> Iterator[FileResult]:
    with pool:
        yield from results


def _lint_worker(path: str) -> FileResult:
    return lint_path(path, _WORK)


def lint_path(path: str, work: _Work, read: Callable[[str], Document] | None = None) -> FileResult:
    """Lint one file of a run, read with `read` (default `Document.read`, looked up at
    call time): what every executor's workers call.

    A corpus file (not a target) whose `stat` matches its record in the cache is
    not read at all: its extracts are found under the recorded digest.
    """
    read = read if read is not None else Document.read
    report = path in work.targets
    cache = work.cache
    if cache is None or cache.disabled:
        return lint_file(read(path), work.rules, report, work)
    state = filestate.state_of(path)
    recorded_ns = time.time_ns()  # after the stat, before the read: see lint.filestate
    problems: list[CacheProblem] = []
    if state is not None and not report:
        known = _unchanged(path, state, work, problems)
        if known is not None:
            known.recorded = True
            return known
    document = read(path)
    digest = filestate.content_digest(document.raw)
    result = lint_file(document, work.rules, report, work, digest)
    result.cache_problems[:0] = problems
    if state is not None and document.error is None:
        record = filestate.pack(state, recorded_ns, digest)
        result.file_records.append(cache.file_record(filestate.path_key(path), record))
        result.recorded = True
    return result


def _unchanged(
    path: str, state: filestate.FileState, work: _Work, problems: list[CacheProblem]
) -> FileResult | None:
    """The extracts of a file that is as recorded, without reading it (None: read it).

    Only for a file nobody reports on: its checks are not run, and its extracts are
    found under the recorded digest of its bytes. Any extract missing or unusable
    means reading the file after all (which reports the problem).
    """
    cache = work.cache
    if cache is None:
        return None
    try:
        record = cache.recorded(filestate.path_key(path))
    except CacheProblem as problem:
        problems.append(problem)
        return None
    digest = filestate.unchanged(record, state) if record is not None else None
    if digest is None:
        return None
    result = FileResult()
    for index, rule in enumerate(work.rules):
        if KINDS[rule.kind].SCOPE != "corpus":
            continue
        codec = work.codecs[index]
        if codec is None:
            return None  # a kind whose extracts are never cached needs the text
        hit, found, _ = extracts.read(cache, codec, entry_key(work.rule_keys[index], digest))
        if not hit:
            return None
        if found is not None:
            result.summaries.append((index, found))
    return result


def lint_file(
    document: Document,
    rules: Sequence[Rule],
    report: bool = True,
    work: _Work | None = None,
    digest: bytes | None = None,
) -> FileResult:
    """Run every rule on one document: checks when `report`, extracts always.

    Content kinds read the document within the bounds of `lint.limits`. `digest`
    names the document's bytes in the cache (computed here when not given).
    """
    result = FileResult()
    if report:
        result.suppressions = read_suppressions(document).entries
    bounded = document.bounded()
    if work is not None and work.cache is not None and digest is None:
        digest = filestate.content_digest(document.raw)
    for index, rule in enumerate(rules):
        if document.error is not None and rule.kind not in UNREADABLE_KINDS:
            continue
        kind: Any = KINDS[rule.kind]
        read = document if rule.kind in FULL_TEXT_KINDS else bounded
        if kind.SCOPE == "corpus":
            codec = work.codecs[index] if work and work.cache else None
            key = entry_key(work.rule_keys[index], digest) if work and codec and digest else b""
            started = timers.start()
            summary = _extract(kind, rule, read, report, result, work, (key, codec))
            timers.add(f"extract {rule.id}", started)
            if summary is not None:
                result.summaries.append((index, summary))
        elif report and kind.SCOPE == "document":
            started = timers.start()
            result.findings.extend(_run_check(kind, rule, read))
            timers.add(f"check {rule.id}", started)
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
    rule: Rule,
    summaries: list[tuple[str, Any]],
    targets: set[str],
    ordered: list[str],
    counts: CorpusCounts | None = None,
) -> list[Finding]:
    kind: Any = KINDS[rule.kind]
    summaries.sort(key=lambda item: item[0])
    try:
        # The whole corpus is read; when only some files are linted, kinds may compare
        # only what involves them (pre-commit lints one changed file against the rest).
        focus = targets if any(path not in targets for path, _ in summaries) else None
        # With `counts`, the summaries are those of the documents sharing a key with a
        # target, and `counts` the whole corpus's (lint.index.focus).
        extra = {} if counts is None else {"counts": counts}
        found = kind.aggregate(summaries, rule.params, focus, **extra)
        hits = [hit for hit in found if hit.path in targets]
    except Exception as err:  # reported once, on the first file, instead of a traceback
        return (
            [stamp.rule_error(rule, ordered[0], stamp.internal_error(rule, err))] if ordered else []
        )
    return cap_findings((stamp.from_corpus_hit(rule, hit) for hit in hits), rule)
