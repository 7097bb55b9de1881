"""Attribution stage: who said what, as source / cue / content character spans.

``extract_attributions`` runs, over the body paragraphs only: headlines in the colon
form (``headline.py``), interview answers (``qa.py``), quotations framed by their cue
(``direct.py``), reported clauses from the dependency parse (``clauses.py``: speech,
beliefs, intentions, stances), prepositional frames (``prepositional.py``: ``talked
about``, ``criticism of``), nominal cues and hearsay adverbs (``nominal.py``: ``his
claim that``, ``reportedly``), then settles ids, kinds and nesting (``nesting.py``).
Those rules read English trees (ClearNLP labels); a language parsed in Universal
Dependencies (Russian) has its own cascade in ``ud.py``, settled the same way.
Speakers are resolved later, by the speakers stage, from the source spans.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from .. import lang
from ..model import Attribution, Structure
from ..nlp import doc_text, is_parsed
from ..text.quotes import Quote, find_quotes
from .clauses import clause_attribution, made_clear_attribution, tail_cue_attribution
from .direct import continue_with_quotations, direct_attributions
from .found import Found
from .headline import headline_attributions, surnames_in
from .nesting import settle
from .nominal import evidential_attribution, hearsay_attribution, nominal_attribution
from .prepositional import prepositional_attribution
from .qa import qa_attributions

@functools.cache
def _trigger_ids(profile: lang.Profile) -> numpy.ndarray:
    """Hashes of the cue words, as spaCy stores the ``LOWER`` attribute."""
    return numpy.sort(numpy.fromiter(
        (hash_string(w) for w in profile.cues.RULE_WORDS), dtype="uint64"))


def _cue_candidates(doc: Doc, spans: list[tuple[int, int]]) -> numpy.ndarray:
    """Indices of body tokens whose lowercase form is a cue word, found with one
    vectorized look-up (a Python loop over every token costs more than the rules)."""
    ids = _trigger_ids(lang.of(doc))
    lower = doc.to_array(LOWER)
    at = numpy.minimum(numpy.searchsorted(ids, lower), len(ids) - 1)
    hit = ids[at] == lower
    body = numpy.zeros(len(doc), dtype=bool)
    for s, e in spans:
        region = doc.char_span(s, e, alignment_mode="expand")
        if region is not None:
            body[region.start:region.end] = True
    return numpy.flatnonzero(hit & body)


def extract_attributions(doc: Doc, structure: Structure) -> list[Attribution]:
    if lang.of(doc).syntax.SCHEME == "ud":  # a language parsed in Universal Dependencies
        from .ud import ud_attributions

        return ud_attributions(doc, structure)
    body = [b for b in structure.blocks if b.is_body]
    spans = [b.span for b in body]
    if not spans:
        return []
    profile = lang.of(doc)
    cues = profile.cues
    text = doc_text(doc)
    quotes = find_quotes(text, spans, profile.quote_marks)
    found = qa_attributions(text, spans)
    direct, used = direct_attributions(doc, text, quotes, spans)
    starts = {q.start: q for q in quotes}
    found.extend(direct)
    for i in _cue_candidates(doc, spans):
        t = doc[int(i)]
        if t.i in used or not is_parsed(t):
            continue
        f = clause_attribution(doc, t) or tail_cue_attribution(doc, t)
        if f is None and t.lower_ in cues.PREP_FRAME_WORDS:
            f = prepositional_attribution(doc, t)
        if f is None and t.lower_ in cues.NOMINAL_CUES:
            f = nominal_attribution(doc, t)
        if f is None and t.lower_ in cues.HEARSAY_ADVERBS:
            f = hearsay_attribution(doc, t)
        if f is None and t.lower_ in cues.EVIDENTIAL_VERBS:
            f = evidential_attribution(doc, t)
        if f is None and t.lower_ in cues.MADE_PREDICATES:
            f = made_clear_attribution(doc, t)
        if f is not None and f.content:
            found.append(_quotation_only(text, _whole_quotation(text, f, quotes), starts))
    continue_with_quotations(text, found, quotes, spans, profile)
    speakers = {w for f in found for w in f.source_words} | surnames_in(
        text, [b.span for b in body if b.label != "title"], profile.entities)
    headlines = [h for block in body
                 for h in headline_attributions(doc, text, block.span, speakers,
                                                quoted_only=block.label != "title")]
    # "Mayor defends new fees: '...'": the verb before a headline's colon frames the
    # headline's own statement, not a second one
    framed = [(h.source[0][0], h.cue[0][0]) for h in headlines if h.source and h.cue]
    found = [f for f in found if not f.cue or not any(
        s <= f.cue[0][0] < e for s, e in framed)]
    for f in headlines + found:
        f.source, f.cue, f.content = (_whole_words(text, f.source), _whole_words(text, f.cue),
                                      _whole_words(text, f.content))
    return settle(headlines + found, [q.inner for q in quotes if q.level == 0], cues)


def _whole_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans widened to whole words: a token boundary inside a word (``were`` of
    ``weren't``) must not cut it, losing a negation."""
    out = []
    for s, e in spans:
        end = e
        while s > 0 and s < e and text[s - 1].isalnum() and text[s].isalnum():
            s -= 1
        while e < len(text) and e > s and (text[e].isalnum() and text[e - 1].isalnum() or (
                text[e] in "'’" and e + 1 < len(text) and text[e + 1].isalpha()
                and text[e - 1].isalpha())):
            e += 1
        if e > end and text[e - 1] in "'’":
            e -= 1  # "That's according to": the clitic is another word, its mark too
        out.append((s, e))
    return out


#: A quotation longer than this is not taken whole into a clause's content that cuts it.
_MAX_QUOTATION_TAKEN_WHOLE = 300


def _whole_quotation(text: str, f: Found, quotes: list[Quote]) -> Found:
    """A content that ends inside a quotation it opened runs to the quotation's end
    (``what Okafor called a "build first, ask later" approach``: the parser ends the
    clause at the quoted comma). Quoted words are never split between the speaker and
    the narrator."""
    s, e = f.content[-1]
    for q in quotes:
        # a content that opens with the quotation is that quotation, however long
        # (``said "A. B. C."``: the parse ends the clause at the first full stop)
        opens = s in (q.start, q.inner[0]) and len(f.content) == 1
        if q.level == 0 and s <= q.inner[0] and q.start < e < q.inner[1] and (
                opens or q.end - q.start <= _MAX_QUOTATION_TAKEN_WHOLE) and \
                any(c.isalnum() for c in text[e:q.inner[1]]):  # words cut off, not a "."
            f.content = [*f.content[:-1], (s, q.inner[1])]
            break
    return f


def _quotation_only(text: str, f: Found, quote_at: dict[int, Quote]) -> Found:
    """A reported clause that opens with a quotation closed before a comma is that
    quotation (``told families that 'no decision has been made', when ...``): what
    follows the comma is the narrator's."""
    s, e = f.content[0]
    q = quote_at.get(s - 1) or quote_at.get(s)
    if q is not None and q.end < e and text[q.end:q.end + 1] == ",":
        f.content = [q.inner]
        f.kind = "direct"
    return f
