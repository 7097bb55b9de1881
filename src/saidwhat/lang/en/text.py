"""English orthography: abbreviations that end in a stop, and quotation marks."""

from __future__ import annotations

from ...text.quotes import QuoteMarks

#: Abbreviations written with a full stop that does not end a sentence (lowercase, no
#: final stop), by kind.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov st jr sr lt gen col capt sgt rev hon messrs".split())
COMPANY_ABBREVIATIONS = frozenset("inc co corp ltd".split())
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
OTHER_ABBREVIATIONS = frozenset("no vs mt ft etc approx est u.s u.k".split())
ABBREVIATIONS = (TITLE_ABBREVIATIONS | COMPANY_ABBREVIATIONS | MONTH_ABBREVIATIONS
                 | OTHER_ABBREVIATIONS)
#: Abbreviations that are not a word of a person's name (``Mar``, ``Jun``, ``Jul`` and
#: ``Apr`` are also given names and words; ``Rev.`` and ``Hon.`` stay in the name the
#: article gives: ``the Rev. Peter Wherry``).
NAME_BREAKING_ABBREVIATIONS = (TITLE_ABBREVIATIONS - {"rev", "hon"} | COMPANY_ABBREVIATIONS
                               | (MONTH_ABBREVIATIONS - {"mar", "apr", "jun", "jul"})
                               | frozenset({"no", "vs", "mt", "ft"}))

QUOTE_MARKS = QuoteMarks(
    double_open="“«„", double_close="”»", single_open="‘", single_close="’",
    double_either='"', single_either="'", typewriter_open="``", typewriter_close="''",
    low_open_closer=(("„", "“"),), dashes="-–—",
)
#: Marks that close a sentence's last quotation or bracket (``... end."``).
SENTENCE_CLOSERS = "\"'”’»)]"
#: Marks that may open a sentence before its first letter.
SENTENCE_OPENERS = "\"'“‘«„(["
