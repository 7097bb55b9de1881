"""Reported clauses from the dependency parse: one cue token -> source, cue, content.

Handles ``X said (that) ...`` and ``..., X added``; ``A, X argued, B`` (a parenthetical
cue splitting its content); ``according to X``; ``As X noted, ...``;
``X told Y ...`` (the addressee is not content); beliefs and intentions (``wants to``,
``expects X to``); demands (``urged X to``, ``called on X to``); framing verbs
(``called it "..."``, ``describes him as``); participles sharing the main clause's
subject (``..., blaming ...``); passive reports (``This is stated in ... by X``,
``it was noted that``, ``X are reported to ...``). Quotations with their cue outside
the quotation are the job of ``direct.py``; this module only sees their cue as taken.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lang
from .found import Found
from .spans import dangling_conjunct, full_stop, pieces, subtree_ids

#: Longest content or source considered, in tokens. Real ones are far shorter; the cap
#: keeps chains of nested clauses (adversarial input) from costing quadratic time.
MAX_CONTENT_TOKENS = 300
MAX_SOURCE_TOKENS = 80
#: More dependents than a parsed verb ever has: a flat tree over unparsed words, whose
#: children must not be scanned once per cue (quadratic on a long paragraph).
MAX_CHILDREN = 64


def _width(t: Token) -> int:
    return t.right_edge.i - t.left_edge.i + 1


def _sent_start(doc: Doc, i: int) -> int:
    """Start of the parser's sentence holding token ``i`` (a bounded walk back)."""
    lo = max(0, i - MAX_CONTENT_TOKENS)
    while i > lo and not doc[i].is_sent_start:
        i -= 1
    return i


def _is_verb(t: Token) -> bool:
    syn = lang.of(t.doc).syntax
    return syn.is_verb(t.tag_) or t.tag_ == syn.MODAL


def subject(t: Token) -> Token | None:
    """The subject of ``t``, or of the verb it is coordinated with or depends on
    (``He said ... but added``, ``..., Hessler said, adding``). A cue coordinated
    inside another cue's content shares that cue's subject (``He said the incident
    was being investigated and called on ...``)."""
    profile = lang.of(t.doc)
    cues, syn = profile.cues, profile.syntax
    h = t
    for _ in range(4):
        if h.n_lefts + h.n_rights > MAX_CHILDREN:
            return None  # an unparsed stretch hangs on one token: no verb of a clause
        subjects = [c for c in h.children if c.dep_ in syn.SUBJECTS]
        if subjects:
            before = [c for c in subjects if c.i < h.i]
            return before[-1] if before else subjects[0]
        if h.i == t.i and h.i > 0 and h.doc[h.i - 1].head.i == h.i and \
                h.doc[h.i - 1].tag_ in syn.PROPER_NOUNS and \
                h.doc[h.i - 1].dep_ in (syn.ADVERB, syn.AUX):
            return h.doc[h.i - 1]  # "Jolly said", "Will wrote": a name parsed as a word
        if h.i == t.i and (stranded := _stranded_subject(t)) is not None:
            return stranded
        if h.dep_ not in syn.INHERITS_SUBJECT or h.head.i == h.i:
            return None
        nxt = h.head
        if nxt.dep_ == syn.CLAUSE and nxt.head.lower_ in cues.CUE_VERBS:
            own = next((c for c in nxt.children if c.dep_ in syn.SUBJECTS), None)
            if own is not None and own.lower_ in cues.FIRST_PERSON:
                return own  # "...: 'We welcome ... and urge ...'": the quotation's "we"
            nxt = nxt.head
        if nxt.lower_ in cues.QUOTE_VERBS and h.dep_ in (syn.PREP_CLAUSE, syn.PREPOSITION):
            # "The newspaper quoted Berg as saying ...": the quoted one speaks
            obj = next((c for c in nxt.children if c.dep_ == syn.OBJECT), None)
            if obj is not None:
                return obj
        h = nxt
    return None


def _listed_after_frame(t: Token, h: Token) -> bool:
    """``complained about the delays and how little ...``: a clause the parser hung on
    the cue that is the last item of its prepositional frame's list."""
    profile = lang.of(t.doc)
    syn = profile.syntax
    before = t.doc[h.left_edge.i - 1]
    if before.dep_ != syn.COORDINATOR or h.i < t.i:
        return False
    return any(p.dep_ == syn.PREPOSITION and t.lower_ in profile.cues.PREP_FRAMES.get(p.lower_, ())
               and p.i < before.i <= p.right_edge.i for p in t.children)


def _stranded_subject(t: Token) -> Token | None:
    """``Campaigning for Ruiz, former mayor Ann Ortega said ...``: the subject
    after a fronted phrase, misparsed as an apposition inside it, right before the verb."""
    syn = lang.of(t.doc).syntax
    if t.i < 2:
        return None
    p = t.doc[t.i - 1]
    if p.dep_ == syn.APPOSITION and syn.is_noun(p.tag_) and p.head.i < p.left_edge.i \
            and t.doc[p.left_edge.i - 1].text == "," and t.left_edge.i <= p.head.i:
        return p
    return None


def source_ids(subj: Token, exclude: set[int]) -> set[int]:
    """The subject's subtree, without a relative clause that is itself an attribution
    (``Ferreira, who says he became ..., admitted``)."""
    profile = lang.of(subj.doc)
    cues, syn = profile.cues, profile.syntax
    out = subtree_ids(subj) - exclude
    # "Co-founder and chief technology officer Joost Bakker", "State epidemiologist
    # Dr. ..." parsed as two subjects or a stray dependent: the title joins the name
    for sib in subj.head.children:
        if sib.dep_ in syn.TITLE_POSITIONS and sib.i < subj.i and \
                sib.right_edge.i + 1 == subj.left_edge.i:
            out |= subtree_ids(sib) - exclude
    for d in subj.subtree:
        if d.dep_ == syn.RELATIVE_CLAUSE and d.lower_ in cues.SPEECH and any(
                c.dep_ == syn.CLAUSE for c in d.children) and not _anonymity(d.doc, subtree_ids(d)):
            out -= subtree_ids(d)
    return out


def verb_group(t: Token) -> list[int]:
    """The cue verb with its auxiliaries and cue adverbs (``has long argued``)."""
    syn = lang.of(t.doc).syntax
    left = t.i
    doc = t.doc
    for c in t.children:
        # never across punctuation: a "not" the parser hangs on the verb from inside a
        # quotation ('"Probably not," Ms. Moore said') is not the verb's
        if c.i < t.i and not any(doc[j].is_punct for j in range(c.i + 1, t.i)) and (
                c.dep_ in (syn.AUX, syn.PASSIVE_AUX, syn.NEGATION)
                or (c.dep_ in (syn.ADVERB, syn.NOUN_ADVERBIAL, syn.PREPOSITION)
                    and c.i >= left - 3 and _adverbial(c))):
            left = min(left, c.i)
    ids = [i for i in range(left, t.i + 1)]
    # particles: "pointed out", "called on"
    for c in t.children:
        if c.dep_ == syn.PARTICLE and c.i == t.i + 1:
            ids.append(c.i)
    return ids


def _medium_participle(t: Token) -> tuple[Token | None, list[int]]:
    """``His office put out a statement saying ...``: a participle (any cue verb's:
    ``a petition urging``, ``records showing that``) on a statement, letter, post
    ... speaks for whoever issued it (the subject of the verb the noun
    is the object of; the cue runs from that verb to the participle), else for the
    noun itself (``a letter from the board saying ...``)."""
    profile = lang.of(t.doc)
    cues, syn = profile.cues, profile.syntax
    noun = t.head
    participle = t.lower_ in cues.PARTICIPLES or (t.tag_ == syn.GERUND
                                                  and t.lower_ in cues.CUE_VERBS)
    if t.dep_ != syn.NOUN_CLAUSE or noun.lower_ not in cues.MESSAGE_NOUNS or noun.i > t.i or \
            not participle:
        return None, []
    if noun.dep_ == syn.OBJECT:
        issuer = subject(noun.head)
        if issuer is not None and issuer.i < noun.head.i:
            verb = verb_group(noun.head)
            return issuer, list(range(verb[0], noun.i + 1))
        return None, []
    if noun.dep_ in (syn.SUBJECT, syn.PASSIVE_SUBJECT, syn.PREP_OBJECT, syn.ROOT):
        return noun, []
    return None, []


