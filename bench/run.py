#!/usr/bin/env python3
"""Benchmark seedlint: throughput (MB/s, MB/s per core) and peak memory on a scaled corpus.

For each `--docs N` the script builds a corpus of N documents with
`../shared/corpus/scale.py` (or reuses one built before), then runs `lint` over it
in a fresh child process for each `--jobs J`, `--repeat` times, and prints one row
per (N, J): the best wall time of the repeats and the highest peak RSS.

Each measurement is one child process reaped with `os.wait4`, so its resource
usage (peak RSS, CPU time) is that lint run's alone: neither scale.py nor earlier
runs count. With `--jobs` above 1 the peak is the largest of the lint process and
its worker processes (the kernel folds reaped workers into their parent's usage).

Standard library only; POSIX only (`os.wait4`).

`--split` adds one more run per corpus with `--jobs 1` and the engine's instrumented
timers (`SEEDLINT_TIMINGS`, see lint/timers.py), and prints where the CPU went: each
rule's checks or extracts, each corpus aggregate, each shared analysis (inclusive),
against a plain read-and-decode loop over the same files measured in the same run.

Example:
    python bench/run.py --docs 2000 --docs 10000
    python bench/run.py --docs 2000 --split
    python bench/run.py --docs 10000 --jobs 2 --select boilerplate,hygiene --json
    python bench/run.py --docs 10000 --jobs 2 --executor dask   # a local Dask cluster

With `--executor dask` lint starts a LocalCluster of J worker processes (nanny and
worker per J); the peak RSS is then the largest of the client, nannies and workers,
so it is the peak memory of one worker whenever a worker is the largest process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SCALE = REPO.parent / "shared" / "corpus" / "scale.py"
DEFAULT_CORPUS_ROOT = REPO / "bench" / "out"
MANIFEST = "_manifest.tsv"  # written last by scale.py: its presence marks a finished corpus
LINT_PROGRAM = "from lint.cli import main; import sys; sys.exit(main(sys.argv[1:]))"
LINT_OK_CODES = (0, 1)  # 1 only means "there are findings"
# Passed to lint when its --help lists them: measure the uncached work, and keep
# lint from writing a cache folder into the checkout it runs in.
OPTIONAL_LINT_ARGS = ("--no-cache",)
MB = 10**6
MIB = 2**20


@dataclass(frozen=True)
class Corpus:
    """A finished scale.py corpus: its folder, document count and total bytes."""

    path: Path
    docs: int
    bytes: int


@dataclass(frozen=True)
class Measurement:
    """One lint run in a fresh child process."""

    seconds: float
    cpu_seconds: float
    peak_rss_bytes: int
    findings: int


@dataclass(frozen=True)
class Result:
    """One table row: the best of `repeat` measurements of one corpus at one job count."""

    docs: int
    jobs: int
    executor: str
    cores: int
    bytes: int
    mb: float
    seconds: float
    cpu_seconds: float
    mb_per_s: float
    mb_per_s_per_core: float
    peak_rss_mib: float
    findings: int
    repeat: int
    select: list[str]
    corpus: str


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; `--docs` and `--jobs` may be repeated."""
    p = argparse.ArgumentParser(
        description="Measure seedlint's throughput and peak memory on a scale.py corpus.",
        epilog="Corpora are kept in <corpus-dir>/corpus-<N> and reused when complete.",
    )
    p.add_argument(
        "--docs",
        type=int,
        action="append",
        metavar="N",
        help="corpus size in documents; repeat to compare sizes (default 10000)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        action="append",
        metavar="J",
        help="lint --jobs value; repeat to compare (default 1; 0 = one per core)",
    )
    p.add_argument(
        "--select",
        action="append",
        metavar="IDS",
        help="passed to lint --select (e.g. boilerplate,hygiene); default: all rules",
    )
    p.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="lint --executor: local processes (default) or a local Dask cluster of J workers",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="K",
        help="run each measurement K times and keep the fastest (default 1)",
    )
    p.add_argument(
        "--corpus-dir",
        type=Path,
        default=DEFAULT_CORPUS_ROOT,
        metavar="DIR",
        help=f"folder holding the corpora (default {_shown(DEFAULT_CORPUS_ROOT)})",
    )
    p.add_argument(
        "--scale",
        type=Path,
        default=DEFAULT_SCALE,
        metavar="PATH",
        help="scale.py to build corpora with (default <repo>/../shared/corpus/scale.py)",
    )
    p.add_argument(
        "--json", action="store_true", help="print the results as JSON instead of a table"
    )
    p.add_argument(
        "--split",
        action="store_true",
        help="also time each rule, aggregate and analysis (one more run with --jobs 1)",
    )
    p.add_argument(
        "--top",
        type=int,
        default=25,
        metavar="K",
        help="timers shown by --split, largest first (default 25)",
    )
    args = p.parse_args(argv)
    args.docs = args.docs or [10000]
    args.jobs = args.jobs or [1]
    if any(n < 1 for n in args.docs):
        p.error("--docs must be at least 1")
    if any(j < 0 for j in args.jobs):
        p.error("--jobs must be 0 or more")
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    return args


