"""Token sets to character spans: contiguous pieces, edge punctuation and ``that`` trimmed."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .. import lang
from ..model import Span

_EDGE_PUNCT = frozenset(",.;:-–—\"“”«»„‘’'()[]")
_LEADING_WORDS = frozenset({"that"})


def is_punct(token: Token) -> bool:
    return token.is_space or all(ch in _EDGE_PUNCT for ch in token.text)


_BRACKETS = {")": "(", "]": "["}


def _closes_bracket(doc: Doc, run: list[int]) -> bool:
    """The run's last token closes a bracket the run opened (``Sen. Ann Ruiz (D-Ore.)``)."""
    opening = _BRACKETS.get(doc[run[-1]].text)
    return opening is not None and any(doc[i].text == opening for i in run[:-1])


def pieces(doc: Doc, indices: Iterable[int], *, strip_that: bool = False) -> list[Span]:
    """Sorted token indices -> character spans of each contiguous run, with edge
    punctuation (and a leading complementizer ``that`` when asked) removed."""
    syn = lang.of(doc).syntax
    idx = sorted(set(indices))
    runs: list[list[int]] = []
    for i in idx:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out = []
    for run in runs:
        s, e = 0, len(run)
        while s < e and is_punct(doc[run[s]]):
            s += 1
        lead = doc[run[s]] if s < e else None
        if strip_that and lead is not None and lead.lower_ in _LEADING_WORDS and (
                lead.dep_ == syn.MARKER or (
                    lead.dep_ in (syn.PREP_OBJECT, syn.OBJECT) and lead.head.i > lead.i)):
            # a complementizer, or one the parser took for an object inside the clause
            s += 1
            while s < e and is_punct(doc[run[s]]):
                s += 1
        while e > s and is_punct(doc[run[e - 1]]) and not _closes_bracket(doc, run[s:e]):
            e -= 1
        if e > s:
            first, last = doc[run[s]], doc[run[e - 1]]
            out.append((first.idx, last.idx + len(last.text)))
    return out


def subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def char_trim(text: str, s: int, e: int) -> Span:
    """Trim spaces and edge punctuation of a character span."""
    while s < e and (text[s].isspace() or text[s] in _EDGE_PUNCT):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_PUNCT):
        e -= 1
    return (s, e)


#: Tokens that end a sentence for a content read past a failed parse.
_FULL_STOPS = frozenset({".", "!", "?", ";"})


def full_stop(doc: Doc, start: int, limit: int) -> int | None:
    """Index of the first full stop (or line break) at or after ``start``: the
    sentence's own end, not the parser's sentence, for contents read where the parse
    failed; ``None`` when it lies ``limit`` tokens or more away."""
    end = start
    while end < len(doc) and doc[end].text not in _FULL_STOPS and not doc[end].is_space:
        end += 1
        if end - start >= limit:
            return None
    return end


#: The most tokens a content takes on after a coordinator it ends with.
_MAX_CONJUNCT = 40


def dangling_conjunct(doc: Doc, content: set[int]) -> set[int]:
    """A content that ends in a coordinator runs on through the conjunct the parser hung
    elsewhere (``complained about the delays and how little the agency said``): the
    phrase that starts right after ``and``, up to its last word. Not a clause of its
    own (``... and he noted ...``, ``... and that's something ...``) nor another report
    (``and says``), but an embedded question is part of the list."""
    if not content:
        return content
    profile = lang.of(doc)
    syn = profile.syntax
    last = max(content)
    k = last + 1
    if doc[last].dep_ != syn.COORDINATOR or k >= len(doc) \
            or doc[k].is_sent_start or is_punct(doc[k]):
        return content
    node = doc[k]
    while node.head.i != node.i and node.head.left_edge.i >= k:
        node = node.head
    if syn.is_verb(node.tag_) and doc[k].tag_ not in syn.WH_WORDS and (
            node.lower_ in profile.cues.CUE_VERBS
            or any(g.dep_ in syn.SUBJECTS for g in node.children)):
        return content
    end = node.right_edge.i
    if end - k >= _MAX_CONJUNCT or any(doc[i].is_sent_start for i in range(k + 1, end + 1)):
        return content
    return content | set(range(k, end + 1))

