"""Lint on a Dask cluster: batches of paths as tasks, the rules shipped to every worker once.

What travels: the run's work (rules, target paths, the cache folder and its key) once
to each worker (`scatter(broadcast=True)`); then, per task, a batch of paths out and the
batch's results back (findings, corpus extracts, new cache entries). Documents never
travel: workers read them by path on a shared file system, or by fsspec URL. Corpus
aggregation runs in the client on the extracts, exactly as in a local run, and results
are handed to the engine in the order of the files, so the report has the same bytes
whatever the number of workers and the batch size.

Imported only for `--executor dask` (lint.executors), so Dask stays an optional extra.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import math
import os
import signal
import sys
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import replace
from fnmatch import fnmatch
from typing import Any

import dask
import distributed

from lint.cache import CacheProblem
from lint.document import Document
from lint.engine import FileResult, Work, lint_path
from lint.executors import ExecutorError
from lint.files import UsageError

_CONNECT_TIMEOUT = "10s"
_TASKS_PER_THREAD = 4  # enough tasks to balance the load and show progress
_MAX_BATCH = 200  # files per task: a task of a few seconds dwarfs Dask's per-task cost
_RETRIES = 2  # a task that raised is run again; a dead worker's tasks are always rescheduled

Progress = Callable[[int, int], None]


class DaskExecutor:
    """Lint files on the cluster of `client`, in batches; results come back in file order."""

    def __init__(
        self, client: distributed.Client, progress: Progress | None, batch_size: int = 0
    ) -> None:
        self.client = client
        self.progress = progress
        self.batch_size = batch_size  # 0: sized from the corpus and the cluster's threads

    def __call__(self, files: list[str], work: Work) -> Iterator[FileResult]:
        """Run every batch as one task; yield each file's result in the order of `files`."""
        threads = max(1, sum(self.client.nthreads().values()))
        batches = _batches(files, self.batch_size or _batch_size(len(files), threads))
        shipped = self.client.scatter((os.getcwd(), work), broadcast=True, hash=False)
        futures = self.client.map(
            _lint_batch, [shipped] * len(batches), batches, pure=False, retries=_RETRIES
        )
        # Only unfinished tasks stay referenced: a finished task's results are released on
        # its worker once the client has them, so a worker's memory holds a batch or two,
        # not every result it computed in the run.
        pending: dict[Hashable, tuple[int, distributed.Future[list[FileResult]]]] = {
            future.key: (index, future) for index, future in enumerate(futures)
        }
        del futures
        try:
            yield from self._in_order(pending, batches)
        finally:  # Ctrl-C, an error, or the engine stopped early: leave nothing running
            self.client.cancel([*(future for _, future in pending.values()), shipped])

    def _in_order(
        self,
        pending: dict[Hashable, tuple[int, distributed.Future[list[FileResult]]]],
        batches: list[list[str]],
    ) -> Iterator[FileResult]:
        """Yield results in file order, forgetting each task as soon as its batch is read."""
        done: dict[int, list[FileResult]] = {}
        following = 0
        tasks = distributed.as_completed([future for _, future in pending.values()])
        for count, future in enumerate(tasks, start=1):
            index, _ = pending.pop(future.key)
            done[index] = _result(future, batches[index])
            del future
            if self.progress is not None:
                self.progress(count, len(batches))
            while following in done:
                yield from done.pop(following)
                following += 1


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int, progress: bool) -> Iterator[DaskExecutor]:
    """An executor on the scheduler at `scheduler`, or on a local cluster of `workers`."""
    shown = _show_progress if progress and sys.stderr.isatty() else None
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(_remote_client(scheduler))
        else:
            client = stack.enter_context(_local_client(workers))
        yield DaskExecutor(client, shown)


def _remote_client(scheduler: str) -> distributed.Client:
    try:
        return distributed.Client(scheduler, timeout=_CONNECT_TIMEOUT)
    except (OSError, ValueError, TypeError) as err:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None


