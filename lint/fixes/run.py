"""Planning fixes per file, showing them as a diff or a list, and applying them."""

from __future__ import annotations

import difflib
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from lint.finding import Finding
from lint.fixes.model import Edit, Source, apply_edits
from lint.fixes.records import RecordNotUpdated, plan_record, write_update
from lint.fixes.registry import edits_for
from lint.fixes.write import FixRefused
from lint.schema import Rule

_NO_NEWLINE = "\n\\ No newline at end of file\n"


@dataclass(frozen=True, slots=True)
class FilePlan:
    """One file's bytes before and after its edits."""

    path: str
    before: bytes
    after: bytes
    edits: tuple[Edit, ...]


def plan_fixes(
    findings: Sequence[Finding], rules: Mapping[str, Rule], unsafe: bool
) -> list[FilePlan]:
    """The files that have fixable findings, in path order; reads, never writes."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    plans = []
    for path in sorted(by_path):
        if not Path(path).is_file():
            continue
        raw = Path(path).read_bytes()
        edits = edits_for(by_path[path], rules, Source(path, raw), unsafe)
        if edits:
            plans.append(FilePlan(path, raw, apply_edits(raw, edits), tuple(edits)))
    return plans


def unified_diff(plans: Sequence[FilePlan]) -> str:
    """A unified diff of every plan (decoded leniently: the diff is for reading).

    A last line without a line break is marked as `diff` and `git` mark it, so adding
    the final newline shows as a change rather than as two identical lines.
    """
    parts: list[str] = []
    for plan in plans:
        old = plan.before.decode("utf-8", "replace").splitlines(keepends=True)
        new = plan.after.decode("utf-8", "replace").splitlines(keepends=True)
        parts.extend(difflib.unified_diff(old, new, f"a/{plan.path}", f"b/{plan.path}"))
    return "".join(p if p.endswith("\n") else p + _NO_NEWLINE for p in parts)


def fix_list(plans: Sequence[FilePlan], more_unsafe: int) -> str:
    """One line per file, rule and lines fixed (`path:3-5: rule (safe)`), and a count.

    `more_unsafe` is how many unsafe edits `--unsafe-fixes` would make, so a user
    sees that they exist without having them applied.
    """
    rows: list[str] = []
    for plan in plans:
        seen: set[tuple[int, int, str]] = set()
        for edit in plan.edits:
            key = (edit.first_line, edit.last_line, edit.rule)
            if key not in seen:
                seen.add(key)
                lines = (
                    f"{edit.first_line}"
                    if edit.first_line == edit.last_line
                    else (f"{edit.first_line}-{edit.last_line}")
                )
                kind = "safe" if edit.safe else "unsafe"
                rows.append(f"{plan.path}:{lines}: {edit.rule} ({kind})\n")
    count = sum(len(p.edits) for p in plans)
    rows.append(
        f"{count} fix{'es' if count != 1 else ''} in {len(plans)} file"
        f"{'s' if len(plans) != 1 else ''}"
    )
    if more_unsafe:
        rows.append(f"; {more_unsafe} unsafe with --unsafe-fixes")
    rows.append("\n")
    return "".join(rows)


def apply_plan(plans: Sequence[FilePlan]) -> int:
    """Write every plan and its provenance record; return how many edits were applied.

    A file that is not a regular file, or whose record cannot be updated, is left
    as it was (said on stderr): a fix must never leave a record that lies.
    """
    count = 0
    for plan in plans:
        try:
            update = plan_record(plan.path, plan.before, plan.after, plan.edits)
            for target in (plan.path, update.record_path):
                if target is not None and (Path(target).is_symlink() or not Path(target).is_file()):
                    raise FixRefused(f"{target}: not a regular file; not fixed")
            write_update(plan.path, update)
        except FixRefused as err:
            print(f"lint: {err}", file=sys.stderr)
            continue
        except RecordNotUpdated as err:
            print(f"lint: {err}; {plan.path} not fixed", file=sys.stderr)
            continue
        count += len(plan.edits)
    return count
