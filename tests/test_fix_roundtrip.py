"""Every fixable rule, fixed on real text: plant the defect in a copy of a clean article,
run `lint --fix`, and get the article back byte for byte (or, for glued words, with a
space where the line break was lost), with its provenance record still telling the truth.

The articles are Wikinews pages from ../shared/corpus (CC BY 2.5), read at test time;
the planted defects are written here. Skipped when ../shared is not next to the checkout.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from lint.cli import main
from tests.conftest import SHARED

NEWS = SHARED / "corpus" / "wikinews"
pytestmark = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/corpus is not available")

REFERENCES = (
    "References\n"
    "1. Doe, J. (2020). An invented study of rivers. Journal of Examples, 3(2), 1-9. "
    "https://doi.org/10.1000/example.2020.001\n"
    "2. Roe, R. (2019). Another invented report on lakes. Example Press. "
    "https://www.example.org/reports/2019/lake-survey.html\n"
)
_SENTENCE_END = re.compile(r"[a-z]{2}\.\n$")
_SENTENCE_START = re.compile(r"[A-Z][a-z]{2,} ")

Lines = list[str]
# A planting takes the article's lines (and another article's, for a foreign tail) and
# returns the defective text and the text the fix must give back.
Plant = Callable[[Lines, Lines], tuple[str, str]]


def _articles() -> list[Path]:
    """Two articles spread over the folder whose paragraphs 4-6 are plain sentences."""
    if not NEWS.is_dir():
        return []
    chosen = []
    for path in sorted(NEWS.glob("*.txt"))[::25]:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if len(lines) >= 8 and lines[-1].endswith("\n") and _gluable(lines):
            chosen.append(path)
    return chosen[:2]


def _gluable(lines: Lines) -> bool:
    return all(
        _SENTENCE_END.search(lines[n]) and _SENTENCE_START.match(lines[n + 1]) for n in (3, 4)
    )


def _top(lines: Lines, other: Lines) -> tuple[str, str]:
    return "Skip to main content\n\n" + "".join(lines), "".join(lines)


def _social(lines: Lines, other: Lines) -> tuple[str, str]:
    planted = [*lines[:4], "Facebook\n", "Twitter\n", "Email\n", *lines[4:]]
    return "".join(planted), "".join(lines)


def _pitch(lines: Lines, other: Lines) -> tuple[str, str]:
    pitch = "Sign up for our newsletter to get the latest news delivered to your inbox.\n"
    return "".join([*lines[:5], pitch, *lines[5:]]), "".join(lines)


def _tail(lines: Lines, other: Lines) -> tuple[str, str]:
    """A comment marker and paragraphs of another article, fewer words than the article."""
    budget = sum(len(line.split()) for line in lines) - 1
    tail = ["Comments\n"]
    for line in other[3:]:
        if sum(len(t.split()) for t in tail) + len(line.split()) > budget:
            break
        tail.append(line)
    return "".join(lines + tail), "".join(lines)


def _references(old: str, new: str, doi: str = "https://doi.org/") -> Plant:
    """Append the reference list (its DOIs written as `doi`), then break `old` into `new`."""

    def plant(lines: Lines, other: Lines) -> tuple[str, str]:
        clean = "".join(lines) + REFERENCES.replace("https://doi.org/", doi)
        return clean.replace(old, new), clean

    return plant


def _mixed_endings(lines: Lines, other: Lines) -> tuple[str, str]:
    planted = [line.replace("\n", "\r\n") if n < 3 else line for n, line in enumerate(lines)]
    return "".join(planted), "".join(lines)


def _no_final_newline(lines: Lines, other: Lines) -> tuple[str, str]:
    return "".join(lines).rstrip("\n"), "".join(lines)


def _glued(lines: Lines, other: Lines) -> tuple[str, str]:
    fused = lines[3].rstrip("\n") + lines[4].rstrip("\n") + lines[5]
    spaced = lines[3].rstrip("\n") + " " + lines[4].rstrip("\n") + " " + lines[5]
    return "".join([*lines[:3], fused, *lines[6:]]), "".join([*lines[:3], spaced, *lines[6:]])


def _menu(lines: Lines, other: Lines) -> tuple[str, str]:
    """A menu under the title, in a paragraph of its own (the blank line after it goes too)."""
    at = next(n + 1 for n, line in enumerate(lines) if not line.strip())
    menu = "Politics | Business | Culture | Science | Sport\n\n"
    return "".join(lines[:at]) + menu + "".join(lines[at:]), "".join(lines)


def _widget(lines: Lines, other: Lines) -> tuple[str, str]:
    return "".join([*lines[:4], "Link Copied\n", *lines[4:]]), "".join(lines)


def _title(lines: Lines, other: Lines) -> tuple[str, str]:
    return lines[0] + "".join(lines), "".join(lines)


CASES: dict[str, tuple[str, Plant, bool]] = {
    "web-chrome": ("boilerplate.web-chrome", _top, False),
    "social-links": ("boilerplate.social-links", _social, False),
    "subscription-pitch": ("boilerplate.subscription-pitch", _pitch, False),
    "foreign-tail": ("boilerplate.foreign-tail", _tail, False),
    "broken-url": (
        "citations.malformed-reference",
        _references("2019/lake-survey", "2019/ lake-survey"),
        False,
    ),
    "broken-doi": (
        "citations.malformed-reference",
        _references("10.1000/example.", "10.1000/ example."),
        False,
    ),
    "doubled-doi-link": (
        "citations.malformed-reference",
        _references("https://doi.org/10", "https://doi.org/https://doi.org/10"),
        False,
    ),
    "doubled-doi-label": (
        "citations.malformed-reference",
        _references("doi:10", "doi:doi:10", doi="doi:"),
        False,
    ),
    "line-endings": ("hygiene.line-endings", _mixed_endings, False),
    "final-newline": ("hygiene.final-newline", _no_final_newline, False),
    "glued-words": ("boilerplate.glued-words", _glued, True),
    "repeated-title": ("boilerplate.repeated-title", _title, True),
    "chrome-lines": ("boilerplate.chrome-lines", _menu, True),
    "in-body-widgets": ("boilerplate.in-body-widgets", _widget, True),
}


def _findings(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    main([str(path), "--no-cache", "--isolated", "--format", "json", "--fail-on", "never"])
    found: list[dict[str, object]] = json.loads(capsys.readouterr().out)["findings"]
    return found


def _counts(found: list[dict[str, object]]) -> Counter[str]:
    return Counter(str(f["rule"]) for f in found)


def _sidecar(doc: Path) -> Path:
    record = doc.with_name(doc.name + ".meta.yaml")
    digest = hashlib.sha256(doc.read_bytes()).hexdigest()
    record.write_text(f'title: "A planted copy"\nsha256: "{digest}"\n', encoding="utf-8")
    return record


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
@pytest.mark.parametrize("case", sorted(CASES))
def test_fix_gives_the_article_back(
    case: str, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule, plant, unsafe = CASES[case]
    others = sorted(NEWS.glob("*.txt"))
    other = others[(others.index(article) + 7) % len(others)]
    planted, expected = plant(
        article.read_text(encoding="utf-8").splitlines(keepends=True),
        other.read_text(encoding="utf-8").splitlines(keepends=True),
    )
    doc = tmp_path / "article.txt"
    doc.write_bytes(planted.encode("utf-8"))
    record = _sidecar(doc)
    before = _counts(_findings(doc, capsys))
    assert before[rule] >= 1, f"the planted defect is not found by {rule}"

    flags = ["--unsafe-fixes"] if unsafe else []
    main([str(doc), "--fix", "--select", rule, "--no-cache", "--isolated", *flags])
    assert doc.read_bytes() == expected.encode("utf-8")
    after = _counts(_findings(doc, capsys))
    assert after[rule] == 0
    assert after["provenance.checksum-mismatch"] == 0
    assert all(after[r] <= before[r] for r in after), after - before
    fixes = YAML(typ="safe").load(record.read_text(encoding="utf-8"))["fixes"]
    assert [f["rule"] for f in fixes] == [rule]
    assert fixes[0]["sha256_before"] == hashlib.sha256(planted.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("case", ["glued-words", "repeated-title"])
def test_unsafe_fixes_wait_for_the_flag(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule, plant, _ = CASES[case]
    article = _articles()[0]
    planted, _ = plant(article.read_text(encoding="utf-8").splitlines(keepends=True), [])
    doc = tmp_path / "article.txt"
    doc.write_bytes(planted.encode("utf-8"))
    main([str(doc), "--fix", "--select", rule, "--no-cache", "--isolated"])
    assert doc.read_bytes() == planted.encode("utf-8")
    capsys.readouterr()
    main([str(doc), "--show-fixes", "--select", rule, "--no-cache", "--isolated"])
    assert re.search(r"; \d+ unsafe with --unsafe-fixes", capsys.readouterr().out)


def test_a_tail_longer_than_the_text_waits_for_the_flag(tmp_path: Path) -> None:
    article, other = _articles()[0], sorted(NEWS.glob("*.txt"))[1]
    lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
    body = "".join(lines[:6])  # the title, the date, a blank line and three paragraphs
    tail = "Comments\n" + "".join(other.read_text(encoding="utf-8").splitlines(True)[3:])
    doc = tmp_path / "article.txt"
    doc.write_text(body + tail, encoding="utf-8")
    assert len(body.split()) < len(tail.split())
    fix = [str(doc), "--fix", "--select", "boilerplate.foreign-tail", "--no-cache", "--isolated"]
    main(fix)
    assert doc.read_text(encoding="utf-8") == body + tail
    main([*fix, "--unsafe-fixes"])
    assert doc.read_text(encoding="utf-8") == body