def _adverbial(c: Token) -> bool:
    cues = lang.of(c.doc).cues
    words = {w.lower_ for w in c.subtree}
    return bool(words & cues.CUE_ADVERBS)


def medium(t: Token, subj: Token | None) -> tuple[list[int], list[list[int]]]:
    """Medium phrases of the cue: right of the verb (``said in a statement``) they join
    the verb; before the subject (``In a statement, X said``) they are their own piece."""
    profile = lang.of(t.doc)
    cues, syn = profile.cues, profile.syntax
    right: list[int] = []
    fronted: list[list[int]] = []
    for c in t.children:
        if c.dep_ != syn.PREPOSITION:
            continue
        pobj = next((g for g in c.children if g.dep_ == syn.PREP_OBJECT), None)
        if pobj is None or pobj.lower_ not in cues.MEDIUM_NOUNS:
            continue
        ids = {c.i} | set(_without_time(pobj))
        if c.i > t.i:
            right.extend(ids)
        elif subj is None or c.i < subj.i:
            fronted.append(sorted(ids))
    return right, fronted


def _without_time(tok: Token) -> set[int]:
    """A subtree minus its time modifiers (``a statement on Sunday`` -> ``a statement``)
    and minus a reported clause hanging off it (``a statement that ...``)."""
    profile = lang.of(tok.doc)
    cues, syn = profile.cues, profile.syntax
    out = {tok.i}
    for c in tok.children:
        if c.dep_ == syn.PREPOSITION and (c.lower_ in cues.TIME_PREPOSITIONS or any(
                g.lower_ in cues.TIME_WORDS for g in c.subtree)):
            continue
        if c.dep_ in (syn.NOUN_CLAUSE, syn.RELATIVE_CLAUSE, syn.CLAUSE) and any(
                g.dep_ in syn.SUBJECTS or (g.dep_ == syn.MARKER and g.lower_ == "that")
                for g in c.children):
            continue
        out |= _without_time(c)
    return out


def _content_heads(t: Token, word: str) -> tuple[list[Token], list[int]]:
    """Children of ``t`` whose subtrees are the content, plus extra cue tokens."""
    profile = lang.of(t.doc)
    cues, syn = profile.cues, profile.syntax
    heads: list[Token] = []
    extra_cue: list[int] = []
    has_obj = False
    for c in t.children:
        dep = c.dep_
        if dep == syn.CLAUSE:
            heads.append(c)
        elif dep == syn.CONJUNCT and heads and heads[-1].dep_ == syn.CLAUSE \
                and c.i > heads[-1].i and \
                not any(g.dep_ in syn.SUBJECTS for g in c.children) and (
                    c.lower_ not in cues.CUE_VERBS
                    or any(g.dep_ == syn.AUX and g.lower_ in cues.REPORTED_AUX
                           for g in c.children)):
            heads.append(c)  # "said it was aware ... and had asked ..."
            heads.extend(g for g in t.children if g.dep_ == syn.COORDINATOR
                         and heads[-2].i < g.i < c.i)
        elif dep == syn.CONJUNCT and heads and heads[-1].dep_ == syn.CLAUSE \
                and c.i > heads[-1].i and c.lower_ not in cues.CUE_VERBS and any(
                    g.dep_ == syn.SUBJECT for g in c.children) and \
                t.doc[c.left_edge.i - 1].tag_ == syn.COORDINATING and \
                t.doc[c.left_edge.i - 2].i == heads[-1].right_edge.i and \
                t.doc[c.left_edge.i - 2].text != ",":
            # "says A and it's his business ...": a second clause the parser hung on the
            # cue, with no comma: still reported (", and the crowd cheered" is not)
            heads.append(c)
            heads.append(t.doc[c.left_edge.i - 1])
        elif dep == syn.SUBJECT and c.i > t.i and any(
                g.dep_ == syn.SUBJECT and g.i < t.i for g in t.children):
            heads.append(c)  # "X said queues at the checkpoints used to last ..." misparsed
        elif dep == syn.ADVERBIAL_CLAUSE and word in ("call", "calls", "called", "calling") and any(
                g.dep_ == syn.MARKER and g.lower_ == "for" and g.i == t.i + 1 for g in c.children):
            extra_cue.append(t.i + 1)  # "called for the contracts to be published"
            heads.append(c)
        elif dep == syn.CONJUNCT and heads and c.i > heads[-1].i and any(
                g.dep_ == syn.MARKER and g.lower_ == "that" for g in c.children):
            heads.append(c)  # "... and that ..."
        elif dep == syn.ADVERBIAL_CLAUSE and word in cues.ASKING and c.i > t.i and any(
                g.dep_ == syn.MARKER and g.lower_ in cues.QUESTION_MARKS for g in c.children):
            heads.append(c)  # "asked the senator if she would run", parsed as a condition
        elif dep == syn.OPEN_CLAUSE and (word not in cues.CLAUSE_ONLY
                                          or word in cues.COMMITTING):
            heads.append(c)  # "vowed to ...", "agreed to pay ..."
        elif word in cues.SAY and c.i > t.i and c.lower_ in cues.ANSWER_WORDS and dep in (
                syn.ADVERB, syn.INTERJECTION, syn.OBJECT):
            heads.append(c)  # "75 percent said yes", "55 percent said so"
        elif dep in (syn.OBJECT, syn.DATIVE) and word not in cues.TELL and (
                word in cues.OBJECT_CONTENT or word in cues.FRAMING or word in cues.DIRECTIVE
                or word in cues.STANCE):
            heads.append(c)
            has_obj = True
        elif dep == syn.OBJECT and word in cues.DOCUMENT_OBJECT_CONTENT and t.dep_ != syn.CLAUSE:
            # "the poll showed a slimmer lead" (the subject is checked later); inside
            # someone's clause ("said filings showed fewer jobs") it is their evidence
            heads.append(c)
            has_obj = True
        elif has_obj and dep == syn.ADVERBIAL_CLAUSE and c.i > t.i and \
                word in cues.FRAMING_AS and any(g.dep_ == syn.MARKER and g.lower_ == "as"
                                                for g in c.children):
            heads.append(c)  # "described the dinner as Washington celebrating itself"
        elif has_obj and dep == syn.ADVERBIAL_CLAUSE and c.i > t.i and \
                c.left_edge.lower_ == "to" and c.left_edge.i == heads[-1].right_edge.i + 1:
            heads.append(c)  # "decried Lee's calls to ban ...": the noun's infinitive
        elif has_obj and word in cues.DOCUMENT_OBJECT_CONTENT and c.i > t.i and dep in (
                syn.PREPOSITION, syn.OBJECT_PREDICATE, syn.ADJ_COMPLEMENT, syn.ADVERB):
            heads.append(c)  # "... shows them in a dead heat", "shows Lee ahead by 4 points"
        elif dep == syn.OBJECT_PREDICATE and word in cues.FRAMING and not any(
                g.dep_ == syn.PREPOSITION and g.lower_ == "to" for g in t.children):
            # (not "called her nephew Tomas to the stage": a summons)
            heads.append(c)
        elif has_obj and word in cues.FRAMING and c.i > t.i and dep != syn.PUNCT and (
                {c.left_edge.text, t.doc[c.left_edge.i - 1].text}
                & set(lang.of(t.doc).quote_marks.opening)):
            heads.append(c)  # "called that 'beyond preposterous'": the quoted predicate
        elif dep == syn.PREPOSITION and c.i > t.i:
            low = c.lower_
            if has_obj and word in cues.STANCE and low in cues.STANCE_COMPLEMENTS and \
                    not any(g.lower_ in cues.TIME_WORDS for g in c.subtree):
                heads.append(c)  # "praised Lee for her work", "accused X of lying"
            elif has_obj and ((low == "as" and (word in cues.FRAMING_AS
                                                or word in cues.OBJECT_CONTENT))
                            or (low == "at" and word in ("put", "puts"))):
                # "describes him as ...", "cited the tax as a reason", "put it at"
                heads.append(c)
            elif word in ("call", "calls", "called", "calling") and low in ("on", "for") \
                    and c.i == t.i + 1:
                extra_cue.append(c.i)
                heads.extend(g for g in c.children if g.dep_ == syn.PREP_OBJECT)
            elif word in ("drew", "draw", "draws") and low == "to":
                fact = next((g for g in c.children if g.dep_ == syn.PREP_OBJECT), None)
                clause = next((g for g in fact.children if g.dep_ in (syn.NOUN_CLAUSE, syn.CLAUSE)),
                              None) if fact is not None else None
                if clause is not None and any(g.dep_ == syn.OBJECT and g.lower_ == "attention"
                                              for g in t.children):
                    mark = next((g for g in clause.children if g.dep_ == syn.MARKER), None)
                    end = mark.i if mark is not None else c.i
                    extra_cue.extend(range(t.i + 1, end + 1))
                    heads.append(clause)
    heads.extend(_coordinated_with_content(t, heads))
    if word in ("put", "puts") and not any(h.dep_ == syn.PREPOSITION for h in heads):
        return [], []
    if heads and word not in cues.OBJECT_CONTENT and word not in cues.STANCE and \
            word not in cues.DOCUMENT_OBJECT_CONTENT and all(
            h.dep_ in (syn.OBJECT, syn.DATIVE) for h in heads):
        # "called the meeting", "ordered a review": an object is no content, unless it
        # is a misparsed clause ("admits company 'hired for ...'") or a label parsed as
        # an apposition or a second object ("calling the mayor a 'petty tyrant'")
        if not (word in cues.SPEECH and any(_clause_after_object(h) for h in heads)) and \
                not (word in cues.FRAMING and (any(_labelled_object(h) for h in heads)
                                               or len(heads) >= 2)):
            return [], []
    if not heads and word in cues.SPEECH:
        # "told reporters after the vote that ..." : the clause hangs off a modifier
        for c in t.children:
            if c.lower_ in cues.NOMINAL_CUES:
                continue  # "repeated the claim that ...": the noun's own attribution
            if c.i > t.i and c.dep_ in (syn.PREPOSITION, syn.OBJECT, syn.NOUN_ADVERBIAL):
                clause = next((d for d in c.subtree if d.dep_ in (syn.NOUN_CLAUSE, syn.CLAUSE,
                                                                  syn.RELATIVE_CLAUSE)
                               and (_complement_clause(d) or _told_clause(word, c, d))),
                              None)
                if clause is not None:
                    heads.append(clause)
                    break
    return heads, extra_cue


