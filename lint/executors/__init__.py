"""Where a run's files are linted: the local process pool (default) or a Dask cluster.

Dask is an optional extra: `lint.executors.dask` imports it, and is imported only when
a run asks for `--executor dask`, so a plain install never needs it.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Iterable, Iterator
from typing import Literal

from lint.engine import MapFiles
from lint.files import UsageError, collect

ExecutorName = Literal["local", "dask"]
EXECUTORS: tuple[ExecutorName, ...] = ("local", "dask")
DASK_EXTRA = "pip install 'seedlint[dask]'"


class ExecutorError(UsageError):
    """An executor that cannot run: Dask missing, a scheduler out of reach, a lost job."""


def is_url(path: str) -> bool:
    """Whether a path is an fsspec URL (`s3://bucket/key`, `file:///srv/corpus`)."""
    return "://" in path


def choose(executor: str | None, scheduler: str | None) -> ExecutorName:
    """The executor a run uses: the one asked for; a scheduler address alone means Dask."""
    if executor is None:
        return "dask" if scheduler else "local"
    if executor == "local" and scheduler:
        raise UsageError(f"a scheduler ({scheduler}) is only used with --executor dask")
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor '{executor}'; choose one of: {', '.join(EXECUTORS)}")
    return "dask" if executor == "dask" else "local"


def collect_files(
    paths: Iterable[str], include: Iterable[str], exclude: Iterable[str], executor: ExecutorName
) -> list[str]:
    """The files under `paths` (as `lint.files.collect`), fsspec URLs listed with fsspec.

    URLs are read by Dask's workers only: the local pool reads the file system.
    """
    include, exclude = tuple(include), tuple(exclude)
    found: dict[str, None] = {}
    for given in paths:
        if not is_url(given):
            found.update(dict.fromkeys(collect([given], include, exclude)))
        elif executor != "dask":
            raise UsageError(f"{given}: URLs are read with --executor dask only")
        else:
            found.update(dict.fromkeys(_dask_module().collect_urls(given, include, exclude)))
    return list(found)


@contextlib.contextmanager
def open_executor(
    name: ExecutorName, scheduler: str | None, workers: int, progress: bool
) -> Iterator[MapFiles | None]:
    """The executor to hand to `lint.engine.lint` (None: the local pool), closed on exit.

    Dask: a client of the scheduler at `scheduler`, or of a local cluster of `workers`
    worker processes started for this run.
    """
    if name == "local":
        yield None
        return
    with _dask_module().connect(scheduler, workers, progress) as executor:
        yield executor


def _dask_module() -> types.ModuleType:
    """Import the Dask executor, or say which extra installs what it needs."""
    try:
        from lint.executors import dask
    except ImportError as err:
        missing = err.name or "dask"
        raise ExecutorError(
            f"--executor dask needs the '{missing}' package: {DASK_EXTRA}"
        ) from None
    return dask
