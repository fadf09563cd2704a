"""Units after a number and currencies around it, each mapped to a base unit.

Values of one dimension are compared in one base unit (kilometres, tonnes, cubic
metres, watts), so "523-kilometer" and "325 miles" can be told apart or matched.
Currencies are never converted: "$70 billion" and "€65 billion" have different
units and are never compared.
"""

from __future__ import annotations

import re

_PREFIX_CODES = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "NT$": "TWD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₸": "KZT",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "RMB": "CNY",
    "CNY": "CNY",
    "JPY": "JPY",
    "INR": "INR",
    "RUB": "RUB",
    "KZT": "KZT",
    "CHF": "CHF",
    "Rs": "INR",
    "Rs.": "INR",
}
PREFIXES = tuple(_PREFIX_CODES)
CURRENCY_PREFIX = (
    "(?:" + "|".join(re.escape(p) for p in sorted(_PREFIX_CODES, key=len, reverse=True)) + r")\s?"
)
_SUFFIX_CODES = {
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "taiwan dollars": "TWD",
    # wire copy: "500 mln Hong Kong dlrs", "two mln marks", "1.2 billion guilders"
    "us dlrs": "USD",
    "u.s. dlrs": "USD",
    "australian dlrs": "AUD",
    "canadian dlrs": "CAD",
    "hong kong dlrs": "HKD",
    "singapore dlrs": "SGD",
    "new zealand dlrs": "NZD",
    "taiwan dlrs": "TWD",
    # ... and used as an adjective, singular: "a 380 mln Canadian dlr revolver"
    "us dlr": "USD",
    "u.s. dlr": "USD",
    "australian dlr": "AUD",
    "canadian dlr": "CAD",
    "hong kong dlr": "HKD",
    "singapore dlr": "SGD",
    "new zealand dlr": "NZD",
    "taiwan dlr": "TWD",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "taiwan dollar": "TWD",
    # ... and with the country abbreviated, as the wire does: "41.26 billion N.Z. Dlrs"
    "n.z. dlrs": "NZD",
    "n.z. dlr": "NZD",
    "n.z. dollars": "NZD",
    "h.k. dlrs": "HKD",
    "h.k. dlr": "HKD",
    "h.k. dollars": "HKD",
    "u.s. dollar": "USD",
    "swiss franc": "CHF",
    "marks": "DEM",
    "d-marks": "DEM",
    "deutsche marks": "DEM",
    "guilders": "NLG",
    "lire": "ITL",
    "pesetas": "ESP",
    "french francs": "FRF",
    "belgian francs": "BEF",
    "saudi riyals": "SAR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "gbp": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yen": "JPY",
    "jpy": "JPY",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupees": "INR",
    "tenge": "KZT",
    "kzt": "KZT",
    "swiss francs": "CHF",
    "south korean won": "KRW",
    "złoty": "PLN",
    "złotys": "PLN",
    "zloty": "PLN",
    "zlotys": "PLN",
    "pesos": "peso",
    "rand": "ZAR",
    "naira": "NGN",
    "rupiah": "IDR",
    "baht": "THB",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "dinars": "dinar",
    "dirhams": "AED",
    "riyals": "riyal",
    "shillings": "shilling",
    "kronor": "SEK",
    "kroner": "krone",
    "krona": "SEK",
    "francs": "franc",
    "manat": "manat",
    "som": "som",
    "soms": "som",
}
# Unit words -> (base unit, factor to it). Singular and hyphenated forms included.
_UNITS = {
    "%": ("%", 1.0),
    "percent": ("%", 1.0),
    "per cent": ("%", 1.0),
    "pct": ("%", 1.0),
    "percentage points": ("pp", 1.0),
    "percentage point": ("pp", 1.0),
    "km": ("km", 1.0),
    "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0),
    "kilometer": ("km", 1.0),
    "metres": ("km", 0.001),
    "meters": ("km", 0.001),
    "metre": ("km", 0.001),
    "meter": ("km", 0.001),
    "feet": ("km", 0.0003048),
    "foot": ("km", 0.0003048),
    "miles": ("km", 1.609344),
    "mile": ("km", 1.609344),
    "tonnes": ("t", 1.0),
    "tonne": ("t", 1.0),
    "tons": ("t", 1.0),
    "ton": ("t", 1.0),
    "metric tons": ("t", 1.0),
    "kg": ("t", 0.001),
    "kilograms": ("t", 0.001),
    "bcm": ("m3", 1e9),
    "billion cubic metres": ("m3", 1e9),
    "billion cubic meters": ("m3", 1e9),
    "cubic metres": ("m3", 1.0),
    "cubic meters": ("m3", 1.0),
    "barrels": ("bbl", 1.0),
    "barrels per day": ("bbl/day", 1.0),
    "barrels a day": ("bbl/day", 1.0),
    "barrels daily": ("bbl/day", 1.0),
    **{  # "512,000 barrels of crude daily", "two mln barrels of oil a day"
        f"barrels of {oil} {per}": ("bbl/day", 1.0)
        for oil in ("oil", "crude", "crude oil")
        for per in ("a day", "per day", "daily")
    },
    "bpd": ("bbl/day", 1.0),
    "b/d": ("bbl/day", 1.0),
    "kilos": ("t", 0.001),
    "kilo": ("t", 0.001),
    "ounces": ("oz", 1.0),
    "troy ounces": ("oz", 1.0),
    "cts": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "cent": ("USD", 0.01),
    "kw": ("W", 1e3),
    "kilowatts": ("W", 1e3),
    "hp": ("W", 745.7),
    "horsepower": ("W", 745.7),
    "mph": ("km/h", 1.609344),
    "miles per hour": ("km/h", 1.609344),
    "kph": ("km/h", 1.0),
    "km/h": ("km/h", 1.0),
    "kilometres per hour": ("km/h", 1.0),
    "kilometers per hour": ("km/h", 1.0),
    "mw": ("W", 1e6),
    "megawatts": ("W", 1e6),
    "gw": ("W", 1e9),
    "gigawatts": ("W", 1e9),
    "kwh": ("Wh", 1e3),
    "mwh": ("Wh", 1e6),
    "gwh": ("Wh", 1e9),
    "twh": ("Wh", 1e12),
    "square kilometres": ("km2", 1.0),
    "square kilometers": ("km2", 1.0),
    "sq km": ("km2", 1.0),
    "km2": ("km2", 1.0),
    "km²": ("km2", 1.0),
    "square miles": ("km2", 2.589988),
    "hectares": ("km2", 0.01),
    "magnitude": ("magnitude", 1.0),
}
# Base units of physical quantities (the rest are currencies, "%" and counts).
PHYSICAL = frozenset(
    {"km", "km/h", "t", "m3", "bbl", "bbl/day", "oz", "W", "Wh", "km2", "magnitude"}
)
# Words after a number that make it something never compared (durations, multiples).
_SKIP = re.compile(
    r"[\s-]?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"fold|times|x\b|°|degrees|per\s+capita|a\s+share|per\s+share)\b",
    re.IGNORECASE,
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SUFFIX = re.compile(
    rf"(?:\s?(?:-|of\s+|worth\s+of\s+)?)(?P<cur>{_alternation(list(_SUFFIX_CODES))})\b"
    rf"|(?P<pct>\s?%|\s(?:percentage\s+points?|percent|per\s+cent|pct)\b)"
    rf"|(?:\s?-?)(?P<unit>{_alternation([u for u in _UNITS if u not in ('%',)])})(?![\w²])",
    re.IGNORECASE,
)
_GLUED = re.compile(r"(?:%|km|kg|mw|gw|kwh|twh|gwh|bcm|bn|mn|m|b|k)(?!\w)", re.IGNORECASE)