@contextlib.contextmanager
def _local_client(workers: int) -> Iterator[distributed.Client]:
    """A cluster of `workers` single-threaded worker processes on this machine, for one run.

    The cluster has no dashboard, so it runs without what only feeds one (`_QUIET`).
    """
    with (
        dask.config.set(_QUIET),
        _started_cluster(workers) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# Samplers that only feed a dashboard, slowed or off for a local cluster: the workers'
# statistical profiler (every 10 ms), the system monitor, the event-loop tick and the
# memory monitor (still in time to pause a worker near its limit). Measured on 3,000
# documents: the workers' CPU outside their tasks fell from 6 s to 1.4 s.
_QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextlib.contextmanager
def _started_cluster(workers: int) -> Iterator[distributed.LocalCluster]:
    try:
        with _workers_ignore_ctrl_c():
            cluster = distributed.LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
    except (OSError, RuntimeError) as err:
        raise ExecutorError(f"cannot start a local Dask cluster: {err}") from None
    with cluster:
        yield cluster


@contextlib.contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Start the local workers with SIGINT ignored: Ctrl-C is the client's to handle.

    A terminal's Ctrl-C reaches the whole foreground process group, the workers too;
    each would print a KeyboardInterrupt traceback and die while the client cancels the
    job and closes the cluster anyway. An ignored signal stays ignored across the
    workers' spawn, and Python keeps it so. The client ignores Ctrl-C only while the
    cluster starts (about 2 s); outside the main thread nothing can be changed.
    """
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _show_progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\rlint: dask: {done}/{total} tasks done", end=end, file=sys.stderr, flush=True)


def _batch_size(files: int, threads: int) -> int:
    return max(1, min(_MAX_BATCH, math.ceil(files / (threads * _TASKS_PER_THREAD))))


def _batches(files: list[str], size: int) -> list[list[str]]:
    return [files[start : start + size] for start in range(0, len(files), size)]


def _result(future: distributed.Future[list[FileResult]], batch: list[str]) -> list[FileResult]:
    """A batch's results, or an error naming its files: a file is never lost in silence."""
    try:
        results: list[FileResult] = future.result()
    except distributed.KilledWorker:
        allowed = dask.config.get("distributed.scheduler.allowed-failures")
        raise ExecutorError(
            f"Dask workers died {allowed + 1} times running the {len(batch)} files from "
            f"{batch[0]}; none of this run's findings are reported"
        ) from None
    except Exception as err:  # the scheduler went away, a task could not be unpickled, …
        raise ExecutorError(
            f"the Dask task of the {len(batch)} files from {batch[0]} failed: {err!r}"
        ) from None
    return results


# NOTE: the scattered work is one object per worker process, shared by its threads;
# each thread takes its own copy of the cache, since a SQLite reader is bound to the
# thread that opened it.
_THREAD = threading.local()


def _lint_batch(shipped: tuple[str, Work], paths: list[str]) -> list[FileResult]:
    """The task a worker runs: lint a batch of files, in the client's working folder.

    Paths are relative to the folder lint was started in (findings show them as given),
    so the worker works there too; on a cluster, that folder must exist on the workers.
    """
    folder, work = shipped
    if os.getcwd() != folder:
        os.chdir(folder)  # NOTE: per process; every task of a run asks for the same folder
    mine = _thread_work(work)
    return [_worker_problems(lint_path(path, mine, read_document)) for path in paths]


def _thread_work(work: Work) -> Work:
    held: tuple[Work, Work] | None = getattr(_THREAD, "held", None)
    if held is None or held[0] is not work:
        held = (work, replace(work, cache=copy.copy(work.cache)))
        _THREAD.held = held
    return held[1]


def _worker_problems(result: FileResult) -> FileResult:
    """A cache a worker cannot open is that worker's problem: the client still writes it."""
    result.cache_problems = [
        CacheProblem(f"on a worker, {problem}", "entry") if problem.scope == "unusable" else problem
        for problem in result.cache_problems
    ]
    return result


def read_document(path: str) -> Document:
    """Read a document by path, or by fsspec URL; a read error is the document's `error`."""
    if "://" not in path:
        return Document.read(path)
    import fsspec

    try:
        with fsspec.open(path, "rb") as handle:
            raw: bytes = handle.read()
    except Exception as err:  # every file system has its own errors; each is one finding
        return Document(path, b"", error=f"cannot read file: {err}")
    return Document(path, raw)


def collect_urls(url: str, include: Iterable[str], exclude: Iterable[str]) -> list[str]:
    """The files under an fsspec URL, filtered by the globs as `lint.files.collect` does."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            return [url]
        if not fs.isdir(root):
            raise UsageError(f"no such file or folder: {url}")
        names: list[str] = sorted(fs.find(root))
    except (OSError, ValueError, ImportError) as err:
        raise ExecutorError(f"cannot list {url}: {err}") from None
    prefix = root.rstrip("/") + "/"
    kept = [name for name in names if _wanted(name.removeprefix(prefix), include, exclude)]
    return [_as_url(fs, name) for name in kept]


def _wanted(relative: str, include: Iterable[str], exclude: Iterable[str]) -> bool:
    """Included by file name, not excluded by name or path, not in a hidden folder."""
    parts = relative.split("/")
    name = parts[-1]
    if any(part.startswith(".") for part in parts[:-1]):
        return False
    if any(fnmatch(relative, glob) or fnmatch(name, glob) for glob in exclude):
        return False
    return any(fnmatch(name, glob) for glob in include)


def _as_url(fs: Any, name: str) -> str:
    url: str = fs.unstrip_protocol(name)
    return url
