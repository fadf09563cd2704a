"""What a kind's aggregate needs to know of the corpus when it sees only part of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CorpusCounts:
    """The whole corpus's size and key frequencies, for an aggregate over a subset.

    `documents` counts the corpus's documents that have an extract for the rule;
    `frequency` gives, for every key of a target, in how many of them it occurs.
    The subset an aggregate is then given holds every document that shares a key
    with a target, unless that key occurs in more documents than the kind lists
    (`index_holders`): such a key is known by its count alone.
    """

    documents: int
    frequency: Mapping[int, int]
