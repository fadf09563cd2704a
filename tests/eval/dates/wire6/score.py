"""Score the dates rules on round 6 of the wire set (renderings rounds 3 to 5 never showed).

python tests/eval/dates/wire6/score.py [--part tuning|blind|all] [--details]

The set is built outside the repository (see ../README.md, round 6) into the folder named
by `SEEDLINT_WIRE6` (default `/work/data/reuters-dates/wire6`). Its layout is wire3's, and
so are the labels and the way they are counted (see wire3/score.py): a dated document must
get no `missing-publication-date` or `unresolved-relative-date` and its own date found; an
undated one gets `missing-publication-date` and one `unresolved-relative-date` a labelled
line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# NOTE: run as a script, the checkout's `lint` must win over an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.tally import Tally, run
from tests.eval.dates.wire3.score import scores as wire3_scores

FOLDER = Path(os.environ.get("SEEDLINT_WIRE6", "/work/data/reuters-dates/wire6"))


def scores(part: str = "tuning", folder: Path = FOLDER) -> Tally:
    """The tally of one part of the set built in `folder`."""
    return wire3_scores(part, folder)


if __name__ == "__main__":
    run(scores)