def _coordinated_with_content(t: Token, heads: list[Token]) -> list[Token]:
    """Later pieces of a coordinated content that the parser hung on the cue: a noun
    after an object (``criticized X's "plan" and his record``: a noun is no
    conjunct of a verb) and a bare verb after a ``to``-infinitive (``vowed to repave A,
    open B and hire C``), with the ``and`` between."""
    syn = lang.of(t.doc).syntax
    objects = [h for h in heads if h.dep_ == syn.OBJECT]
    infinitives = [h for h in heads if h.dep_ == syn.OPEN_CLAUSE and h.tag_ == syn.BASE_VERB]
    if not objects and not infinitives:
        return []
    last = max(h.i for h in heads)
    out = []
    for c in t.children:
        if c.i <= last or c.dep_ in (syn.PUNCT, syn.COORDINATOR):
            continue
        if objects and c.dep_ == syn.CONJUNCT and syn.is_noun(c.tag_):
            out.append(c)
        elif infinitives and c.dep_ in (syn.CONJUNCT, syn.ADVERBIAL_CLAUSE) \
                and c.tag_ == syn.BASE_VERB and t.doc[c.left_edge.i - 1].text == "," \
                and not any(g.dep_ in (*syn.SUBJECTS, syn.MARKER, syn.AUX) for g in c.children):
            out.append(c)
        else:
            break
    if out:
        out.extend(g for g in t.children if g.dep_ in (syn.COORDINATOR, syn.PUNCT)
                   and last < g.i < out[-1].i)
    return out


def _labelled_object(h: Token) -> bool:
    """``called the decision 'a disgrace'``: the predicate parsed as an apposition, or a
    quoted head with the one named as its modifier (``called the looters "cowards"``);
    also an apposition with no comma (``called her late father her inspiration``) and
    a first noun phrase parsed as the second's modifier."""
    profile = lang.of(h.doc)
    opening = profile.quote_marks.opening
    doc = h.doc
    if doc[h.i - 1].text in opening and h.left_edge.i < h.i - 1:
        return True
    if any(g.dep_ == profile.syntax.NOUN_MODIFIER and g.i < h.i and any(
            x.dep_ in (profile.syntax.DETERMINER, profile.syntax.POSSESSOR) for x in g.children)
           for g in h.children):
        return True  # "called [her late father] [her inspiration]": two noun phrases
    return any(g.dep_ == profile.syntax.APPOSITION and g.i > h.i and (
        g.left_edge.text in opening or doc[g.left_edge.i - 1].text in opening
        or (g.left_edge.i == h.i + 1 and g.tag_ not in profile.syntax.PROPER_NOUNS))
        for g in h.children)  # ("called her son Jim to the stage": a name, no label)


def _clause_after_object(h: Token) -> bool:
    """An object directly followed by its own finite verb: a clause the parser split."""
    profile = lang.of(h.doc)
    syn, opening = profile.syntax, profile.quote_marks.opening
    for g in h.children:
        if g.dep_ in (syn.NOUN_CLAUSE, syn.RELATIVE_CLAUSE) and g.tag_ != syn.MODAL and (
                g.tag_ in syn.FINITE_VERBS or g.tag_ == syn.PAST_PARTICIPLE):
            between = h.doc[h.i + 1:g.i]
            if all(t.text in opening for t in between):
                return True
    return False


def _told_clause(word: str, addressee: Token, d: Token) -> bool:
    """``told officers he had been drinking``: a clause with its own subject right after
    a tell-verb's addressee is what was told, not a relative clause."""
    profile = lang.of(addressee.doc)
    cues, syn = profile.cues, profile.syntax
    return word in cues.TELL and addressee.dep_ == syn.OBJECT and d.head.i == addressee.i and \
        d.left_edge.i == addressee.i + 1 and any(
            g.dep_ in syn.SUBJECTS and g.i == d.left_edge.i and g.lower_ not in cues.RELATIVE
            for g in d.children)


def _complement_clause(d: Token) -> bool:
    """``that`` opens a reported clause (``... at a briefing that the fire had jumped``),
    not a relative clause whose subject it is (``a briefing that started at nine``)."""
    syn = lang.of(d.doc).syntax
    has_that = any(g.lower_ == "that" and g.dep_ in (syn.MARKER, syn.OBJECT,
                                                     syn.PREP_OBJECT) for g in d.children)
    if not has_that and d.left_edge.lower_ == "that":
        # "alleged in the suit that Ortega earned ...": "that" hung elsewhere in the
        # clause; its subject right after it still makes it a reported clause
        return any(g.dep_ in syn.SUBJECTS and g.left_edge.i == d.left_edge.i + 1
                   and g.lower_ not in lang.of(d.doc).cues.RELATIVE for g in d.children)
    return has_that and any(g.dep_ in syn.SUBJECTS and g.lower_ != "that" for g in d.children)


def _skip(t: Token, word: str) -> bool:
    profile = lang.of(t.doc)
    cues, syn = profile.cues, profile.syntax
    if not _is_verb(t) or t.dep_ in syn.NOUN_POSITIONS:
        return True
    if any(c.dep_ == syn.NEGATION for c in t.children) and (
            word in cues.SPEECH or word not in cues.BELIEF | cues.STANCE | cues.DIRECTIVE):
        # "did not say how large ...": nothing said; a view, wish or stance held in the
        # negative is still held ("will not support the cuts", "does not want to ...")
        return True
    if t.dep_ == syn.OPEN_CLAUSE and t.head.lower_ in cues.REFUSAL_HEADS:
        return True
    if t.dep_ == syn.PREP_CLAUSE and t.head.lower_ in cues.NEGATING_PREPOSITIONS:
        return True  # "left without saying ...": nothing said
    subj = next((c for c in t.children if c.dep_ in syn.SUBJECTS), None)
    subjects = [c for c in t.children if c.dep_ in syn.SUBJECTS]
    if t.dep_ == syn.RELATIVE_CLAUSE and word in cues.BELIEF and [
            c.lower_ in cues.RELATIVE and c.dep_ == syn.SUBJECT for c in subjects] != [True] \
            and not (len(subjects) == 1 and subjects[0].dep_ == syn.SUBJECT
                     and any(c.dep_ == syn.CLAUSE for c in t.children)):
        # "doses that regulators consider safe", "who is expected to": no view held;
        # "experts who think ..." holds one, and so does a subject of its own with a
        # clause ("the primary, where his aides believe they can win")
        return True
    if any(c.dep_ == syn.MARKER and c.lower_ in cues.CONDITIONAL_MARKS for c in t.children):
        return True  # "If the minister wants the ships to move, ...": a supposition
    if subj is not None and any(c.dep_ == syn.AUX and c.i < subj.i for c in t.children):
        return True  # "Does he believe ...?": a question, not a statement
    if word in cues.BELIEF and any(c.dep_ == syn.AUX and c.lower_ in cues.HYPOTHETICAL_MODALS
                                   for c in t.children):
        return True  # "customers should expect ...", "they might want ..."
    if t.tag_ == syn.PAST_PARTICIPLE and t.dep_ in (syn.ADVERBIAL_CLAUSE, syn.NOUN_CLAUSE) \
            and not any(
            c.dep_ in (syn.AUX, syn.PASSIVE_AUX, syn.SUBJECT,
                       syn.PASSIVE_SUBJECT) for c in t.children):
        return True  # "Asked whether ..., X said": the question is not X's
    return False


