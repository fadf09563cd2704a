"""Reporters format findings; they never decide anything. Shared helpers live here."""

from __future__ import annotations

import hashlib
import io
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# NOTE: `dumps` only: a module named `json` here would shadow the json reporter.
from json import dumps
from typing import Any, TextIO

from lint.finding import Finding, Severity

# NOTE: a file name that is not UTF-8 reaches Python with its bad bytes as the lone
# surrogates U+DC80..U+DCFF (PEP 383); no output format can hold those.
_UNDECODED = re.compile("[\udc80-\udcff]")
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\udc80-\udcff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str) -> str:
    """Text as every report writes it: a byte of a file name that is not UTF-8 as `\\xNN`.

    `bad\\xff.txt` is the file whose name holds the byte 0xFF; SARIF URIs carry the
    exact bytes instead, percent-encoded.
    """
    if not _UNDECODED.search(text):
        return text
    return _UNDECODED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


def one_line(text: str) -> str:
    """`shown`, and line breaks and other control characters escaped (`\\n`, `\\x1b`).

    The text and GitHub formats are one finding a line: a newline in a file name
    must not start another.
    """
    if not _LINE_BREAKING.search(text):
        return text
    return _LINE_BREAKING.sub(_escape_char, text)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(frozen=True)
class Summary:
    """Counts for the summary line and the JSON `summary` object."""

    files: int
    findings: int
    by_severity: dict[str, int]
    by_rule: dict[str, int]
    stale_baseline_entries: int | None = None  # None: no baseline in use


def summarize(findings: Sequence[Finding], files: int, stale: int | None = None) -> Summary:
    """Count findings by severity (all three always present) and by rule (sorted by id)."""
    severities = Counter(f.severity.value for f in findings)
    rules = Counter(f.rule for f in findings)
    return Summary(
        files=files,
        findings=len(findings),
        by_severity={s.value: severities.get(s.value, 0) for s in Severity},
        by_rule={rule: rules[rule] for rule in sorted(rules)},
        stale_baseline_entries=stale,
    )


def summary_line(summary: Summary) -> str:
    """One sentence: how many findings, of which severities, in how many files.

    With a baseline, a second one counts its stale entries (recorded, no longer found).
    """
    stale = summary.stale_baseline_entries
    if stale is None:
        return _findings_sentence(summary)
    entries = "entry" if stale == 1 else "entries"
    return f"{_findings_sentence(summary)} {stale} stale baseline {entries}."


def _findings_sentence(summary: Summary) -> str:
    files = f"{summary.files} file{'s' if summary.files != 1 else ''}"
    if not summary.findings:
        return f"No findings in {files}."
    parts = [
        f"{n} {s}{'s' if n != 1 and s != 'info' else ''}"
        for s, n in summary.by_severity.items()
        if n
    ]
    noun = "finding" if summary.findings == 1 else "findings"
    return f"Found {summary.findings} {noun} in {files} ({', '.join(parts)})."


def fingerprint_key(finding: Finding) -> tuple[str, str, str]:
    """Rule, path and normalised matched text: what identifies a finding across edits."""
    return (finding.rule, finding.path, " ".join(finding.text.split()).lower())


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """A stable id per finding from rule, path and normalised matched text.

    Line numbers are left out on purpose, so the id survives edits above the
    finding; an occurrence counter tells apart equal texts in one file.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    result = []
    for finding in findings:
        key = fingerprint_key(finding)
        seen[key] += 1
        data = "\0".join((*key, str(seen[key])))
        result.append(hashlib.sha256(data.encode("utf-8", "surrogateescape")).hexdigest()[:32])
    return result


def stream_json(out: TextIO, document: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """Write `document` as indented JSON with `items` streamed into its empty list `key`.

    The bytes are those of `dumps(..., indent=2)` on the full document, but the
    items are encoded one at a time, so a report of a million findings never exists
    twice in memory. `key` must name an empty list that occurs once in `document`.
    """
    text = dumps(document, indent=2, ensure_ascii=False)
    head, tail = text.split(f'"{key}": []', 1)
    pad = " " * (len(head) - head.rfind("\n") - 1 + 2)
    out.write(f'{head}"{key}": [')
    count = 0
    for item in items:
        encoded = dumps(item, indent=2, ensure_ascii=False)
        out.write(("\n" if count == 0 else ",\n") + textwrap.indent(encoded, pad))
        count += 1
    out.write(f"\n{pad[:-2]}]" if count else "]")
    out.write(tail + "\n")


def to_string(write: Callable[[TextIO], None]) -> str:
    """Run a streaming writer into a string (for tests and small outputs)."""
    buffer = io.StringIO()
    write(buffer)
    return buffer.getvalue()
