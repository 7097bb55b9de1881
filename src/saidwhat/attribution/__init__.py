"""Attribution stage: who said what, as source / cue / content character spans.

``extract_attributions`` runs, over the body paragraphs only: headlines in the colon
form (``headline.py``), interview answers (``qa.py``), quotations framed by their cue
(``direct.py``), reported clauses from the dependency parse (``clauses.py``), then
settles ids, kinds and nesting (``nesting.py``). Speakers are resolved later, by the
speakers stage, from the source spans.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Attribution, Structure
from ..nlp import is_parsed
from . import cues
from .clauses import clause_attribution
from .direct import direct_attributions
from .headline import headline_attributions
from .nesting import settle
from .qa import qa_attributions
from .quotes import find_quotes

_TRIGGERS = cues.CUE_VERBS | {"according"}


def extract_attributions(doc: Doc, structure: Structure) -> list[Attribution]:
    body = [b for b in structure.blocks if b.is_body]
    spans = [b.span for b in body]
    if not spans:
        return []
    text = doc.text
    quotes = find_quotes(text, spans)
    found = []
    for block in body:
        if block.label == "title":
            found.extend(headline_attributions(doc, text, block.span))
    found.extend(qa_attributions(text, spans))
    direct, used = direct_attributions(doc, text, quotes, spans)
    found.extend(direct)
    for s, e in spans:
        region = doc.char_span(s, e, alignment_mode="expand")
        if region is None:
            continue
        for t in region:
            if t.i in used or t.lower_ not in _TRIGGERS or not is_parsed(t):
                continue
            f = clause_attribution(doc, t)
            if f is not None and f.content:
                found.append(f)
    return settle(found, [q.inner for q in quotes if q.level == 0])
