"""Planning fixes per file, showing them as a diff, and applying them."""

from __future__ import annotations

import difflib
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lint.finding import Finding
from lint.fixes.model import Edit, apply_edits, edits_for
from lint.fixes.write import FixRefused, update_sidecar, write_atomic


@dataclass(frozen=True, slots=True)
class FilePlan:
    """One file's bytes before and after its edits."""

    path: str
    before: bytes
    after: bytes
    edits: tuple[Edit, ...]


def plan_fixes(findings: Sequence[Finding], kinds: dict[str, str], unsafe: bool) -> list[FilePlan]:
    """The files that have fixable findings, in path order; reads, never writes."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    plans = []
    for path in sorted(by_path):
        if not Path(path).is_file():
            continue
        raw = Path(path).read_bytes()
        edits = edits_for(by_path[path], kinds, raw, unsafe)
        if edits:
            plans.append(FilePlan(path, raw, apply_edits(raw, edits), tuple(edits)))
    return plans


def unified_diff(plans: Sequence[FilePlan]) -> str:
    """A unified diff of every plan (decoded leniently: the diff is for reading)."""
    parts: list[str] = []
    for plan in plans:
        old = plan.before.decode("utf-8", "replace").splitlines(keepends=True)
        new = plan.after.decode("utf-8", "replace").splitlines(keepends=True)
        parts.extend(difflib.unified_diff(old, new, f"a/{plan.path}", f"b/{plan.path}"))
    return "".join(p if p.endswith("\n") else p + "\n" for p in parts)


def apply_plan(plans: Sequence[FilePlan]) -> int:
    """Write every plan and its provenance record; return how many edits were applied."""
    count = 0
    for plan in plans:
        try:
            write_atomic(plan.path, plan.after)
        except FixRefused as err:
            print(f"lint: {err}", file=sys.stderr)
            continue
        update_sidecar(plan.path, plan.before, plan.after, plan.edits)
        count += len(plan.edits)
    return count
