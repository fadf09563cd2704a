"""What makes a provenance record's values valid: URLs, ISO dates, checksums.

Shared by the record kinds and by the publication date (which trusts a record's
`published` only when it is valid).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lint.provenance.records import Record, RecordField

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?")
_TEXT_FIELDS = ("title", "publisher", "license")


@dataclass(frozen=True, slots=True)
class IsoDate:
    """A record date at the precision written: YYYY, YYYY-MM or YYYY-MM-DD."""

    year: int
    month: int | None
    day: int | None

    @property
    def first(self) -> datetime.date:
        """The earliest day the value can mean."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> datetime.date:
        """The latest day the value can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return datetime.date(self.year, month, day)


@dataclass(frozen=True, slots=True)
class Problem:
    """An invalid value: which field, where, and what is wrong with it."""

    name: str
    field: RecordField
    reason: str


def parse_iso(value: Any) -> IsoDate | None:
    """Read a record date (a YAML date or an ISO string); None when it is not valid."""
    if isinstance(value, datetime.date):
        return IsoDate(value.year, value.month, value.day)
    if isinstance(value, int) and 1000 <= value <= 9999:
        return IsoDate(value, None, None)
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return IsoDate(year, month, day)


def is_empty(value: Any) -> bool:
    """A value that says nothing: null, an empty or blank string, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_empty(v) for v in value)
    return False


def missing(record: Record, required: tuple[str, ...]) -> list[str]:
    """The required fields the record lacks or leaves empty, in the order given."""
    return [name for name in required if is_empty(record.value(name))]


def problems(record: Record) -> Iterator[Problem]:
    """Yield every non-empty known field whose value is not valid."""
    for name, found in record.fields.items():
        if is_empty(found.value):
            continue
        reason = _reason(name, found.value)
        if reason:
            yield Problem(name, found, reason)
    yield from _order(record)


def _reason(name: str, value: Any) -> str:
    if name == "source_url":
        return "" if _is_url(value) else "is not an http(s) URL"
    if name in ("published", "retrieved"):
        return "" if parse_iso(value) else "is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"
    if name == "sha256":
        ok = isinstance(value, str) and _SHA256.fullmatch(value.strip().lower())
        return "" if ok else "is not a sha256 digest (64 hexadecimal digits, quoted)"
    if name == "author":
        texts = value if isinstance(value, list) else [value]
        return "" if all(isinstance(v, str) for v in texts) else "is not a name or list of names"
    if name in _TEXT_FIELDS:
        return "" if isinstance(value, str) else "is not a text value"
    return ""


def _is_url(value: Any) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value.strip()):
        return False
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(_HOST.fullmatch(parts.netloc))


def _order(record: Record) -> Iterator[Problem]:
    """Retrieved must not be before published: a text cannot be collected before it exists."""
    published = parse_iso(record.value("published"))
    retrieved = parse_iso(record.value("retrieved"))
    found = record.fields.get("retrieved")
    if published and retrieved and found and retrieved.last < published.first:
        shown = record.value("published")
        yield Problem("retrieved", found, f"is before the published date ({shown})")
