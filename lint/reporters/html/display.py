"""Strings as the HTML report shows them: file names that were not UTF-8, control
characters made visible, and JSON that is safe inside a `<script>` element.

Jinja2 escapes markup; these helpers handle what escaping cannot: characters that no
UTF-8 page can hold (lone surrogates) and characters a reader cannot see.
"""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

# NOTE: a file name that is not UTF-8 reaches Python with its bad bytes as the lone
# surrogates U+DC80..U+DCFF (PEP 383); writing them to a UTF-8 page would raise.
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls (but tab) and DEL are invisible in a page: show the Unicode control
# pictures (U+2400..U+2421) instead, one character for one, so columns still line up.
_PICTURES = {code: 0x2400 + code for code in range(0x20) if code != 0x09} | {0x7F: 0x2421}
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
# Characters that could end a <script> element or a JavaScript string early.
_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")


def shown(text: str) -> str:
    """Return `text` writable as UTF-8: a byte that was not UTF-8 appears as `\\xNN`."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_surrogate_escape, text)


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def visible(line: str) -> str:
    """Return a line of document text with control characters shown as pictures."""
    if not _CONTROL.search(line):
        return line
    return line.translate(_PICTURES)


def script_json(data: Any) -> Markup:
    """Encode `data` for a `<script type="application/json">` element.

    `<`, `>` and `&` (and U+2028/U+2029) are written as JSON escapes, so no string
    in the data can close the element or open markup; `JSON.parse` reads them back
    unchanged. Strings should already be `shown`; a lone surrogate left in one is
    written as its JSON escape, so the page stays valid UTF-8 either way.
    """
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    encoded = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)
    return Markup(_SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], encoded))
