"""Unused suppression: a suppression that silenced no finding (ruff's RUF100).

Flags:
    A `lint:` entry of a provenance record (`ignore`, `ignore-lines`, `ignore-text`)
    or a Markdown `seedlint-disable` comment that matched no finding in this run, or
    that names no rule.

Why:
    Suppressions rot: the text is fixed, a rule improves, a line moves, and the
    suppression stays, ready to hide the next real finding. Reporting the unused
    ones keeps them true. Only suppressions whose rules all ran are judged, so a
    run with `--select` of other rules never calls every suppression unused. This
    rule runs after suppressions are applied, so nothing can suppress it (no loop);
    turn it off with `--ignore` or `per-path-ignores`.

Parameters:
    No parameters.

Passes:
    `ignore-text: {figures.figure-wording: ["over 30"]}` while that finding exists.

Fails:
    The same entry after the text was edited and the finding is gone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pydantic import BaseModel, ConfigDict

from lint.finding import CorpusHit, Location, Related
from lint.suppress.apply import Unused

NAME = "unused_suppression"
SCOPE = "suppressions"
PLACEHOLDERS = {
    "suppression": "the suppression, as written (kind, rule, lines or text)",
    "where": "file:line:col where it is written",
    "detail": "'matched no finding' or 'names no rule'",
}


class Params(BaseModel):
    """The unused-suppression kind has no parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def report(unused: Sequence[Unused], params: Params) -> Iterator[CorpusHit]:
    """Yield one hit per unused suppression: at its comment, or line 1 with the record related."""
    for item in unused:
        place = item.suppression.place
        args = {
            "suppression": item.suppression.label,
            "where": f"{place.path}:{place.line}:{place.column}",
            "detail": "matched no finding" if item.known else "names no rule",
        }
        if place.path == item.path:
            location = Location(place.line, place.column, place.line, place.column)
            yield CorpusHit(item.path, location, args, text=item.suppression.label)
        else:
            related = (Related(place.path, place.line, place.line, f"{place.origin} record"),)
            location = Location(1, 1, 1, 1)
            yield CorpusHit(item.path, location, args, related, item.suppression.label)
