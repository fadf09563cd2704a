"""Score the dates rules on round 2 of the wire stress set (all blind; see ../wire/score.py).

python tests/eval/dates/wire2/score.py --part blind [--details]
"""

from __future__ import annotations

import sys
from pathlib import Path

# NOTE: run as a script, the checkout's `lint` must win over an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.tally import Tally, run
from tests.eval.dates.wire.score import scores as round1_scores

HERE = Path(__file__).parent


def scores(part: str = "blind") -> Tally:
    """The tally of this set's pages (all of them are blind)."""
    return round1_scores(part, HERE)


if __name__ == "__main__":
    run(scores)
