"""The quotation scanner: one left-to-right pass over the body text, linear in its length.

Which marks open and close is the language's (``QuoteMarks``, from its profile). In
English, double marks (" “ ” « » „, and the typewriter pairs `` and '' that many
archives and wires write for “ and ”) open and close top-level quotations; single marks
(‘ ’ and a straight ' that is not an apostrophe) are quotations of their own outside
double marks (British style) and nested quotations inside them. An opening mark with no closing one
at the end of a paragraph continues into the next paragraph when that paragraph opens
with a mark (the newspaper convention for multi-paragraph quotations); otherwise it is
dropped. A stray mark never makes the pass look back, so unbalanced input stays linear.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Span


@dataclass(frozen=True)
class QuoteMarks:
    """A language's quotation marks and how they pair."""

    double_open: str  #: typographic double marks that only open (“ « „)
    double_close: str  #: ... that only close (” »)
    single_open: str  #: ‘
    single_close: str  #: ’
    double_either: str  #: a mark that is both (the straight ")
    single_either: str  #: the straight ', both a quotation mark and an apostrophe
    #: two-character marks archives write for “ and ” (`` and '')
    typewriter_open: str
    typewriter_close: str
    #: an opening mark closed by a mark that opens elsewhere (German and Russian „...“)
    low_open_closer: tuple[tuple[str, str], ...]
    dashes: str  #: dashes that introduce or frame speech (``- said he. -``)
    #: opening marks inside whose quotation double marks open a nested one (Russian
    #: ``«У "Динамо" лучший состав»``); elsewhere a second double mark closes
    nests_doubles: str = ""

    @property
    def doubles(self) -> str:
        return self.double_open + self.double_close + self.double_either

    @property
    def every(self) -> str:
        """Every one-character mark."""
        return self.doubles + self.single_open + self.single_close + self.single_either

    @property
    def opening(self) -> str:
        """One-character marks that may open a quotation."""
        return self.double_open + self.double_either + self.single_open + self.single_either

    @property
    def closing(self) -> str:
        """One-character marks that may close one (the low pair's closer included)."""
        return (self.double_close + self.double_either + self.single_close
                + self.single_either + "".join(c for _, c in self.low_open_closer))

    @property
    def paragraph_openers(self) -> tuple[str, ...]:
        """What may open a quotation that continues into the next paragraph."""
        return (*self.double_either, *self.double_open, self.typewriter_open,
                self.typewriter_close)

    def pattern(self) -> re.Pattern:
        return _mark_pattern(self)


@functools.cache
def _mark_pattern(marks: QuoteMarks) -> re.Pattern:
    pairs = "|".join(re.escape(m) for m in (marks.typewriter_close, marks.typewriter_open))
    return re.compile(pairs + "|[" + re.escape(marks.every) + "]")


@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (in a later paragraph for a continued quotation)
    inner: Span  # the quoted words, without marks and edge spaces
    level: int  # 0 top level, 1 inside another quotation


def _misturned_opener(text: str, i: int, block_start: int) -> bool:
    """A closing mark where a quotation opens (``”Mr. Lee embodies ...”``: a word
    processor's slip): at the start of a paragraph, right before a letter."""
    return i == block_start and i + 1 < len(text) and text[i + 1].isalnum()


def _misturned_closer(text: str, i: int, block_end: int) -> bool:
    """An opening mark where a quotation closes (``... see the figures.“``): right after
    a word or a stop, before a space, a stop or the paragraph's end."""
    return i > 0 and not text[i - 1].isspace() and (
        i + 1 >= block_end or not text[i + 1].isalnum())


def _single_opens(text: str, i: int, marks: QuoteMarks) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isalnum() and (nxt.isalnum() or nxt in marks.opening)


def _single_closes(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


#: the mark that closes a nested double quotation opened by the key
_INNER_CLOSER = {"„": "“", "“": "”"}


def find_quotes(text: str, blocks: list[Span], marks: QuoteMarks) -> list[Quote]:
    """Quotations in the given paragraphs, top level and nested, in the order they
    close (so top-level ones are in text order)."""
    mark_re = marks.pattern()
    openers = marks.paragraph_openers
    two_char = (marks.typewriter_open, marks.typewriter_close)
    low_closer = dict(marks.low_open_closer)
    out: list[Quote] = []
    open_double: int | None = None  # position of the pending double opening mark
    open_len = 1  # its length (2 for `` and '')
    open_single: int | None = None
    inner_double: int | None = None  # a double mark nested in a quotation (``nests_doubles``)
    carried = False  # the pending double quotation continues from an earlier paragraph
    for bi, (bs, be) in enumerate(blocks):
        i = bs
        if carried:
            # the continued quotation must reopen with a mark at the paragraph start
            opener = next((o for o in openers if text.startswith(o, bs, be)), None)
            if opener is not None:
                i = bs + len(opener)
            else:
                open_double = None
                carried = False
        for m in mark_re.finditer(text, i, be):
            i = m.start()
            ch = m.group()
            if ch == marks.typewriter_close and open_double is None and \
                    not _single_opens(text, i + 1, marks):
                continue  # a closing pair with nothing open, or two apostrophes
            if len(ch) == 2 or ch in marks.doubles:
                if open_double is not None and text[open_double] in marks.nests_doubles and \
                        ch not in marks.double_close:
                    if inner_double is None:
                        inner_double = i
                    elif ch == _INNER_CLOSER.get(text[inner_double], text[inner_double]):
                        out.append(Quote(inner_double, i + 1,
                                         _trim(text, inner_double + 1, i), 1))
                        inner_double = None
                    else:
                        inner_double = i
                    continue
                inner_double = None
                if open_double is None:
                    if ch in marks.double_open or ch in marks.double_either or ch in two_char \
                            or (ch in marks.double_close and _misturned_opener(text, i, bs)):
                        open_double, open_len = i, len(ch)
                        open_single = None
                elif ch in marks.double_close or ch in marks.double_either or \
                        ch == marks.typewriter_close or ch == low_closer.get(text[open_double]) \
                        or (ch in marks.double_open and _misturned_closer(text, i, be)):
                    # a quotation continued from an earlier paragraph keeps its first
                    # opening mark: one content over the paragraphs
                    out.append(Quote(open_double, i + len(ch),
                                     _trim(text, open_double + open_len, i), 0))
                    open_double = None
                    open_single = None
                else:  # a second opening mark: the first one was never closed
                    open_double, open_len = i, len(ch)
                    open_single = None
            else:  # single marks
                level = 0 if open_double is None else 1
                if open_single is None:
                    if ch in marks.single_open or (ch in marks.single_either
                                                   and _single_opens(text, i, marks)):
                        open_single = i
                elif (ch in marks.single_close or ch in marks.single_either) and \
                        _single_closes(text, i):
                    out.append(Quote(open_single, i + 1, _trim(text, open_single + 1, i), level))
                    open_single = None
        open_single = None
        inner_double = None
        if open_double is not None:
            nxt = blocks[bi + 1][0] if bi + 1 < len(blocks) else None
            if nxt is not None and text.startswith(openers, nxt) and \
                    _starts_sentence(text, open_double, bs, marks):
                carried = True
                continue
            open_double = None
        carried = False
    return out


def _starts_sentence(text: str, pos: int, block_start: int, marks: QuoteMarks) -> bool:
    j = pos - 1
    while j >= block_start and (text[j] in " \t" or text[j] in marks.dashes):
        j -= 1
    return j < block_start or text[j] in ".!?:,"
