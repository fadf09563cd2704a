"""Reading YAML nobody vetted: bounded input size, bounded alias expansion, no raw warnings.

Front matter is scraped text, sidecars and manifests come with the documents, rule files
come with pull requests. ruamel.yaml composes aliases as shared references, so loading
"a billion laughs" is cheap; the cost comes later, when the value is walked as a tree
(every alias expanded). `load` measures that expanded size on the shared graph, in time
linear in what was parsed, and refuses a document whose tree is larger than its text
could spell out without aliases. ruamel's warnings (a reused anchor, a YAML 1.1 number)
go to the caller's message, never raw to stderr.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLFutureWarning, YAMLWarning

# A tree may hold this many nodes more than its text has characters: without aliases,
# a node takes at least one character, so only expansion gets past this.
_SLACK_NODES = 10_000
_MAX_DEPTH = 100
_BRACKET = re.compile(r"[\[\]{}]")


class YAMLLimitError(ValueError):
    """YAML refused before it is expanded: too large, too deep, or an alias bomb.

    `line` and `column` (1-based) point at the container where the limit was passed.
    """

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line, self.column = line, column


def load(yaml: YAML, source: str, max_chars: int) -> Any:
    """Parse `source`, refusing it (YAMLLimitError) before anything walks it expanded."""
    if len(source) > max_chars:
        raise YAMLLimitError(f"larger than {max_chars:,} characters; not read")
    _check_flow_depth(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", YAMLWarning)
            warnings.simplefilter("ignore", YAMLFutureWarning)
            data = yaml.load(source)
    except RecursionError:
        raise YAMLLimitError("nested too deeply; not read") from None
    _Budget(len(source) + _SLACK_NODES).size(data, 0)
    return data


def _check_flow_depth(source: str) -> None:
    """Refuse deeply nested `[[[…` before ruamel's parser, which slows down badly on it.

    Brackets inside quoted strings count too: at worst a string of a hundred
    unclosed brackets is refused, which no record or rule file needs.
    """
    depth = 0
    for match in _BRACKET.finditer(source):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > _MAX_DEPTH:
            line = source.count("\n", 0, match.start()) + 1
            column = match.start() - source.rfind("\n", 0, match.start())
            raise YAMLLimitError(f"nested more than {_MAX_DEPTH} levels deep", line, column)


class _Budget:
    """Expanded size of a value graph, each shared node measured once."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sizes: dict[int, int] = {}

    def size(self, node: Any, depth: int) -> int:
        if not isinstance(node, dict | list):
            return 1
        known = self.sizes.get(id(node))
        if known is not None:
            return known
        if depth > _MAX_DEPTH:
            raise YAMLLimitError(f"nested more than {_MAX_DEPTH} levels deep", *_place(node))
        children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        total = 1
        for child in children:
            total += self.size(child, depth + 1)
            if total > self.limit:
                raise YAMLLimitError(
                    "aliases expand to more than "
                    f"{self.limit:,} values (a YAML alias bomb?); not read",
                    *_place(node),
                )
        self.sizes[id(node)] = total
        return total


def _place(node: Any) -> tuple[int, int]:
    position = getattr(node, "lc", None)
    if position is None or position.line is None:
        return 1, 1
    return position.line + 1, position.col + 1
