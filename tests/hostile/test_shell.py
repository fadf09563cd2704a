"""Shell life: a reader that goes away, a full disk, Ctrl-C and SIGTERM with workers."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.helpers import LINT, lint_process, real_text


def _noisy_corpus(folder: Path, files: int) -> Path:
    """Documents with many findings each, so the report is far larger than a pipe's buffer."""
    folder.mkdir()
    block = "".join(f"Skip to main content\n\nParagraph {n} of the story.\n\n" for n in range(80))
    for n in range(files):
        (folder / f"{n:03d}.txt").write_text(block, encoding="utf-8")
    return folder


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    folder = _noisy_corpus(tmp_path / "c", 30)
    process = subprocess.Popen(
        [*LINT, "--isolated", "--select", "boilerplate.web-chrome", "."],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what `head -1` does
    error = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert first.startswith(b"000.txt:1:1: warning boilerplate.web-chrome")
    assert error == b""


def test_a_full_disk_is_one_message_and_exit_2(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    folder = _noisy_corpus(tmp_path / "c", 3)
    with open("/dev/full", "wb") as full:
        result = lint_process("--isolated", ".", cwd=folder, stdout=full.fileno())
    assert result.returncode == 2
    assert result.stderr == (
        b"lint: cannot write the report to standard output: No space left on device\n"
    )


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _as_foreground_job() -> None:
    """Give the child the signal dispositions a shell gives its foreground job.

    A test run started in the background (`pytest &`, nohup, some CI runners) ignores
    SIGINT, and a child inherits that: Python then keeps ignoring Ctrl-C, as it should,
    and the run this test interrupts would go on to its end.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_with_workers(
    tmp_path: Path, signum: int, whole_group: bool, dask: bool = False
) -> tuple[int, bytes]:
    """Start a run on 2 workers, signal it while they lint, and return its exit code and
    stderr once no worker is left. A Dask run's workers take a few seconds to start, so
    its corpus is larger and the signal waits for them (2 workers beside the resource
    tracker) and for their first tasks."""
    folder = tmp_path / "big"
    folder.mkdir()
    text = real_text(60_000)
    for n in range(480 if dask else 160):
        (folder / f"{n:03d}.txt").write_text(f"Story {n}\n\n{text}", encoding="utf-8")
    executor = ["--executor", "dask"] if dask else []
    process = subprocess.Popen(
        [*LINT, "--isolated", "--no-cache", "-j", "2", *executor, "."],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,  # its own process group, as a shell's foreground job
        preexec_fn=_as_foreground_job,
    )
    started = 3 if dask else 2
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(_children(process.pid)) >= started, "the workers never started"
    time.sleep(4.0 if dask else 0.5)  # the workers are busy linting
    workers = _children(process.pid)
    if whole_group:
        os.killpg(process.pid, signum)  # what Ctrl-C does: the whole foreground group
    else:
        os.kill(process.pid, signum)  # `kill PID`
    _, error = process.communicate(timeout=60)
    # A Dask worker whose client has gone stops on its own within a few seconds.
    grace = time.monotonic() + (10 if dask else 0.2)
    while [w for w in workers if Path(f"/proc/{w}").exists()] and time.monotonic() < grace:
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()], "a worker outlived the run"
    return process.returncode, error


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_ctrl_c_with_workers_stops_them_and_exits_130(tmp_path: Path) -> None:
    assert _stop_with_workers(tmp_path, signal.SIGINT, True) == (130, b"lint: interrupted\n")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_ctrl_c_on_a_dask_cluster_cancels_the_job_and_exits_130(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code, error = _stop_with_workers(tmp_path, signal.SIGINT, True, dask=True)
    assert code == 130
    assert error.splitlines()[-1:] == [b"lint: interrupted"]
    assert b"Traceback" not in error


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("whole_group", [True, False], ids=["group", "parent"])
def test_sigterm_with_workers_stops_them_and_exits_143(tmp_path: Path, whole_group: bool) -> None:
    code, error = _stop_with_workers(tmp_path, signal.SIGTERM, whole_group)
    assert (code, error) == (143, b"lint: terminated\n")
