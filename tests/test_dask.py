"""The Dask executor reports the same bytes as a local run (issue 14).

Why: a run on a cluster must change nothing but where the work is done. One
`LocalCluster` of 2 worker processes serves the module; the JSON report of a local run
is compared byte for byte with runs on it: seeds through the CLI (scheduler from the
configuration), a 200-document scale.py corpus with two batch sizes, and the same
corpus while a worker is killed mid-run, and the issue's 2,000-document corpus with the
default batching (the slowest test of the module: two full runs of the rule set).
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from lint import executors  # noqa: E402
from lint.cache import CacheProblem, ExtractCache  # noqa: E402
from lint.engine import FileResult, lint  # noqa: E402
from lint.executors import dask as dask_executor  # noqa: E402
from lint.files import collect  # noqa: E402
from lint.finding import Finding  # noqa: E402
from lint.reporters import json as json_report  # noqa: E402
from lint.reporters import summarize  # noqa: E402
from lint.schema import Rule  # noqa: E402
from tests.conftest import Run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
Lint = Callable[..., Run]
SCALE = ROOT.parent / "shared" / "corpus" / "scale.py"


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """Two single-threaded worker processes, as `lint --executor dask -j 2` starts."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def scale_corpus(tmp_path_factory: pytest.TempPathFactory, docs: int) -> list[str]:
    """`docs` scale.py documents (with the duplicates and figures it plants across them)."""
    if not SCALE.is_file():
        pytest.skip("../shared/corpus/scale.py is not here")
    out = tmp_path_factory.mktemp("scale") / "corpus"
    subprocess.run(
        [sys.executable, str(SCALE), "--docs", str(docs), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return collect([str(out)], ["*.txt"], [])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """200 scale.py documents, for the tests that run the corpus several times."""
    return scale_corpus(tmp_path_factory, 200)


def report(files: list[str], rules: list[Rule], **how: object) -> bytes:
    """The JSON report of linting `files`, as bytes."""
    result = lint(files, rules, **how)  # type: ignore[arg-type]
    out = io.StringIO()
    json_report.write(out, result.findings, summarize(result.findings, result.files))
    return out.getvalue().encode()


def test_seeds_on_the_configured_scheduler(
    client: distributed.Client, tmp_path: Path, run_lint: Lint
) -> None:
    # A folder name the workers' own folder (the repository) does not have: they must
    # read the documents in the folder lint runs in.
    shutil.copytree(ROOT / "seeds", tmp_path / "copied-seeds")
    local = run_lint("copied-seeds", "--isolated", "--no-cache", "--format", "json", cwd=tmp_path)
    address = client.scheduler.address
    (tmp_path / "seedlint.toml").write_text(f'scheduler = "{address}"\ncache = false\n')
    remote = run_lint("copied-seeds", "--format", "json", cwd=tmp_path)
    assert local.out.count('"rule"') > 10, "the seeds must give findings to compare"
    assert remote.out == local.out


@pytest.mark.parametrize("batch_size", [1, 7])
def test_scale_corpus_is_byte_identical(
    client: distributed.Client,
    corpus: list[str],
    shipped_rules: list[Rule],
    batch_size: int,
    local_report: bytes,
) -> None:
    executor = dask_executor.DaskExecutor(client, None, batch_size)
    assert report(corpus, shipped_rules, executor=executor) == local_report


@pytest.fixture(scope="module")
def local_report(corpus: list[str], shipped_rules: list[Rule]) -> bytes:
    # One process: forking a pool here, beside the Dask client's threads, can deadlock.
    found = report(corpus, shipped_rules, jobs=1)
    assert b'"duplication.' in found, "the corpus must exercise a corpus-wide check"
    return found


def test_two_thousand_documents_are_byte_identical(
    client: distributed.Client, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The acceptance corpus of the issue, with the batch size the CLI chooses. Both runs
    # are separate `lint` processes: the local one forks its pool, which a process that
    # already runs Dask's threads must not do.
    files = scale_corpus(tmp_path_factory, 2000)
    assert len(files) == 2000
    folder = str(Path(files[0]).parent)
    local = lint_process(folder, "-j", "2")
    assert local.count(b'"rule": "duplication.') > 20, "the corpus must exercise corpus checks"
    assert lint_process(folder, "--scheduler", client.scheduler.address) == local


def lint_process(*args: str) -> bytes:
    """The JSON report of `lint ARGS` run as its own process, as bytes."""
    command = "import sys; from lint.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", command, *args, "--isolated", "--no-cache", "--format", "json"],
        capture_output=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 1, done.stderr.decode()
    return done.stdout


def test_a_worker_killed_mid_run_loses_no_file(
    client: distributed.Client, corpus: list[str], shipped_rules: list[Rule], local_report: bytes
) -> None:
    before = client.run(os.getpid)
    victim = sorted(before.values())[0]
    seen: list[int] = []

    def kill_once(done: int, total: int) -> None:
        if not seen:
            os.kill(victim, signal.SIGKILL)
        seen.append(done)

    executor = dask_executor.DaskExecutor(client, kill_once, batch_size=5)
    assert report(corpus, shipped_rules, executor=executor) == local_report
    assert seen == list(range(1, 41)), "every batch is reported done once"
    client.wait_for_workers(2, timeout=60)
    assert victim not in client.run(os.getpid).values(), "the worker was really killed"


def test_cache_on_workers_is_shared_and_identical(
    client: distributed.Client, corpus: list[str], shipped_rules: list[Rule], tmp_path: Path
) -> None:
    executor = dask_executor.DaskExecutor(client, None)
    plain = report(corpus[:40], shipped_rules, executor=executor)
    cold_cache = ExtractCache(tmp_path / "cache")
    cold = report(corpus[:40], shipped_rules, executor=executor, cache=cold_cache)
    assert (tmp_path / "cache" / "extracts-v2.sqlite3").is_file(), "the client writes entries"
    warm_cache = ExtractCache(tmp_path / "cache")
    warm = report(corpus[:40], shipped_rules, executor=executor, cache=warm_cache)
    assert plain == cold == warm
    assert cold_cache.problems == warm_cache.problems == []


def test_cache_travels_without_its_connection(tmp_path: Path) -> None:
    cache = ExtractCache(tmp_path / "cache")
    cache.prepare()
    cache.put([(b"k" * 16, cache.seal(b"k" * 16, b"{}"))])
    assert cache.get(b"k" * 16) == b"{}"  # opens a reader, which cannot be pickled
    copy = pickle.loads(pickle.dumps(cache))
    assert copy.get(b"k" * 16) == b"{}", "the copy checks entries with the same key"
    problem = pickle.loads(pickle.dumps(CacheProblem("gone", "unusable")))
    assert (str(problem), problem.scope) == ("gone", "unusable")


def test_a_cache_a_worker_cannot_open_is_not_the_clients_problem() -> None:
    result = FileResult(cache_problems=[CacheProblem("cannot open", "unusable")])
    (problem,) = dask_executor._worker_problems(result).cache_problems
    assert problem.scope == "entry" and "on a worker" in str(problem)


def test_fsspec_urls_are_linted_on_workers(
    client: distributed.Client, shipped_rules: list[Rule], tmp_path: Path
) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    urls = dask_executor.collect_urls(f"file://{tmp_path}/seeds", ["*.txt"], [])
    assert len(urls) == 5 and all(url.startswith("file:///") for url in urls)
    executor = dask_executor.DaskExecutor(client, None)
    remote = lint(urls, shipped_rules, executor=executor).findings
    local = lint(collect([str(tmp_path / "seeds")], ["*.txt"], []), shipped_rules).findings
    document_rules = {f.rule for f in local if not f.rule.startswith("provenance.")}
    assert document_rules, "the seeds must give findings to compare"

    def where(findings: list[Finding]) -> list[tuple[str, int, int, str]]:
        return sorted(
            (Path(f.path).name, f.location.line, f.location.column, f.rule)
            for f in findings
            if f.rule in document_rules  # records are read by path only
        )

    assert where(remote) == where(local)


def test_unreachable_scheduler_is_a_clear_error(
    run_lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask_executor, "_CONNECT_TIMEOUT", "1s")
    done = run_lint(str(ROOT / "seeds"), "--isolated", "--scheduler", "tcp://127.0.0.1:9")
    assert done.code == 2
    assert done.err.startswith("lint: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in done.err


def test_missing_dask_names_the_extra(run_lint: Lint, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "lint.executors.dask")
    monkeypatch.delattr(executors, "dask")
    done = run_lint(str(ROOT / "seeds"), "--isolated", "--executor", "dask")
    assert done.code == 2
    assert "pip install 'seedlint[dask]'" in done.err


def test_a_batch_whose_workers_keep_dying_is_an_error_naming_its_files() -> None:
    class Dead:
        def result(self) -> list[FileResult]:
            raise distributed.KilledWorker("task", "worker", 3)

    with pytest.raises(executors.ExecutorError, match=r"2 files from a\.txt"):
        dask_executor._result(Dead(), ["a.txt", "b.txt"])  # type: ignore[arg-type]
