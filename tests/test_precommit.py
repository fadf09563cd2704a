"""End to end: another repository uses seedlint through the real `pre-commit` tool."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

Run = subprocess.CompletedProcess[str]
ROOT = Path(__file__).resolve().parents[1]
# What pip needs to build the package from a clone of the hook repository.
PACKAGE_FILES = ("lint", "rules", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
IGNORED = shutil.ignore_patterns(
    "__pycache__", "*.pyc", ".venv", "venv", "build", "dist", "*.egg-info", ".*_cache"
)
# pip's words when PyPI cannot be reached; nothing else may turn this test into a skip.
NO_NETWORK = re.compile(
    r"NewConnectionError|Temporary failure in name resolution|Name or service not known"
    r"|Network is unreachable|Max retries exceeded|ConnectTimeout|Connection refused"
)
CLEAN = """\
Harbour authority approves new container terminal
By Maria Olsen | The Harbour Courier
Published 14 May 2024

The regional harbour authority on Tuesday approved plans for a second container terminal,
ending three years of planning disputes with nearby residents.

The terminal is expected to double the port's handling capacity by 2029, according to
figures presented at the board meeting. Construction will begin in the spring and is
estimated to cost about 1.2 billion euros.

Local business groups welcomed the decision, while residents' associations said they would
continue to press for stricter limits on night-time noise.
"""
CHROME = """\
Skip to main content
City council adopts budget after long debate

The city council adopted its annual budget on Monday after a debate about transport
spending that lasted well into the evening.
"""


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment with no global git configuration and one pre-commit cache per session."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "seedlint tests",
        "GIT_AUTHOR_EMAIL": "tests@seedlint.invalid",
        "GIT_COMMITTER_NAME": "seedlint tests",
        "GIT_COMMITTER_EMAIL": "tests@seedlint.invalid",
    }


def git(cwd: Path, env: dict[str, str], *args: str) -> Run:
    """Run git in `cwd`, independent of the user's git configuration."""
    command = ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def pre_commit(cwd: Path, env: dict[str, str], *args: str) -> Run:
    """Run the installed pre-commit in `cwd`."""
    command = [sys.executable, "-m", "pre_commit", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def output(result: Run) -> str:
    """Return stdout and stderr of a finished command as one text."""
    return result.stdout + result.stderr


def checked(result: Run) -> Run:
    """Fail the test with the command's output unless it exited 0."""
    assert result.returncode == 0, f"{result.args} exited {result.returncode}:\n{output(result)}"
    return result


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding the current working tree of seedlint, and its HEAD sha."""
    repo = tmp_path_factory.mktemp("hookrepo")
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=IGNORED)
        elif source.is_file():
            shutil.copy2(source, repo / name)
    if not (repo / "README.md").exists():
        # NOTE: pyproject.toml names README.md as the readme, and hatchling refuses to
        # build without it. Until the repository has one, the copy gets a stand-in.
        (repo / "README.md").write_text("# seedlint\n", encoding="utf-8")
    checked(git(repo, env, "init", "-q"))
    checked(git(repo, env, "add", "-A"))
    checked(git(repo, env, "commit", "-q", "-m", "seedlint under test"))
    sha = checked(git(repo, env, "rev-parse", "HEAD")).stdout.strip()
    return repo, sha


@pytest.fixture
def project(tmp_path: Path, hook_repo: tuple[Path, str], env: dict[str, str]) -> Path:
    """A git repository whose pre-commit configuration uses the seedlint hook."""
    repo, sha = hook_repo
    folder = tmp_path / "project"
    folder.mkdir()
    checked(git(folder, env, "init", "-q"))
    (folder / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo.as_posix()}\n    rev: {sha}\n    hooks:\n      - id: seedlint\n",
        encoding="utf-8",
    )
    checked(pre_commit(folder, env, "install"))
    install_hooks(folder, env)
    checked(git(folder, env, "add", ".pre-commit-config.yaml"))
    checked(git(folder, env, "commit", "-q", "-m", "use seedlint"))
    return folder


def install_hooks(folder: Path, env: dict[str, str]) -> None:
    """Build the hook's virtualenv (pip installs seedlint and its dependencies)."""
    result = pre_commit(folder, env, "install-hooks")
    if result.returncode == 0:
        return
    log = Path(env["PRE_COMMIT_HOME"]) / "pre-commit.log"
    text = output(result) + (log.read_text(encoding="utf-8") if log.exists() else "")
    if NO_NETWORK.search(text):
        pytest.skip(f"the hook environment needs PyPI, which is unreachable:\n{text[-800:]}")
    checked(result)


def commit(folder: Path, env: dict[str, str], name: str, text: str) -> Run:
    """Add one document and try to commit it, running the installed hook."""
    (folder / name).write_text(text, encoding="utf-8")
    checked(git(folder, env, "add", name))
    return git(folder, env, "commit", "-m", f"add {name}")


def test_clean_document_commits(project: Path, env: dict[str, str]) -> None:
    result = commit(project, env, "harbour.txt", CLEAN)
    assert result.returncode == 0, output(result)
    assert "seedlint" in output(result)
    assert "Passed" in output(result)


def test_web_chrome_blocks_the_commit(project: Path, env: dict[str, str]) -> None:
    result = commit(project, env, "council.txt", CHROME)
    text = output(result)
    assert result.returncode != 0, text
    assert "boilerplate.web-chrome" in text
    assert "council.txt:1:1" in text
    log = checked(git(project, env, "log", "--format=%s")).stdout
    assert "add council.txt" not in log
