"""Choose which rules run, at what severity, and where (ruff's conventions)."""

from __future__ import annotations

import dataclasses
import difflib
import os
from collections.abc import Iterable, Mapping, Sequence
from fnmatch import fnmatch
from pathlib import Path

from lint.files import UsageError
from lint.finding import Finding, Severity
from lint.schema import Rule


def selector_matches(selector: str, rule_id: str) -> bool:
    """A selector is `ALL`, a rule id, or a category (or any dotted prefix of ids)."""
    return selector == "ALL" or rule_id == selector or rule_id.startswith(selector + ".")


def select_rules(
    rules: Sequence[Rule], select: Sequence[str], ignore: Sequence[str], source: str
) -> list[Rule]:
    """Keep the selected, enabled rules; a disabled rule runs only when selected by its id."""
    check_selectors(rules, [*select, *ignore], source)
    chosen = []
    for rule in rules:
        picked = not select or any(selector_matches(s, rule.id) for s in select)
        if not rule.enabled:
            picked = rule.id in select
        if picked and not any(selector_matches(s, rule.id) for s in ignore):
            chosen.append(rule)
    return chosen


def check_selectors(rules: Sequence[Rule], selectors: Iterable[str], source: str) -> None:
    """Raise UsageError for a selector that matches no rule: a typo must not do nothing."""
    ids = [rule.id for rule in rules]
    for selector in selectors:
        if not any(selector_matches(selector, rule_id) for rule_id in ids):
            names = sorted({*ids, *(i.split(".", 1)[0] for i in ids)})
            close = difflib.get_close_matches(selector, names, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise UsageError(f"{source}: unknown rule or category '{selector}'{hint}")


def check_config_selectors(
    rules: Sequence[Rule],
    severity: Mapping[str, Severity],
    per_path: Mapping[str, Sequence[str]],
    source: str,
) -> None:
    """Rule ids in `severity` and `per-path-ignores` must exist, as for `--select`."""
    where = source or "configuration"
    check_selectors(rules, severity, f"{where}: [tool.seedlint.severity]")
    for glob, selectors in per_path.items():
        check_selectors(rules, selectors, f"{where}: per-path-ignores '{glob}'")


def apply_severity(rules: Iterable[Rule], overrides: Mapping[str, Severity]) -> list[Rule]:
    """Give each rule the severity of the most specific override that matches it."""
    result = []
    for rule in rules:
        matching = [s for s in overrides if selector_matches(s, rule.id)]
        if matching:
            best = max(matching, key=lambda s: (s != "ALL", len(s)))
            rule = dataclasses.replace(rule, severity=Severity(overrides[best]))
        result.append(rule)
    return result


def drop_path_ignores(
    findings: Iterable[Finding], per_path: Mapping[str, Sequence[str]], base: Path
) -> list[Finding]:
    """Remove findings whose path matches a per-path-ignores glob for their rule.

    Globs match the path relative to the folder of the configuration file.
    """
    if not per_path:
        return list(findings)
    root = os.path.abspath(base)
    kept = []
    for finding in findings:
        relative = os.path.relpath(os.path.abspath(finding.path), root).replace(os.sep, "/")
        ignored = any(
            fnmatch(relative, glob) and any(selector_matches(s, finding.rule) for s in selectors)
            for glob, selectors in per_path.items()
        )
        if not ignored:
            kept.append(finding)
    return kept
