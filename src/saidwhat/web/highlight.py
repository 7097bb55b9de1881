"""Article text as HTML with every attribution span marked.

Spans overlap and nest (a content holds a nested attribution's source, cue and
content; a quotation can run across paragraphs), so the text is cut at every span
and block boundary and each piece is rendered with the classes of all the spans
that cover it. Every piece of text goes through ``markupsafe.escape``: article text
is untrusted.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Article, Attribution

#: Number of speaker colours in style.css (``.spk-0`` .. ``.spk-11``).
PALETTE_SIZE = 12

ROLES = ("source", "cue", "content")
ROLE_CLASS = {"source": "src", "cue": "cue", "content": "cnt"}


def speaker_colour(speaker: str | None) -> int:
    """A stable colour index per speaker name, the same on every list page."""
    return zlib.crc32((speaker or "?").encode("utf-8")) % PALETTE_SIZE


def article_colours(article: Article) -> dict[str | None, int]:
    """Colours for one article's speakers, in order of first statement, so that
    (up to ``PALETTE_SIZE`` speakers) no two share a colour."""
    speakers = dict.fromkeys(a.speaker for a in article.attributions)
    return {speaker: i % PALETTE_SIZE for i, speaker in enumerate(speakers)}


def nesting_depth(att: Attribution, by_id: dict[int, Attribution]) -> int:
    depth, seen = 0, {att.id}
    while att.nested_in is not None and att.nested_in in by_id and att.nested_in not in seen:
        att = by_id[att.nested_in]
        seen.add(att.id)
        depth += 1
    return depth


@dataclass
class _Mark:
    start: int
    end: int
    attribution: Attribution
    role: str
    depth: int


def highlight_article(article: Article, colours: dict[str | None, int] | None = None
                      ) -> Markup:
    """The whole article text as escaped HTML; white space is kept (render it with
    ``white-space: pre-wrap``). ``colours``: speaker -> colour index."""
    colours = colours if colours is not None else article_colours(article)
    text = article.text
    by_id = {a.id: a for a in article.attributions}
    marks: list[_Mark] = []
    for att in article.attributions:
        depth = nesting_depth(att, by_id)
        for role in ROLES:
            for start, end in getattr(att, role):
                start, end = max(0, start), min(len(text), end)
                if start < end:
                    marks.append(_Mark(start, end, att, role, depth))
    discarded = [(max(0, b.span[0]), min(len(text), b.span[1]), b.label)
                 for b in article.blocks if not b.is_body]

    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for s, e, _ in discarded:
        cuts.update((s, e))
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))

    out: list[str] = []
    pieces = zip(cuts, cuts[1:],
                 _covering(cuts, [(m.start, m.end, m) for m in marks]),
                 _covering(cuts, discarded))
    for start, end, covering_marks, covering_blocks in pieces:
        piece = escape(text[start:end])
        covering = [m for _, _, m in covering_marks]
        block_label = covering_blocks[0][2] if covering_blocks else None
        if not covering and block_label is None:
            out.append(piece)
            continue
        out.append(_segment(piece, covering, block_label, colours))
    return Markup("".join(out))


def _covering(cuts: list[int], spans: list[tuple]) -> Iterator[list[tuple]]:
    """For each piece between two cuts, the ``(start, end, ...)`` spans covering it.
    Every span boundary is a cut, so a span that has started and not ended covers
    the whole piece: one sweep, not a search per piece."""
    spans = sorted(spans, key=lambda s: s[0])
    active: list[tuple] = []
    i = 0
    for start in cuts[:-1]:
        while i < len(spans) and spans[i][0] <= start:
            active.append(spans[i])
            i += 1
        active = [s for s in active if s[1] > start]
        yield active


def _segment(piece: Markup, covering: list[_Mark], block_label: str | None,
             colours: dict[str | None, int]) -> str:
    classes: list[str] = []
    attrs: dict[str, str] = {}
    if block_label is not None:
        classes += ["discard", f"blk-{block_label}"]
        attrs["title"] = f"not article body: {block_label}"
    if covering:
        # The innermost attribution decides the look; an outer content it sits in
        # shows as an underline in the outer speaker's colour.
        covering.sort(key=lambda m: (m.depth, m.role != "content"))
        inner = covering[-1]
        colour = colours[inner.attribution.speaker]
        classes += ["hl", ROLE_CLASS[inner.role], f"spk-{colour}"]
        outer = [m for m in covering[:-1] if m.attribution.id != inner.attribution.id
                 and m.role == "content"]
        if outer:
            classes += ["nested", f"out-spk-{colours[outer[-1].attribution.speaker]}"]
        innermost_first = dict.fromkeys(m.attribution.id for m in reversed(covering))
        attrs["data-att"] = " ".join(map(str, innermost_first))
        attrs["title"] = " | ".join(_describe(m) for m in reversed(covering))
        attrs["tabindex"] = "0"
    rendered = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
    return f'<span class="{" ".join(classes)}" {rendered}>{piece}</span>'


def _describe(mark: _Mark) -> str:
    att = mark.attribution
    speaker = att.speaker or "?"
    if att.unresolved:
        speaker += " (unresolved)"
    nested = f", inside #{att.nested_in}" if att.nested_in is not None else ""
    return f"#{att.id} {speaker}: {mark.role} ({att.kind}{nested})"
