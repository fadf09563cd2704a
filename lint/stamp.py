"""Turn what kinds yield into findings: rule id, category, severity, message, fingerprint.

The engine runs the kinds; this module stamps their hits. Messages are rendered from
the rule's template and kept on one line whatever the matched text held.
"""

from __future__ import annotations

import hashlib
import re

from lint.document import Document
from lint.finding import CorpusHit, Finding, Hit, Location, Severity
from lint.schema import Rule

_FINGERPRINT_CHARS = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BREAKS = re.compile(r"\s*[\r\n\t\u2028\u2029]\s*")


class _Message(dict[str, str]):
    """Template arguments; a placeholder the kind did not fill renders empty.

    Values are folded onto one line and control characters are shown escaped, so a
    message stays one line in every output format whatever the matched text held.
    """

    def __init__(self, args: dict[str, str]) -> None:
        super().__init__((key, _one_line(value)) for key, value in args.items())

    def __missing__(self, key: str) -> str:
        return ""


def fingerprint_text(text: str) -> str:
    """The matched text as findings keep it: folded, lower-cased, and digested when long.

    Only fingerprints read it; a region finding (a whole foreign tail) would otherwise
    carry kilobytes of text through the run.
    """
    folded = " ".join(text.split()).lower()
    if len(folded) <= _FINGERPRINT_CHARS:
        return folded
    return "#" + hashlib.blake2b(folded.encode(), digest_size=16).hexdigest()


def _one_line(value: str) -> str:
    if not _CONTROL.search(value):
        return value
    folded = _BREAKS.sub(" ", value)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", folded)


def internal_error(rule: Rule, err: Exception) -> str:
    return f"internal error in kind '{rule.kind}' ({type(err).__name__}: {err}); please report it"


def from_hit(rule: Rule, document: Document, hit: Hit) -> Finding:
    return Finding(
        path=document.path,
        location=document.location(hit.start, hit.end),
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=rule.message.format_map(_Message(hit.args)),
        related=hit.related,
        text=fingerprint_text(hit.text or document.text[hit.start : hit.end]),
    )


def rule_error(rule: Rule, path: str, detail: str) -> Finding:
    return Finding(
        path,
        Location(1, 1, 1, 1),
        rule.id,
        rule.category,
        Severity.ERROR,
        f"rule error: {detail}",
        text="rule error",
    )


def from_corpus_hit(rule: Rule, hit: CorpusHit) -> Finding:
    return Finding(
        hit.path,
        hit.location,
        rule.id,
        rule.category,
        rule.severity,
        rule.message.format_map(_Message(hit.args)),
        hit.related,
        fingerprint_text(hit.text),
    )
