"""The corpus index (issue 13): a focused run through it finds exactly what a run without it does.

Why: a warm pre-commit run decodes only the extracts of the corpus documents that
share a key with a target, and takes corpus-wide counts from the index. Every
kind's answer on that subset must be the answer over the whole corpus, whatever
changed since the index was built: the target, another file, a file removed or
added, a count that crosses a threshold, a stock phrase above `max_df`.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint import engine
from lint.cache import ExtractCache
from lint.checks import KINDS
from lint.engine import lint
from lint.finding import Finding
from lint.schema import Rule
from tests.conftest import ROOT
from tests.file_reads import OLD_NS, write_old

WORDS = (
    "harbour council budget river station museum garden market school bridge library "
    "festival railway tunnel orchard factory clinic theatre stadium airport village "
    "ferry canal forest valley harvest archive ministry company union court"
).split()
VERBS = "approved reviewed delayed praised opened closed funded visited planned".split()
CHROME = ("Share this story with friends", "Sign up for our morning briefing today")


def prose(seed: int, sentences: int = 4) -> str:
    """A paragraph of running text, one line, different for every seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        a, b, c = rng.sample(WORDS, 3)
        verb = rng.choice(VERBS)
        out.append(
            f"The {a} of the {b} {verb} a plan for the {c} and the people of the town "
            f"said that it was {rng.choice(WORDS)} work for {rng.randint(2, 900)} days."
        )
    return " ".join(out)


