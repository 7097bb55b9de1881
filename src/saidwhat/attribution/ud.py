"""Attributions in a language parsed in Universal Dependencies (Russian).

The English rules (``clauses.py`` and its neighbours) read ClearNLP trees and English
word order; these read UD trees, morphology (``token.morph``: case) and lemmas, with
every word list from the profile (``lang/ru/cues.py``). The cascade, for each cue word
of the body (``ud_attributions``):

1. ``_framed_quotation``: a quotation with its cue after a dash (``«...», - сказал
   он. - «...»``), inside it (``«..., - сказал он. - ...»``) or before a colon
   (``заявил: «...»``); the pieces of one quotation are one attribution;
2. ``_according_to``: ``по словам X, ...``, ``по его мнению, ...``, ``..., по данным X``;
3. ``_as_clause``: ``Как отметил X, ...``;
4. ``_back_pointer``: ``Об этом заявил X``: the content is the sentence before;
5. ``_document``: ``говорится в заявлении ведомства``, ``в документе отмечается, что``;
6. ``_clause``: ``X заявил, что ...`` (a ``ccomp``), also ``уверена, что``;
7. ``_content_before``: ``..., заявил X.``;
8. ``_nominal``: ``выразил надежду, что ...``, ``обратились с просьбой перенести ...``;
9. ``_refusal``: ``отказался комментировать X``, ``не стала уточнять, где ...``;
10. ``_object``: stances and demands, the object with its complements
    (``назвал X образцом``, ``призвал стороны к сдержанности``);
11. ``_prepositional``: ``рассказал о ...``, ``рассчитывает на ...``.
Then headlines in the colon form (``Посол России: ...``) and interview answers
(``qa.py``), and the shared settling of ids, kinds and nesting (``nesting.py``).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from .. import lang
from ..lang.ru import morph
from ..model import Attribution, Span, Structure
from ..nlp import doc_text, is_parsed
from ..text.quotes import Quote, find_quotes
from ..text.sentences import sentences
from .found import Found
from .nesting import settle
from .qa import qa_attributions

_DASH = re.compile(r"\s*[,.!?…]?\s*[-–—]\s*")
_RESUME = re.compile(r"\s*[.,]?\s*[-–—]\s*")
_INNER_CUE = re.compile(r"([,!?…])\s+[-–—]\s+")
#: where a quotation interrupted by its cue resumes (``сказал он. - ``)
_RESUME_INSIDE = re.compile(r"[^.]*?[.,]\s+[-–—]\s*")
_STRIP = " \t\n,.;:-–—"


class _Article:
    """What every rule reads: the doc, its text, sentences and quotations."""

    def __init__(self, doc: Doc, structure: Structure):
        self.doc = doc
        self.text = doc_text(doc)
        self.profile = lang.of(doc)
        self.cues = self.profile.cues
        self.syn = self.profile.syntax
        self.blocks = [b.span for b in structure.blocks if b.is_body]
        self.titles = [b.span for b in structure.blocks if b.label == "title"]
        self.sentences = [s for b in self.blocks
                          for s in sentences(self.text, *b, self.profile)]
        self.starts = [s for s, _ in self.sentences]
        self.quotes = [q for q in find_quotes(self.text, self.blocks,
                                              self.profile.quote_marks) if q.level == 0]
        #: the quotations and the dash-set speech a cue may frame (only the marked
        #: quotations decide nesting and kinds)
        self.framed = sorted(self.quotes + _dash_speech(self.text, self.blocks),
                             key=lambda q: q.start)
        self.used: set[int] = set()  # cue tokens a rule has taken

    def sentence(self, pos: int) -> Span:
        k = max(bisect.bisect_right(self.starts, pos) - 1, 0)
        return self.sentences[k]

    def previous_sentence(self, pos: int) -> Span | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[k - 1] if k > 0 else None

    def lemmas(self, t: Token) -> frozenset[str]:
        return self.cues.LEMMAS_OF.get(t.lower_, frozenset())

    def trim(self, s: int, e: int, also: str = "") -> Span:
        """A span without edge spaces and punctuation (and without the marks in
        ``also``)."""
        strip = _STRIP + also
        while s < e and self.text[s] in strip:
            s += 1
        while e > s and self.text[e - 1] in strip:
            e -= 1
        return s, e


_SPEECH_DASH = re.compile(r"[-–—][ \t\u00a0]+(?=\S)")


def _dash_speech(text: str, blocks: list[Span]) -> list[Quote]:
    """A paragraph opening with a dash is speech, set off as a quotation would be
    (``— Придет, — ответил я. — Куда он денется.``); an interview's dashed questions
    and answers are read by ``qa.py`` first."""
    out = []
    for s, e in blocks:
        m = _SPEECH_DASH.match(text, s, e)
        if m is not None:
            end = e
            while end > m.end() and text[end - 1].isspace():
                end -= 1
            out.append(Quote(s, end, (m.end(), end), 0))
    return out


def ud_attributions(doc: Doc, structure: Structure) -> list[Attribution]:
    a = _Article(doc, structure)
    if not a.blocks:
        return []
    found = qa_attributions(a.text, a.blocks)
    found += [f for block in a.titles[:1] if (f := _headline(a, block)) is not None]
    rule_words = a.cues.RULE_WORDS
    for t in doc:
        if t.lower_ not in rule_words or t.i in a.used or not is_parsed(t) or \
                t.morph.get("VerbForm") == ["Conv"] or \
                not any(s <= t.idx < e for s, e in a.blocks):
            continue  # a gerund (``говоря о``) shares its clause's subject: not a frame
        for rule in _RULES:
            f = rule(a, t)
            if f is not None and f.content and all(e > s for s, e in f.content):
                a.used.add(t.i)
                found.append(f)
                break
    return settle(found, [q.inner for q in a.quotes], a.cues)


# --- the rules ------------------------------------------------------------------

def _framed_quotation(a: _Article, t: Token) -> Found | None:
    lem = a.lemmas(t)
    if not lem & a.cues.QUOTING:
        return None
    text = a.text
    for q in a.framed:
        # «...», - сказал он.   (the cue after the quotation and a dash)
        m = _DASH.match(text, q.end)
        if m and m.end() == t.idx:
            if lemma_in(a, t, a.cues.IMPERSONAL):  # «...», - говорится в заявлении X
                src, cue_end = _document_source(a, t)
            else:
                src, cue_end = _source_after(a, t), t.idx + len(t.text)
            content = [q.inner]
            end = src[-1][1] if src else cue_end
            nxt = _next_quote(a, end)
            if nxt is not None:
                content.append(nxt.inner)
            return _found(a, t, src, [(t.idx, cue_end)], content, "quotation-cue-after",
                          kind="direct")
        # «..., - сказал он. - ...»   (the cue inside the quotation)
        if q.inner[0] < t.idx < q.inner[1]:
            before = text[q.inner[0]:t.idx]
            m = _INNER_CUE.search(before)
            if m and m.end() == len(before) and m.start() > 0:
                src = _source_after(a, t)
                end = src[-1][1] if src else t.idx + len(t.text)
                r = _RESUME_INSIDE.match(text, end, q.inner[1])
                content = [a.trim(q.inner[0], q.inner[0] + m.start() + (
                    1 if before[m.start()] in "!?…" else 0))]
                if r:
                    content.append(a.trim(r.end(), q.inner[1]))
                return _found(a, t, src, [(t.idx, t.idx + len(t.text))], content,
                              "quotation-cue-after", kind="direct")
        # заявил: «...»
        after = t.idx + len(t.text)
        colon = text.find(":", after, q.start + 1)
        if 0 <= colon and q.start - colon <= 3 and colon - after <= 40 and \
                "." not in text[after:colon] and a.sentence(t.idx) == a.sentence(colon):
            return _found(a, t, _subject(a, t), [(t.idx, after)], [q.inner],
                          "quotation-cue-before", kind="direct")
    return None


def _next_quote(a: _Article, pos: int) -> Quote | None:
    """The quotation right after ``. - `` at ``pos`` (``..., - сказал он. - «...»``)."""
    m = _RESUME.match(a.text, pos)
    if m is None:
        return None
    return next((q for q in a.quotes if q.start == m.end()), None)


def _according_to(a: _Article, t: Token) -> Found | None:
    if not a.lemmas(t) & a.cues.ACCORDING_NOUNS:
        return None
    doc = a.doc
    prev = doc[t.i - 1] if t.i > 0 else None
    owner = None
    according = a.cues.ACCORDING_PREPOSITION
    if prev is not None and prev.lower_ in a.cues.PRONOUNS and t.i > 1 and \
            doc[t.i - 2].lower_ == according:
        owner, po = prev, doc[t.i - 2]
    elif prev is not None and prev.lower_ == according:
        po = prev
    else:
        return None
    s, e = a.sentence(t.idx)
    if owner is not None:
        src = [(owner.idx, owner.idx + len(owner.text))]
        cue = [(po.idx, po.idx + len(po.text)), (t.idx, t.idx + len(t.text))]
        src_end = t.idx + len(t.text)
    else:
        comma = _comma_after(a, t.idx + len(t.text), e)
        src_end = comma if comma is not None else e
        src = [a.trim(t.idx + len(t.text), src_end)]
        cue = [(po.idx, t.idx + len(t.text))]
    before = a.trim(s, po.idx)
    if before[1] - before[0] > 10:  # "..., по словам X."
        content = before
    else:
        comma = _comma_after(a, src_end, e)
        content = a.trim(comma if comma is not None else src_end, e)
    if not src[0][1] > src[0][0]:
        return None
    return _found(a, t, src, cue, [content], "according-to")


def _as_clause(a: _Article, t: Token) -> Found | None:
    if not a.lemmas(t) & a.cues.SPEECH or t.i == 0:
        return None
    # "как" right before the verb, or before its subject (``Как он сам признался``)
    k = t.i - 1
    subject = {x.i for c in t.children if c.dep_ in a.syn.SUBJECTS for x in c.subtree}
    while k > 0 and k in subject and t.i - k < 6:
        k -= 1
    if a.doc[k].lower_ not in a.cues.AS_WORDS:
        return None
    kak = a.doc[k]
    s, e = a.sentence(t.idx)
    before = a.trim(s, kak.idx)
    # mid-sentence only as a parenthesis (``X, как отметил Y, Z``); else a comparison
    if before[1] > before[0] and not a.text[before[1]:kak.idx].strip().startswith(","):
        return None
    src = _subject(a, t)
    comma = _comma_after(a, max(t.idx, src[-1][1] if src else 0), e)
    if comma is None:
        return None
    cue = [(kak.idx, t.idx + len(t.text))] if kak.i == t.i - 1 else \
        [(kak.idx, kak.idx + len(kak.text)), (t.idx, t.idx + len(t.text))]
    content = [p for p in (before, a.trim(comma, e)) if p[1] > p[0]]
    return _found(a, t, src, cue, content, "as-clause")


#: the most words between ``Об этом`` and its verb
_MAX_BEFORE_BACK_POINTER = 8


def _back_pointer(a: _Article, t: Token) -> Found | None:
    if not a.lemmas(t) & a.cues.REPORTING:
        return None
    doc = a.doc
    # "Об этом" before the verb, with words of the clause between (``Об этом
    # корреспонденту ТАСС сообщили``, ``Об этом генеральный директор рассказал``)
    k = t.i - 1
    while k >= 1 and t.i - k <= _MAX_BEFORE_BACK_POINTER and doc[k].dep_ != a.syn.PUNCT \
            and not (doc[k].lower_ in a.cues.BACK_POINTERS
                     and doc[k - 1].lower_ in a.cues.ABOUT_PREPOSITIONS):
        k -= 1
    if k < 1 or doc[k].lower_ not in a.cues.BACK_POINTERS or \
            doc[k - 1].lower_ not in a.cues.ABOUT_PREPOSITIONS:
        return None
    prev = a.previous_sentence(t.idx)
    if prev is None:
        return None
    if lemma_in(a, t, a.cues.IMPERSONAL):
        src, cue_end = _document_source(a, t)
    else:
        src, cue_end = _subject(a, t), t.idx + len(t.text)
    # the cue is "Об этом" and the verb, without the subject or addressee between
    cue = [(doc[k - 1].idx, cue_end)] if k == t.i - 1 or all(
        x.tag_ in a.syn.MODIFIER_TAGS for x in doc[k + 1:t.i]) else \
        [(doc[k - 1].idx, doc[k].idx + len(doc[k].text)), (t.idx, cue_end)]
    return _found(a, t, src, cue, [a.trim(*prev)], "content-before-cue")


def _document(a: _Article, t: Token) -> Found | None:
    if not lemma_in(a, t, a.cues.IMPERSONAL):
        return None
    src, cue_end = _document_source(a, t)
    if not src:
        return None
    clause = _clause_child(a, t)
    if clause is None:
        return None
    return _found(a, t, src, [(t.idx, cue_end)], [clause], "passive")


def _clause(a: _Article, t: Token) -> Found | None:
    if not a.lemmas(t) & a.cues.REPORTING:
        return None
    clause = _clause_child(a, t)
    if clause is None or clause[0] < t.idx:
        return None
    return _found(a, t, _subject(a, t), _cue(a, t), [clause], "verb-clause")


def _content_before(a: _Article, t: Token) -> Found | None:
    if not a.lemmas(t) & a.cues.REPORTING:
        return None
    s, e = a.sentence(t.idx)
    m = re.search(r",\s*(?:[-–—]\s*)?$", a.text[s:t.idx])
    if m is None:
        return None
    content = a.trim(s, s + m.start())
    src = _source_after(a, t)
    if content[1] - content[0] < 10 or not src:
        return None
    return _found(a, t, src, _cue(a, t), [content], "content-before-cue")


def _nominal(a: _Article, t: Token) -> Found | None:
    """The noun is the cue word looked up; the verb it hangs on frames it."""
    if not lemma_in(a, t, a.cues.NOMINAL) or not a.syn.is_verb(t.head.tag_) or t.head == t:
        return None
    verb = t.head
    clause = None
    for c in t.children:
        if c.dep_ in (a.syn.NOUN_CLAUSE, a.syn.CLAUSE, a.syn.OPEN_CLAUSE) or (
                c.dep_ == a.syn.NOUN_MODIFIER and (c.morph.get("Case") == ["Ins"]
                                                   or c.morph.get("VerbForm") == ["Inf"])):
            clause = _span_of(a, c, drop_marks=True)
            break
    if clause is None:
        clause = _clause_child(a, verb)
        if clause is None or clause[0] < t.idx:
            return None
    a.used.add(verb.i)
    return _found(a, t, _subject(a, verb), [(verb.idx, t.idx + len(t.text))], [clause],
                  "nominal-cue")


def _refusal(a: _Article, t: Token) -> Found | None:
    if not lemma_in(a, t, a.cues.REFUSAL):
        return None
    negated = any(c.lower_ in a.syn.NEGATION_WORDS for c in t.children)
    inner = next((c for c in t.children if c.dep_ == a.syn.OPEN_CLAUSE
                  and a.lemmas(c) & a.cues.SPEECH), None)
    if inner is None or (not negated and lemma_in(a, t, a.cues.REFUSAL_NEGATED)):
        return None  # "стала уточнять" is no refusal; "не стала уточнять" is
    content = _clause_child(a, inner) or _objects(a, inner)
    if content is None:
        return None
    start = min([t.idx] + [c.idx for c in t.children if c.lower_ in a.syn.NEGATION_WORDS])
    a.used.add(inner.i)
    return _found(a, t, _subject(a, t), [(start, inner.idx + len(inner.text))], [content],
                  "verb-infinitive")


def _object(a: _Article, t: Token) -> Found | None:
    if not a.syn.is_verb(t.tag_):
        return None
    if not a.lemmas(t) & a.cues.STANCE:
        # a verb of speech with a noun for its object reports it (``подтвердили рост
        # перевозок``); ``сказал это`` points elsewhere
        obj = next((c for c in t.children if c.dep_ == a.syn.OBJECT), None)
        if not a.lemmas(t) & a.cues.SPEECH or obj is None or not a.syn.is_noun(obj.tag_) \
                or obj.morph.get("Animacy") == ["Anim"]:  # "спросили министра": whom
            return None
    if any(lemma_in(a, c, a.cues.NOMINAL) for c in t.children if c.dep_ == a.syn.OBJECT):
        return None  # "выразил надежду, что": the noun's rule
    content = _objects(a, t)
    if content is None:
        return None
    return _found(a, t, _subject(a, t), _cue(a, t), [content], "verb-object")


def _prepositional(a: _Article, t: Token) -> Found | None:
    preps = next((a.cues.PREP_FRAMES[x] for x in a.lemmas(t) if x in a.cues.PREP_FRAMES),
                 None)
    if preps is None:
        return None
    for c in t.children:
        prep = next((x for x in c.children if x.dep_ == a.syn.CASE), None)
        if c.dep_ == a.syn.OBLIQUE and c.i > t.i and prep is not None and \
                prep.lower_ in preps and c.lower_ not in a.cues.BACK_POINTERS:
            s, e = _span_of(a, c)
            return _found(a, t, _subject(a, t), [(t.idx, prep.idx + len(prep.text))],
                          [a.trim(prep.idx + len(prep.text), e)], "prepositional-frame")
    return None


_RULES = (_framed_quotation, _according_to, _as_clause, _back_pointer, _document,
          _clause, _content_before, _nominal, _refusal, _object, _prepositional)


def _headline(a: _Article, block: Span) -> Found | None:
    """``Посол России: торговля вырастет``: a short name or role before a colon."""
    s, e = block
    line = a.text[s:e]
    colon = line.find(":")
    if colon <= 0 or len(line[:colon].split()) > 5 or not line[:1].isupper():
        return None
    head = a.doc.char_span(s, s + colon, alignment_mode="expand")
    if head is None or any(a.syn.is_verb(t.tag_) for t in head):
        return None
    content = a.trim(s + colon + 1, e, also="«»\"„“")
    return Found([(s, s + colon)], [(s + colon, s + colon + 1)], [content], "headline", ":",
                 [w.lower() for w in line[:colon].split()], kind="headline",
                 rule="headline-colon")


# --- spans ----------------------------------------------------------------------

def lemma_in(a: _Article, t: Token, words: frozenset[str]) -> bool:
    return bool(a.lemmas(t) & words) or morph.lemma(t.text) in words


def _span_of(a: _Article, t: Token, drop_marks: bool = False) -> Span:
    """The characters of a token's subtree, edges trimmed; without a leading
    subordinator (``что``) when asked."""
    left, right = t.left_edge, t.right_edge
    s, e = a.trim(left.idx, right.idx + len(right.text))
    if drop_marks:
        for c in t.children:
            if c.dep_ == a.syn.MARKER and c.idx == s:
                s, e = a.trim(c.idx + len(c.text), e)
    return s, e


def _phrase(a: _Article, t: Token) -> Span:
    """A source's noun phrase: the subtree up to its first comma (``заявлении
    ведомства, опубликованном в среду``: the participle is not the source)."""
    s, e = _span_of(a, t)
    comma = _comma_after(a, max(s, t.idx), e)
    return a.trim(s, comma) if comma is not None else (s, e)


def _clause_child(a: _Article, t: Token) -> Span | None:
    """A ``ccomp``'s words. A ``что``-clause after its cue runs to the end of the
    sentence, whatever the parse hangs elsewhere (``напомнила, что в ряде сел газ
    подают с перебоями``: the parser may end the clause at ``сел``), unless the cue's own
    next verb follows (``заявил, что A, и добавил, что B``)."""
    clause = next((c for c in t.children if c.dep_ == a.syn.CLAUSE), None)
    if clause is None:
        return None
    s, e = _span_of(a, clause, drop_marks=True)
    marked = any(c.dep_ == a.syn.MARKER and c.i < clause.i for c in clause.children)
    if marked and s > t.idx:
        sent_end = a.trim(*a.sentence(t.idx))[1]
        if not any(c.dep_ == a.syn.CONJUNCT and c.idx >= e for c in t.children):
            e = max(e, sent_end)
    return (s, e) if e > s else None


def _objects(a: _Article, t: Token) -> Span | None:
    """The object wherever it stands, with the complements after the verb."""
    keep = (a.syn.OBJECT, a.syn.INDIRECT_OBJECT, a.syn.OPEN_CLAUSE, a.syn.CLAUSE,
            a.syn.OBLIQUE)
    core = [c for c in t.children if c.dep_ in (a.syn.OBJECT, a.syn.OPEN_CLAUSE,
                                                 a.syn.CLAUSE)]
    if not core:
        return None
    parts = core + [c for c in t.children if c.dep_ in keep and c.i > t.i]
    if any(c.i < t.i for c in parts) and any(c.i > t.i for c in parts):
        # never across the cue: the side after it, where the complements are
        parts = [c for c in parts if c.i > t.i]
    s = min(c.left_edge.idx for c in parts)
    e = max(c.right_edge.idx + len(c.right_edge.text) for c in parts)
    sent = a.sentence(t.idx)
    return a.trim(max(s, sent[0]), min(e, sent[1]))


def _cue(a: _Article, t: Token) -> list[Span]:
    return [(t.idx, t.idx + len(t.text))]


def _subject(a: _Article, t: Token) -> list[Span]:
    """The subject's words; a verb without one takes its head's (``и добавил``); a
    plural verb without one speaks through ``в <body>`` (``сообщили в пресс-службе
    суда``)."""
    v = t
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in a.syn.SUBJECTS), None)
        if subj is not None:
            return [_phrase(a, subj)]
        if v.dep_ in (a.syn.CONJUNCT, a.syn.OPEN_CLAUSE) and v.head != v:
            v = v.head
        else:
            break
    for c in t.children:
        prep = next((x for x in c.children if x.dep_ == a.syn.CASE), None)
        if c.dep_ == a.syn.OBLIQUE and prep is not None and \
                prep.lower_ in a.cues.BODY_PREPOSITIONS and \
                c.tag_ not in (a.syn.PRONOUN, a.syn.PUNCT_TAG) and \
                c.lower_ not in a.cues.BACK_POINTERS:
            s, e = _span_of(a, c)
            return [a.trim(prep.idx + len(prep.text), e)]
    return []


def _source_after(a: _Article, t: Token) -> list[Span]:
    """The source after an inverted cue (``сказал Зорин журналистам``): the subject, or
    the first nominative noun phrase in the sentence after the cue (dash-framed
    quotations often leave the parse without one)."""
    subj = _subject(a, t)
    if subj and subj[0][0] > t.idx:
        return subj
    s, e = a.sentence(t.idx)
    for k in range(t.i + 1, len(a.doc)):
        x = a.doc[k]
        if x.idx >= e or x.text in ".-–—" or x.dep_ == a.syn.PUNCT and x.text != "\"":
            break
        if x.tag_ in a.syn.NOMINALS and x.morph.get("Case") in (["Nom"], []):
            end = x
            for y in a.doc[k + 1:]:
                if y.idx >= e or y.dep_ == a.syn.PUNCT and y.text not in "\"«»" or \
                        y.morph.get("Case") == ["Dat"] or y.head.i < k:
                    break
                end = y
            return [a.trim(x.idx, end.idx + len(end.text))]
    return subj


def _document_source(a: _Article, t: Token) -> tuple[list[Span], int]:
    """``говорится в заявлении ведомства``: the owner of the document (the cue runs to
    the document), else the document (``в документе отмечается``)."""
    for c in list(t.children) + ([t.head] if t.head != t else []):
        if lemma_in(a, c, a.cues.DOCUMENT_NOUNS):
            owner = next((x for x in c.children if x.dep_ == a.syn.NOUN_MODIFIER
                          and x.i > c.i), None)
            if owner is not None:
                return [_phrase(a, owner)], max(c.idx + len(c.text), t.idx + len(t.text))
            return [(c.idx, c.idx + len(c.text))], t.idx + len(t.text)
    return [], t.idx + len(t.text)


def _comma_after(a: _Article, pos: int, end: int) -> int | None:
    """The first comma from ``pos`` that is not inside a quotation."""
    depth = 0
    for i in range(pos, end):
        ch = a.text[i]
        if ch in "«„(":
            depth += 1
        elif ch in "»“)" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            return i
    return None


def _found(a: _Article, t: Token, source: list[Span], cue: list[Span], content: list[Span],
           rule: str, kind: str = "indirect") -> Found:
    words = [w.lower() for s, e in source for w in a.text[s:e].split()]
    # the lemma: the nesting filters look cue words up in the lexicons, which are lemmas
    cue_word = min(a.lemmas(t), default=t.lower_)
    return Found(source, cue, content, "direct" if kind == "direct" else "clause",
                 cue_word, words, kind=kind, rule=rule)
