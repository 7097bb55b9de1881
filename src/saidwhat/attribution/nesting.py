"""Ids, kinds and nesting: which attribution sits inside another's content.

An attribution whose cue lies in another one's content is nested in it when its source
is a different entity. Kept out: first-person sources inside a quotation or another
attribution's content (``we expect`` there is the speaker's own view; a columnist's
``I told Sanders that ...`` outside any stays), source-less ones inside a quotation
(``it seems ...``: the speaker's too), a pronoun's beliefs inside a statement (``he said he
expects``: the guideline keeps the speaker's own beliefs in his statement), an
``according to`` inside a quotation, and source-less passives inside content.
"""

from __future__ import annotations

import bisect

from types import ModuleType

from ..model import Attribution, Span

from .found import Found

#: How many earlier content pieces are checked for each cue (keeps the pass linear).
_LOOKBACK = 32


def settle(found: list[Found], quotes: list[Span], cues: ModuleType) -> list[Attribution]:
    """``cues``: the language's cue lexicon (``Profile.cues``)."""
    # the first found of a cue wins: callers list headlines first (their telegraphic
    # grammar is read better by the headline rules than by the parse)
    for f in found:  # an empty span (start == end) marks nothing; edge cases make them
        f.source, f.cue, f.content = (_non_empty(f.source), _non_empty(f.cue),
                                      _non_empty(f.content))
    found = sorted(_dedupe(found), key=lambda f: (f.content[0][0], f.cue[0][0] if f.cue else 0))
    pieces = sorted((s, e, k) for k, f in enumerate(found) for s, e in f.content)
    starts = [p[0] for p in pieces]
    parent: dict[int, int] = {}
    drop: set[int] = set()
    for k, f in enumerate(found):
        pos = f.cue[0][0] if f.cue else f.content[0][0]
        best = None
        j = bisect.bisect_right(starts, pos) - 1
        for s, e, owner in reversed(pieces[max(0, j - _LOOKBACK):j + 1]):
            if owner != k and s <= pos < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, owner)
        if best is None:
            if (not f.source_words or _first_person(f.source_words, cues)) and \
                    _in_quotation(f, quotes):
                drop.add(k)  # "we expect ...", "it seems ..." in a quotation no rule framed
            continue
        outer = found[best[2]]
        if _first_person(f.source_words, cues) or _own_view(f, outer, cues):
            drop.add(k)
        elif not _reaches(parent, best[2], k):  # overlapping contents: never a cycle
            parent[k] = best[2]
    ids: dict[int, int] = {}
    out = []
    for k, f in enumerate(found):
        if k in drop:
            continue
        ids[k] = len(out) + 1
        out.append(Attribution(id=ids[k], kind=f.kind if f.kind != "indirect" else _kind(f, quotes),
                               source=f.source, cue=f.cue, content=f.content,
                               rule=f.rule or None))
    for k, p in parent.items():
        if k in ids and p in ids:
            out[ids[k] - 1].nested_in = ids[p]
    return out


def _non_empty(spans: list[Span]) -> list[Span]:
    return [sp for sp in spans if sp[0] < sp[1]]


def _reaches(parent: dict[int, int], start: int, target: int) -> bool:
    """Does the chain of parents from ``start`` reach ``target``?"""
    at, steps = start, 0
    while at in parent and steps <= len(parent):
        if at == target:
            return True
        at, steps = parent[at], steps + 1
    return at == target


def _in_quotation(f: Found, quotes: list[Span]) -> bool:
    pos = f.cue[0][0] if f.cue else f.content[0][0]
    return any(s <= pos < e for s, e in quotes)


def _first_person(words: list[str], cues: ModuleType) -> bool:
    """``I``, ``we``, also after an interview label parsed into the subject (``A: I``)."""
    core = words[len(words) - words[::-1].index(":"):] if ":" in words else words
    return len(core) == 1 and core[0] in cues.FIRST_PERSON


def _own_view(inner: Found, outer: Found, cues: ModuleType) -> bool:
    words = inner.source_words
    if not words:
        return True
    if words[0] in cues.NON_REFERRING:
        return True
    pronoun = len(words) == 1 and words[0] in cues.PRONOUNS
    if pronoun and (inner.cue_word in cues.BELIEF or inner.cue_word in cues.STANCE):
        return True  # "he said he supports the plan": his own stance, in his statement
    if inner.cue_word == "according" and outer.origin in ("direct", "qa"):
        return True
    return False


def _dedupe(found: list[Found]) -> list[Found]:
    """One attribution per cue (the first found) and per content+cue."""
    seen: set[tuple] = set()
    out = []
    for f in found:
        keys = [(tuple(f.content), tuple(f.cue))] + ([("cue", f.cue[0])] if f.cue else [])
        if not f.content or any(k in seen for k in keys):
            continue
        seen.update(keys)
        out.append(f)
    return out


def _kind(f: Found, quotes: list[Span]) -> str:
    """indirect, mixed (content holds a quotation) or direct (content is one).

    A quotation that also holds the cue is someone else's, reporting this one
    (``"President X characterized them as provocations," the diplomat stressed``):
    inside it, this attribution is reported speech."""
    # ``quotes`` are the outermost quotations: sorted and disjoint, so bisection finds
    # the one holding a cue and the ones near a content piece (linear in all).
    holding = set()
    for cs, ce in f.cue:
        k = bisect.bisect_right(quotes, (cs, float("inf"))) - 1
        if k >= 0 and quotes[k][0] <= cs and ce <= quotes[k][1]:
            holding.add(k)
    quoted = []  # per content piece: "in" a quotation, "part" quoted, or "none"
    for s, e in f.content:
        after = bisect.bisect_left(quotes, (s, -1))  # the first quotation from s on
        before = after - 1
        while after in holding:
            after += 1
        while before in holding:
            before -= 1
        if after < len(quotes) and quotes[after][0] < e:
            qs, qe = quotes[after]
            quoted.append("in" if qs <= s and e <= qe else "part")
        elif before >= 0 and quotes[before][0] <= s < quotes[before][1]:
            quoted.append("part" if e > quotes[before][1] else "in")
        else:
            quoted.append("none")
    # a reported clause going on with a quotation ("..., he said. '...'") is mixed
    if quoted and all(q == "in" for q in quoted):
        return "direct"
    return "mixed" if "in" in quoted or "part" in quoted else "indirect"