def document(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


STOCK = prose(999, 3)  # a passage in more documents than max_df: a stock phrase
SHARED = prose(777, 4)  # a passage a few documents share


def corpus_texts() -> dict[str, str]:
    """Documents that share passages, a stock phrase, chrome lines and figures."""
    texts: dict[str, str] = {}
    for n in range(12):
        paragraphs = [prose(n * 10 + k) for k in range(3)]
        if n in (0, 3, 5):
            paragraphs.insert(1, SHARED)
        if n in (1, 2, 4, 6, 7):
            paragraphs.append(STOCK)
        if n % 4 == 0:
            paragraphs.append(CHROME[0])  # in 3 documents: at the threshold
        if n in (1, 2):
            paragraphs.append(CHROME[1])  # in 2: below it
        if n in (0, 8):
            bound = "over" if n == 0 else "around"
            paragraphs.append(f"In 2021, exports of Chile reached {bound} 30 billion dollars.")
        texts[f"d{n:02}.txt"] = document(f"Report {n}", paragraphs)
    texts["d09.txt"] = texts["d03.txt"]  # an identical copy
    return texts


def write_corpus(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        write_old(folder / name, text)
    return [str(folder / name) for name in sorted(texts)]


def edit(path: Path, text: str) -> None:
    """Rewrite a file, dated long ago but later than the others (so not racy)."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(OLD_NS + 10**9, OLD_NS + 10**9))


def files_of(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.txt"))


def focused(target: str, folder: Path, rules: list[Rule], cache: Path | None) -> list[Finding]:
    others = [p for p in files_of(folder) if p != target]
    store = ExtractCache(cache) if cache is not None else None
    return lint([target], rules, others, cache=store).findings


def scenarios(folder: Path) -> Iterator[str]:
    """Change the corpus step by step after the index was built; yield each step's name."""
    yield "as indexed"
    d00 = folder / "d00.txt"
    edit(d00, d00.read_text(encoding="utf-8").replace("Report 0", "Report zero"))
    yield "a target edited"
    d04 = folder / "d04.txt"
    edit(d04, d04.read_text(encoding="utf-8") + "\n" + CHROME[1] + "\n")  # now 3 hold it
    yield "a corpus file changed"
    (folder / "d08.txt").unlink()  # CHROME[0] falls below the threshold, a figure goes
    yield "a corpus file removed"
    write_old(folder / "d20.txt", document("Copy", [SHARED, CHROME[0], prose(5)]))
    yield "a corpus file added"


def test_focused_runs_through_the_index_equal_runs_without_a_cache(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, corpus_texts())
    cache = tmp_path / "cache"
    lint(paths, index_rules, cache=ExtractCache(cache))  # the whole corpus: builds the index
    kinds_found: set[str] = set()
    for step in scenarios(folder):
        for name in ("d00.txt", "d01.txt", "d03.txt", "d04.txt", "d10.txt"):
            target = str(folder / name)
            index_answers.clear()
            warm = focused(target, folder, index_rules, cache)
            assert warm == focused(target, folder, index_rules, None), (step, name)
            assert len(index_answers) == 4, (step, name)  # all but the contradiction rule
            kinds_found.update(f.rule for f in warm)
    assert {
        "hygiene.duplicate-file",
        "duplication.duplicate-passage",
        "boilerplate.repeated-lines",
        "figures.figure-wording",
    } <= kinds_found


def test_a_focused_run_decodes_only_the_documents_sharing_a_key(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    texts = corpus_texts()
    texts.update({f"x{n:02}.txt": document(f"Other {n}", [prose(500 + n)]) for n in range(30)})
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, texts)
    lint(paths, index_rules, cache=ExtractCache(tmp_path / "cache"))
    index_answers.clear()
    focused(str(folder / "d00.txt"), folder, index_rules, tmp_path / "cache")
    assert index_answers and all(count <= 3 for _, count in index_answers)  # d03, d05, d09 at most


SCALE = ROOT.parent / "shared" / "corpus" / "scale.py"


@pytest.mark.skipif(not SCALE.is_file(), reason="needs ../shared/corpus")
def test_on_a_scaled_corpus_of_real_articles_the_index_answers_as_a_whole_run(
    tmp_path: Path,
    shipped_rules: list[Rule],
    index_answers: list[tuple[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Real articles joined, shuffled and trimmed (shared passages, restated figures)."""
    folder = tmp_path / "corpus"
    command = [sys.executable, str(SCALE), "--docs", "150", "--out", str(folder)]
    subprocess.run([*command, "--only", "wikinews"], check=True, capture_output=True, timeout=120)
    for path in folder.glob("*.txt"):
        os.utime(path, ns=(OLD_NS, OLD_NS))
    rules = [r for r in shipped_rules if KINDS[r.kind].SCOPE == "corpus"]
    paths = files_of(folder)
    full = lint(paths, rules, cache=ExtractCache(tmp_path / "cache")).findings
    lint(paths, rules, cache=ExtractCache(tmp_path / "whole"))
    with_findings = sorted({f.path for f in full})
    assert len({f.rule for f in full}) >= 3 and len(with_findings) >= 10
    edited, removed = Path(with_findings[1]), Path(with_findings[2])
    edit(edited, edited.read_text(encoding="utf-8") + "\nA line added.\n")
    removed.unlink()
    found = 0
    for target in (with_findings[0], str(edited), with_findings[5], with_findings[9]):
        index_answers.clear()
        others = [p for p in files_of(folder) if p != target]
        warm = lint([target], rules, others, cache=ExtractCache(tmp_path / "cache")).findings
        assert len(index_answers) == 4
        with monkeypatch.context() as patch:
            patch.setattr(engine, "_plan", lambda files, work: None)  # today's whole path
            whole = lint([target], rules, others, cache=ExtractCache(tmp_path / "whole"))
        assert warm == whole.findings, target
        found += len(warm)
    assert found


def test_a_new_target_and_a_new_copy_of_it_are_compared_through_the_index(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, corpus_texts())
    cache = tmp_path / "cache"
    lint(paths, index_rules, cache=ExtractCache(cache))
    text = document("New", [prose(10), CHROME[0], STOCK])  # d01 opens with prose(10)
    write_old(folder / "new.txt", text)
    write_old(folder / "copy-of-new.txt", text)
    target = str(folder / "new.txt")
    warm = focused(target, folder, index_rules, cache)
    assert len(index_answers) == 4
    assert warm == focused(target, folder, index_rules, None)
    rules_found = {f.rule for f in warm}
    assert {"hygiene.duplicate-file", "duplication.duplicate-passage"} <= rules_found


def test_a_corpus_mostly_changed_since_the_index_is_read_whole_and_indexed_again(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    texts = {f"x{n:03}.txt": document(f"Other {n}", [prose(500 + n)]) for n in range(40)}
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, texts)
    cache = tmp_path / "cache"
    lint(paths, index_rules, cache=ExtractCache(cache))
    for path in paths[:33]:  # more than 32 files, and more than one in a hundred
        edit(Path(path), Path(path).read_text(encoding="utf-8") + CHROME[0] + "\n")
    target = paths[39]
    warm = focused(target, folder, index_rules, cache)
    assert index_answers == []  # too much changed: the whole corpus was read
    assert warm == focused(target, folder, index_rules, None)
    assert any(
        f.rule == "boilerplate.repeated-lines" for f in focused(paths[0], folder, index_rules, None)
    )
    focused(target, folder, index_rules, cache)
    assert len(index_answers) == 4  # the index that run wrote is used by the next one


def test_a_file_that_became_unreadable_keeps_no_old_record_in_the_snapshot(
    tmp_path: Path, index_rules: list[Rule], index_answers: list[tuple[str, int]]
) -> None:
    """Its old record names extracts the index never counted: taken as the file's,
    they would be taken away from the counts a second time."""
    texts = corpus_texts()
    texts["d05.txt"] += "\n" + CHROME[1] + "\n"
    texts["x.txt"] = document("Extra", [prose(4040), CHROME[1]])  # d01, d02, d05 and x
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, texts)
    cache = tmp_path / "cache"
    lint(paths, index_rules, cache=ExtractCache(cache))
    (folder / "x.txt").write_bytes(b"\x00\xff" * 200)
    os.utime(folder / "x.txt", ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    lint(paths, index_rules, cache=ExtractCache(cache))  # the index again, without x.txt
    target = str(folder / "d01.txt")
    index_answers.clear()
    warm = focused(target, folder, index_rules, cache)
    assert len(index_answers) == 4
    assert warm == focused(target, folder, index_rules, None)
    assert any(f.rule == "boilerplate.repeated-lines" for f in warm)  # d01, d02 and d05
