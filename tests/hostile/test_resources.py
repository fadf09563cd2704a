"""Resources: findings per rule per document are capped; long lines cost linear time."""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run
from tests.hostile.helpers import real_text

Lint = Callable[..., Run]


def test_findings_per_rule_and_document_are_capped(tmp_path: Path, run_lint: Lint) -> None:
    block = "".join(f"Skip to main content\n\nParagraph {n} of the story.\n\n" for n in range(250))
    (tmp_path / "a.txt").write_text(block, encoding="utf-8")
    (tmp_path / "b.txt").write_text(block[:2000], encoding="utf-8")
    result = run_lint(
        "--isolated", "--select", "boilerplate.web-chrome", "--format", "json", str(tmp_path)
    )
    found = json.loads(result.out)["findings"]
    in_a = [f for f in found if f["path"].endswith("a.txt")]
    assert len(in_a) == 101
    closing = [f for f in in_a if "more findings" in f["message"]]
    assert len(closing) == 1 and closing[0]["message"].startswith("150 more findings of this rule")
    assert closing[0]["line"] == 401  # where the first finding left out was
    assert len([f for f in found if f["path"].endswith("b.txt")]) == 40  # under the cap


def test_the_cap_is_a_rule_header_key(tmp_path: Path, run_lint: Lint) -> None:
    rules = tmp_path / "rules" / "boilerplate"
    rules.mkdir(parents=True)
    (rules / "chrome.yaml").write_text(
        "kind: phrases\nmessage: 'chrome: {match}'\ndescription: d\nmax_findings: 3\n"
        "params: {whole_line: true, phrases: [skip to main content]}\n",
        encoding="utf-8",
    )
    block = "".join(f"Skip to main content\n\nParagraph {n}.\n\n" for n in range(10))
    (tmp_path / "a.txt").write_text(block, encoding="utf-8")
    result = run_lint(
        "--isolated", "--no-default-rules", "--rules", str(tmp_path / "rules"), "--format", "json",
        str(tmp_path / "a.txt"),
    )  # fmt: skip
    messages = [f["message"] for f in json.loads(result.out)["findings"]]
    assert len(messages) == 4 and messages[-1].startswith("7 more findings of this rule")


def test_a_long_line_is_linted_in_linear_time(tmp_path: Path, run_lint: Lint) -> None:
    """A 4 MB and a 16 MB single line: the larger one costs about four times the smaller
    (not sixteen), runs in seconds, and memory stays a small multiple of the file."""
    text = " ".join(real_text(200_000).split())
    seconds = []
    for size in (4_000_000, 16_000_000):
        path = tmp_path / f"line-{size}.txt"
        path.write_text((text * (size // len(text) + 1))[:size] + "\n", encoding="utf-8")
        start = time.monotonic()
        result = run_lint("--isolated", "--no-cache", "--format", "json", str(path))
        seconds.append(time.monotonic() - start)
        rules = {f["rule"] for f in json.loads(result.out)["findings"]}
        assert "hygiene.oversized-text" in rules
        assert len(json.loads(result.out)["findings"]) < 2000
    assert seconds[1] < 30, seconds
    assert seconds[1] < 8 * seconds[0] + 1, seconds
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_kib * 1024 < 12 * 16_000_000 + 600_000_000  # the test process included
