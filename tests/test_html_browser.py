"""The HTML report in a real browser: Debian's Chromium, driven by Playwright.

Playwright launches the system's /usr/bin/chromium (never a browser of its own; no
`playwright install`) with a fresh profile and no network features. The tests skip,
saying why, only where that binary is missing; `.ci/run` installs it.

`pytest --regen-screenshots` also writes the README's screenshots to docs/.
"""

from __future__ import annotations

import shutil
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from lint.cli import default_rules_dir
from lint.engine import lint
from lint.files import collect
from lint.finding import Finding
from lint.loader import load_rule_dirs
from lint.reporters import html
from lint.selection import select_rules
from tests.html_page import HOSTILE_LINES, HOSTILE_NAME, ROOT, render_cli, working_in, write_hostile
from tests.png import distinct_colours

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
SCREENSHOTS = ROOT / "docs"
MIN_COLOURS = 64  # text, charts and highlights; a blank or one-colour page has a handful


@dataclass
class Visit:
    """A page opened in the browser and what it did: dialogs, errors, requests."""

    page: Any
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.errors == [], f"errors in the page: {self.errors}"
        others = [url for url in self.requests if not url.startswith("file:")]
        assert others == [], f"the page fetched: {others}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright  # imported here: the skip comes first

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=FLAGS,
            headless=True,
            viewport=VIEWPORT,
        )
        yield context
        context.close()


def visit(browser: Any, page_file: Path, anchor: str = "") -> Visit:
    page = browser.new_page()
    seen = Visit(page)
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.goto(page_file.resolve().as_uri() + (f"#{anchor}" if anchor else ""))
    page.wait_for_load_state("load")
    return seen


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Finding], list[str]]:
    """The seeds' page, their findings and paths, as the CLI reports them."""
    out = tmp_path_factory.mktemp("report") / "seeds.html"
    render_cli(out, "seeds/")
    rules = select_rules(load_rule_dirs([default_rules_dir()]), [], [], "test")
    with working_in(ROOT):
        paths = collect(["seeds/"], ["*.txt", "*.md"], [])
        return out, lint(paths, rules).findings, paths


def open_document(seen: Visit, path: str) -> Any:
    """Click a document in the table; return its section once it shows."""
    seen.page.get_by_role("link", name=path, exact=True).first.click()
    section = seen.page.locator("section.doc.open")
    section.wait_for(state="visible")
    return section


def line_numbers(locator: Any) -> list[int]:
    ids = locator.evaluate_all("nodes => nodes.map(n => n.id)")
    return [int(i.rsplit("-L", 1)[1]) for i in ids]


def test_the_table_has_a_row_per_document(browser: Any, seeds: Any) -> None:
    page_file, _, paths = seeds
    seen = visit(browser, page_file, "table")
    rows = seen.page.locator("#health tbody tr")
    assert rows.count() == len(paths)
    assert rows.locator("td:first-child").all_inner_texts() == paths
    seen.assert_quiet()


def test_the_tail_of_004_is_highlighted_over_lines_41_to_58(browser: Any, seeds: Any) -> None:
    page_file, findings, _ = seeds
    tails = [f for f in findings if f.rule == "boilerplate.foreign-tail"]
    places = [(f.path, f.location.line, f.location.end_line) for f in tails]
    assert places == [("seeds/004_79bd4435c0f0e9a8.txt", 41, 58)]  # the seeds' expectation
    seen = visit(browser, page_file, "table")
    section = open_document(seen, "seeds/004_79bd4435c0f0e9a8.txt")
    assert not seen.page.locator("#overview").is_visible()
    tail = section.locator(".ln.tail")
    assert line_numbers(tail) == list(range(41, 59))
    assert tail.first.is_visible()
    shading = tail.first.locator(".tx").evaluate("n => getComputedStyle(n).backgroundImage")
    assert shading.startswith("repeating-linear-gradient")
    plain = section.locator(".ln:not(.tail)").first.locator(".tx")
    assert plain.evaluate("n => getComputedStyle(n).backgroundImage") == "none"
    seen.assert_quiet()


def test_the_figure_conflict_of_000_and_002_shows_both_values_side_by_side(
    browser: Any, seeds: Any
) -> None:
    page_file, findings, _ = seeds
    conflict = [f for f in findings if f.rule == "figures.conflicting-figures"]
    assert sorted(f.path for f in conflict) == [
        "seeds/000_dd14da796d596186.txt",
        "seeds/002_c6e3273c7bb3a7d5.txt",
    ]
    values = []
    for f in conflict:
        text = (ROOT / f.path).read_text(encoding="utf-8").splitlines()[f.location.line - 1]
        values.append(text[f.location.column - 1 : f.location.end_column])
    seen = visit(browser, page_file, "pairs")
    pair = seen.page.locator("article.pair.figures").filter(has_text=values[0]).first
    marks = pair.locator("mark.value")
    assert marks.all_inner_texts() == values
    left, right = marks.nth(0).bounding_box(), marks.nth(1).bounding_box()
    assert left["x"] + left["width"] <= right["x"]  # two columns, left and right
    sides = pair.locator(".side")
    top, other = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert abs(top["y"] - other["y"]) < 2  # on the same row
    assert sides.nth(0).locator("a").inner_text().startswith(conflict[0].path)
    seen.assert_quiet()