def _shown(path: Path) -> str:
    """A path relative to the repository when it lies inside it, for help and messages."""
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_corpus(path: Path, docs: int) -> Corpus | None:
    """Return the corpus at `path` if scale.py finished writing `docs` documents there."""
    manifest = path / MANIFEST
    if not manifest.is_file():
        return None
    rows = manifest.read_text(encoding="utf-8").splitlines()[1:]  # skip the header
    names = [row.split("\t", 1)[0] for row in rows if row]
    if len(names) != docs:
        return None
    total = 0
    for name in names:
        try:
            total += (path / name).stat().st_size
        except FileNotFoundError:
            return None
    return Corpus(path, docs, total)


def ensure_corpus(root: Path, docs: int, scale: Path) -> Corpus:
    """Reuse `<root>/corpus-<docs>` when complete, else build it with scale.py.

    The corpus is written to a scratch folder next to it and renamed into place
    when scale.py succeeds, so an interrupted build never looks complete.
    """
    path = root / f"corpus-{docs}"
    found = read_corpus(path, docs)
    if found is not None:
        _log(f"reusing {_shown(path)} ({docs} docs, {found.bytes / MB:.1f} MB)")
        return found
    if path.exists():
        raise SystemExit(
            f"{path} exists but is not a complete {docs}-document corpus; "
            "delete it or pick another --corpus-dir"
        )
    if not scale.is_file():
        raise SystemExit(f"scale.py not found at {scale}; pass --scale")
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".corpus-{docs}-", dir=root))
    _log(f"building {_shown(path)} with {scale} ...")
    try:
        # scale.py refuses a non-empty --out, and mkdtemp's folder is empty.
        done = subprocess.run(
            [sys.executable, str(scale), "--docs", str(docs), "--out", str(scratch)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"scale.py failed ({done.returncode}):\n{done.stderr}")
        _log("  " + done.stdout.strip())
        scratch.rename(path)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch)
    built = read_corpus(path, docs)
    if built is None:
        raise SystemExit(f"scale.py did not write {docs} documents to {path}")
    return built


