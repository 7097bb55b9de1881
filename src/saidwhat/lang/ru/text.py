"""Russian orthography: abbreviations that end in a stop, and quotation marks.

«ёлочки» are the quotation marks of print, „лапки“ those inside them (and of
handwriting); wires write straight ``"``. Speech is framed by dashes:
``«...», - сказал он. - «...»`` and ``«..., - сказал он. - ...»``."""

from __future__ import annotations

from ...text.quotes import QuoteMarks

#: Abbreviations written with a full stop that does not end a sentence (lowercase, no
#: final stop): ``г.`` (year, city), ``т.е.``, ``руб.``, ``тыс.``, titles and streets.
ABBREVIATIONS = frozenset(
    "г гг т.е т.к т.д т.п др пр см ср стр руб коп тыс млн млрд ул пр-т д им проф акад "
    "доц канд зам ген вице-адм адм св жж ок прим ред".split())
NAME_BREAKING_ABBREVIATIONS = ABBREVIATIONS

QUOTE_MARKS = QuoteMarks(
    double_open="«„“", double_close="»”", single_open="‘", single_close="’",
    double_either='"', single_either="'", typewriter_open="``", typewriter_close="''",
    low_open_closer=(("„", "“"),), dashes="-–—", nests_doubles="«",
)
#: Marks that close a sentence's last quotation or bracket (``... конец».``).
SENTENCE_CLOSERS = "\"'”’»“)]"
#: Marks that may open a sentence before its first letter.
SENTENCE_OPENERS = "\"'“‘«„(["

#: The tokenizer's infixes: spaCy's Russian ones without the split at a hyphen between
#: letters. Russian writes many words with one (``пресс-служба``, ``вице-министр``,
#: ``Атон-Инвест``), and slovnet, trained on razdel's tokens, reads them whole.
def infixes(defaults: list[str]) -> list[str]:
    return [x for x in defaults if "(?:-|" not in x]
