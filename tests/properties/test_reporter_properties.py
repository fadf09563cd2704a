"""Every reporter on findings with any path and message: valid UTF-8, valid JSON, and
one line per finding where the format is line-based."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from lint.finding import Finding
from lint.reporters import github, sarif, summarize, text
from lint.reporters import json as json_reporter
from tests.properties.strategies import findings


@given(st.lists(findings(), max_size=8))
def test_every_reporter_writes_valid_output(found: list[Finding]) -> None:
    found.sort(key=Finding.sort_key)
    summary = summarize(found, len({f.path for f in found}))
    shown = text.render(found, summary)
    shown.encode("utf-8")  # strict: no lone surrogate
    assert shown.count("\n") == len(found) + sum(len(f.related) for f in found) + 1
    data = json.loads(json_reporter.render(found, summary).encode("utf-8"))
    assert len(data["findings"]) == len(found)
    log = json.loads(sarif.render(found, [], {}).encode("utf-8"))
    for result in log["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.isascii() and " " not in uri and "\n" not in uri
    annotations = github.render(found, summary)
    annotations.encode("utf-8")
    overflow = annotations.startswith("::notice title=seedlint::")
    assert annotations.count("\n") == len(found) + overflow
