"""HTML report: one self-contained page with the corpus overview, a health table of
every document, each flagged document's text with its findings, and related findings
side by side.

The page is rendered by Jinja2 with autoescaping: every document line, path and
message reaches it as data, never as markup. Inline CSS and JavaScript are the
package's own files, allowed by a Content-Security-Policy that names their digests,
so even markup that slipped through could neither run nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from lint import __version__
from lint.finding import CATEGORIES, Finding
from lint.reporters import summarize, summary_line, to_string
from lint.reporters.html.charts import Chart, bar_chart
from lint.reporters.html.data import page_data
from lint.reporters.html.display import script_json
from lint.reporters.html.model import (
    SEVERITIES,
    Limits,
    Share,
    build_entries,
    category_counts,
    rule_counts,
    severity_counts,
    shares,
    top_entries,
)
from lint.reporters.html.pairs import build_pairs
from lint.reporters.html.views import View, build_view
from lint.schema import Rule

__all__ = ["Limits", "render", "write"]

DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Asset:
    """An inline stylesheet or script and its CSP source expression."""

    text: Markup
    digest: str


def write(
    out: TextIO,
    findings: Sequence[Finding],
    paths: Sequence[str],
    rules: Sequence[Rule] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Write the page for `findings` over the linted `paths`, a chunk at a time."""
    entries = build_entries(findings, paths, limits)
    by_path = {e.path: e for e in entries}
    groups, anchors = build_pairs(findings, by_path, limits)
    by_rule = rule_counts(findings)
    views: Iterator[View] = (
        build_view(e, limits, by_path, anchors) for e in entries if e.with_text
    )
    share_list = shares(entries)
    data = page_data(entries, list(by_rule), by_path, anchors, _without_text(limits))
    context = {
        "title": summary_line(summarize(findings, len(entries))),
        "version": __version__,
        "categories": CATEGORIES,
        "severities": [s.value for s in SEVERITIES],
        "entries": entries,
        "findings": len(findings),
        "by_severity": severity_counts(findings),
        "charts": _charts(findings, by_rule),
        "shares": share_list,
        "share_chart": _share_chart(share_list, len(entries)),
        "top": top_entries(entries, limits.top),
        "rules": list(by_rule),
        "descriptions": {r.id: r.description for r in rules},
        "groups": groups,
        "views": views,
        "data": script_json(data),
        "css": _asset("report.css", "style"),
        "js": _asset("report.js", "script"),
    }
    stream = _template().stream(context)
    stream.enable_buffering(size=64)  # write a few kilobytes at a time, not each tag
    for chunk in stream:
        out.write(chunk)


def _without_text(limits: Limits) -> str:
    """What a document's section says when its text is not in the page."""
    return (
        f"Its text is not in this page, which holds the text of {limits.documents} documents "
        "(those with the most serious findings first). Lint this file alone, with "
        "--format html, to see its text."
    )


def render(
    findings: Sequence[Finding],
    paths: Sequence[str],
    rules: Sequence[Rule] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> str:
    """Render the page as a string."""
    return to_string(lambda out: write(out, findings, paths, rules, limits))


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("lint.reporters.html", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _template() -> Template:
    return _environment().get_template("report.html.j2")


@cache
def _asset(name: str, element: str) -> Asset:
    """A static file of the templates folder, checked to stay inside its element."""
    env = _environment()
    assert env.loader is not None
    source = env.loader.get_source(env, name)[0]
    if f"</{element}" in source.lower():
        raise ValueError(f"{name} must not contain '</{element}'")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()
    return Asset(Markup(source), f"'sha256-{digest}'")


def _charts(findings: Sequence[Finding], by_rule: dict[str, dict[str, int]]) -> list[Chart]:
    by_category = category_counts(findings)
    return [
        bar_chart(
            "Findings per category",
            by_category,
            filters={c: f"category:{c}" for c in by_category},
        ),
        bar_chart("Findings per rule", by_rule, filters={r: f"rule:{r}" for r in by_rule}),
    ]


def _share_chart(share_list: Sequence[Share], total: int) -> Chart:
    rows = {s.label: {"share": s.count} for s in share_list}
    values = {s.label: f"{s.count} ({s.percent:g}%)" for s in share_list}
    filters = {s.label: _filter(s.selector) for s in share_list}
    return bar_chart("Share of documents", rows, largest=total, values=values, filters=filters)


def _filter(selector: str) -> str:
    """The table filter of a share: clean documents, a rule or a category."""
    if not selector:
        return "state:clean"
    return f"rule:{selector}" if "." in selector else f"category:{selector}"
