"""Words for numbers, scales, currencies and units, and their normal forms.

Unit normalisation (what ``Amount.unit`` holds):
- money: the ISO 4217 code (``USD``, ``KZT``, ``EUR`` ...), whatever the symbol or word;
- ``percent`` for ``%``, ``percent``, ``per cent`` and fractions (``a third`` = 33.3);
- measures: a short canonical name (``km``, ``m``, ``tonnes``, ``MW``, ``kWh``,
  ``cubic metres``, ``hectares``, ``seconds`` ... ``years``); scale words are folded into
  the value (``1.1 million tonnes`` = 1100000 tonnes, ``10 bcm`` = 1e10 cubic metres);
- counted things: the noun as written, lower-cased, with its compound nouns
  (``23 large-scale projects`` -> ``projects``, ``two border guards`` -> ``border guards``);
- a rate keeps its base: ``USD per tonne``, ``tonnes per year``, ``GBP per resident per week``.
"""

from __future__ import annotations

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

#: Multipliers written after a number (``1.1 million``, ``£250m``, ``two dozen``).
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12, "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
}
#: Scales that may follow a number after a space (the short ones only when glued on).
SPACED_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen",
                 "mln", "bln", "bn", "trn", "lakh", "crore")

#: Currency symbols / codes written before the number.
CURRENCY_PREFIX = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD",
    "NZ$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT", "₽": "RUB", "₹": "INR",
    "₴": "UAH", "₩": "KRW", "₺": "TRY", "Rs.": "INR", "Rs": "INR",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "RUB", "KZT", "CNY", "JPY", "KGS", "UZS", "TJS",
                  "TMT", "AZN", "GEL", "AMD", "MNT", "UAH", "BYN", "TRY", "INR", "CHF",
                  "SEK", "NOK", "DKK", "CAD", "AUD", "PLN", "CZK", "HUF", "RMB")
CURRENCY_CODES_SET = frozenset(CURRENCY_CODES) | frozenset(CURRENCY_PREFIX.values())
#: Currency words written after the number, longest first where one contains another.
CURRENCY_WORDS = {
    "u.s. dollars": "USD", "us dollars": "USD", "american dollars": "USD",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP",
    "tenge": "KZT", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "som": "KGS", "soms": "KGS", "soum": "UZS",
    "sums": "UZS", "somoni": "TJS", "manat": "AZN", "lari": "GEL", "drams": "AMD",
    "tugriks": "MNT", "hryvnias": "UAH", "hryvnia": "UAH", "yen": "JPY", "rupees": "INR",
    "lira": "TRY", "swiss francs": "CHF", "francs": "CHF", "swedish crowns": "SEK",
    "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "kronor": "SEK", "crowns": "SEK", "kroner": "NOK", "zlotys": "PLN", "zloty": "PLN",
}

#: Measures written after the number (also glued: ``300-km``, ``1,344-kilometer``):
#: phrase -> (canonical unit, factor applied to the value).
MEASURES: dict[str, tuple[str, float]] = {}


def _measure(unit: str, *forms: str, factor: float = 1.0) -> None:
    for form in forms:
        MEASURES[form] = (unit, factor)


