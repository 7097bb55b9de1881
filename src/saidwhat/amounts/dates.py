"""Dates in the text, normalised to ISO 8601 against the publication date.

Values: ``2024-03-14`` (a day), ``2024-03`` (a month), ``2024`` (a year), ``2024-Q2`` /
``2024-H1`` (quarter, half), ``start/end`` (an interval, e.g. a week). A date that needs
the publication date to be read (``on Tuesday``, ``last year``, ``in January``,
``April 1``) is ``relative``; without a publication date its value is None.

How relative dates are read (news conventions, kept simple):
- a weekday is the most recent such day on or before publication (``last Tuesday``:
  strictly before; ``next Tuesday``: strictly after);
- a month without a year is the most recent such month not after publication, unless
  the clause before it speaks of the future (``will``, ``expected to``, ``plans`` ...)
  or the preposition looks ahead (``by``, ``before``, ``until``, ``as early as``): then
  the next such month on or after publication;
- a day and month without a year (``April 1``) take the publication year;
- ``last/this/next week`` is Monday to Sunday; ``last/next month/year`` the calendar unit;
  ``the past week/month/year`` the interval up to publication;
- ``N days/weeks/months/years ago`` and ``in N ...`` count from publication, at the
  precision of their unit (``in N ...`` only in a clause about the future; otherwise
  it is a duration: ``the third warning in 18 months``); ``over the next N weeks``
  is the interval from publication;
- ``in the autumn`` etc. is that season of the publication year (northern hemisphere);
- ``end of 2023`` is ``2023-12-31``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import DateMention, Structure
from ..nlp import doc_text
# The date grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en.calendar import MONTHS, SEASONS, UNIT_WORDS, WEEKDAYS
from ..lang.en.figures import word_number
from .scan import Words, alternation, matches_at

_MON = r"(?:" + alternation(MONTHS) + r")\.?"
_WD = r"(?:" + alternation(WEEKDAYS) + r")"
_NUMW = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
        r"twelve|fifteen|twenty|thirty|several|a few)"
_YEAR = r"(?:1[89]|20)\d\d"
_ORD = r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
_THE_YEAR = r"(?:(?P<{0}>" + _YEAR + r")|(?P<{0}rel>(?:the|this|last|next) year))"

_PATTERNS = [
    # 18 October 2022, Sunday 10 November 2024, 4 January
    ("dmy", r"(?:" + _WD + r",?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            r"(?P<m>" + _MON + r")(?:,?\s+(?P<y>" + _YEAR + r"))?(?![\w-])"),
    # March 14, 2024; Oct. 14, 2021; Sept 16; Oct 2
    ("mdy", r"(?P<m>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
            r"(?:,?\s+(?P<y>" + _YEAR + r"))?(?![\w-])"),
    # October 2023
    ("my", r"(?P<m>" + _MON + r"),?\s+(?P<y>" + _YEAR + r")(?![\w-])"),
    # second quarter of 2024, first half of the year
    ("part", r"(?:the\s+)?(?P<ord>" + _ORD + r")\s+(?P<part>quarter|half)\s+of\s+"
             + _THE_YEAR.format("py")),
    # first 11 months of this year
    ("firstn", r"(?:the\s+)?first\s+(?P<n>" + _NUMW + r")\s+months\s+of\s+"
               + _THE_YEAR.format("fy")),
    # end of 2023, the end of next year
    ("end", r"(?:by\s+)?(?:the\s+)?end\s+of\s+" + _THE_YEAR.format("ey")),
    # N days ago, Eleven years ago
    ("ago", r"(?P<n>" + _NUMW + r")\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
    # in six months, over the next two weeks
    ("next_n", r"(?:over|in|during|within|for)\s+the\s+(?:next|coming)\s+(?P<n>"
               + _NUMW + r")?\s*(?P<u>days?|weeks?|months?|years?)\b"),
    ("in_n", r"\bin\s+(?P<n>" + _NUMW + r")\s+(?P<u>days?|weeks?|months?|years?)"
             r"(?P<time>['’]s?\s*time)?\b"),
    # last week, next year, this month, last winter
    ("unit", r"\b(?P<rel>last|next|this|past|coming)\s+(?P<u>week|month|year|spring|"
             r"summer|autumn|fall|winter)\b"),
    ("earlier", r"\b(?:earlier|later)\s+this\s+(?P<u>week|month|year)\b"),
    ("season", r"\bin\s+the\s+(?P<u>spring|summer|autumn|fall|winter)\b"),
    ("day", r"\b(?P<w>today|yesterday|tomorrow|tonight|last night|this morning|"
            r"this afternoon|this evening)\b"),
    # on Tuesday, Last Tuesday, late Wednesday, Thursday morning, since Tuesday night
    ("weekday", r"(?:(?P<rel>last|next|this|on|since|late|early|by|until)\s+)?"
                r"(?P<w>" + _WD + r")(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])"),
    # in January, since May, by October, as early as February
    ("month", r"(?:(?P<prep>in|since|by|before|until|till|from|through|after|during|"
              r"as early as|as late as|early|late|mid-?|this|last|next)\s+)?"
              r"(?P<m>" + _MON + r")(?![\w-]|,?\s+\d)"),
    # in 2020, since 2016, 2028
    # 2024-03-14 (ISO), mid-2025
    ("iso", r"(?P<y>" + _YEAR + r")-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])"),
    ("mid", r"\bmid-(?P<y>" + _YEAR + r")(?![\w-])"),
    ("year", r"(?:(?P<prep>in|since|by|before|until|into|from|through|after|during)\s+)?"
             r"(?<![\w$€£¥₸₽.,/-])(?P<y>" + _YEAR + r")(?![\w%/-]|\s*(?:percent|per cent)"
             r"|,\d|\.\d)"),
]
_DATE_RE = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})"
                               for name, pat in _PATTERNS), re.IGNORECASE)

#: Words one of which every date contains; the pattern is tried only around them.
_ANCHORS = frozenset(list(MONTHS) + list(WEEKDAYS) + list(UNIT_WORDS) + list(SEASONS)
                     + ["today", "yesterday", "tomorrow", "tonight", "night", "morning",
                        "afternoon", "evening", "quarter", "half", "end"])
#: How many tokens a date may start before its anchor (``by the end of 2026``).
_BEFORE = 4

_FUTURE = re.compile(r"\b(?:will|['’]ll|shall|going to|due|(?:is|are) to|to be|"
                     r"expected|expects?|plans?|"
                     r"planned|planning|scheduled|set to|aims?|intends?|would|hopes?|"
                     r"next|upcoming|coming)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Z][\w&’'-]*\s+$")
_CLAUSE_START = re.compile(r"[.!?;\n]")
_AHEAD_PREPS = {"by", "before", "until", "till", "as early as", "as late as", "next"}


#: ``doc.user_data`` key where ``extract_amounts`` (which must know the dates to skip
#: them) leaves the mentions it found per body block, so that ``extract_dates``, run
#: next, does not search those blocks again; taken out on use. Plain lists, so a doc
#: serialised in between still serialises: [published, [[start, end, [[mention start,
#: end, text, value, relative], ...]], ...]].
FOUND_KEY = "saidwhat.amounts.dates_found"


def extract_dates(doc, structure: Structure) -> list[DateMention]:
    """Every date mention in the text (all blocks: captions and datelines carry dates
    too); the publication line's date gets role ``published``."""
    published = _parse_iso(structure.published)
    found: dict[tuple[int, int], list[DateMention]] = {}
    stash = doc.user_data.pop(FOUND_KEY, None)
    if stash and stash[0] == structure.published:
        for s, e, mentions in stash[1]:
            found[s, e] = [DateMention((ms, me), t, v, rel) for ms, me, t, v, rel in mentions]
    text = doc_text(doc)
    out: list[DateMention] = []
    for block in structure.blocks:
        s, e = block.span
        mentions = found.get((s, e))
        for mention in find_dates(text, s, e, published) if mentions is None else mentions:
            if (published and mention.value == published.isoformat()
                    and not mention.relative and mention.span[0] - s < 80):
                mention.role = "published"
            out.append(mention)
    return out


