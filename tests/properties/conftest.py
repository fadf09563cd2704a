"""Hypothesis profiles: `default` keeps the suite short; `long` searches far more.

Select one with the environment variable SEEDLINT_HYPOTHESIS (for example
`SEEDLINT_HYPOTHESIS=long .venv/bin/pytest tests/properties`), or with
hypothesis's own `--hypothesis-profile=long`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # the first call of a kind compiles its patterns
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    "derandomize": False,
    "print_blob": True,
}
settings.register_profile("default", max_examples=25, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("long", max_examples=2_000, **_COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("SEEDLINT_HYPOTHESIS", "default"))
