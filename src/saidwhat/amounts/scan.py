"""Running big regular expressions only where they can match.

Python's ``re`` tries a pattern at every character; with long alternations (month
names, currencies, units) that costs more than the parse. So the text is cut into
words once, the words that any match must contain are picked out (a month, a digit,
``ago`` ...), and the pattern is tried, anchored, only at the starts of those words and
of the few words before them. Matches come out as ``finditer`` would give them: left to
right, none overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

_TOKEN = re.compile(r"\w+|[^\w\s]")


class Words:
    """The words and punctuation marks of ``text[start:end]``, lower-cased."""

    def __init__(self, text: str, start: int, end: int):
        found = list(_TOKEN.finditer(text, start, end))
        self.offsets = [m.start() for m in found]
        self.lower = [m.group().lower() for m in found]
        self.text = text[start:end].lower()

    def near(self, anchors: frozenset[str], before: int, *, digits: bool = False,
             years: bool = False) -> list[int]:
        """Offsets of each anchor word (with ``digits``: each number too; ``years``:
        each four-digit number) and of the ``before`` tokens preceding it."""
        if digits:
            flags = [w in anchors or w[0].isdigit() for w in self.lower]
        elif years:
            flags = [w in anchors or len(w) == 4 and w.isdigit() for w in self.lower]
        elif not any(a in self.text for a in anchors):  # a quick look first
            return []
        else:
            flags = [w in anchors for w in self.lower]
        out: set[int] = set()
        for i in compress(range(len(flags)), flags):
            out.update(self.offsets[max(0, i - before):i + 1])
        return sorted(out)


def matches_at(pattern: re.Pattern, text: str, starts: list[int], end: int
               ) -> Iterator[re.Match]:
    """Non-overlapping matches of ``pattern`` beginning at one of ``starts``."""
    last = -1
    for pos in starts:
        if pos < last:
            continue
        m = pattern.match(text, pos, end)
        if m and m.end() > pos:
            yield m
            last = m.end()


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so the fullest form wins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
