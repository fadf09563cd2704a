"""A relative or incomplete date as the text writes it, and the calendar names it uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Form = Literal["day", "period", "ago", "weekday", "month_day", "month"]

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
FULL_MONTHS = "|".join(MONTH_NAMES)


@dataclass(frozen=True, slots=True)
class Expression:
    """A relative or incomplete date as written: span, form and its parts."""

    start: int
    end: int
    form: Form
    modifier: str = ""  # this / last / next / on / since / in ... (lower case)
    unit: str = ""  # week, month, year, spring, ... for periods; morning, ... for days
    month: int = 0
    day: int = 0
    weekday: int = -1  # 0 = Monday
    year_modifier: str = ""  # "last" in "December last year"
    count: int = 0  # how many units "ago"; 0 for "a few", "several"
    hedged: bool = False  # "today" that may mean "nowadays": its sentence decides
    # Counts from the day of writing only in a text that does so elsewhere, as news does:
    # a "today" in a clause of past news, "over the weekend"; in a narrative it is the
    # story's own time, or "nowadays".
    news_only: bool = False

    @property
    def deictic(self) -> bool:
        """Counts from the day of writing; otherwise a preceding year in the text may fix it."""
        if self.form in ("day", "period", "ago") or self.year_modifier:
            return True
        if self.form == "weekday" and not self.modifier:
            return True  # news style: "said Thursday" is the Thursday of the week of writing
        return self.modifier in ("this", "last", "next", "coming")
