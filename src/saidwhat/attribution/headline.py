"""Headlines: the colon form (``Russian ambassador: there are forces ...``,
``"We are not a charity": fund chief on ...``, kind ``headline``) and the trailing
verb form (``Council acted unlawfully, High Court rules``), whose telegraphic grammar
the parser often misreads (``rules`` as a plural noun). Other headlines with a verb
cue are ordinary clauses, left to ``clauses.py``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import cues
from .found import Found
from .spans import char_trim

_QUOTE_MARKS = "\"“”«»‘’'"
#: Where the source noun phrase after a fronted quotation ends: "chief on loans ...".
_SOURCE_END = re.compile(r"\s(?:on|about|over|in|as|at|for|after|to|says|said)\s|[,;]")
_MAX_SOURCE_WORDS = 6
_TRAILING_CUE = re.compile(
    r"(?P<content>\S.*?),\s+(?P<source>\S+(?:\s+\S+){0,3}?)\s+"
    r"(?P<cue>says|say|rules|finds|find|shows|show|warns|warn|claims|claim|reports|"
    r"admits|insists|argues|believes|suggests|confirms|announces|estimates)\s*$")


def headline_attributions(doc: Doc, text: str, span: tuple[int, int],
                          speakers: set[str]) -> list[Found]:
    """``speakers``: lowercase words of the body's attribution sources; a colon
    headline needs a speaker before the colon (a role noun or a body speaker), so
    ``Brexit: UK and EU agree deal`` is a topic, not a source."""
    out = []
    s, e = span
    m = _TRAILING_CUE.fullmatch(text, s, e)
    if m and not any(ch in m.group("source") for ch in ",:;\"“”"):
        return [Found([m.span("source")], [m.span("cue")], [m.span("content")], "headline",
                      m.group("cue").lower(), m.group("source").lower().split())]
    for part in re.finditer(r"[^;]+", text[s:e]):
        ps, pe = s + part.start(), s + part.end()
        colon = text.find(":", ps, pe)
        if colon < 0:
            continue
        left = char_trim(text, ps, colon)
        right = char_trim(text, colon + 1, pe)
        if left[1] <= left[0] or right[1] <= right[0]:
            continue
        lraw = text[ps:colon].strip()
        if lraw[:1] in _QUOTE_MARKS and lraw[-1:] in _QUOTE_MARKS:
            m = _SOURCE_END.search(text, right[0], right[1])
            src = char_trim(text, right[0], m.start() if m else right[1])
            if src[1] > src[0] and len(text[src[0]:src[1]].split()) <= _MAX_SOURCE_WORDS \
                    and _speaker_like(text[src[0]:src[1]], speakers):
                out.append(Found([src], [(colon, colon + 1)], [left], "headline", ":",
                                 text[src[0]:src[1]].lower().split(), kind="headline"))
            continue
        words = text[left[0]:left[1]].split()
        if len(words) > _MAX_SOURCE_WORDS or _has_verb(doc, left) or \
                not _speaker_like(text[left[0]:left[1]], speakers):
            continue
        content = right
        rraw = text[colon + 1:pe].lstrip()
        if rraw[:1] in _QUOTE_MARKS:
            # "Renzi: 'We were robbed' as ..." : the quotation alone
            qs = text.index(rraw[0], colon + 1)
            close = _close_of(text, qs, pe)
            if close > qs:
                content = char_trim(text, qs + 1, close)
        out.append(Found([left], [(colon, colon + 1)], [content], "headline", ":",
                         [w.lower() for w in words], kind="headline"))
    return out


def _speaker_like(phrase: str, speakers: set[str]) -> bool:
    last = re.sub(r"[^\w&.-]", "", phrase.split()[-1]).lower().removesuffix("'s")
    return last in cues.ROLE_NOUNS or last in speakers


def _close_of(text: str, qs: int, end: int) -> int:
    for i in range(qs + 1, end):
        ch = text[i]
        if ch in "”»\"" or (ch in "’'" and (i + 1 >= end or not text[i + 1].isalnum())):
            return i
    return -1


def _has_verb(doc: Doc, span: tuple[int, int]) -> bool:
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp is not None and any(t.tag_.startswith("VB") and t.tag_ != "VBN" for t in sp)