def clause_attribution(doc: Doc, t: Token) -> Found | None:
    """The attribution whose cue verb is ``t``, if the parse gives it a content."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    word = t.lower_
    if word == "according":
        return _according(doc, t)
    if word in cues.QUESTION_PARTICIPLES and t.tag_ == syn.PAST_PARTICIPLE:
        asked = _asked(doc, t)
        if asked is not None:
            return asked
    if word not in cues.CUE_VERBS or _skip(t, word):
        return None
    passive = any(c.dep_ == syn.PASSIVE_AUX for c in t.children)
    if passive:
        return _passive(doc, t, word)
    subj = subject(t)
    heads, extra_cue = _content_heads(t, word)
    if any(_listed_after_frame(t, h) for h in heads):
        return None  # the prepositional frame's content, with this clause at its end
    medium_cue: list[int] = []
    if subj is None and heads:
        subj, medium_cue = _medium_participle(t)
    inverted = _inverted_subject(doc, t)
    if inverted is not None:
        subj, heads = inverted, []
    if any(_width(h) > MAX_CONTENT_TOKENS for h in heads) or (
            subj is not None and _width(subj) > MAX_SOURCE_TOKENS):
        return None
    if word in cues.CLAUSE_ONLY and not extra_cue and word not in cues.DOCUMENT_OBJECT_CONTENT \
            and not _as_framing(t, word) and not any(
                h.dep_ in (syn.CLAUSE, syn.OBJECT_PREDICATE, syn.PREPOSITION)
                or (h.dep_ == syn.OPEN_CLAUSE and word in cues.COMMITTING) for h in heads):
        return None
    if word in cues.PERCEPTION and any(
            h.dep_ == syn.CLAUSE and h.tag_ not in syn.FINITE_VERBS and not any(
                g.dep_ in (syn.AUX, syn.MARKER) for g in h.children) for h in heads):
        return None  # "saw the senator leave": an event seen, not a view
    holder = _antecedent(t, subj)
    if word in cues.DOCUMENT_VERBS and not _named_finding(t, word, holder, heads) and (
            holder is None or holder.lower_ not in cues.DOCUMENT_NOUNS):
        return None
    if word in cues.STANCE and word not in cues.SPEECH and word not in cues.DIRECTIVE and (
            subj is None or not _holds_stances(subj)):
        return None
    if subj is None or (subj.lower_ in ("which", "that") and (holder.i == subj.i or not (
            holder.tag_ in syn.PROPER_NOUNS or holder.lower_ in cues.DOCUMENT_NOUNS))):
        return None  # "the board, which ruled that ...", "records, which showed ..."
    if subj.lower_ in cues.SECOND_PERSON and subj.n_lefts + subj.n_rights == 0:
        # "If you want a good deal", "you understand that ...": the reader, anyone; on
        # PolNeAR train 3 in 20 of these were attributions
        return None
    group = [i for i in medium_cue + verb_group(t) + extra_cue if i != subj.i]
    if t.dep_ == syn.PREP_CLAUSE and t.head.lower_ == "as" \
            and t.head.head.lower_ in cues.QUOTE_VERBS \
            and any(c.dep_ == syn.PASSIVE_AUX for c in t.head.head.children):
        group = verb_group(t.head.head) + [t.head.i] + group  # "was quoted as saying"
    right_medium, fronted = medium(t, subj)
    cue_ids = set(group) | set(right_medium)
    mark_as = next((c for c in t.children if c.dep_ == syn.MARKER and c.lower_ == "as"), None)
    heads = _clause_heads(doc, t, heads)
    if any(h.i > t.i for h in heads):
        # "Reviews were harsh: The Courier said Ortega had been rattled": a
        # clause closed by a colon or semicolon before the source is the narrator's
        heads = [h for h in heads if h.i > t.i or doc[h.right_edge.i].text not in (":", ";")
                 and (h.right_edge.i + 1 >= len(doc)
                      or doc[h.right_edge.i + 1].text not in (":", ";"))]
    if heads:
        rule = _head_rule(doc, t, heads)
        content = set()
        for h in heads:
            if h.i < t.i and not _ends_clause(doc, h) and not any(
                    h.i < g.i < t.i for g in heads) and not (  # the last clause before
                    h.tag_ in syn.WH_WORDS and h.dep_ == syn.OBJECT  # "what X called Y"
                    and any(g.i > t.i for g in heads)):
                return None
            content |= subtree_ids(h)
        if all(h.i < t.i for h in heads):
            content |= _sentence_before(doc, t, subj)
        else:
            content |= fronted_subject(doc, t, subj)
        if t.dep_ == syn.RELATIVE_CLAUSE and any(h.dep_ == syn.CLAUSE and not any(
                g.dep_ in syn.SUBJECTS for g in h.children) for h in heads):
            # "a move Democrats said would leave ...": the noun is the clause's subject
            content |= set(range(t.head.left_edge.i, t.head.i + 1))
        if word not in cues.SPEECH and word not in cues.STANCE and not any(
                h.dep_ == syn.CLAUSE for h in heads):
            # beliefs and intentions: the rest of the verb phrase belongs to the content
            content |= {i for c in t.children if c.i > t.i and c.dep_ == syn.ADVERBIAL_CLAUSE
                        and not (c.tag_ == syn.GERUND and doc[c.left_edge.i - 1].text == ",")
                        for i in subtree_ids(c)}
    elif inverted is not None:
        rule = "inverted-source"
        content = set(range(_sent_start(doc, t.i - 1), t.i - 1))
    elif mark_as is not None and t.dep_ == syn.ADVERBIAL_CLAUSE and t.i < t.head.i:
        # "As the ambassador noted, ..." : the main clause is the content
        if _width(t.head) > MAX_CONTENT_TOKENS:
            return None
        rule = "as-clause"
        content = subtree_ids(t.head) - subtree_ids(t)
        fronted.append([mark_as.i])
    elif t.dep_ in (syn.PARATAXIS, syn.CLAUSE, syn.ADVERBIAL_CLAUSE, syn.CONJUNCT) \
            and t.head.i < t.i and \
            subj.dep_ == syn.SUBJECT and word in cues.SPEECH and subj.i < t.i and \
            doc[subj.left_edge.i - 1].text in (",", "-", "–", "—"):
        # "..., the ambassador added." parsed with the content as the head; what the
        # head has after the cue continues the content ("..., it says, while ...")
        if _width(t.head) > MAX_CONTENT_TOKENS:
            return None
        rule = "content-before-cue"
        content = _sentence_before(doc, t, subj) | {
            i for i in subtree_ids(t.head) if i > t.right_edge.i}
    elif _parenthetical(doc, t, subj):
        # "The fees, she argued, hit ...": the cue splits its content in two
        if _width(t.head) > MAX_CONTENT_TOKENS:
            return None
        rule = "parenthetical-cue"
        # the sentence around the cue, not the head's subtree: the parser often hangs
        # the words before the cue elsewhere ("the pitch" as a conjunct of the verb
        # before it)
        before, after = subj.left_edge.i - 1, _closing_comma(doc, t)
        start = _last_coordination(doc, _sent_start(doc, before), before)
        end = _sent_end(doc, after)
        content = (set(range(start, before)) | set(range(after + 1, end))) - subtree_ids(t)
    elif (word in cues.SPEECH or word in cues.FRAMING) and (rest := _that_to_sentence_end(doc, t)):
        rule = "verb-clause"
        content = rest
    else:
        return None
    if t.lower_ in cues.PARTICIPLES and subj is not None and subj.i > t.i and not (
            t.dep_ == syn.PREP_CLAUSE and t.head.lower_ in cues.GERUND_FRAMES):
        return None  # "a statement saying ...": not the next clause's subject's words,
        # unless the gerund frames that clause ("After saying ..., the man ...")
    if subj.i in content:
        return None
    src = source_ids(subj, cue_ids | content) | _aside(doc, t, subj)
    if subj.i == t.head.i:
        src -= subtree_ids(t)  # the noun a participle modifies: not the participle's words
    content -= cue_ids | src
    for piece in fronted:
        content -= set(piece)
    content = _prune(doc, t, content)
    if rule in ("verb-object", "verb-infinitive"):
        content = _object_without_aside(doc, t, content)
    if rule == "content-before-cue" and content:
        content |= _continued_after_cue(doc, t) - src
    if content and max(content) > t.i:
        content = dangling_conjunct(doc, content) - cue_ids - src
    if not content or _anonymity(doc, content):
        return None
    if inverted is not None or (rule == "content-before-cue" and subj.i > t.i):
        rule = "inverted-source"
    return Found(
        source=pieces(doc, src),
        cue=_cue_spans(doc, sorted(cue_ids), fronted),
        content=pieces(doc, content, strip_that=True),
        origin="clause",
        cue_word=word,
        source_words=[doc[i].lower_ for i in sorted(src)],
        rule=rule,
    )


def _as_framing(t: Token, word: str) -> bool:
    """``As Lee pointed out, ...``: a clause-only verb framing the main clause."""
    profile = lang.of(t.doc)
    syn = profile.syntax
    if word not in profile.cues.AS_FRAMING or t.dep_ != syn.ADVERBIAL_CLAUSE or t.i > t.head.i \
            or not any(c.dep_ == syn.MARKER and c.lower_ == "as" for c in t.children):
        return False
    particle = profile.cues.AS_FRAMING[word]
    return particle is None or any(c.dep_ == syn.PARTICLE and c.lower_ == particle
                                   for c in t.children)


def _named_finding(t: Token, word: str, holder: Token | None, heads: list[Token]) -> bool:
    """``the Ombudsman of Valdora found that ...``: a named body's finding, stated
    with ``that`` (``he found the door locked`` is no report)."""
    profile = lang.of(t.doc)
    syn = profile.syntax
    return word in profile.cues.FINDING and holder is not None and \
        holder.tag_ in syn.PROPER_NOUNS and any(
            h.dep_ == syn.CLAUSE and any(g.dep_ == syn.MARKER and g.lower_ == "that"
                                         for g in h.children) for h in heads)


def _head_rule(doc: Doc, t: Token, heads: list[Token]) -> str:
    """The construction of a verb cue whose content hangs on it (``Found.rule``)."""
    syn = lang.of(doc).syntax
    if all(h.i < t.i for h in heads):
        return "content-before-cue"
    deps = {h.dep_ for h in heads}
    if deps & {syn.OBJECT, syn.OPEN_CLAUSE}:
        # "decried the calls to ban ...": the infinitive is the noun's; "vowed to repave
        # A, open B": a coordinated infinitive parsed as an adverbial clause
        deps.discard(syn.ADVERBIAL_CLAUSE)
    if deps & {syn.CLAUSE, syn.NOUN_CLAUSE, syn.RELATIVE_CLAUSE, syn.SUBJECT, syn.ADVERBIAL_CLAUSE}:
        return "verb-clause"
    return "verb-infinitive" if syn.OPEN_CLAUSE in deps else "verb-object"


def _last_coordination(doc: Doc, start: int, end: int) -> int:
    """Where the last of coordinated clauses before ``end`` begins: ``He had a rally -
    and the permit, his campaign said, had been hard to get`` reports only the
    permit's clause, whatever the parser hung on it."""
    dashes = lang.of(doc).quote_marks.dashes
    for j in range(end - 1, start, -1):
        if doc[j].text in (";", *dashes) or (doc[j].tag_ == lang.of(doc).syntax.COORDINATING
                                             and doc[j - 1].text in (",", ";", *dashes)):
            return j + 1
    return start


