"""Prepositional frames: ``X talked about Y``, ``his criticism of Y``, ``X called for
Y``, ``X was critical of Y``, ``X raised questions about Y`` (``cues.PREP_FRAMES``).

The content is the preposition's object with its subtree; the cue is the frame word
with its preposition (and a verb's auxiliaries); the source is the verb's or the
adjective's subject, a noun's possessor (``his``), or the subject of the verb that
governs the noun. A frame with none of these has no source. Negated frames are not
attributions (``did not talk about``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import cues
from .clauses import MAX_CONTENT_TOKENS, MAX_SOURCE_TOKENS, source_ids, subject, verb_group
from .found import Found
from .spans import pieces, subtree_ids

#: Objects that are times, not topics (``voted for the first time``).
_TIME_HEADS = frozenset("time times day days week weeks year years month months hour hours "
                        "moment minutes".split())


def prepositional_attribution(doc: Doc, t: Token) -> Found | None:
    """The attribution framed by ``t`` and one of its prepositions, if any."""
    word = t.lower_
    for prep in t.children:
        if prep.dep_ != "prep" or prep.i < t.i or word not in cues.PREP_FRAMES.get(
                prep.lower_, ()):
            continue
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.lower_ in _TIME_HEADS or obj.i - prep.i > 6:
            return None
        return _found(doc, t, prep, obj)
    return None


def _found(doc: Doc, t: Token, prep: Token, obj: Token) -> Found | None:
    if any(c.dep_ == "neg" for c in t.children) or (
            t.head is not t and any(c.dep_ == "neg" for c in t.head.children)
            and t.dep_ in ("dobj", "acomp", "attr")):
        return None
    content = subtree_ids(obj)
    if len(content) > MAX_CONTENT_TOKENS:
        return None
    if t.tag_.startswith("VB"):
        holder = subject(t)
        cue = verb_group(t) + [prep.i]
    elif t.tag_.startswith("JJ"):  # "was critical of": the copula's subject
        holder = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                      None) if t.dep_ == "acomp" else None
        cue = [t.i, prep.i]
    elif t.tag_.startswith("NN"):
        holder = next((c for c in t.children if c.dep_ == "poss"), None)
        if holder is None and t.dep_ in ("dobj", "attr") and t.head.tag_.startswith("VB"):
            holder = subject(t.head)
        cue = [t.i, prep.i]
    else:
        return None
    if holder is not None and (holder.i in content or len(subtree_ids(holder)) > MAX_SOURCE_TOKENS
                               or holder.lower_ in cues.NON_REFERRING):
        return None
    src = source_ids(holder, set(cue) | content) if holder is not None else set()
    if holder is not None and holder.dep_ == "poss":
        src = {holder.i}
    content -= src | set(cue)
    if not content:
        return None
    return Found(
        source=pieces(doc, src),
        cue=pieces(doc, cue),
        content=pieces(doc, content),
        origin="clause",
        cue_word=t.lower_,
        source_words=[doc[i].lower_ for i in sorted(src)],
    )
