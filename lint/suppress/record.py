"""Suppressions written in a provenance record's `lint:` mapping, validated with positions.

    lint:
      ignore: [boilerplate.web-chrome, dates]        # rule ids or categories, whole document
      ignore-lines: {figures.figure-wording: [9, "20-24"]}
      ignore-text: {figures.figure-wording: ["over 30"]}
      reason: "checked against the source on 2025-07-01"

Records are data, so a bad entry is a problem reported as a finding (with the
record's `file:line:col`), never an exit: the valid entries still apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from lint.provenance.records import Record, RecordField
from lint.suppress.model import SELECTOR, Place, Problem, Suppression, Suppressions

KEYS = ("ignore", "ignore-lines", "ignore-text", "reason")
_RANGE = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")
Item = Suppression | Problem


def read(record: Record | None) -> Suppressions:
    """The suppressions of a record's `lint:` value (none when it has no such key)."""
    found = None if record is None or record.error else record.fields.get("lint")
    if record is None or found is None:
        return Suppressions()
    items = list(_items(record, found))
    entries = tuple(i for i in items if isinstance(i, Suppression))
    return Suppressions(entries, tuple(i for i in items if isinstance(i, Problem)))


def _items(record: Record, found: RecordField) -> Iterator[Item]:
    node = found.node
    if not isinstance(node, CommentedMap):
        yield Problem(
            "`lint:` must be a mapping (ignore, ignore-lines, ignore-text, reason)",
            Place(record.path, found.line, 1, record.origin),
        )
        return
    for key in node:
        place = _key_place(record, found, node, key)
        value = node[key]
        if key == "ignore":
            yield from _ignore(record, found, value, place)
        elif key in ("ignore-lines", "ignore-text"):
            yield from _by_rule(record, found, str(key), value, place)
        elif key == "reason":
            if not isinstance(value, str):
                yield Problem("`reason` must be a string", place)
        else:
            yield Problem(f"unknown key '{key}' in `lint:`; allowed: {', '.join(KEYS)}", place)


def _ignore(record: Record, found: RecordField, value: Any, place: Place) -> Iterator[Item]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list):
        yield Problem("`ignore` must be a list of rule ids or categories", place)
        return
    for index, selector in enumerate(values):
        at = _item_place(record, found, values, index, place)
        problem = _selector_problem(selector, at)
        if problem:
            yield problem
        else:
            yield Suppression(selector, f"ignore {selector}", at)


def _by_rule(
    record: Record, found: RecordField, key: str, value: Any, place: Place
) -> Iterator[Item]:
    if not isinstance(value, CommentedMap):
        yield Problem(f"`{key}` must map rule ids to a list", place)
        return
    for selector in value:
        at = _key_place(record, found, value, selector)
        problem = _selector_problem(selector, at)
        if problem:
            yield problem
            continue
        items = value[selector]
        items = items if isinstance(items, list) else [items]
        for index, item in enumerate(items):
            item_at = _item_place(record, found, items, index, at)
            if key == "ignore-lines":
                yield _lines(selector, item, item_at)
            elif isinstance(item, str) and item.strip():
                yield Suppression(selector, f"ignore-text {selector} {item!r}", item_at, text=item)
            else:
                yield Problem(
                    f"`ignore-text` of {selector}: {item!r} is not a non-empty string", item_at
                )


def _lines(selector: str, item: Any, place: Place) -> Item:
    """A line (27) or an inclusive range ("27-30") of document lines."""
    match = (
        _RANGE.fullmatch(str(item))
        if isinstance(item, (int, str)) and not isinstance(item, bool)
        else None
    )
    first = int(match.group(1)) if match else 0
    last = int(match.group(2) or first) if match else 0
    if not match or first < 1 or last < first:
        return Problem(
            f'`ignore-lines` of {selector}: {item!r} is not a line (27) or a range ("27-30")', place
        )
    shown = str(first) if first == last else f"{first}-{last}"
    return Suppression(selector, f"ignore-lines {selector} {shown}", place, lines=(first, last))


def _selector_problem(selector: Any, place: Place) -> Problem | None:
    if isinstance(selector, str) and SELECTOR.fullmatch(selector):
        return None
    return Problem(
        f"{selector!r} is not a rule id or category (such as boilerplate.web-chrome)", place
    )


def _key_place(record: Record, found: RecordField, node: CommentedMap, key: Any) -> Place:
    line, column = node.lc.key(key)
    return Place(record.path, line + found.first_line, column + 1, record.origin)


def _item_place(record: Record, found: RecordField, node: Any, index: int, default: Place) -> Place:
    if not isinstance(node, CommentedSeq):
        return default  # a single value written without a list
    line, column = node.lc.item(index)
    return Place(record.path, line + found.first_line, column + 1, record.origin)