_SKIP_WORDS = """years year months month weeks week days day hours hour minutes minute seconds
second decades decade century centuries fold times x degrees per a""".split()
# The first word of every unit, currency and skipped word: a number followed by another
# word has no unit, and the patterns are not tried (most numbers are bare or years).
_FIRST = re.compile(r"[\s-]?([^\W\d_]+)")
_FIRST_WORDS = frozenset(
    [m.group(1) for w in (*_SUFFIX_CODES, *_UNITS) if (m := _FIRST.match(w))]
    + ["percent", "per", "pct", "percentage", "of", "worth", *_SKIP_WORDS]
)


def is_currency(unit: str) -> bool:
    """Whether a unit is a currency ("USD", "peso"), not a physical unit, "%" or a count."""
    return bool(unit) and unit not in PHYSICAL and unit not in ("%", "pp")


def prefix_code(prefix: str | None) -> str:
    """Return the currency code of a prefix such as "US$" or "€" ("" for none)."""
    return _PREFIX_CODES.get(prefix.strip(), "") if prefix else ""


def after(text: str, pos: int, end: int, prefix: str | None) -> tuple[str | None, float, int]:
    """Return (unit, factor to base unit, end offset) of what follows a number at `pos`.

    The unit is "" for a bare number, and None for a duration or a multiple
    ("30-day", "100-fold"), which the figures family never compares.
    """
    code = prefix_code(prefix)
    first = _FIRST.match(text, pos, end)
    if first is not None and first.group(1).lower() not in _FIRST_WORDS:
        return code, 1.0, pos
    found = _SUFFIX.match(text, pos, end)
    if found is not None and found["cur"]:
        return code or _SUFFIX_CODES[found["cur"].lower()], 1.0, found.end()
    if code:
        return code, 1.0, pos
    if found is not None and found["pct"]:
        pct = found["pct"].lower()
        return ("pp" if "point" in pct else "%"), 1.0, found.end()
    if found is not None and found["unit"]:
        unit, factor = _UNITS[" ".join(found["unit"].lower().split())]
        return unit, factor, found.end()
    if _SKIP.match(text, pos, end):
        return None, 1.0, pos
    return "", 1.0, pos


def glued(after_text: str) -> bool:
    """Whether the text right after the digits is a unit written without a space ("5km")."""
    return _GLUED.match(after_text) is not None