def _inverted_subject(doc: Doc, t: Token) -> Token | None:
    """``CONTENT, said Christine Link``: the content's subject was parsed as the cue's
    first subject and the speaker as a second one right after the cue."""
    syn = lang.of(doc).syntax
    if t.i == 0 or doc[t.i - 1].text not in (",", *lang.of(doc).quote_marks.dashes) or \
            t.lower_ not in lang.of(doc).cues.SPEECH:
        return None
    subjects = [c for c in t.children if c.dep_ in syn.SUBJECTS]
    after = next((c for c in subjects if c.left_edge.i == t.i + 1), None)
    if after is None or not any(c.i < t.i for c in subjects):
        return None
    # "X said queues at the checkpoints used to last ...": a second subject with a
    # verb of its own is the content's, misparsed; a speaker's relative clause is no verb
    # of that kind (", said Link, who ...")
    own = subtree_ids(after) - {i for d in after.subtree if d.dep_ == syn.RELATIVE_CLAUSE
                                for i in subtree_ids(d)}
    if any(_is_verb(doc[i]) for i in own):
        return None
    return after


def made_clear_attribution(doc: Doc, t: Token) -> Found | None:
    """``X made clear (that) ...``, ``X has made it clear ...``: what follows the
    predicate ``t`` is what X said (the parser hangs it on either word)."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    j = t.i - 1
    if j >= 0 and doc[j].lower_ == cues.EXPLETIVE:
        j -= 1
    if j < 0 or doc[j].lower_ not in cues.MAKE_VERBS or t.i + 1 >= len(doc):
        return None
    verb = doc[j]
    if any(c.dep_ == syn.NEGATION for c in verb.children):
        return None
    subj = subject(verb)
    if subj is None or subj.i > verb.i or not (
            _holds_stances(subj) or subj.lower_ in cues.DOCUMENT_NOUNS):
        return None
    end = max(verb.right_edge.i, t.right_edge.i)
    content = {i for i in range(t.i + 1, end + 1) if doc[i].text != ";"}
    semi = next((i for i in range(t.i + 1, end + 1) if doc[i].text == ";"), None)
    if semi is not None:
        content = {i for i in content if i < semi}
    if not content or len(content) > MAX_CONTENT_TOKENS:
        return None
    content = _trim_edges(doc, content)
    cue = verb_group(verb) + list(range(verb.i + 1, t.i + 1))
    src = source_ids(subj, set(cue) | content)
    return Found(source=pieces(doc, src), cue=pieces(doc, cue),
                 content=pieces(doc, content, strip_that=True), origin="clause",
                 cue_word=t.lower_, source_words=[doc[i].lower_ for i in sorted(src)],
                 rule="verb-clause")


def _antecedent(t: Token, subj: Token | None) -> Token | None:
    """Who or what a relative pronoun subject stands for (``the board, which ruled``:
    the board); any other subject itself."""
    syn = lang.of(t.doc).syntax
    if subj is not None and subj.lower_ in lang.of(t.doc).cues.RELATIVE and \
            subj.head.i == t.i and t.dep_ == syn.RELATIVE_CLAUSE and t.head.i < t.i:
        return t.head
    return subj


def _holds_stances(subj: Token) -> bool:
    """A subject that can praise or oppose: a person or body named (proper noun), a
    pronoun, or a noun of people or bodies (``critics``, ``the council``), also as the
    group a share is of (``60 percent of voters``, ``most of the delegates``)."""
    profile = lang.of(subj.doc)
    cues, syn = profile.cues, profile.syntax
    if subj.tag_ in syn.PRONOUNS or subj.tag_ in syn.PROPER_NOUNS:
        return True  # however long its appositive ("Howard, the younger brother of ...")
    if subj.right_edge.i - subj.left_edge.i > 12:
        return False
    return any(w.tag_ in syn.PROPER_NOUNS or w.lower_ in cues.ROLE_NOUNS
               or w.lower_ in cues.STANCE_HOLDERS for w in subj.subtree
               if w.i == subj.i or w.dep_ in (syn.PREP_OBJECT, syn.COMPOUND, syn.CONJUNCT))


_CONTRAST_MARKS = frozenset({"while", "as", "although", "though", "whereas"})


def _aside(doc: Doc, t: Token, subj: Token) -> set[int]:
    """``Officials, speaking on condition of anonymity because ..., said``: a participle
    set off by commas between the source and its cue describes the source."""
    syn = lang.of(doc).syntax
    for c in t.children:
        if c.dep_ == syn.ADVERBIAL_CLAUSE and c.tag_ == syn.GERUND \
                and subj.right_edge.i < c.left_edge.i and \
                c.right_edge.i < t.i and doc[c.left_edge.i - 1].text == ",":
            return subtree_ids(c) | set(range(subj.right_edge.i + 1, c.right_edge.i + 1))
    return set()


def _clause_heads(doc: Doc, t: Token, heads: list[Token]) -> list[Token]:
    """Content heads without one across a semicolon (a headline's other half) and,
    when the content stands before the cue, without a narrator's contrast after it
    (``..., the company said, while rivals grew``)."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    out = [h for h in heads
           if not any(doc[i].text == ";" for i in range(min(h.right_edge.i, t.i),
                                                         max(h.left_edge.i, t.i)))]
    if any(h.i < t.i and h.dep_ == syn.CLAUSE for h in out):
        out = [h for h in out if h.i < t.i or not any(
            g.dep_ == syn.MARKER and g.lower_ in _CONTRAST_MARKS for g in h.children)]
    if any(h.i > t.i for h in out):
        # "X, the ministry said, a move traders said could ...": a cue before this
        # one is its own attribution, not this one's content
        out = [h for h in out if h.i > t.i or h.lower_ not in cues.CUE_VERBS]
    return out