def test_related_links_go_to_the_other_side(browser: Any, seeds: Any) -> None:
    page_file, findings, _ = seeds
    f = next(f for f in findings if f.rule == "figures.conflicting-figures")
    seen = visit(browser, page_file, "table")
    section = open_document(seen, f.path)
    other = f.related[0]
    section.get_by_role("link", name=f"{other.path}:{other.line}").first.click()
    target = seen.page.locator(".ln:target")
    target.wait_for(state="visible")
    assert line_numbers(target) == [other.line]
    assert seen.page.locator("section.doc.open h2").inner_text() == other.path
    seen.assert_quiet()


def test_the_table_sorts_and_filters(browser: Any, seeds: Any) -> None:
    from playwright.sync_api import expect

    page_file, findings, paths = seeds
    seen = visit(browser, page_file, "table")
    page = seen.page
    page.locator("#health th[data-key=total]").click()
    counts = {p: sum(1 for f in findings if f.path == p) for p in paths}
    expected = sorted(paths, key=lambda p: (-counts[p], p))
    assert page.locator("#health tbody td:first-child").all_inner_texts() == expected
    page.select_option("#f-category", "figures")
    with_figures = sorted({f.path for f in findings if f.category == "figures"})
    assert sorted(page.locator("#health tbody td:first-child").all_inner_texts()) == with_figures
    page.select_option("#f-category", "")
    page.fill("#f-path", paths[-1][-12:])
    # The path filter waits for typing to pause; `expect` retries until it has.
    expect(page.locator("#health tbody tr")).to_have_count(1)
    assert page.locator("#health tbody td:first-child").inner_text() == paths[-1]
    seen.assert_quiet()


def test_a_document_without_its_text_lists_its_findings(
    browser: Any, seeds: Any, tmp_path: Path
) -> None:
    _, findings, paths = seeds
    with working_in(ROOT):
        page_text = html.render(findings, paths, limits=html.Limits(documents=0))
    page_file = tmp_path / "no-text.html"
    page_file.write_text(page_text, encoding="utf-8")
    f = findings[-1]
    n = paths.index(f.path)
    seen = visit(browser, page_file, f"d{n}-L{f.location.line}")
    section = seen.page.locator("section.doc.open")
    section.wait_for(state="visible")
    items = section.locator("ol.hidden li")
    assert items.count() == sum(1 for g in findings if g.path == f.path)
    assert f.message in items.all_inner_texts()[-1]
    seen.assert_quiet()


def test_hostile_documents_execute_nothing(browser: Any, tmp_path: Path) -> None:
    _, rules = write_hostile(tmp_path)
    page_file = tmp_path / "hostile.html"
    render_cli(page_file, "docs", "--isolated", "--rules", str(rules), cwd=tmp_path)
    no_text = tmp_path / "hostile-no-text.html"
    with working_in(tmp_path):
        all_rules = select_rules(load_rule_dirs([default_rules_dir(), rules]), [], [], "test")
        paths = collect(["docs"], ["*.txt"], [])
        no_text.write_text(
            html.render(lint(paths, all_rules).findings, paths, limits=html.Limits(documents=0)),
            encoding="utf-8",
        )
    for page_file_, with_text in ((page_file, True), (no_text, False)):
        seen = visit(browser, page_file_, "table")
        for path in ("docs/markup.txt", f"docs/{HOSTILE_NAME}"):
            section = open_document(seen, path)
            if with_text:
                assert section.locator(".ln .tx").all_inner_texts() == list(HOSTILE_LINES)
            notes = " ".join(section.locator(".note").all_inner_texts())
            assert "markup in the text: <script>alert(1)</script>" in notes
            seen.page.go_back()
        created = seen.page.evaluate(
            "() => ({"
            "tags: document.querySelectorAll('img, textarea, iframe, object, embed').length,"
            " scripts: document.scripts.length,"
            " handlers: document.querySelectorAll('[onerror], [onload]').length})"
        )
        assert created == {"tags": 0, "scripts": 2, "handlers": 0}
        seen.assert_quiet()


def test_screenshots_of_the_overview_and_a_document_are_not_blank(
    browser: Any, seeds: Any, tmp_path: Path, regen_screenshots: bool
) -> None:
    page_file, _, paths = seeds
    seen = visit(browser, page_file)
    overview = tmp_path / "overview.png"
    seen.page.screenshot(path=str(overview))
    n = paths.index("seeds/004_79bd4435c0f0e9a8.txt")
    seen.page.goto(page_file.resolve().as_uri() + f"#d{n}-L36")
    seen.page.locator("section.doc.open").wait_for(state="visible")
    seen.page.wait_for_timeout(100)  # the script scrolls to the line on the next frame
    document = tmp_path / "document.png"
    seen.page.screenshot(path=str(document))
    for shot in (overview, document):
        assert distinct_colours(shot) >= MIN_COLOURS, f"{shot.name} looks blank"
    seen.assert_quiet()
    if regen_screenshots:
        shutil.copyfile(overview, SCREENSHOTS / "report-overview.png")
        shutil.copyfile(document, SCREENSHOTS / "report-document.png")


def test_a_blank_image_fails_the_colour_check(tmp_path: Path) -> None:
    width, height = 40, 30
    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    blank = tmp_path / "blank.png"
    blank.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    assert distinct_colours(blank) == 1
