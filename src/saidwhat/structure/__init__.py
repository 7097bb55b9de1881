"""Structure stage: which lines are body, title, section heads, or boilerplate.

Placeholder until issue 3 lands: every blank-line-separated paragraph is body, the
first one is the title.
"""

from __future__ import annotations

import re

from ..model import Block, Structure

_PARA = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def analyze_structure(text: str, *, title: str | None = None,
                      published: str | None = None) -> Structure:
    blocks = []
    for i, m in enumerate(_PARA.finditer(text)):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            blocks.append(Block((s, e), "title" if not blocks else "body"))
    if title is None and blocks:
        title = text[slice(*blocks[0].span)]
    return Structure(blocks=blocks, title=title, published=published)
