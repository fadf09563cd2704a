#!/usr/bin/env python3
"""Measure the HTML report on a large corpus: render time, file size, browser load time.

Renders the page for CORPUS from a JSON report of it (`lint CORPUS --format json -o
REPORT.json`, made once: linting 10,000 documents takes minutes and is not what this
measures), then, when /usr/bin/chromium and Playwright are there, opens the page in
headless Chromium and times loading it, filtering the table, sorting it and opening
a document.

Example:
    python ../shared/corpus/scale.py --docs 10000 --out /tmp/c10k
    lint /tmp/c10k --isolated --no-cache -j 2 --format json -o /tmp/c10k.json
    python bench/html_report.py /tmp/c10k /tmp/c10k.json --out /tmp/c10k.html
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lint.files import collect  # noqa: E402
from lint.finding import Finding, Location, Related, Severity  # noqa: E402
from lint.reporters import html  # noqa: E402

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


def load_findings(report: Path) -> list[Finding]:
    """The findings of a JSON report, as the engine made them."""
    data = json.loads(report.read_text(encoding="utf-8"))
    return [
        Finding(
            f["path"],
            Location(f["line"], f["column"], f["end_line"], f["end_column"]),
            f["rule"],
            f["category"],
            Severity(f["severity"]),
            f["message"],
            tuple(Related(r["path"], r["line"], r["end_line"], r["message"]) for r in f["related"]),
        )
        for f in data["findings"]
    ]


def browse(page_file: Path) -> dict[str, float]:
    """Seconds to load the page, filter and sort the table, and open a document."""
    from playwright.sync_api import sync_playwright

    timings: dict[str, float] = {}
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=FLAGS, headless=True
        )
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_file.resolve().as_uri(), timeout=300_000)
        timings["load"] = time.perf_counter() - start
        timings.update(_in_page(page))
        context.close()
    return timings


def _in_page(page: Any) -> dict[str, float]:
    script = """() => {
      const done = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));
      const time = async (act) => { const t = performance.now(); act(); document.body.offsetHeight;
        await done(); return (performance.now() - t) / 1000; };
      const rule = document.getElementById('f-rule');
      return (async () => ({
        filter: await time(() => {
          rule.selectedIndex = 1; rule.dispatchEvent(new Event('change')); }),
        sort: await time(() => document.querySelector('#health th[data-key=total]').click()),
        open: await time(() => { location.hash = '#d0'; }),
      }))();
    }"""
    result: dict[str, float] = page.evaluate(script)
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path, help="the folder that was linted")
    p.add_argument("report", type=Path, help="its JSON report")
    p.add_argument("--out", type=Path, default=Path("report.html"), help="the page to write")
    args = p.parse_args()
    findings = load_findings(args.report)
    paths = collect([str(args.corpus)], ["*.txt", "*.md"], [])
    start = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        html.write(out, findings, paths)
    rendered = time.perf_counter() - start
    size = args.out.stat().st_size
    print(f"{len(paths)} documents, {len(findings)} findings")
    print(f"render: {rendered:.1f} s, page: {size / 1e6:.1f} MB ({args.out})")
    if CHROMIUM.is_file():
        for name, seconds in browse(args.out).items():
            print(f"chromium {name}: {seconds:.2f} s")
    else:
        print(f"no {CHROMIUM}: browser timings skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
