"""Attributions without a verb of saying: a noun with its clause (``his claim that
...``, ``her refusal to resign``, ``cues.NOMINAL_CUES``), the source-less hearsay
adverbs (``The firm allegedly hid the losses``, ``cues.HEARSAY_ADVERBS``) and verbs of
appearance (``The court seemed to send a signal``, ``cues.EVIDENTIAL_VERBS``).

A nominal cue's content is its ``that``-clause or ``to``-infinitive; its source, as for
the prepositional frames, the possessor or the subject of the governing verb, and
without one it is no attribution. A hearsay adverb's content is the clause it
modifies, without the adverb; it has no source. So has a verb of appearance: its
content is its subject with its complement (``to``-infinitive or predicate), or the
clause after an expletive ``it`` (``it appears that ...``); without one (``appeared on
television``) it is no attribution. PARC annotates these as the narrator's evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lang
from .clauses import MAX_CONTENT_TOKENS
from .found import Found
from .prepositional import framed
from .spans import pieces, subtree_ids


def nominal_attribution(doc: Doc, t: Token) -> Found | None:
    syn = lang.of(doc).syntax
    if not syn.is_noun(t.tag_):
        return None
    for c in t.children:
        if c.i < t.i or c.dep_ not in (syn.NOUN_CLAUSE, syn.CLAUSE):
            continue
        marks = {g.lower_ for g in c.children if g.dep_ in (syn.MARKER, syn.AUX)}
        # "the claim that X" (a clause with its own subject), "the refusal to resign";
        # not "the claim that was rejected" (a relative clause)
        clause = "that" in marks and any(g.dep_ in (syn.SUBJECT,
                                                    syn.PASSIVE_SUBJECT) for g in c.children)
        if not (clause or "to" in marks) or len(subtree_ids(c)) > MAX_CONTENT_TOKENS:
            continue
        # "the decision to close the road", nobody's: an act, not a statement
        return framed(doc, t, [t.i], subtree_ids(c), needs_holder=True, rule="nominal-cue")
    return None


def hearsay_attribution(doc: Doc, t: Token) -> Found | None:
    syn = lang.of(doc).syntax
    verb = t.head
    if t.dep_ != syn.ADVERB or verb.i == t.i or not syn.is_verb(verb.tag_):
        return None
    content = subtree_ids(verb) - {t.i}
    if len(content) > MAX_CONTENT_TOKENS:
        return None
    return Found(source=[], cue=pieces(doc, [t.i]), content=pieces(doc, content),
                 origin="clause", cue_word=t.lower_, rule="hearsay-adverb")


def evidential_attribution(doc: Doc, t: Token) -> Found | None:
    profile = lang.of(doc)
    syn, it = profile.syntax, profile.cues.EXPLETIVE
    if not syn.is_verb(t.tag_) or t.dep_ in syn.NOUN_POSITIONS:
        return None
    subj = next((c for c in t.children if c.dep_ in syn.SUBJECTS), None)
    if subj is None or subj.lower_ in profile.cues.DESCRIBING_SUBJECTS:
        return None  # "what appeared to be a fresh scandal": a description, not a report
    complements = [c for c in t.children if c.i > t.i and c.dep_ in (
        syn.OPEN_CLAUSE, syn.ADJ_COMPLEMENT, syn.ATTRIBUTE, syn.OBJECT_PREDICATE)]
    clause = next((c for c in t.children if c.i > t.i and c.dep_ == syn.CLAUSE), None)
    if subj.lower_ == it and clause is not None:
        content = subtree_ids(clause)
    elif complements and subj.lower_ != it:
        content = subtree_ids(subj) | {i for c in complements for i in subtree_ids(c)}
    else:
        return None
    if len(content) > MAX_CONTENT_TOKENS:
        return None
    # the impression ends at the first comma, dash or colon after the verb: what
    # follows is the narrator's ("appeared to dismiss the issue, when he told ...")
    stop = next((i for i in range(t.i + 1, max(content) + 1) if
                 doc[i].text in (",", ":", ";") or doc[i].text in profile.quote_marks.dashes),
                None)
    if stop is not None:
        content = {i for i in content if i < stop}
    cue = [c.i for c in t.children if c.dep_ in (syn.AUX, syn.NEGATION) and c.i < t.i] + [t.i]
    if subj.lower_ == it:
        cue = [subj.i] + cue
    return Found(source=[], cue=pieces(doc, sorted(cue)), content=pieces(
        doc, content, strip_that=True), origin="clause", cue_word=t.lower_,
        rule="evidential-verb")