def find_dates(text: str, start: int, end: int, published: dt.date | None,
               words: Words | None = None) -> list[DateMention]:
    """Date mentions in ``text[start:end]`` (``words``: its ``Words``, if made)."""
    out = []
    starts = (words or Words(text, start, end)).near(_ANCHORS, _BEFORE, years=True)
    for m in matches_at(_DATE_RE, text, starts, end):
        kind = m.lastgroup
        g = {k[len(kind) + 1:]: v for k, v in m.groupdict().items()
             if v is not None and k.startswith(kind + "_")}
        if not _plausible(kind, g, m):
            continue
        try:
            value, relative = _resolve(kind, g, published, text, m.start())
        except (OverflowError, ValueError):  # ``99999999999 days ago``: past the calendar
            value, relative = None, published is not None
        if value is not None and not _ISO_VALUE.fullmatch(value):
            value = None  # a year past 9999 or before 1: kept as text, no value
        out.append(DateMention(span=m.span(), text=m.group(), value=value,
                               relative=relative))
    return out


#: What a resolved value may be (the JSON Schema's pattern): years 0001-9999 only.
_ISO_VALUE = re.compile(r"(?!0000)\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?"
                        r"(/(?!0000)\d{4}(-\d{2}(-\d{2})?)?)?")


def _plausible(kind: str, g: dict, m: re.Match) -> bool:
    """Month and weekday names must be capitalised (``may``, ``march`` are verbs);
    a bare ``May`` needs a preposition."""
    for key in ("m", "w"):
        word = g.get(key)
        if word and not word[0].isupper() and kind not in ("day", "iso"):
            return False
    if kind == "month" and g["m"].rstrip(".").lower() == "may" and not g.get("prep"):
        return False
    if kind == "in_n" and not (g.get("time") or g["n"].lower() not in ("a", "an")
                               and _future_clause(m.string, m.start())):
        return False  # ``the third warning in 18 months``: a duration, not a date
    if kind == "day" and g["w"][0].isupper() and _NAME_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()):
        return False  # ``Wessex Today``: a name
    if kind == "mdy" and not g.get("y") and int(g["d"]) > 31:
        return False
    if kind in ("dmy", "mdy") and not 1 <= int(g["d"]) <= 31:
        return False
    if kind == "month" and g["m"].endswith(".") is False and len(g["m"]) <= 3 \
            and g["m"].lower() not in ("may",):
        return False  # a bare abbreviation (``Jan``) is more often a name
    return True


