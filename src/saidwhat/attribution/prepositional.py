"""Prepositional frames: ``X talked about Y``, ``his criticism of Y``, ``X called for
Y``, ``X was critical of Y``, ``X raised questions about Y`` (``cues.PREP_FRAMES``).

The content is the preposition's object with its subtree; the cue is the frame word
with its preposition (and a verb's auxiliaries); the source is the verb's or the
adjective's subject, a noun's possessor (``his``), or the subject of the verb that
governs the noun, or the name a noun is in apposition to. A frame with none of these
is no attribution (``Talk about the budget dominated ...``: on real news such frames
were wrong more often than right, and a stance no one holds tells a reader nothing).
Negated frames are not attributions (``did not talk about``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lang
from .clauses import MAX_CONTENT_TOKENS, MAX_SOURCE_TOKENS, source_ids, subject, verb_group
from .found import Found
from .spans import dangling_conjunct, pieces, subtree_ids

#: Objects that are times, not topics (``voted for the first time``).
_TIME_HEADS = frozenset("time times day days week weeks year years month months hour hours "
                        "moment minutes".split())


def prepositional_attribution(doc: Doc, t: Token) -> Found | None:
    """The attribution framed by ``t`` and one of its prepositions, if any."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    word = t.lower_
    for prep in t.children:
        if prep.dep_ != syn.PREPOSITION or prep.i < t.i or word not in cues.PREP_FRAMES.get(
                prep.lower_, ()):
            continue
        obj = next((g for g in prep.children if g.dep_ in (syn.PREP_OBJECT, syn.PREP_CLAUSE)), None)
        if obj is None or obj.lower_ in _TIME_HEADS or obj.i - prep.i > 6:
            return None
        return _found(doc, t, prep, obj)
    return None


def _found(doc: Doc, t: Token, prep: Token, obj: Token) -> Found | None:
    syn = lang.of(doc).syntax
    if not (syn.is_verb(t.tag_) or syn.is_adjective(t.tag_) or syn.is_noun(t.tag_)):
        return None
    if t.dep_ == syn.OPEN_CLAUSE and t.head.lower_ in lang.of(doc).cues.REFUSAL_HEADS:
        return None  # "declined to comment on the draft": the refusal is the attribution
    if any(c.dep_ == syn.NEGATION for c in t.children) or (
            t.head.i != t.i and any(c.dep_ == syn.NEGATION for c in t.head.children)
            and t.dep_ in (syn.OBJECT, syn.ADJ_COMPLEMENT, syn.ATTRIBUTE)):
        return None
    content = dangling_conjunct(doc, subtree_ids(obj) | _list_tail(doc, obj))
    if len(content) > MAX_CONTENT_TOKENS:
        return None
    cue = (verb_group(t) if syn.is_verb(t.tag_) else [t.i]) + [prep.i]
    return framed(doc, t, cue, content, needs_holder=True)


def _list_tail(doc: Doc, obj: Token) -> set[int]:
    """``about growth, regulators and the end of cheap money``: the rest of a list the
    parser hung on the verb. Taken when the sentence goes on after a comma with no verb
    of its own and a coordinator (``and``, ``or``)."""
    syn = lang.of(doc).syntax
    i = obj.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return set()
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start and doc[end].text not in ".;:!?":
        if (syn.is_verb(doc[end].tag_) or doc[end].tag_ == syn.MODAL) or end - i > 40:
            return set()
        end += 1
    tail = range(i + 1, end)
    return set(tail) if any(doc[j].lower_ in ("and", "or") for j in tail) else set()


def holder(t: Token) -> Token | None:
    """Who holds what the frame word ``t`` says: a verb's subject, an adjective's
    copula subject (``was critical of``), a noun's possessor (``his claim``), the
    subject of the verb governing the noun (``Lee raised questions about``) or the
    name a noun is in apposition to (``Ruiz, an opponent of``)."""
    syn = lang.of(t.doc).syntax
    if syn.is_verb(t.tag_):
        return subject(t)
    if syn.is_adjective(t.tag_):
        return next((c for c in t.head.children if c.dep_ in (syn.SUBJECT, syn.PASSIVE_SUBJECT)),
                    None) if t.dep_ == syn.ADJ_COMPLEMENT else None
    own = next((c for c in t.children if c.dep_ == syn.POSSESSOR), None)
    if own is None and t.dep_ in (syn.OBJECT, syn.ATTRIBUTE) and syn.is_verb(t.head.tag_):
        return subject(t.head)
    if own is None and t.dep_ == syn.APPOSITION:
        return t.head  # "Mayor Ruiz, a longtime opponent of the plan"
    return own


def framed(doc: Doc, t: Token, cue: list[int], content: set[int], *,
           needs_holder: bool = False, rule: str = "prepositional-frame") -> Found | None:
    """The attribution of a frame word ``t`` with its ``cue`` tokens and ``content``,
    the source found by ``holder`` (none found: no source, or no attribution when
    ``needs_holder``)."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    who = holder(t)
    if who is None and needs_holder:
        return None
    if who is not None and (who.i in content or len(subtree_ids(who)) > MAX_SOURCE_TOKENS
                            or who.lower_ in cues.NON_REFERRING):
        return None
    src = set() if who is None else {who.i} if who.dep_ == syn.POSSESSOR else source_ids(
        who, set(cue) | content | (subtree_ids(t) if who.i == t.head.i else set()))
    content = content - src - set(cue)
    if not content:
        return None
    return Found(
        source=pieces(doc, src),
        cue=pieces(doc, cue),
        content=pieces(doc, content, strip_that=True),
        origin="clause",
        cue_word=t.lower_,
        source_words=[doc[i].lower_ for i in sorted(src)],
        rule=rule,
    )