def supported_lint_args() -> list[str]:
    """The OPTIONAL_LINT_ARGS that this checkout's `lint --help` knows."""
    done = subprocess.run(
        [sys.executable, "-c", LINT_PROGRAM, "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"lint --help failed ({done.returncode}):\n{done.stderr}")
    return [arg for arg in OPTIONAL_LINT_ARGS if arg in done.stdout.split()]


def lint_command(
    corpus: Path, output: Path, jobs: int, select: Sequence[str], extra: Sequence[str] = ()
) -> list[str]:
    """The child's argv: lint the corpus with shipped rules only, JSON to `output`."""
    command = [
        sys.executable,
        "-c",
        LINT_PROGRAM,
        str(corpus),
        "--isolated",
        "--format",
        "json",
        "--output",
        str(output),
        "--jobs",
        str(jobs),
    ]
    for ids in select:
        command += ["--select", ids]
    return command + list(extra)


def _maxrss_bytes(ru_maxrss: int) -> int:
    """ru_maxrss is in KiB on Linux and the BSDs, in bytes on macOS."""
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


def measure(
    corpus: Corpus,
    jobs: int,
    select: Sequence[str],
    extra: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> Measurement:
    """Run lint once in a fresh child and return its wall time, CPU time, peak RSS, findings.

    `os.wait4` reaps exactly this child and returns its own resource usage
    (including any workers it reaped), unlike RUSAGE_CHILDREN, whose ru_maxrss is
    the maximum over every child this script ever waited for.
    """
    with tempfile.TemporaryDirectory(prefix="seedlint-bench-") as scratch:
        output = Path(scratch) / "findings.json"
        with open(Path(scratch) / "stderr.txt", "w+", encoding="utf-8") as stderr:
            command = lint_command(corpus.path, output, jobs, select, extra)
            start = time.perf_counter()
            # cwd=REPO so `-c` imports this checkout's `lint` package.
            child = subprocess.Popen(
                command,
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=env,
            )
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)  # already reaped
            # A traceback also exits with 1, so a missing report is a failure too.
            if child.returncode not in LINT_OK_CODES or not output.is_file():
                stderr.seek(0)
                raise SystemExit(f"lint failed (exit code {child.returncode}):\n{stderr.read()}")
        report = json.loads(output.read_text(encoding="utf-8"))
    return Measurement(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_bytes=_maxrss_bytes(usage.ru_maxrss),
        findings=int(report["summary"]["findings"]),
    )


def cores_used(jobs: int) -> int:
    """How many cores a lint run with `--jobs jobs` can keep busy on this machine."""
    available = os.cpu_count() or 1
    return available if jobs == 0 else min(jobs, available)


def benchmark(
    corpus: Corpus, jobs: int, select: Sequence[str], repeat: int, extra: Sequence[str] = ()
) -> Result:
    """Measure `repeat` times; keep the fastest run's times and the highest peak RSS."""
    runs = []
    for attempt in range(1, repeat + 1):
        run = measure(corpus, jobs, select, extra)
        _log(
            f"  docs={corpus.docs} jobs={jobs} run {attempt}/{repeat}: {run.seconds:.2f} s, "
            f"peak {run.peak_rss_bytes / MIB:.0f} MiB"
        )
        runs.append(run)
    best = min(runs, key=lambda r: r.seconds)
    cores = cores_used(jobs)
    executor = extra[extra.index("--executor") + 1] if "--executor" in extra else "local"
    mb = corpus.bytes / MB
    return Result(
        docs=corpus.docs,
        jobs=jobs,
        executor=executor,
        cores=cores,
        bytes=corpus.bytes,
        mb=round(mb, 3),
        seconds=round(best.seconds, 3),
        cpu_seconds=round(best.cpu_seconds, 3),
        mb_per_s=round(mb / best.seconds, 3),
        mb_per_s_per_core=round(mb / best.seconds / cores, 3),
        peak_rss_mib=round(max(r.peak_rss_bytes for r in runs) / MIB, 1),
        findings=best.findings,
        repeat=repeat,
        select=list(select),
        corpus=str(corpus.path),
    )


@dataclass(frozen=True)
class Split:
    """One timed run: the CPU of each timer, the run's CPU, and the read-and-decode loop's."""

    docs: int
    cpu_seconds: float
    read_decode_seconds: float
    mb: float
    timers: dict[str, dict[str, float]]


def read_decode_seconds(corpus: Corpus) -> float:
    """CPU seconds of the plainest reading: every file read and decoded as UTF-8."""
    names = [row.split("\t", 1)[0] for row in (corpus.path / MANIFEST).read_text().splitlines()]
    started = time.process_time()
    for name in names[1:]:
        if name:
            (corpus.path / name).read_bytes().decode("utf-8", "replace")
    return time.process_time() - started


def split(corpus: Corpus, select: Sequence[str], extra: Sequence[str]) -> Split:
    """Run lint once with `--jobs 1` and the instrumented timers, and read them back."""
    with tempfile.TemporaryDirectory(prefix="seedlint-split-") as scratch:
        target = Path(scratch) / "timers.json"
        env = {**os.environ, "SEEDLINT_TIMINGS": str(target)}
        run = measure(corpus, 1, select, extra, env)
        timers = json.loads(target.read_text(encoding="utf-8"))
    baseline = read_decode_seconds(corpus)
    return Split(corpus.docs, run.cpu_seconds, baseline, corpus.bytes / MB, timers)


def format_split(found: Split, top: int) -> str:
    """The largest timers as a table: CPU seconds, share of the run, calls."""
    lines = [
        f"split at {found.docs} docs (--jobs 1): lint {found.cpu_seconds:.2f} CPU s "
        f"({found.mb / max(found.cpu_seconds, 1e-9):.2f} MB/s); plain read-and-decode "
        f"{found.read_decode_seconds:.3f} CPU s "
        f"({found.mb / max(found.read_decode_seconds, 1e-9):.0f} MB/s), "
        f"lint takes {found.cpu_seconds / max(found.read_decode_seconds, 1e-9):.0f}x as long",
        f"{'timer':<52} {'CPU s':>8} {'share':>6} {'calls':>8}",
    ]
    ranked = sorted(found.timers.items(), key=lambda item: (-item[1]["seconds"], item[0]))
    for name, timer in ranked[:top]:
        share = timer["seconds"] / max(found.cpu_seconds, 1e-9)
        lines.append(f"{name:<52} {timer['seconds']:>8.2f} {share:>6.1%} {timer['calls']:>8}")
    lines.append("(analyses are inclusive: one that asks for another counts its time too)")
    return "\n".join(lines) + "\n"


def format_table(results: Sequence[Result]) -> str:
    """Render the results as an aligned plain-text table."""
    header = (
        "docs",
        "jobs",
        "executor",
        "MB",
        "seconds",
        "CPU s",
        "MB/s",
        "MB/s/core",
        "peak RSS MiB",
        "findings",
    )
    rows = [
        (
            f"{r.docs}",
            f"{r.jobs}",
            r.executor,
            f"{r.mb:.1f}",
            f"{r.seconds:.2f}",
            f"{r.cpu_seconds:.2f}",
            f"{r.mb_per_s:.2f}",
            f"{r.mb_per_s_per_core:.2f}",
            f"{r.peak_rss_mib:.1f}",
            f"{r.findings}",
        )
        for r in results
    ]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in (header, *rows)
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Build or reuse the corpora, measure every (docs, jobs) pair, print the results."""
    args = parse_args(argv)
    select: list[str] = args.select or []
    root = args.corpus_dir.resolve()
    corpora = [ensure_corpus(root, docs, args.scale.resolve()) for docs in args.docs]
    extra = supported_lint_args()
    if args.executor != "local":
        extra += ["--executor", args.executor]
    results = [
        benchmark(corpus, jobs, select, args.repeat, extra)
        for corpus in corpora
        for jobs in args.jobs
    ]
    if args.json:
        meta = {
            "python": sys.version.split()[0],
            "cpu_count": os.cpu_count(),
            "rules": ",".join(select) or "default",
            "extra_lint_args": extra,
        }
        json.dump({"meta": meta, "results": [asdict(r) for r in results]}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(results))
    if args.split:
        for corpus in corpora:
            sys.stdout.write("\n" + format_split(split(corpus, select, extra), args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
