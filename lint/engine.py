"""Run rules over documents: each file read and parsed once, corpus kinds indexed."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import re
import signal
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lint.cache import CacheProblem, ExtractCache, entry_key, rule_key
from lint.checks import KINDS, UNREADABLE_KINDS
from lint.checks.errors import CheckError
from lint.codec import Codec, CodecError, codec_for
from lint.document import Document
from lint.finding import CorpusHit, Finding, Hit, Location, Severity
from lint.limits import FULL_TEXT_KINDS, cap_findings
from lint.schema import Rule

_PARALLEL_MIN_FILES = 64
_CACHE_BATCH = 2000
_FINGERPRINT_CHARS = 64  # extracts written per transaction, so they never pile up in memory
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BREAKS = re.compile(r"\s*[\r\n\t\u2028\u2029]\s*")
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


@dataclass(frozen=True)
class LintResult:
    """The sorted findings of a run and how many files were linted."""

    findings: list[Finding]
    files: int


class _Message(dict[str, str]):
    """Template arguments; a placeholder the kind did not fill renders empty.

    Values are folded onto one line and control characters are shown escaped, so a
    message stays one line in every output format whatever the matched text held.
    """

    def __init__(self, args: dict[str, str]) -> None:
        super().__init__((key, _one_line(value)) for key, value in args.items())

    def __missing__(self, key: str) -> str:
        return ""


def fingerprint_text(text: str) -> str:
    """The matched text as findings keep it: folded, lower-cased, and digested when long.

    Only fingerprints read it; a region finding (a whole foreign tail) would otherwise
    carry kilobytes of text through the run.
    """
    folded = " ".join(text.split()).lower()
    if len(folded) <= _FINGERPRINT_CHARS:
        return folded
    return "#" + hashlib.blake2b(folded.encode(), digest_size=16).hexdigest()


def _one_line(value: str) -> str:
    if not _CONTROL.search(value):
        return value
    folded = _BREAKS.sub(" ", value)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", folded)


def lint(
    targets: Sequence[str],
    rules: Sequence[Rule],
    corpus: Sequence[str] = (),
    jobs: int = 1,
    cache: ExtractCache | None = None,
) -> LintResult:
    """Lint `targets`; corpus rules also read `corpus` files but report only on targets."""
    target_set = set(targets)
    files = list(dict.fromkeys([*targets, *corpus]))
    if not any(KINDS[r.kind].SCOPE == "corpus" for r in rules):
        files = list(targets)
    codecs = tuple(summary_codec(r.kind) for r in rules)
    keys = tuple(rule_key(r, c.signature) if c else b"" for r, c in zip(rules, codecs, strict=True))
    if cache is not None:
        cache.prepare()
    work = _Work(target_set, rules, cache, keys, codecs)
    findings: list[Finding] = []
    summaries: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    new_entries: list[tuple[bytes, bytes]] = []
    for path, result in zip(files, _map_files(files, work, jobs), strict=True):
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


def summary_codec(kind_name: str) -> Codec | None:
    """The codec of a corpus kind's declared `Summary` (None: not declared, not cached)."""
    kind: Any = KINDS[kind_name]
    declared = getattr(kind, "Summary", None)
    if kind.SCOPE != "corpus" or declared is None:
        return None
    return codec_for(typing.Optional[declared])  # noqa: UP045 (a runtime union of a type alias)


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
    work = _WORK
    return lint_file(Document.read(path), work.rules, path in work.targets, work)


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
        found, hit = _cached(cache, codec, key, result)
        if hit:
            return found
    try:
        summary = kind.extract(document, rule.params)
    except Exception as err:  # a bug in a kind must not stop the rest of the corpus
        if report:
            result.findings.append(_rule_error(rule, document.path, _internal(rule, err)))
        return None
    if cache is not None and codec is not None:
        _store(cache, codec, key, summary, rule, result)
    return summary


def _cached(cache: ExtractCache, codec: Codec, key: bytes, result: FileResult) -> tuple[Any, bool]:
    """The cached extract and True, or (None, False) when absent or rejected."""
    try:
        payload = cache.get(key)
        if payload is None:
            return None, False
        return codec.decode(json.loads(payload.decode("utf-8", "surrogatepass"))), True
    except CacheProblem as problem:
        result.cache_problems.append(problem)
    except (CodecError, ValueError, RecursionError) as err:
        message = f"an entry does not decode as its kind's summary ({err})"
        result.cache_problems.append(CacheProblem(message, "entry"))
    return None, False


def _store(
    cache: ExtractCache, codec: Codec, key: bytes, summary: Any, rule: Rule, result: FileResult
) -> None:
    try:
        data = codec.encode(summary)
    except (CodecError, AttributeError, TypeError, ValueError) as err:
        message = f"kind '{rule.kind}' made an extract that is not its Summary type ({err})"
        result.cache_problems.append(CacheProblem(message, "uncached"))
        return
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = text.encode("utf-8", "surrogatepass")
    result.cache_entries.append((key, cache.seal(key, payload)))


def _internal(rule: Rule, err: Exception) -> str:
    return f"internal error in kind '{rule.kind}' ({type(err).__name__}: {err}); please report it"


def _run_check(kind: Any, rule: Rule, document: Document) -> list[Finding]:
    return cap_findings(_check_findings(kind, rule, document), rule)


def _check_findings(kind: Any, rule: Rule, document: Document) -> Iterator[Finding]:
    try:
        for hit in kind.check(document, rule.params):
            yield _from_hit(rule, document, hit)
    except CheckError as err:
        yield _rule_error(rule, document.path, str(err))
    except Exception as err:  # a bug in a kind must not stop the rest of the corpus
        yield _rule_error(rule, document.path, _internal(rule, err))


def _from_hit(rule: Rule, document: Document, hit: Hit) -> Finding:
    return Finding(
        path=document.path,
        location=document.location(hit.start, hit.end),
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=rule.message.format_map(_Message(hit.args)),
        related=hit.related,
        text=fingerprint_text(hit.text or document.text[hit.start : hit.end]),
    )


def _rule_error(rule: Rule, path: str, detail: str) -> Finding:
    return Finding(
        path,
        Location(1, 1, 1, 1),
        rule.id,
        rule.category,
        Severity.ERROR,
        f"rule error: {detail}",
        text="rule error",
    )


def _aggregate(
    rule: Rule, summaries: list[tuple[str, Any]], targets: set[str], ordered: list[str]
) -> list[Finding]:
    kind: Any = KINDS[rule.kind]
    summaries.sort(key=lambda item: item[0])
    try:
        hits = [hit for hit in kind.aggregate(summaries, rule.params) if hit.path in targets]
    except Exception as err:  # reported once, on the first file, instead of a traceback
        return [_rule_error(rule, ordered[0], _internal(rule, err))] if ordered else []
    return cap_findings((_from_corpus_hit(rule, hit) for hit in hits), rule)


def _from_corpus_hit(rule: Rule, hit: CorpusHit) -> Finding:
    return Finding(
        hit.path,
        hit.location,
        rule.id,
        rule.category,
        rule.severity,
        rule.message.format_map(_Message(hit.args)),
        hit.related,
        fingerprint_text(hit.text),
    )
