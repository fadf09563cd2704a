"""The HTML report read as bytes: what it lists, what it escapes, where it cuts.

The browser tests (test_html_browser.py) look at the same pages as a reader would;
these check the bytes, so they run wherever Python does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from lint.cli import default_rules_dir
from lint.engine import lint
from lint.files import collect
from lint.finding import CATEGORIES, Finding, Location, Severity
from lint.loader import load_rule_dirs
from lint.reporters import html
from lint.reporters.html.align import align
from lint.reporters.html.charts import BAR, MIN_PIECE, bar_chart
from lint.reporters.html.display import script_json, shown
from lint.selection import select_rules
from tests.html_page import (
    DATA,
    HOSTILE_LINES,
    HOSTILE_NAME,
    ROOT,
    anchor_of,
    data_of,
    lines_with,
    render_cli,
    section,
    texts_of,
    unescape,
    working_in,
    write_hostile,
)

SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    return render_cli(tmp_path_factory.mktemp("seeds") / "report.html", "seeds/")


def seed_paths() -> list[str]:
    with working_in(ROOT):
        return collect(["seeds/"], ["*.txt", "*.md"], [])


@pytest.fixture(scope="module")
def seeds_findings() -> list[Finding]:
    rules = select_rules(load_rule_dirs([default_rules_dir()]), [], [], "test")
    with working_in(ROOT):
        return lint(seed_paths(), rules).findings


def line_text(f: Finding) -> str:
    return (ROOT / f.path).read_text(encoding="utf-8").splitlines()[f.location.line - 1]


def value_of(f: Finding) -> str:
    """The text a one-line finding spans, cut from the seed by its columns."""
    return line_text(f)[f.location.column - 1 : f.location.end_column]


def of_rule(findings: list[Finding], rule: str) -> list[Finding]:
    chosen = [f for f in findings if f.rule == rule]
    assert chosen, f"the seeds are expected to have {rule} findings"
    return chosen


# --- what the page lists ------------------------------------------------------------


def test_every_seed_is_a_row_of_the_table(seeds_page: str) -> None:
    docs = data_of(seeds_page)["docs"]
    assert [doc[0] for doc in docs] == seed_paths()


def test_documents_without_findings_are_listed_but_have_no_section(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "clean.txt").write_text("A line that ends.\n", encoding="utf-8")
    (corpus / "flagged.txt").write_text("A line that never ends.", encoding="utf-8")
    page = render_cli(
        tmp_path / "r.html",
        "corpus",
        "--isolated",
        "--select",
        "hygiene.final-newline",
        cwd=tmp_path,
    )
    docs = {doc[0]: doc for doc in data_of(page)["docs"]}
    assert sorted(docs) == ["corpus/clean.txt", "corpus/flagged.txt"]
    assert docs["corpus/clean.txt"][1] == 0 and docs["corpus/flagged.txt"][1] == 1
    assert section(page, anchor_of(page, "corpus/clean.txt")) == ""
    flagged = section(page, anchor_of(page, "corpus/flagged.txt"))
    assert lines_with(flagged) == [1]


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    first = render_cli(tmp_path / "one.html", "seeds/")
    second = render_cli(tmp_path / "two.html", "seeds/", "-j", "2")
    assert first == second
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()


def test_counts_agree_with_the_findings(seeds_page: str, seeds_findings: list[Finding]) -> None:
    docs = data_of(seeds_page)["docs"]
    by_path = Counter(f.path for f in seeds_findings)
    assert {doc[0]: doc[1] for doc in docs if doc[1]} == dict(by_path)
    assert f"<b>{len(seeds_findings)}</b>findings" in seeds_page
    for doc in docs:
        own = [f for f in seeds_findings if f.path == doc[0]]
        assert doc[3] == [sum(1 for f in own if f.category == c) for c in CATEGORIES]


def test_the_page_is_self_contained(seeds_page: str) -> None:
    # Nothing is fetched: no external script, style, font, image or frame.
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", seeds_page)
    assert "@import" not in seeds_page and "url(" not in seeds_page
    assert re.search(r"default-src 'none'", seeds_page)


def test_inline_style_and_script_are_the_ones_the_policy_allows(seeds_page: str) -> None:
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', seeds_page)
    assert policy
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", seeds_page, re.S)
        assert body, tag
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in unescape(policy.group(1))


# --- document views -----------------------------------------------------------------


def test_a_foreign_tail_is_shaded_over_its_lines(
    seeds_page: str, seeds_findings: list[Finding]
) -> None:
    for tail in of_rule(seeds_findings, "boilerplate.foreign-tail"):
        view = section(seeds_page, anchor_of(seeds_page, tail.path))
        first, last = tail.location.line, tail.location.end_line
        assert lines_with(view, "tail") == list(range(first, last + 1))
        assert lines_with(view, "tail-top") == [first]


def test_a_one_line_finding_marks_its_columns(
    seeds_page: str, seeds_findings: list[Finding]
) -> None:
    for f in of_rule(seeds_findings, "figures.conflicting-figures"):
        view = section(seeds_page, anchor_of(seeds_page, f.path))
        assert value_of(f) in texts_of(view, "mark", "m")


def test_a_related_finding_links_to_the_other_side(
    seeds_page: str, seeds_findings: list[Finding]
) -> None:
    for f in of_rule(seeds_findings, "figures.conflicting-figures"):
        other = f.related[0]
        view = section(seeds_page, anchor_of(seeds_page, f.path))
        target = f"{anchor_of(seeds_page, other.path)}-L{other.line}"
        assert f'href="#{target}"' in view
        assert f'id="{target}"' in seeds_page


def test_long_documents_are_cut_with_a_note(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    limits = html.Limits()
    total = limits.lines + 300
    lines = [f"Line {n}." for n in range(1, total + 1)]  # short: the line limit cuts first
    (corpus / "long.txt").write_text("\n".join(lines), encoding="utf-8")  # no final newline
    (corpus / "wide.txt").write_text("word " * (limits.chars // 2), encoding="utf-8")
    page = render_cli(
        tmp_path / "r.html",
        "corpus",
        "--isolated",
        "--select",
        "hygiene.final-newline",
        cwd=tmp_path,
    )
    long_view = section(page, anchor_of(page, "corpus/long.txt"))
    assert lines_with(long_view) == list(range(1, limits.lines + 1))
    assert f"lines {limits.lines + 1}–{total} are not shown" in long_view
    # The finding on the last line is past the cut: listed below it, with its line's anchor.
    assert re.search(rf'<li class="note sev-info" id="d\d+-L{total}">line {total}:', long_view)
    wide_view = section(page, anchor_of(page, "corpus/wide.txt"))
    assert lines_with(wide_view) == [1]
    assert f"line 1 is cut after {limits.chars} characters" in wide_view


def test_only_the_most_serious_documents_get_their_text(seeds_findings: list[Finding]) -> None:
    paths = seed_paths()
    with working_in(ROOT):
        page = html.render(seeds_findings, paths, limits=html.Limits(documents=1))
    counts = Counter(f.path for f in seeds_findings)
    worst = {p: max(f.severity.rank for f in seeds_findings if f.path == p) for p in counts}
    chosen = min(counts, key=lambda p: (-worst[p], -counts[p], p))
    assert page.count('<section class="doc"') == 1
    assert section(page, anchor_of(page, chosen))
    listed = data_of(page)["findings"]
    assert sorted(int(n) for n in listed) == sorted(
        n for n, p in enumerate(paths) if p != chosen and counts[p]
    )


def test_overlapping_findings_split_a_line_into_marked_runs(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("alpha beta gamma delta\nsecond\nthird\n", encoding="utf-8")
    path = str(doc)

    def finding(
        line: int, col: int, end_line: int, end_col: int, rule: str, sev: Severity
    ) -> Finding:
        return Finding(
            path, Location(line, col, end_line, end_col), rule, rule.split(".")[0], sev, rule
        )

    findings = [
        finding(1, 1, 1, 10, "citations.a", Severity.INFO),  # "alpha beta"
        finding(1, 7, 1, 16, "dates.b", Severity.WARNING),  # "beta gamma"
        finding(2, 1, 3, 5, "boilerplate.c", Severity.WARNING),
    ]
    view = section(html.render(findings, [path]), "d0")
    assert texts_of(view, "mark", "m") == ["alpha ", "beta", " gamma"]
    both = "citations.a: citations.a\ndates.b: dates.b"
    assert f'<mark class="m sev-warning" title="{both}">beta</mark>' in view
    assert lines_with(view, "box") == [2, 3]
    assert lines_with(view, "box-top") == [2] and lines_with(view, "box-end") == [3]
    assert lines_with(view, "g-warning") == [1, 2, 3]


# --- side by side -------------------------------------------------------------------


def test_a_figure_conflict_shows_both_values_side_by_side(
    seeds_page: str, seeds_findings: list[Finding]
) -> None:
    values = {value_of(f) for f in of_rule(seeds_findings, "figures.conflicting-figures")}
    assert len(values) == 2
    pairs = re.findall(r'<article class="pair figures" id="p\d+">(.*?)</article>', seeds_page, re.S)
    marked = [set(texts_of(p, "mark", "value")) for p in pairs]
    assert values in marked


def test_duplicated_passages_are_aligned(tmp_path: Path) -> None:
    articles = sorted((SHARED / "corpus" / "wikinews").glob("*.txt"))
    if len(articles) < 2:
        pytest.skip(f"needs the shared corpus at {SHARED / 'corpus'}")
    first = articles[0].read_text(encoding="utf-8")
    second = articles[1].read_text(encoding="utf-8")
    paragraphs = [line for line in first.splitlines() if len(line) > 200][:3]
    if len(paragraphs) < 2:
        pytest.skip("the first article is too short to copy a passage from")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(first, encoding="utf-8")
    (corpus / "b.txt").write_text(
        second + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    page = render_cli(
        tmp_path / "r.html", "corpus", "--isolated", "--select", "duplication", cwd=tmp_path
    )
    pairs = re.findall(r'<article class="pair duplication" id="q\d+">(.*?)</article>', page, re.S)
    assert len(pairs) == 1
    cell = r'<td class="no">(\d+)</td><td class="tx">(.*?)</td>'
    rows = re.findall(rf'<tr class="same">{cell}{cell}</tr>', pairs[0], re.S)
    assert len(rows) >= len(paragraphs)
    for _, left, _, right in rows:
        assert unescape(left) == unescape(right)
    copied = {unescape(left) for _, left, _, _ in rows}
    assert set(paragraphs) <= copied


# --- safety ---------------------------------------------------------------------------


def test_hostile_text_paths_and_messages_are_escaped(tmp_path: Path) -> None:
    _, rules = write_hostile(tmp_path)
    page = render_cli(
        tmp_path / "r.html", "docs", "--isolated", "--rules", str(rules), cwd=tmp_path
    )
    assert page.count("<script") == 2  # the data element and the page's own script
    assert "<img" not in page and "<textarea" not in page and "</textarea" not in page
    assert "alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "docs/&#34;&gt;&lt;img src=x onerror=alert(3)&gt;.txt" in page
    for anchor in (anchor_of(page, "docs/markup.txt"), anchor_of(page, f"docs/{HOSTILE_NAME}")):
        view = section(page, anchor)
        texts = [
            unescape(re.sub(r"<[^>]+>", "", t))
            for t in re.findall(r"<span class=\"tx\">(.*?)</span></div>", view, re.S)
        ]
        assert texts == list(HOSTILE_LINES)
        assert "markup in the text: &lt;script&gt;alert(1)&lt;/script&gt;" in view
    # The JSON holds the same strings, escaped so that none can end its element.
    block = DATA.search(page)
    assert block and not re.search(r"[<>&\u2028\u2029]", block.group(1))
    assert f"docs/{HOSTILE_NAME}" in [doc[0] for doc in data_of(page)["docs"]]


def test_script_json_round_trips_and_escapes() -> None:
    value = {"s": "</script><!-- & \u2028\u2029 > é", "n": [1, 2.5, None]}
    encoded = str(script_json(value))
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == value


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = os.fsdecode(b"bad\xff<b>.txt")
    try:
        (corpus / name).write_text("No final newline", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses a file name that is not UTF-8")
    page = render_cli(
        tmp_path / "r.html", "corpus", "--isolated", "--select", "hygiene", cwd=tmp_path
    )
    assert shown(f"corpus/{name}") == "corpus/bad\\xff<b>.txt"
    assert "corpus/bad\\xff&lt;b&gt;.txt" in page
    assert "corpus/bad\\xff<b>.txt" in [doc[0] for doc in data_of(page)["docs"]]


def test_assets_cannot_close_their_elements() -> None:
    templates = Path(html.__file__).parent / "templates"
    assert "</style" not in (templates / "report.css").read_text(encoding="utf-8").lower()
    assert "</script" not in (templates / "report.js").read_text(encoding="utf-8").lower()


def test_align_pairs_edited_lines_and_crops_to_the_shared_part() -> None:
    left = [(1, "An unrelated opening."), (2, "The shared  first line."), (3, "Second, as is.")]
    left += [(4, "A third, edited here."), (5, "Left only, after the copy.")]
    right = [(10, "the shared first line."), (11, "Second, as is."), (12, "A third, edited.")]
    rows, cropped = align(left, right, limit=10)
    assert [(r.left, r.right, r.kind) for r in rows] == [
        (1, 0, "left"),
        (2, 10, "same"),
        (3, 11, "same"),
        (4, 12, "differs"),
        (5, 0, "left"),
    ]
    assert not cropped
    rows, cropped = align(left, right, limit=2)
    assert len(rows) == 2 and cropped


def test_an_unreadable_file_has_a_section_without_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    page = render_cli(tmp_path / "r.html", "corpus", "--isolated", cwd=tmp_path)
    view = section(page, anchor_of(page, "corpus/image.txt"))
    assert "Its text cannot be shown: binary file (a PNG image), not text." in view
    assert "hygiene.unreadable-file" in view
    assert lines_with(view) == []


def test_bar_chart_scales_to_the_longest_bar_and_keeps_small_counts_visible() -> None:
    rows = {"a.long-rule": {"warning": 300, "info": 100}, "b": {"info": 1}, "c": {}}
    chart = bar_chart("t", rows, filters={"b": "rule:b"})
    first, small, empty = chart.bars
    assert [p.part for p in first.pieces] == ["warning", "info"]
    widths = [float(p.width) for p in first.pieces]
    assert sum(widths) == pytest.approx(BAR) and widths[0] == pytest.approx(3 * widths[1])
    assert float(small.pieces[0].width) == MIN_PIECE and small.filter == "rule:b"
    assert empty.pieces == () and empty.value == "0"
    assert float(first.pieces[0].x) == chart.label_x + 8
    shares = bar_chart("s", {"x": {"share": 5}}, largest=10, values={"x": "5 (50%)"})
    assert float(shares.bars[0].pieces[0].width) == BAR / 2 and shares.bars[0].value == "5 (50%)"
