"""Turning what a user types into FTS5 queries and date bounds.

Plain words just work: each word is quoted, so punctuation (``anti-sanctions``,
``U.S.``, ``don't``) is never FTS5 syntax, and all words must occur (stemmed:
``sanction`` finds ``sanctions``). The FTS5 operators still work when written as such:
``"a phrase"``, ``OR``, ``NOT``, ``AND`` (upper case), ``prefix*``, parentheses and
``NEAR(a b, 5)``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import SaidwhatError
from ..normalise import encodable

QUERY_HELP = ('use plain words, "a phrase", OR, NOT, prefix* or NEAR(a b, 5); '
              "balance quotes and parentheses")

#: A search is a few words; past these bounds FTS5's cost grows with every term
#: (2,000 ORs took 25 s and held the store's lock for every other search).
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 64

_TOKEN = re.compile(r'"[^"]*"?|[()]|,|[^\s(),"]+')
_OPERATORS = {"AND", "OR", "NOT"}


def fts_query(text: str) -> str:
    """User search text -> an FTS5 MATCH expression (see the module doc)."""
    out: list[str] = []
    text = clean_query(text)
    if len(text) > MAX_QUERY_CHARS:
        raise SaidwhatError(f"search query is {len(text):,} characters, over "
                            f"{MAX_QUERY_CHARS:,}: search for fewer words")
    tokens = _TOKEN.findall(text)
    terms = sum(1 for t in tokens if t not in _OPERATORS and t not in ("(", ")", ",", "NEAR"))
    if terms > MAX_QUERY_TERMS:
        raise SaidwhatError(f"search query has {terms} terms, over {MAX_QUERY_TERMS}: "
                            "search for fewer words")
    if not _balanced(tokens):  # "50% (roughly": typed text, not grouping
        tokens = [t for t in tokens if t not in ("(", ")")]
    for token in tokens:
        if token.startswith('"'):
            inner = token[1:-1] if len(token) > 1 and token.endswith('"') else token[1:]
            out.append(_quote(inner))
        elif token in _OPERATORS or token in ("(", ")", ","):
            out.append(token)
        elif token == "NEAR":
            out.append(token)
        elif token.endswith("*") and token.strip("*"):
            out.append(_quote(token.rstrip("*")) + "*")
        elif token.isdigit() and out and out[-1] == ",":
            out.append(token)  # the distance of NEAR(a b, 5)
        else:
            out.append(_quote(token))
    expression = " ".join(out).replace("NEAR (", "NEAR(")
    if not expression.strip():
        raise SaidwhatError(f"empty search query: {QUERY_HELP}")
    return expression


def _balanced(tokens: list[str]) -> bool:
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:
            return False
    return depth == 0


def phrase(text: str) -> str:
    """Any text as one FTS5 phrase (for filters: ``--speaker Borodavkin``)."""
    return _quote(clean_query(text)[:MAX_QUERY_CHARS])


def clean_query(text: str) -> str:
    """Typed text SQLite can take: unencodable code points and NULs (which end a C
    string inside FTS5) become spaces."""
    return encodable(text)[0].replace("\ufffd", " ").replace("\x00", " ")


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_bound(value: str | dt.date | None, option: str, *, upper: bool) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` -> a string bound for ISO dates.

    The upper bound is inclusive of the whole period: ``until=2024-03`` keeps
    ``2024-03-31`` (``published`` values are ISO strings, so string order is date order).
    """
    if value is None:
        return None
    if isinstance(value, dt.date):
        value = value.isoformat()
    value = str(value).strip()
    if not _DATE.match(value) or not _valid_date(value):
        raise SaidwhatError(f"bad date {value!r} for {option}: use YYYY, YYYY-MM or YYYY-MM-DD")
    # "~" sorts after digits, "-" and "T", so it closes the period.
    return value + "~" if upper else value


def _valid_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    parts += [1] * (3 - len(parts))
    try:
        dt.date(*parts)
    except ValueError:
        return False
    return True
