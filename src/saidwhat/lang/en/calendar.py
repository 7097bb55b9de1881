"""English month, weekday, season and calendar-unit names."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
#: Weekday -> ``date.weekday()``.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
#: Season -> first and last month (northern hemisphere; winter runs into next year).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 14)}
UNIT_WORDS = {"day": "day", "days": "day", "week": "week", "weeks": "week",
              "month": "month", "months": "month", "year": "year", "years": "year"}
#: Day words that are dates by themselves.
DAY_WORDS = frozenset("today yesterday tomorrow tonight".split())
#: Full month and weekday names (not their abbreviations): capitalised words that are
#: never a name's first word.
NAMES = frozenset(["january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", *WEEKDAYS])
