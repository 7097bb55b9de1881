"""Quotation finding: one left-to-right pass over the body text, linear in its length.

Double marks (" “ ” « » „, and the typewriter pairs `` and '' that many archives and
wires write for “ and ”) open and close top-level quotations; single marks (‘ ’ and a
straight ' that is not an apostrophe) are quotations of their own outside double marks
(British style) and nested quotations inside them. An opening mark with no closing one
at the end of a paragraph continues into the next paragraph when that paragraph opens
with a mark (the newspaper convention for multi-paragraph quotations); otherwise it is
dropped. A stray mark never makes the pass look back, so unbalanced input stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_MARK = re.compile("''|``|[\"“”«»„‘’']")
#: What may open a quotation that continues into the next paragraph.
_PARAGRAPH_OPENERS = ('"', "“", "«", "„", "''", "``")


@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (in a later paragraph for a continued quotation)
    inner: Span  # the quoted words, without marks and edge spaces
    level: int  # 0 top level, 1 inside another quotation


def _single_opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isalnum() and (nxt.isalnum() or nxt in "‘\"“")


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


def find_quotes(text: str, blocks: list[Span]) -> list[Quote]:
    """Quotations in the given paragraphs, top level and nested, in the order they
    close (so top-level ones are in text order)."""
    out: list[Quote] = []
    open_double: int | None = None  # position of the pending double opening mark
    open_len = 1  # its length (2 for `` and '')
    open_single: int | None = None
    carried = False  # the pending double quotation continues from an earlier paragraph
    for bi, (bs, be) in enumerate(blocks):
        i = bs
        if carried:
            # the continued quotation must reopen with a mark at the paragraph start
            opener = next((o for o in _PARAGRAPH_OPENERS if text.startswith(o, bs, be)), None)
            if opener is not None:
                i = bs + len(opener)
            else:
                open_double = None
                carried = False
        for m in _MARK.finditer(text, i, be):
            i = m.start()
            ch = m.group()
            if ch == "''" and open_double is None and not _single_opens(text, i + 1):
                continue  # a closing pair with nothing open, or two apostrophes
            if len(ch) == 2 or ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"':
                if open_double is None:
                    if ch in _DOUBLE_OPEN or ch in ('"', "``", "''"):
                        open_double, open_len = i, len(ch)
                        open_single = None
                elif ch in _DOUBLE_CLOSE or ch in ('"', "''") or (
                        ch == "“" and text[open_double] == "„"):
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
                    if ch in _SINGLE_OPEN or (ch == "'" and _single_opens(text, i)):
                        open_single = i
                elif (ch in _SINGLE_CLOSE or ch == "'") and _single_closes(text, i):
                    out.append(Quote(open_single, i + 1, _trim(text, open_single + 1, i), level))
                    open_single = None
        open_single = None
        if open_double is not None:
            nxt = blocks[bi + 1][0] if bi + 1 < len(blocks) else None
            if nxt is not None and text.startswith(_PARAGRAPH_OPENERS, nxt) and \
                    _starts_sentence(text, open_double, bs):
                carried = True
                continue
            open_double = None
        carried = False
    return out


def _starts_sentence(text: str, pos: int, block_start: int) -> bool:
    j = pos - 1
    while j >= block_start and text[j] in " \t-–—":
        j -= 1
    return j < block_start or text[j] in ".!?:,"
