"""Calendar dates as news pages write them (``18 October 2022``, ``Jan 24, 2024``)."""

from __future__ import annotations

import datetime as dt
import re

from ..lang.en.calendar import MONTHS

MONTH = r"(?:%s)" % "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})\.?,?\s+(?P<y1>\d{{4}})"
_MONTH_DAY_YEAR = rf"(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
_ISO = r"(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
DATE_RE = re.compile(rf"\b(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_ISO})(?!\d)", re.IGNORECASE)

#: A line that is a date (with time, zone, "Updated", "Published" around it) and
#: nothing else worth reading.
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_DATE_LINE_FILLER = re.compile(
    rf"(?:{_TIME}|\b(?:at|on|updated|published|posted|last|modified|am|pm|a\.m\.|p\.m\."
    r"|gmt|utc|[a-z]{2,4}t|cet|cest|msk|uzt|gmt[+-]\d+|utc[+-]\d+|\d+ (?:min|mins|minutes|"
    r"hours?|days?) (?:ago|read)|ago|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|wed|thu|fri|sat|sun)\b|[\s,:|·•()+\-–—])*",
    re.IGNORECASE)


#: Date lines are short; longer lines are prose that mentions a date.
MAX_DATE_LINE = 100


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first valid calendar date in ``text`` as ISO ``YYYY-MM-DD`` and its span."""
    for m in DATE_RE.finditer(text):
        iso = _iso(m)
        if iso:
            return iso, m.span()
    return None


def is_date_line(line: str) -> bool:
    """True for ``March 14, 2024 11:42 AM GMT+5 Updated 2 hours ago`` and the like."""
    if len(line) > MAX_DATE_LINE:
        return False
    found = find_date(line)
    if not found:
        return False
    s, e = found[1]
    rest = line[:s] + " " + line[e:]
    return _DATE_LINE_FILLER.fullmatch(rest) is not None


def normalise_date(value: str | None) -> str | None:
    """A given publication date as ``YYYY-MM-DD``, or None when it cannot be read as a
    whole calendar date (``2022-10``, ``garbage``): the output promises ISO days, and the
    structure stage then looks for the date in the text instead."""
    if not value:
        return None
    found = find_date(value[:MAX_DATE_LINE])
    return found[0] if found else None


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    year = g["y1"] or g["y2"] or g["y3"]
    month_word = g["m1"] or g["m2"]
    month = MONTHS[month_word.lower()] if month_word else int(g["m3"])
    day = g["d1"] or g["d2"] or g["d3"]
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
