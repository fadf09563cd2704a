"""Reading an HTML report back in tests: its JSON data, its sections and their lines."""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from lint.cli import main

ROOT = Path(__file__).resolve().parents[1]

DATA = re.compile(r'<script type="application/json" id="seedlint-data">(.*?)</script>', re.S)
LINE = re.compile(r'<div class="ln ?([^"]*)" id="d\d+-L(\d+)">')


@contextmanager
def working_in(folder: Path) -> Iterator[None]:
    """Run the block from `folder`, then go back."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def render_cli(out: Path, *args: str, cwd: Path = ROOT) -> str:
    """Run `lint ARGS --format html -o OUT` from `cwd`; return the page's text."""
    with working_in(cwd):
        code = main([*args, "--no-cache", "--quiet", "--format", "html", "-o", str(out)])
    assert code in (0, 1), f"lint exited {code}"
    return out.read_text(encoding="utf-8")


def data_of(page: str) -> dict[str, Any]:
    """The page's JSON data, as the script reads it."""
    match = DATA.search(page)
    assert match, "no JSON data element"
    parsed: dict[str, Any] = json.loads(match.group(1))
    return parsed


def section(page: str, anchor: str) -> str:
    """The markup of one document section (empty when the page has none)."""
    start = page.find(f'<section class="doc" id="{anchor}">')
    if start < 0:
        return ""
    return page[start : page.index("</section>", start)]


def anchor_of(page: str, path: str) -> str:
    """The anchor (`dN`) of the document whose path is `path`."""
    names = [doc[0] for doc in data_of(page)["docs"]]
    return f"d{names.index(path)}"


def lines_with(markup: str, css_class: str = "") -> list[int]:
    """Numbers of the shown lines that carry `css_class` (all lines when empty)."""
    return [
        int(number)
        for classes, number in LINE.findall(markup)
        if not css_class or css_class in classes.split()
    ]


class _Texts(HTMLParser):
    """Collects the text inside every element of one tag and class."""

    def __init__(self, tag: str, css_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tag, self.css_class = tag, css_class
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == self.tag and self.css_class in classes and not self.depth:
            self.depth = 1
            self.texts.append("")
        elif self.depth and tag == self.tag:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == self.tag:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def texts_of(markup: str, tag: str, css_class: str) -> list[str]:
    """The unescaped text of each `<tag class="… css_class …">` element."""
    parser = _Texts(tag, css_class)
    parser.feed(markup)
    return parser.texts


def unescape(text: str) -> str:
    """HTML character references resolved."""
    return html.unescape(text)


# A document and a file name that would run script or open markup if the page held
# them as markup; a rule that repeats the markup in its message.
HOSTILE_LINES = (
    "A plain headline",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><textarea>",
    "</script><script>alert(2)</script> & &amp; \u2028 ]]> <!-- -->",
)
HOSTILE_NAME = '"><img src=x onerror=alert(3)>.txt'
PROBE_RULE = """\
kind: pattern
severity: warning
message: "markup in the text: {match}"
description: Markup characters in a plain-text document (a probe of the HTML report).
params:
  pattern: '<[^\\n]*'
"""


def write_hostile(folder: Path) -> tuple[Path, Path]:
    """Write the hostile corpus (two documents) and its rule folder; return both folders."""
    docs, rules = folder / "docs", folder / "rules"
    docs.mkdir(parents=True)
    (rules / "hygiene").mkdir(parents=True)
    text = "\n".join(HOSTILE_LINES) + "\n"
    (docs / "markup.txt").write_text(text, encoding="utf-8")
    (docs / HOSTILE_NAME).write_text(text, encoding="utf-8")
    (rules / "hygiene" / "markup-probe.yaml").write_text(PROBE_RULE, encoding="utf-8")
    return docs, rules
