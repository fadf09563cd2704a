"""Instrumented CPU timers: where a run's time goes, per rule and per shared analysis.

Why: issue 13 asks that the next slowdown be visible. With `SEEDLINT_TIMINGS=FILE`
in the environment, the engine adds up the CPU time (`time.process_time`) of every
rule's check or extract, every corpus kind's aggregate and every analysis computed
through `Document.memo`, and writes the totals to FILE as JSON at the end of the run
(`python bench/run.py --split` reads them). Analyses are timed inclusively: one that
asks for another counts its time too, and the kind that first asks for an analysis
does not pay for it again. Only the process that runs the engine is timed, so the
split is taken with `--jobs 1`. Without the variable nothing is timed.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict

ENV = "SEEDLINT_TIMINGS"
ENABLED = bool(os.environ.get(ENV))
_totals: dict[str, float] = defaultdict(float)
_counts: dict[str, int] = defaultdict(int)


def start() -> float:
    """The CPU clock now (0.0 when timing is off, so callers pay one branch)."""
    return time.process_time() if ENABLED else 0.0


def add(name: str, started: float) -> None:
    """Add the CPU time since `started` to the timer `name`."""
    if ENABLED:
        _totals[name] += time.process_time() - started
        _counts[name] += 1


def write() -> None:
    """Write every timer (seconds and calls, by name) to the file named by the variable."""
    target = os.environ.get(ENV)
    if not ENABLED or not target:
        return
    data = {
        name: {"seconds": round(_totals[name], 6), "calls": _counts[name]}
        for name in sorted(_totals)
    }
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
