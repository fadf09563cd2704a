"""Load rule files with ruamel.yaml, validate them, and point errors at `file:line:col`."""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from lint import yamlsafe
from lint.checks import KINDS
from lint.finding import CATEGORIES, Severity
from lint.fixes.registry import FIXERS
from lint.rulecache import RuleCache
from lint.schema import Rule, RuleHeader

_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
_MAX_RULE_CHARS = 4_000_000  # the largest shipped rule file is a few kilobytes


class RuleFileError(Exception):
    """A rule file that cannot be used, with the 1-based place of the problem."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


class RuleSetError(Exception):
    """Every rule-file error found while loading a set of rule folders."""

    def __init__(self, errors: list[RuleFileError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def load_rule_dirs(directories: Iterable[Path], cache: RuleCache | None = None) -> list[Rule]:
    """Load every rule of the folders in order; a later folder's rule replaces one with its id.

    With `cache`, rule files seen before are not parsed again (`lint.rulecache`).
    """
    rules: dict[str, Rule] = {}
    errors: list[RuleFileError] = []
    for directory in directories:
        if not directory.is_dir():
            errors.append(RuleFileError(str(directory), 1, 1, "rule folder does not exist"))
            continue
        for path in sorted(directory.rglob("*")):
            if path.suffix not in (".yaml", ".yml") or not path.is_file():
                continue
            try:
                rule = load_rule(path, directory, cache)
            except RuleFileError as err:
                errors.append(err)
            except RuleSetError as err:  # several problems in one file: all of them
                errors.extend(err.errors)
            else:
                rules[rule.id] = rule
    if errors:
        raise RuleSetError(errors)
    if cache is not None:
        cache.save()
    return [rules[key] for key in sorted(rules)]


def rule_identity(path: Path, root: Path) -> tuple[str, str]:
    """Return `(id, category)` from `<root>/<category>/<name>.yaml`."""
    parts = path.relative_to(root).parts
    shown = str(path)
    if len(parts) != 2:
        raise RuleFileError(shown, 1, 1, "rule files live at <rules>/<category>/<name>.yaml")
    category, name = parts[0], Path(parts[1]).stem
    if category not in CATEGORIES:
        raise RuleFileError(
            shown, 1, 1, f"unknown category folder '{category}'; use one of {', '.join(CATEGORIES)}"
        )
    if not _NAME.fullmatch(name):
        raise RuleFileError(shown, 1, 1, f"rule name '{name}' is not kebab-case (a-z, 0-9, -)")
    return f"{category}.{name}", category


def load_rule(path: Path, root: Path, cache: RuleCache | None = None) -> Rule:
    """Load and validate one rule file; RuleSetError lists every problem when there are several.

    The header and the kind's parameters are validated independently, so a file
    with a bad severity and a misspelt parameter reports both at once. With `cache`,
    a file seen before is validated from its kept data, without parsing it.
    """
    rule_id, category = rule_identity(path, root)
    shown = str(path)
    raw = _read(path)
    kept = cache.data(raw) if cache is not None else None
    if isinstance(kept, dict):
        try:
            return _rule(rule_id, category, shown, kept, None)
        except (RuleFileError, RuleSetError):
            pass  # parsed below, so that its errors point at their place
    node = _parse_yaml(shown, raw)
    if not isinstance(node, CommentedMap):
        raise RuleFileError(shown, 1, 1, "a rule file must be a YAML mapping of header keys")
    data = _plain(node)
    rule = _rule(rule_id, category, shown, data, node)
    if cache is not None:
        cache.keep(raw, data)
    return rule


def _rule(
    rule_id: str, category: str, shown: str, data: dict[str, Any], node: CommentedMap | None
) -> Rule:
    """Validate a rule file's plain data; `node` (None: not parsed) places the errors."""
    header, errors = _validate(RuleHeader, data, node, shown, ())
    kind_name = data.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None and isinstance(kind_name, str):
        errors.append(RuleFileError(shown, *_value_pos(node, "kind"), _unknown_kind(kind_name)))
    params: Any = None
    raw_params = data.get("params")
    if kind is not None and (raw_params is None or isinstance(raw_params, dict)):
        params_node = node.get("params") if node is not None else None
        params, more = _validate(kind.Params, raw_params, params_node, shown, ("params",), node)
        errors += more
        if isinstance(data.get("message"), str):
            errors += _check_placeholders(data["message"], kind.PLACEHOLDERS, node, shown)
    if "fix" in data and kind is not None and kind_name not in FIXERS:
        errors.append(RuleFileError(shown, *_key_pos(node, "fix"), _no_fix(str(kind_name))))
    if errors:
        raise errors[0] if len(errors) == 1 else RuleSetError(errors)
    return Rule(
        id=rule_id,
        category=category,
        kind=header.kind,
        message=header.message,
        severity=Severity(header.severity),
        description=header.description,
        enabled=header.enabled,
        link=header.link,
        params=params,
        source=shown,
        max_findings=header.max_findings,
        fix=header.fix,
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise RuleFileError(str(path), 1, 1, f"cannot read rule file: {err}") from None


def _parse_yaml(shown: str, raw: bytes) -> Any:
    try:
        # NOTE: newlines translated as `read_text` does, so positions are those of the text.
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as err:
        raise RuleFileError(shown, 1, 1, f"cannot read rule file: {err}") from None
    try:
        return yamlsafe.load(YAML(typ="rt"), text, _MAX_RULE_CHARS)
    except yamlsafe.YAMLLimitError as err:
        raise RuleFileError(shown, err.line, err.column, f"invalid YAML: {err}") from None
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(str(err.problem or err.context or "invalid YAML").split())
        raise RuleFileError(shown, line, col, f"invalid YAML: {problem}") from None
    except Exception as err:  # ruamel raises a few unmarked errors (e.g. bad tags)
        raise RuleFileError(shown, 1, 1, f"invalid YAML: {err}") from None


def _plain(node: Any) -> Any:
    """Turn ruamel's commented containers and scalar subclasses into plain Python values."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    for scalar in (bool, int, float, str):
        if isinstance(node, scalar):
            return scalar(node)
    return node


def _validate(
    model: type[BaseModel],
    data: Any,
    node: Any,
    path: str,
    prefix: tuple[str, ...],
    parent: Any = None,
) -> tuple[Any, list[RuleFileError]]:
    """The validated model, or None and one error per problem pydantic found."""
    if model is RuleHeader and isinstance(data, dict) and isinstance(data.get("params"), dict):
        # `params` is the kind's to validate; its problems are reported from there
        data = {**data, "params": {}}
    try:
        return model.model_validate({} if data is None else data), []
    except ValidationError as err:
        errors = []
        for problem in err.errors():
            loc = tuple(str(part) for part in problem["loc"])
            line, col = _locate(node, loc, problem["type"], parent, prefix)
            errors.append(RuleFileError(path, line, col, _describe(problem, prefix + loc, model)))
        return None, sorted(errors, key=lambda e: (e.line, e.column))


def _describe(error: Any, loc: tuple[str, ...], model: type[BaseModel]) -> str:
    dotted = ".".join(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = ", ".join(sorted(model.model_fields))
        return f"unknown key '{dotted}'; allowed here: {allowed}"
    if kind == "missing":
        return f"missing required key '{dotted}'"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"'{dotted}': {message}"


def _locate(
    node: Any, loc: tuple[str, ...], error_type: str, parent: Any, prefix: tuple[str, ...]
) -> tuple[int, int]:
    """Find the YAML position of a pydantic error location (ruamel counts from 0)."""
    if node is None:  # e.g. `params` absent: point at the rule file's start
        return _value_pos(parent, prefix[-1]) if parent is not None and prefix else (1, 1)
    pos = (node.lc.line + 1, node.lc.col + 1) if hasattr(node, "lc") else (1, 1)
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, CommentedMap) and part in node:
            pos = (
                _key_pos(node, part)
                if last and error_type == "extra_forbidden"
                else _value_pos(node, part)
            )
            node = node[part]
        elif isinstance(node, CommentedSeq) and part.isdigit() and int(part) < len(node):
            line, col = node.lc.item(int(part))
            pos, node = (line + 1, col + 1), node[int(part)]
        else:
            break
    return pos


def _key_pos(node: CommentedMap | None, key: str) -> tuple[int, int]:
    if node is None:
        return 1, 1
    line, col = node.lc.key(key)
    return line + 1, col + 1


def _value_pos(node: CommentedMap | None, key: str) -> tuple[int, int]:
    if node is None:
        return 1, 1
    if key not in node:
        return node.lc.line + 1, node.lc.col + 1
    line, col = node.lc.value(key)
    return line + 1, col + 1


def _no_fix(kind: str) -> str:
    """Why `fix` is refused: a switch that switches nothing would mislead its reader."""
    fixable = ", ".join(sorted(FIXERS))
    return f"kind '{kind}' has no fix, so `fix` does nothing here; kinds with one: {fixable}"


def _unknown_kind(name: str) -> str:
    close = difflib.get_close_matches(name, KINDS, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown kind '{name}'{hint}; valid kinds: {', '.join(sorted(KINDS))}"


def _check_placeholders(
    message: str, placeholders: Any, node: CommentedMap | None, path: str
) -> list[RuleFileError]:
    where = _value_pos(node, "message")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as err:
        return [RuleFileError(path, *where, f"message: {err}")]
    offered = ", ".join("{" + p + "}" for p in sorted(placeholders)) or "none"
    return [
        RuleFileError(
            path, *where, f"unknown placeholder {{{name}}} in message; this kind offers: {offered}"
        )
        for name in dict.fromkeys(fields)
        if name not in placeholders
    ]