def _resolve(kind: str, g: dict, pub: dt.date | None, text: str,
             at: int) -> tuple[str | None, bool]:
    """(ISO value, relative) of one match."""
    if kind in ("dmy", "mdy", "my"):
        month = MONTHS[g["m"].rstrip(".").lower()]
        if g.get("y"):
            year = int(g["y"])
            if kind == "my":
                return f"{year:04d}-{month:02d}", False
            return _day(year, month, int(g["d"])), False
        if pub is None:
            return None, True
        return _day(pub.year, month, int(g["d"])), True
    if kind in ("year", "mid"):
        return g["y"], False
    if kind == "iso":
        return _day(int(g["y"]), int(g["m"]), int(g["d"])), False
    if kind == "end":
        year, rel = _which_year(g, "ey", pub)
        return (f"{year:04d}-12-31" if year else None), rel
    if kind == "part":
        year, rel = _which_year(g, "py", pub)
        if year is None:
            return None, rel
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4, "last": 4 if g["part"].lower() == "quarter" else 2}
        k = n[g["ord"].lower()]
        return f"{year:04d}-{'Q' if g['part'].lower() == 'quarter' else 'H'}{k}", rel
    if kind == "firstn":
        year, rel = _which_year(g, "fy", pub)
        n = _count(g["n"])
        if year is None or not n or n > 12:
            return None, rel
        return f"{year:04d}-01/{year:04d}-{int(n):02d}", rel
    if pub is None:
        return None, True
    if kind == "day":
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g["w"].lower(), 0)
        return (pub + dt.timedelta(days=shift)).isoformat(), True
    if kind == "weekday":
        return _weekday(WEEKDAYS[g["w"].lower()], (g.get("rel") or "").lower(), pub), True
    if kind == "month":
        month = MONTHS[g["m"].rstrip(".").lower()]
        prep = (g.get("prep") or "").lower()
        if prep == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif prep == "this" or month == pub.month:
            year = pub.year
        elif prep in _AHEAD_PREPS or _future_clause(text, at):
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year if month < pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}", True
    if kind in ("unit", "earlier"):
        rel = (g.get("rel") or "this").lower()
        if rel == "past" and g["u"].lower() in UNIT_WORDS:  # the 7 days up to publication
            start = _shifted_day(pub, UNIT_WORDS[g["u"].lower()], -1)
            return f"{start.isoformat()}/{pub.isoformat()}", True
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        return _unit(g["u"].lower(), step, pub), True
    if kind == "season":
        return _season(g["u"].lower(), pub.year), True
    n = _count(g.get("n") or "a")
    if n is None:
        return None, True
    unit = UNIT_WORDS[g["u"].lower()]
    if kind == "ago":
        return _shift(pub, unit, -n), True
    if kind == "in_n":
        return _shift(pub, unit, n), True
    end = _shifted_day(pub, unit, n)  # next_n: an interval from publication
    return f"{pub.isoformat()}/{end.isoformat()}", True


