"""The output contracts of DESIGN.md, written down once for the tests that check them."""

from __future__ import annotations

import re
from pathlib import Path

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-2.1.0.json"
FINDING_KEYS = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "related",
]
CATEGORIES = {
    "boilerplate",
    "duplication",
    "citations",
    "figures",
    "dates",
    "provenance",
    "hygiene",
}
TEXT_LINE = re.compile(r"^[^:]+:\d+:\d+: (error|warning|info) [a-z]+\.[a-z0-9-]+ .+$")
RELATED_LINE = re.compile(r"^    related: [^:]+:\d+(-\d+)?( \(.+\))?$")
COMMAND = re.compile(r"^::(?P<cmd>[a-z]+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")
# The inverse of the runner's escaping, in one pass so `%250A` cannot decode twice.
_UNESCAPE = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
_CODE = re.compile("|".join(map(re.escape, _UNESCAPE)))


def unescape(value: str) -> str:
    """Decode a GitHub workflow-command value."""
    return _CODE.sub(lambda m: _UNESCAPE[m.group()], value)


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command into its name, unescaped properties and unescaped data."""
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    props: dict[str, str] = {}
    if match["props"]:
        for part in match["props"].split(","):
            key, sep, value = part.partition("=")
            assert sep, f"property without '=': {part!r} in {line!r}"
            props[key] = unescape(value)
    return match["cmd"], props, unescape(match["data"])