_measure("percent", "%", "percent", "per cent", "pct")
_measure("percentage points", "percentage points", "percentage point")
_measure("basis points", "basis points", "basis point", "basis-point", "bps")
_measure("km/h", "km/h", "kph", "kilometres per hour", "kilometers per hour")
_measure("mph", "mph", "miles per hour")
_measure("km", "kilometers", "kilometres", "kilometer", "kilometre", "km")
_measure("m", "meters", "metres", "meter", "metre")
_measure("cm", "centimeters", "centimetres", "cm")
_measure("mm", "millimeters", "millimetres", "mm")
_measure("miles", "miles", "mile")
_measure("km2", "square kilometers", "square kilometres", "sq km")
_measure("hectares", "hectares", "hectare", "ha")
_measure("acres", "acres", "acre")
_measure("tonnes", "metric tons", "metric tonnes", "tonnes", "tonne", "tons", "ton")
_measure("kg", "kilograms", "kilogrammes", "kilogram", "kilos", "kg")
_measure("grams", "grams", "gram")
_measure("micrograms", "micrograms", "microgram")
_measure("litres", "liters", "litres", "liter", "litre")
_measure("barrels", "barrels", "barrel")
_measure("cubic metres", "cubic metres", "cubic meters", "cubic metre", "cubic meter")
_measure("cubic metres", "bcm", factor=1e9)
_measure("MW", "megawatts", "megawatt", "MW")
_measure("GW", "gigawatts", "gigawatt", "GW")
_measure("kW", "kilowatts", "kilowatt", "kW")
_measure("kWh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kWh")
_measure("MWh", "megawatt-hours", "megawatt hours", "MWh")
_measure("GWh", "gigawatt-hours", "gigawatt hours", "GWh")
_measure("TWh", "terawatt-hours", "terawatt hours", "TWh")
_measure("degrees Celsius", "degrees celsius", "degrees c", "°c", "celsius")
_measure("degrees Fahrenheit", "degrees fahrenheit", "degrees f", "°f", "fahrenheit")
_measure("degrees", "degrees", "degree")
_measure("seconds", "seconds", "second", "secs", "sec")
_measure("minutes", "minutes", "minute", "mins", "min")
_measure("hours", "hours", "hour", "hrs")
_measure("days", "days", "day")
_measure("weeks", "weeks", "week")
_measure("months", "months", "month")
_measure("years", "years", "year", "-year-old", "year-old", "years old")
_measure("years", "decades", "decade", factor=10)
_measure("times", "times", "fold", "-fold")

TIME_UNITS = {"seconds": 1, "minutes": 60, "hours": 3600}

#: Fractions, read as percentages: word -> denominator.
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}

#: Words after which a rate's base follows: ``a tonne``, ``per share``.
RATE_BASES = ("year", "month", "week", "day", "hour", "tonne", "ton", "share", "person",
              "head", "resident", "barrel", "litre", "liter", "kilogram", "kg", "unit",
              "night", "passenger", "household", "employee", "pupil", "patient")

#: Words before a bare number that make it a label, not an amount.
DESIGNATORS = frozenset("""
no no. nos. number section article paragraph para clause chapter part page pages item
no. nos. fig. vol. art. para.
rule line room flight route highway road bus platform gate unit ward district level
grade class version vol volume phase stage round episode season act title amendment
resolution decree order law code case file exhibit figure fig table box step tier
""".split())

#: Function words that end the noun a number counts (``14 projects in ...``).
STOP_WORDS = frozenset("""
a an the of to in on at by for from with without within into onto over under about
across along among amid between beyond through throughout toward towards upon via
against despite during except inside outside near behind below above beneath beside
past like unlike around after before since until than as and or but nor so yet if then
that which who
whom whose what when where while because though although this these those it its
their his her our your my we they he she you i them him us is are was were be been
being am has have had do does did will would can could may might must shall should
not no more less most least per each every all some any such only also just even up
down out off there here now then ago last next early late year's
""".split())

#: Plural nouns without an ``s`` (a counted noun is looked for among plurals first).
IRREGULAR_PLURALS = frozenset("""people children men women staff police personnel crew
aircraft cattle sheep fish livestock""".split())

#: Verbs of falling: a percentage that measures such a change is stored negative.
FALL_WORDS = ("fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined",
              "decline", "declines", "down", "lost", "lose", "loses", "slipped", "slid",
              "sank", "plunged", "plunge", "tumbled", "shed", "slumped", "decreased",
              "shrank", "contracted", "retreated")


def word_number(word: str) -> float | None:
    """``seven`` -> 7, ``twenty-five`` -> 25, ``Twenty`` -> 20; None if not a number word."""
    w = word.lower()
    if w in SMALL:
        return SMALL[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        tens, _, unit = w.partition("-")
        if tens in TENS and unit in SMALL and 0 < SMALL[unit] < 10:
            return TENS[tens] + SMALL[unit]
    return None


def parse_number(text: str) -> float | None:
    """A numeral as written (``1,344``, ``3.5``) or a number word."""
    t = text.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return word_number(text)
