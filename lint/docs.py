"""Rule and kind documentation, generated from kind docstrings, Params and rule files."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from lint.checks import KINDS
from lint.schema import Rule

SECTIONS = ("Flags", "Why", "Parameters", "Passes", "Fails")
_HEADING = re.compile(r"^(" + "|".join(SECTIONS) + r"):\s*$")


def kind_sections(kind_name: str) -> dict[str, str]:
    """Split a kind module's docstring into its sections (plus `Summary`, its first line)."""
    doc = KINDS[kind_name].__doc__ or ""
    lines = doc.strip().splitlines()
    sections: dict[str, list[str]] = {"Summary": lines[:1]}
    current = "Summary"
    for line in lines[1:]:
        heading = _HEADING.match(line)
        if heading:
            current = heading.group(1)
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return {name: textwrap.dedent("\n".join(body)).strip() for name, body in sections.items()}


def param_rows(model: type[BaseModel], values: BaseModel | None = None) -> list[str]:
    """One line per parameter: name, type, default, description (and this rule's value)."""
    rows = []
    for name, info in model.model_fields.items():
        default = "required" if info.is_required() else f"default {_show(info.default)}"
        row = f"{name} ({type_name(info.annotation)}, {default}): {info.description}"
        if values is not None:
            row += f" This rule: {_show(getattr(values, name))}."
        rows.append(row)
    return rows


def type_name(annotation: Any) -> str:
    """A reader's name for a parameter type: 'list of str', "one of 'a', 'b'", 'int or None'."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin in (tuple, list, frozenset, set):
        return f"list of {type_name(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping of {type_name(args[0])} to {type_name(args[1])}"
    if origin in (Union, UnionType):
        return " or ".join(type_name(a) for a in args)
    if annotation is type(None):
        return "None"
    return getattr(annotation, "__name__", str(annotation))


def _show(value: Any) -> str:
    if isinstance(value, tuple) and len(value) > 8:
        shown = ", ".join(repr(v) for v in value[:8])
        return f"({shown}, … {len(value) - 8} more)"
    return repr(value)


def explain_rule(rule: Rule) -> str:
    """The full help of one rule: what it flags, why, its parameters, examples."""
    sections = kind_sections(rule.kind)
    params = param_rows(type(rule.params), rule.params) or ["none"]
    state = "" if rule.enabled else ", disabled"
    parts = [
        f"{rule.id} ({rule.severity.value}, kind {rule.kind}{state})",
        f"Rule file: {rule.source}",
        "",
        rule.description.strip(),
        "",
        f"Message: {rule.message}",
        "",
        f"What the kind flags:\n{_indent(sections.get('Flags', ''))}\n",
        f"Why:\n{_indent(sections.get('Why', ''))}\n",
        f"How it works:\n{_indent(sections.get('Parameters', ''))}\n",
        "Parameters:\n" + "\n".join(_indent(row) for row in params) + "\n",
        f"Passes:\n{_indent(sections.get('Passes', ''))}\n",
        f"Fails:\n{_indent(sections.get('Fails', ''))}\n",
    ]
    if rule.link:
        parts.append(f"More: {rule.link}")
    return "\n".join(parts).rstrip() + "\n"


def help_text(rule: Rule) -> str:
    """Shorter help for SARIF: the rule's description, then what the kind flags and why."""
    sections = kind_sections(rule.kind)
    return f"{rule.description.strip()}\n\n{sections.get('Why', '')}".strip()


def list_rules(rules: Sequence[Rule], selected: set[str]) -> str:
    """A table of rules: id, severity, kind, whether the run would use it, description."""
    width = max((len(r.id) for r in rules), default=10)
    lines = []
    for rule in rules:
        state = "on " if rule.id in selected else "off"
        summary = " ".join(rule.description.split())
        if len(summary) > 70:
            summary = summary[:69] + "…"
        lines.append(
            f"{rule.id:<{width}}  {state}  {rule.severity.value:<7}  {rule.kind:<15}  {summary}"
        )
    return "\n".join(lines) + "\n"


def kinds_markdown() -> str:
    """docs/checks.md: every kind's sections and parameters, for the repository docs."""
    out = [
        "# Check kinds",
        "",
        "Generated from the code by `lint --list-kinds > docs/checks.md`; do not edit by hand.",
        "",
    ]
    for name in sorted(KINDS):
        kind: Any = KINDS[name]
        sections = kind_sections(name)
        out += [f"## `{name}` ({kind.SCOPE} scope)", "", sections.get("Summary", ""), ""]
        for section in SECTIONS:
            if section == "Parameters":
                out += ["**Parameters**", "", sections.get(section, ""), ""]
                rows = [f"- {row}" for row in param_rows(kind.Params)]
                out += [*rows, ""] if rows else []
            else:
                out += [f"**{section}**", "", sections.get(section, ""), ""]
        if kind.PLACEHOLDERS:
            out += ["**Message placeholders**", ""]
            out += [f"- `{{{k}}}`: {v}" for k, v in sorted(kind.PLACEHOLDERS.items())]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _indent(text: str) -> str:
    return textwrap.indent(text or "(none)", "    ")