def _parenthetical(doc: Doc, t: Token, subj: Token) -> bool:
    """``A, X said, B``: a speech cue and its subject set off by commas inside the
    clause it reports (the parser hangs the cue on that clause's verb)."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    if t.dep_ not in (syn.PARATAXIS, syn.CLAUSE, syn.ADVERBIAL_CLAUSE) or t.head.i < t.i or \
            t.lower_ not in cues.SPEECH or not subj.i < t.i:
        return False
    if any(c.i > t.i and c.dep_ in (syn.OBJECT, syn.CLAUSE, syn.OPEN_CLAUSE)
           for c in t.children):
        return False  # "organizers added 160 officers, ..., the paper reported": a verb
        # with its own object is the reported clause's verb, not a cue set off in it
    before, after = subj.left_edge.i - 1, _closing_comma(doc, t)
    return before > _sent_start(doc, before) and doc[before].text == "," and \
        after < t.head.i and doc[after].text == ","


def _closing_comma(doc: Doc, t: Token) -> int:
    after = t.right_edge.i
    return after if doc[after].text == "," else after + 1


def _sent_end(doc: Doc, i: int) -> int:
    """End (exclusive) of the parser's sentence holding token ``i`` (bounded)."""
    hi = min(len(doc), i + MAX_CONTENT_TOKENS)
    i += 1
    while i < hi and not doc[i].is_sent_start:
        i += 1
    return i


def _that_to_sentence_end(doc: Doc, t: Token) -> set[int]:
    """``said that A — itself B — was C``: the parse lost the clause, but ``that`` right
    after a verb of saying opens one that runs to the sentence's end (not ``said that.``,
    a pronoun); so does ``how`` or ``why`` hung on the verb (``described how, walking
    home, she ...``)."""
    syn = lang.of(doc).syntax
    k = t.i + 1
    if k + 3 >= len(doc) or not (
            (doc[k].lower_ == "that" and doc[k].dep_ == syn.MARKER)
            or (doc[k].lower_ in lang.of(doc).cues.QUESTION_ADVERBS and doc[k].head.i == t.i)):
        return set()
    if doc[k].lower_ != "that":
        k -= 1  # the question's word is the content's first
    end = full_stop(doc, k + 1, MAX_CONTENT_TOKENS)
    return set() if end is None else set(range(k + 1, end))


def fronted_subject(doc: Doc, verb: Token, subj: Token) -> set[int]:
    """``The company, a spokesman said, will appeal``: the reported clause's subject,
    set off before the source by a comma, parsed as a second subject of ``verb`` (the
    cue, or the quoted verb the cue hangs on)."""
    syn = lang.of(doc).syntax
    comma = subj.left_edge.i - 1
    for c in verb.children:
        if c.dep_ in syn.SUBJECTS and c.i < subj.i and c.right_edge.i + 1 == comma and \
                doc[comma].text == ",":
            return subtree_ids(c)
    return set()


def _sentence_before(doc: Doc, t: Token, subj: Token) -> set[int]:
    """``CONTENT, X said.``: the sentence up to the comma before the source."""
    end = subj.left_edge.i - 1
    if end <= 0 or doc[end].text not in (",", "-", "–", "—"):
        return set()
    return set(range(_sent_start(doc, end), end))


def _continued_after_cue(doc: Doc, t: Token) -> set[int]:
    """``A, the operator said, and had passed every check``: after the cue's frame (up to
    its comma) the speaker's sentence goes on with a conjunction, to its full stop.
    Not when the rest reports someone else (``..., and Lee said ...``)."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    k = t.i + 1
    while k < len(doc) and doc[k].text not in (",", ";", ".", "!", "?") and not doc[k].is_space:
        k += 1
        if k - t.i > 8:  # a frame longer than "said on Saturday in a statement"
            return set()
    if k + 2 >= len(doc) or doc[k].text != "," or \
            doc[k + 1].lower_ not in cues.CONTINUING_CONJUNCTIONS:
        return set()
    end = full_stop(doc, k + 1, MAX_CONTENT_TOKENS)
    if end is None or any(d.lower_ in cues.SPEECH and any(g.dep_ in syn.SUBJECTS
                                                          for g in d.children)
                          for d in doc[k + 1:end]):
        return set()
    return set(range(k + 1, end))


def _ends_clause(doc: Doc, h: Token) -> bool:
    """A content clause before its cue ends at a comma, dash or quotation mark."""
    q = lang.of(doc).quote_marks
    marks = {",", *q.dashes, *q.closing}
    end = h.right_edge.i + 1
    # the clause's own final comma ("voted to hold, while two ...") ends it too
    return doc[end - 1].text in marks or (end < len(doc) and doc[end].text in marks)


def _prune(doc: Doc, t: Token, content: set[int]) -> set[int]:
    """Content without what is not reported: a cue coordinated into it (its own
    attribution), a trailing participle after a comma where the cue governs it (one
    inside the clause is as often the speaker's: ``has been tested, coming from ...``;
    after a closed quotation, ``_narrators_tail``), anything across a semicolon from the
    cue."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    out = set(content)
    for i in content:
        d = doc[i]
        if i not in out:
            continue
        own_subject = any(g.dep_ in syn.SUBJECTS for g in d.children)
        # an active speaker of its own and no "that": not "and that airports report ..."
        # (a second content of the same cue) nor "before a family was asked"
        other_speaker = d.lower_ in cues.SPEECH and d.i > t.i and not any(
            g.dep_ == syn.MARKER for g in d.children) and any(
            g.dep_ == syn.SUBJECT for g in d.children)
        after_comma_and = d.left_edge.i >= 2 and doc[d.left_edge.i - 2].text == ","
        backshifted = any(g.dep_ == syn.AUX and g.lower_ in cues.REPORTED_AUX
                          for g in d.children)
        if d.dep_ == syn.CONJUNCT and d.lower_ in cues.CUE_VERBS and syn.is_verb(d.tag_) and (
                (not own_subject and not backshifted and (
                    d.head.i == t.i or d.tag_ in syn.FINITE_VERBS or after_comma_and))
                or other_speaker):
            # "said A and called on B" (the same speaker's next statement, also when
            # misparsed into A as a finite verb or after ", and"; "would sit X down and
            # tell him" stays);
            # "said A, and three-quarters said B" (another speaker's, misparsed into A)
            cc = {g.i for g in d.head.children if g.dep_ == syn.COORDINATOR and g.i < d.i}
            out -= subtree_ids(d) | cc
            if other_speaker:
                out = {j for j in out if j < min(subtree_ids(d) | cc)}
        elif d.dep_ == syn.CONJUNCT and d.tag_ == syn.GERUND and syn.is_noun(d.head.tag_) \
                and d.i > t.i and doc[d.i - 1].tag_ == syn.COORDINATING \
                and any(g.dep_ == syn.OBJECT for g in d.children):
            # "calling for his firing and carrying signs": the speaker's next act,
            # hung on the content's noun (not "supports hiking and fishing")
            out -= subtree_ids(d) | {d.i - 1}
        elif d.dep_ == syn.ADVERBIAL_CLAUSE and d.i > t.i \
                and doc[d.left_edge.i - 1].text == "," and (
                (d.tag_ == syn.GERUND and (d.head.i == t.i or d.lower_ in cues.CUE_VERBS))
                or (d.lower_ in cues.CUE_VERBS and any(
                    g.dep_ in syn.SUBJECTS for g in d.children) and (
                    d.lower_ in cues.SPEECH or any(g.dep_ in (syn.CLAUSE, syn.OPEN_CLAUSE)
                                                   for g in d.children)))):
            # "..., worsening a glut"; "..., as the grocer reported ..." (its own), not
            # "..., while imports will see a decline" (a cue word, but no report)
            out -= subtree_ids(d)
    semis = [i for i in out if doc[i].text == ";"]
    for s in semis:
        out = {i for i in out if (i > s) == (t.i > s)}
    return _trim_edges(doc, _narrators_tail(doc, out))


