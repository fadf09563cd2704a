"""Reference facts: known figures written in a rule file, validated and turned into Figures."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lint.figures import counts, subjects
from lint.figures.measures import COUNT_MEASURES, MEASURES
from lint.figures.numbers import quantities
from lint.figures.places import NAMES
from lint.figures.record import Figure

_PERIOD = re.compile(
    r"\d{4}(?:-(?:Q[1-4]|H[12]|0[1-9]|1[0-2]|01\.\.(?:0[2-9]|1[01])))?|\d{4}\.\.\d{4}|FY\d{4}"
    r"|since \d{4}"
)


class Fact(BaseModel):
    """One known figure: what it is about, for which period, its value and its source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    places: tuple[str, ...] = Field(
        min_length=1, description="Places the figure is about, in any variant ('Kazakh')."
    )
    measure: str = Field(
        description="The measure (trade, exports, population, ...) or the plural noun counted."
    )
    period: str = Field(description="Period key: '2024', '2023-Q1', '2024-H1', '2025-04', ...")
    value: str = Field(description="The value as written: '$43.8 billion', 'about 30'.")
    source: str = Field(min_length=1, description="Where the value comes from.")

    @field_validator("places")
    @classmethod
    def _known_places(cls, places: tuple[str, ...]) -> tuple[str, ...]:
        found = []
        for place in places:
            canonical = NAMES.get(place) or subjects.fuzzy_place(place)
            if canonical is None:
                raise ValueError(f"unknown place '{place}'; use a country or region name")
            found.append(canonical)
        return tuple(sorted(set(found)))

    @field_validator("period")
    @classmethod
    def _period_key(cls, period: str) -> str:
        if not _PERIOD.fullmatch(period):
            raise ValueError(
                f"period '{period}' is not a period key such as 2024, 2023-Q1, 2024-H1, "
                "2025-04, 2025-01..05, 2010..2014, FY2024 or 'since 2013'"
            )
        return period

    @field_validator("value")
    @classmethod
    def _one_quantity(cls, value: str) -> str:
        if len(quantities(value, 0, len(value))) != 1:
            raise ValueError(f"value '{value}' must state exactly one number (with its unit)")
        return value

    @property
    def figure(self) -> Figure:
        """The fact as a Figure, with the measure and unit the extractor would give it."""
        [quantity] = quantities(self.value, 0, len(self.value))
        folded = " ".join(self.measure.lower().split())
        measure = MEASURES.get(folded) or counts.plural_lemma(folded) or folded
        unit = quantity.unit
        if unit == "":
            counted = measure in COUNT_MEASURES
            unit = "count:" if counted else f"count:{measure}"
        return Figure(
            0,
            0,
            0,
            0,
            0,
            0,
            measure,
            unit,
            self.period,
            "",
            self.places,
            (),
            quantity.value,
            quantity.low,
            quantity.high,
            quantity.bound,
            quantity.precision,
            self.value,
        )