def _which_year(g: dict, key: str, pub: dt.date | None) -> tuple[int | None, bool]:
    if g.get(key):
        return int(g[key]), False
    if pub is None:
        return None, True
    rel = g[key + "rel"].lower().split()[0]
    return pub.year + {"last": -1, "next": 1}.get(rel, 0), True


def _count(word: str) -> float | None:
    w = word.lower()
    if w in ("a", "an", "one"):
        return 1
    if w in ("several", "a few"):
        return None
    if w.isdigit():
        return int(w)
    return word_number(w)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(wd: int, rel: str, pub: dt.date) -> str:
    back = (pub.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next":
        ahead = (wd - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=ahead)).isoformat()
    return (pub - dt.timedelta(days=back)).isoformat()


def _unit(unit: str, step: int, pub: dt.date) -> str:
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}"
    if unit == "year":
        return f"{pub.year + step:04d}"
    # a season: ``last winter`` is the one before publication, ``next`` the one after
    return _season(unit, pub.year + step)


def _season(name: str, year: int) -> str:
    first, last = SEASONS[name]
    ly, lm = divmod(year * 12 + last - 1, 12)
    return f"{year:04d}-{first:02d}/{ly:04d}-{lm + 1:02d}"


def _shift(pub: dt.date, unit: str, n: float) -> str:
    """``pub`` moved by ``n`` units, at the precision of the unit."""
    if unit == "year":
        return f"{pub.year + int(n):04d}"
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + int(n), 12)
        return f"{y:04d}-{m + 1:02d}"
    return _shifted_day(pub, unit, n).isoformat()


def _shifted_day(pub: dt.date, unit: str, n: float) -> dt.date:
    if unit in ("day", "week"):
        return pub + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = int(n) * (12 if unit == "year" else 1)
    y, m = divmod(pub.year * 12 + pub.month - 1 + months, 12)
    return dt.date(y, m + 1, min(pub.day, 28))


def _future_clause(text: str, at: int) -> bool:
    """Does the clause leading up to ``at`` speak of the future?"""
    lo = max(0, at - 150)
    window = text[lo:at]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return bool(_FUTURE.search(window, cut))


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