def _narrators_tail(doc: Doc, content: set[int]) -> set[int]:
    """Content without what the narrator appends: a participle right after a closed
    quotation (``Kelly was "incognito," sparking ...``). (A clause after a last dash
    stays: on real news it was the speaker's more often than not.)"""
    if not content:
        return content
    profile = lang.of(doc)
    syn, marks = profile.syntax, profile.quote_marks
    first, last = min(content), max(content)
    for i in range(first + 1, last + 1):
        tok = doc[i]
        if i not in content:
            continue
        before = {doc[i - 1].text, doc[i - 2].text} if i - 2 >= first else set()
        if tok.tag_ == syn.GERUND and "," in before and before & set(marks.closing):
            # '..." , sparking' and '...," sparking' alike: the content ends at the mark
            return {j for j in content if j < i - 2 or (j == i - 2 and doc[j].text != ",")}
    return content


def _trim_edges(doc: Doc, content: set[int]) -> set[int]:
    """The narrator's additions at the content's edges: a time phrase it opens with
    (``said on Monday its drug ...``) and a comment after a final comma (``..., which
    prompted ...``, ``..., without giving details``). A final appositive or ``..., up
    from ...`` stays: those are as often the speaker's."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    if not content:
        return content
    first, last = min(content), max(content)
    d = doc[first]
    if d.dep_ == syn.PREPOSITION and d.right_edge.i < last and any(
            g.lower_ in cues.TIME_WORDS for g in d.subtree):
        content = content - subtree_ids(d)
    if len(content) < 8:
        return content
    comment = _narrators_comment(doc, content)
    if comment is not None:
        return {i for i in content if i < comment}
    for d in doc[first:last + 1]:
        if d.i in content and d.right_edge.i >= last and d.left_edge.i > first and \
                doc[d.left_edge.i - 1].text == "," and (
                    (d.dep_ in (syn.RELATIVE_CLAUSE, syn.ADVERBIAL_CLAUSE)
                     and d.left_edge.lower_ == "which")
                    or (d.dep_ == syn.RELATIVE_CLAUSE and d.left_edge.lower_ in ("who", "whose")
                        and d.head.tag_ in syn.PROPER_NOUNS)
                    or (d.dep_ == syn.PREPOSITION and d.lower_ in ("without", "despite"))):
            content = {i for i in content if i < d.left_edge.i - 1}
            break
    return content


def _object_without_aside(doc: Doc, t: Token, content: set[int]) -> set[int]:
    """An object or infinitive content without what the narrator sets off after it
    with a comma, dash or bracket: a relative or adverbial clause, an apposition, a
    ``but`` clause (``cited the Bridgewater scheme, a state-funded loan programme
    ...``, ``reported a profit of $2.10, well above ...``). A list goes on after its
    commas (``citing A, B and C``), and so do the cue's own complements (``accused Lee,
    the mayor, of ...``) and a name apposed or an apposition to one (``his sister,
    Ines, a former judge``)."""
    if len(content) < 4:
        return content
    syn = lang.of(doc).syntax
    asides = {syn.RELATIVE_CLAUSE, syn.ADVERBIAL_CLAUSE, syn.APPOSITION, syn.NOUN_CLAUSE,
              syn.CONJUNCT, syn.ADVERB}
    first, last = min(content), max(content)
    for i in range(first + 2, last + 1):
        if i not in content or doc[i - 1].text not in (",", "(", *lang.of(doc).quote_marks.dashes):
            continue
        tail = range(i, last + 1)
        if any(doc[j].dep_ == syn.COORDINATOR and doc[j].lower_ != "but" for j in tail):
            return content  # a list's next items
        d = next((d for d in doc[i:last + 1] if d.left_edge.i == i and d.right_edge.i >= last
                  and d.head.i < i), None)
        if d is not None and d.head.i != t.i and d.dep_ in asides and (
                d.dep_ != syn.CONJUNCT or any(g.dep_ in syn.SUBJECTS for g in d.children)) and \
                not (d.dep_ == syn.APPOSITION and syn.PROPER_NOUNS & {d.head.tag_, d.tag_}):
            return {j for j in content if j < i - 1}
    return content


def _narrators_comment(doc: Doc, content: set[int]) -> int | None:
    """Where a narrator's comment apposed to the content's end starts (its comma or
    dash): ``..., a swipe at the council``. Only a noun of comment: a final
    apposition is otherwise as often the speaker's (``hired Ann Lee, a nurse``)."""
    profile = lang.of(doc)
    dashes = profile.quote_marks.dashes
    first, last = min(content), max(content)
    for i in range(last, first + 2, -1):
        tok = doc[i]
        if i not in content or tok.lower_ not in profile.cues.COMMENT_NOUNS \
                or not profile.syntax.is_noun(tok.tag_):
            continue
        j = tok.left_edge.i
        while j > first and doc[j - 1].lower_ in profile.cues.COMMENT_LEADS:
            j -= 1  # "a swipe", "an apparent reversal"
        if doc[j - 1].text in (",", *dashes) and tok.right_edge.i >= last:
            return j - 1
    return None


_ANONYMOUS = frozenset({"named", "identified", "name"})


def _anonymity(doc: Doc, content: set[int]) -> bool:
    """``who asked not to be named``: a condition of the source, not a statement."""
    if len(content) >= 16:
        return False
    words = {doc[i].lower_ for i in content}
    return bool(words & _ANONYMOUS) and "not" in words


def _cue_spans(doc: Doc, cue_ids: list[int], fronted: list[list[int]]):
    spans = []
    for piece in fronted:
        spans.extend(pieces(doc, piece))
    spans.extend(pieces(doc, cue_ids))
    return sorted(spans)


