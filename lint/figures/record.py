"""The Figure record and how figures are written back in messages."""

from __future__ import annotations

from dataclasses import dataclass

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_NAMES = {"t": "tonnes", "m3": "cubic metres", "km2": "km²", "bbl": "barrels"}
_BOUND_WORDS = {"approx": "about ", "near": "nearly ", "lower": "over ", "upper": "under "}


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated figure: where it is, what it measures, and its value with its bound.

    `start`/`end` are character offsets into the document, `line`..`end_column`
    the same place for readers of a summary that no longer has the document.
    The subject is `places` (canonical, sorted) and `measure`; `names` are other
    names in the clause (people, organisations), used only to tell subjects apart.
    `period` is a key such as "2024" or "2023-Q1"; "present" for a present-tense
    figure of an undated document, "present@2025-06-25" for a dated one. `mode`
    is "" for a reported fact, "forecast" or "pledge". `bound` is exact, approx,
    near, lower, upper or range; a range spans `low`..`high`. `stated` is the figure as
    written (for a derived figure, the share and the total it comes from).
    `timed` is False when only the tense gives the period ("has 1,154 graves").
    `goods` is what a measure of goods is of ("sugar" output), "" when unnamed.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    measure: str
    unit: str
    period: str
    mode: str
    places: tuple[str, ...]
    names: tuple[str, ...]
    value: float
    low: float
    high: float
    bound: str
    precision: float
    stated: str
    derived: bool = False
    timed: bool = True
    goods: str = ""

    def key(self) -> tuple[str, ...]:
        """The subject, period and unit: figures are compared only within one key."""
        return (self.measure, self.unit, self.period, self.mode, *self.places)


def number(value: float, unit: str) -> str:
    """Write a value in its unit the way the press does: "$43.7 billion", "12%", "523 km"."""
    scaled, word = value, ""
    for size, name in _SCALES:
        if abs(value) >= size:
            scaled, word = value / size, f" {name}"
            break
    digits = f"{scaled:,.2f}".rstrip("0").rstrip(".") if scaled < 1000 else f"{scaled:,.0f}"
    if unit in _SYMBOLS:
        return f"{_SYMBOLS[unit]}{digits}{word}"
    if unit.startswith("%"):
        return f"{digits}%"
    if unit.startswith("count") or unit == "magnitude":
        return f"{digits}{word}"
    return f"{digits}{word} {_UNIT_NAMES.get(unit, unit)}"


def shown(figure: Figure) -> str:
    """The figure's value with its bound, and what it was derived from."""
    if figure.bound == "range":
        text = f"{number(figure.low, figure.unit)} to {number(figure.high, figure.unit)}"
    else:
        text = _BOUND_WORDS.get(figure.bound, "") + number(figure.value, figure.unit)
    return f"{text} ({figure.stated})" if figure.derived else text


def subject(figure: Figure) -> str:
    """ "China–Kazakhstan trade", "the number of universities (China)"."""
    where = "–".join(figure.places) or ", ".join(figure.names)
    if figure.unit.startswith("count:") and figure.unit[6:].partition("/")[0] == figure.measure:
        return f"the number of {_plural(figure.measure)} ({where})"
    measure = figure.measure
    if figure.unit.startswith("%") and figure.unit != "%" and measure != "growth":
        measure += " growth"
    return f"{where} {measure}" if figure.places else f"{measure} ({where})"


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def period(figure: Figure) -> str:
    """ "in 2024", "in 2023-Q1", "at present"."""
    if figure.period.startswith("present"):
        return "at present"
    if figure.period.startswith("since"):
        return figure.period
    return f"in {figure.period}"
