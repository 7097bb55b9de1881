"""The sentence splitter: where a sentence ends, for every stage that needs to know.

A sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotation marks
or brackets) before whitespace and a capital or a digit, perhaps after a dash or an
opening mark; not after a single initial or one of the language's abbreviations
(``Mr. Sato``, ``J. Smith``, ``Nov. 30``, ``Acme Inc. shares``). A line break always ends one. The same definition
splits a paragraph (``sentences``) and answers for one position (``end_at``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import Profile


@functools.cache
def _end_pattern(profile: Profile) -> re.Pattern:
    t = profile.text
    # One lookbehind per abbreviation, after the mark: tried at marks only, not at
    # every character. Abbreviations are matched in any case (``No.``, ``no.``).
    not_after = "".join(rf"(?<!\b(?i:{re.escape(a)})\.)" for a in sorted(t.ABBREVIATIONS))
    closers = re.escape(t.SENTENCE_CLOSERS)
    openers = re.escape(t.SENTENCE_OPENERS)
    dashes = re.escape(profile.quote_marks.dashes)
    # The next letter's case is checked in Python: ``re`` has no class for capitals of
    # every script.
    # A dash may lead the next sentence (``... he said. - «By the time ...``).
    # Not after a single initial (``J. Smith``), unless it ends an initialism and a
    # quotation opens next (``in Fort Mill, S.C. "It seems ...``)
    initial = rf"(?:(?<!\b[A-Z]\.)|(?<=[A-Z]\.[A-Z]\.)(?=[^\S\n]+[{openers}]))"
    return re.compile(rf"[.!?]{not_after}{initial}[{closers}]*[^\S\n]+"
                      rf"(?P<lead>(?:[{dashes}][^\S\n]+)?[{openers}]{{0,2}})(?P<next>[^\W_])"
                      r"|[.!?]?[^\S\n]*\n")


def _ends(m: re.Match) -> bool:
    return m.group("next") is None or not m.group("next").islower()


def sentences(text: str, start: int, end: int, profile: Profile) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, trailing space
    included, so they tile the range."""
    pos = start
    for m in _end_pattern(profile).finditer(text, start, end):
        if _ends(m):
            # the next sentence starts at its dash or opening mark
            after = m.start("lead") if m.group("next") is not None else m.end()
            yield pos, after
            pos = after
    if pos < end:
        yield pos, end


def end_at(text: str, i: int, profile: Profile, end: int | None = None) -> int | None:
    """If a sentence ends with the character at ``i`` (its final mark or a line
    break), the position after the mark and its closing marks; else None."""
    if text[i] not in ".!?\n":
        return None
    m = _end_pattern(profile).match(text, i, len(text) if end is None else end)
    if m is None or not _ends(m):
        return None
    stop = m.start()
    while stop < m.end() and not text[stop].isspace():
        stop += 1
    return stop