def _according(doc: Doc, t: Token) -> Found | None:
    syn = lang.of(doc).syntax
    to = next((c for c in t.children if c.lower_ == "to"), None)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == syn.PREP_OBJECT), None)
    if pobj is None:
        return None
    head = t.head
    for _ in range(3):
        if _is_verb(head) or head.head.i == head.i:
            break
        head = head.head
    cue = [t.i, to.i]
    own_head = head.i == t.i  # (spaCy makes a new Token at each access: compare indices)
    if own_head:
        # "That's according to a new poll": the subject is the content
        subj = next((c for c in t.children if c.dep_ in syn.SUBJECTS and c.i < t.i), None)
        if subj is None:
            return None
        cue += [c.i for c in t.children if c.dep_ == syn.AUX and subj.i < c.i < t.i]
    if _width(head) > MAX_CONTENT_TOKENS or _width(pobj) > MAX_SOURCE_TOKENS:
        return None
    own = subtree_ids(t)
    content = subtree_ids(subj) if own_head else subtree_ids(head) - own
    if t.i > head.i and doc[t.i - 1].text == ",":
        # "..., according to X": the whole sentence before it is the content
        content |= set(range(_sent_start(doc, t.i - 1), t.i - 1))
    after = t.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ == syn.COORDINATING:
        content = {i for i in content if i < after}  # "..., according to X, but ..."
    content = _narrators_tail(doc, content)
    if not content:
        return None
    # the source ends at its first comma: "customs data, with Belgium next" and
    # "two people, who said ..." go on with the content or another attribution
    comma = next((d.i for d in pobj.subtree if d.i > pobj.i and d.text == ","), None)
    src = {i for i in subtree_ids(pobj) if comma is None or i < comma}
    if comma is not None and t.i > head.i:
        content |= {i for i in subtree_ids(pobj) - src
                    if not any(a.dep_ == syn.RELATIVE_CLAUSE for a in doc[i].ancestors
                               if a.i > pobj.i)
                    and doc[i].dep_ != syn.RELATIVE_CLAUSE}
    return Found(
        source=pieces(doc, src),
        cue=pieces(doc, sorted(cue)),
        content=pieces(doc, content, strip_that=not own_head),  # "That's according to"
        origin="clause",
        cue_word="according",
        source_words=[doc[i].lower_ for i in sorted(src)],
        rule="according-to",
    )


def _asked(doc: Doc, t: Token) -> Found | None:
    """``Asked whether ..., X replied`` and ``he was asked what happened``: the question
    is what is attributed, to whoever asked it (``asked by X``), else to no one; the one
    asked is not its source."""
    syn = lang.of(doc).syntax
    fronted = t.dep_ in (syn.ADVERBIAL_CLAUSE, syn.NOUN_CLAUSE) and not any(
        c.dep_ in (syn.AUX, syn.SUBJECT, syn.PASSIVE_SUBJECT) for c in t.children)
    if not fronted and not any(c.dep_ == syn.PASSIVE_AUX for c in t.children):
        return None
    # "if ..." is as often parsed an adverbial clause as a complement
    question = next((c for c in t.children if c.dep_ in (syn.CLAUSE, syn.ADVERBIAL_CLAUSE)
                     and c.i > t.i and (
        c.left_edge.tag_ in syn.WH_WORDS or any(
            g.dep_ == syn.MARKER and g.lower_ in ("if", "whether") for g in c.children))),
        None)
    if question is None or _width(question) > MAX_CONTENT_TOKENS:
        return None
    content = subtree_ids(question)
    answerer = next((c for a in t.ancestors for c in a.children
                     if c.dep_ == syn.SUBJECT and c.i > t.i
                     and doc[c.left_edge.i - 1].text == ","), None)
    if fronted and answerer is not None and doc[answerer.left_edge.i - 1].text == ",":
        # the question runs to the comma before the one who answers, whatever the
        # parser hung its last words on
        content = set(range(question.left_edge.i, answerer.left_edge.i - 1))
    agent = next((c for c in t.children if c.dep_ == syn.AGENT), None)
    asker = next((c for c in agent.children if c.dep_ == syn.PREP_OBJECT),
                 None) if agent is not None else None
    src = source_ids(asker, set()) if asker is not None else set()
    cue = [t.i] + ([agent.i] if asker is not None else [])
    return Found(source=pieces(doc, src), cue=pieces(doc, cue),
                 content=pieces(doc, content - src), origin="clause",
                 cue_word=t.lower_, source_words=[doc[i].lower_ for i in sorted(src)],
                 rule="passive")


def _passive(doc: Doc, t: Token, word: str) -> Found | None:
    """``This is stated in an article published on Tuesday by X`` (content: the
    sentence before), ``it was noted that ...`` and ``X are reported to ...``
    (no source); ``it is widely believed that ...`` for beliefs."""
    profile = lang.of(doc)
    cues, syn = profile.cues, profile.syntax
    subj = next((c for c in t.children if c.dep_ == syn.PASSIVE_SUBJECT), None)
    ccomp = next((c for c in t.children if c.dep_ == syn.CLAUSE), None)
    xcomp = next((c for c in t.children if c.dep_ == syn.OPEN_CLAUSE), None)
    # "it is believed that ...", "the council is expected to approve ..."
    if subj is None or word not in cues.PASSIVE_REPORT and not (
            word in cues.PASSIVE_BELIEF and (subj.lower_ == "it" or xcomp is not None)):
        return None
    group = verb_group(t)
    low = subj.lower_
    if low in ("this", "that", "it") and ccomp is None and xcomp is None:
        agent = next((d for d in t.subtree if d.dep_ == syn.AGENT and d.i > t.i), None)
        if agent is None:
            return None
        pobj = next((c for c in agent.children if c.dep_ == syn.PREP_OBJECT), None)
        start = _sent_start(doc, subj.i)
        if pobj is None or start == 0 or _width(pobj) > MAX_SOURCE_TOKENS:
            return None
        prev = _sent_start(doc, start - 1)
        if any("\n" in doc[i].text_with_ws for i in range(prev, start)):
            return None
        src = subtree_ids(pobj)
        return Found(
            source=pieces(doc, src),
            cue=pieces(doc, range(subj.i, agent.i + 1)),
            content=pieces(doc, range(prev, start)),
            origin="clause",
            cue_word=word,
            source_words=[doc[i].lower_ for i in sorted(src)],
            rule="passive",
        )
    if any(_width(h) > MAX_CONTENT_TOKENS for h in (ccomp, xcomp, subj) if h is not None):
        return None
    if low == "it" and ccomp is not None:
        return Found(source=[], cue=pieces(doc, group), content=pieces(
            doc, subtree_ids(ccomp), strip_that=True), origin="clause", cue_word=word,
            rule="passive")
    if xcomp is not None:
        # "the council is expected to approve ...", "she is expected to move ...":
        # the subject and what follows (a relative "who is expected to" is not
        # reached: beliefs in relative clauses are skipped)
        content = subtree_ids(subj) | subtree_ids(xcomp)
        return Found(source=[], cue=pieces(doc, group), content=pieces(doc, content),
                     origin="clause", cue_word=word, rule="passive")
    return None


#: The longest noun phrase a sentence-final cue takes as its source (``..., Federal
#: Election Commission records show.``).
_MAX_TAIL_SOURCE = 6


def tail_cue_attribution(doc: Doc, t: Token) -> Found | None:
    """``..., the poll found.``, ``..., records show.``: a sentence that ends with a
    comma, a short noun phrase and its cue verb reports everything before the comma.
    The parser often misreads this tail (the verb as a relative clause of the last
    noun, a plural noun as a verb), so it is read from the words."""
    profile = lang.of(doc)
    cues, syn, marks = profile.cues, profile.syntax, profile.quote_marks
    word = t.lower_
    if not (word in cues.SPEECH or word in cues.DOCUMENT_VERBS or word in cues.BELIEF) or \
            word in cues.PARTICIPLES or t.tag_ not in syn.FINITE_VERBS or \
            t.i + 1 >= len(doc) or doc[t.i + 1].text not in (".", "!", "?"):
        return None
    comma = t.i - 1
    while comma > 0 and doc[comma].text != "," and t.i - comma <= _MAX_TAIL_SOURCE:
        comma -= 1
    source = doc[comma + 1:t.i]
    if doc[comma].text != "," or not len(source) or any(
            x.text in marks.every or x.text in marks.dashes or x.lower_ in cues.FIRST_PERSON
            for x in source):
        return None
    # a bare noun phrase: no preposition, conjunction or verb in it ("according to the
    # pool report", "but he agrees", "as the crowd applauded" are something else); a
    # plural document noun the tagger read as a verb ("records show") is one
    if not all(x.tag_ in syn.NOUN_PHRASE_TAGS or x.lower_ in cues.DOCUMENT_NOUNS
               for x in source) or not (syn.is_noun(source[-1].tag_) or source[-1].tag_
                                        in syn.PRONOUNS or source[-1].lower_ in cues.DOCUMENT_NOUNS):
        return None
    start = _sent_start(doc, comma)
    if comma - start < 4 or doc[comma - 1].text in marks.closing:
        return None  # too short to be a statement; a quotation is direct.py's
    return Found(source=pieces(doc, range(comma + 1, t.i)), cue=pieces(doc, [t.i]),
                 content=pieces(doc, range(start, comma), strip_that=True), origin="clause",
                 cue_word=word, source_words=[x.lower_ for x in source],
                 rule="content-before-cue")
