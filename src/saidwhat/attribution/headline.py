"""Headlines: the colon form (``Russian ambassador: there are forces ...``,
``"We are not a charity": fund chief on ...``, ``Mayor defends fees: "..."``, kind
``headline``; also a body subheading ``Governor: "..."``), the trailing verb form
(``Council acted unlawfully, High Court rules``) and the two-verb form (``Bank holds
rates, warns inflation 'not yet beaten'``), whose telegraphic grammar the parser often
misreads (``rules`` as a plural noun). Other headlines with a verb cue are ordinary
clauses, left to ``clauses.py``."""

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
#: A one-word rubric before a headline (``Exclusive:``, ``Analysis:``).
_LABEL = re.compile(r"([A-Za-z]+)\s*:\s*")
_WITH = re.compile(r"\bwith\s", re.I)
#: Third-person cue forms that follow a comma in a two-verb headline.
_HEADLINE_CUES = frozenset(
    "says warns signals predicts vows insists admits denies confirms urges expects sees "
    "claims argues hints pledges promises threatens estimates fears".split())
_TRAILING_CUE = re.compile(
    r"(?P<content>\S.*?),\s+(?P<source>\S+(?:\s+\S+){0,3}?)\s+"
    r"(?P<cue>says|say|rules|finds|find|shows|show|warns|warn|claims|claim|reports|"
    r"admits|insists|argues|believes|suggests|confirms|announces|estimates)\s*$")


def headline_attributions(doc: Doc, text: str, span: tuple[int, int],
                          speakers: set[str], *, quoted_only: bool = False) -> list[Found]:
    """``speakers``: lowercase words of the body's attribution sources; a colon
    headline needs a speaker before the colon (a role noun or a body speaker), so
    ``Brexit: UK and EU agree deal`` is a topic, not a source. ``quoted_only``: a
    line of the body, taken only in the colon form with a whole quotation
    (``Governor: "The job is not finished"``, a subheading)."""
    out = []
    s, e = span
    if not quoted_only:
        m = _TRAILING_CUE.fullmatch(text, s, e)
        if m and not any(ch in m.group("source") for ch in ",:;\"“”"):
            content = m.span("content")
            label = _LABEL.match(text, *content)
            if label and not _speaker_like(label.group(1), speakers):
                content = (label.end(), content[1])  # "Exclusive: ...", "Analysis: ..."
            return [Found([m.span("source")], [m.span("cue")], [content],
                          "headline", m.group("cue").lower(),
                          m.group("source").lower().split())]
        second = _second_verb(doc, text, s, e)
        if second is not None:
            return [second]
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
        rraw = text[colon + 1:pe].strip()
        whole_quote = rraw[:1] in _QUOTE_MARKS and rraw[-1:] in _QUOTE_MARKS
        if quoted_only and not whole_quote:
            continue
        if lraw[:1] in _QUOTE_MARKS and lraw[-1:] in _QUOTE_MARKS:
            # "'...': an interview with X" names its source after "with"
            at = _WITH.search(text, right[0], right[1])
            m = _SOURCE_END.search(text, at.end() if at else right[0], right[1])
            src = char_trim(text, at.end() if at else right[0], m.start() if m else right[1])
            if src[1] > src[0] and len(text[src[0]:src[1]].split()) <= _MAX_SOURCE_WORDS \
                    and _speaker_like(text[src[0]:src[1]], speakers):
                out.append(Found([src], [(colon, colon + 1)], [left], "headline", ":",
                                 text[src[0]:src[1]].lower().split(), kind="headline"))
            continue
        if whole_quote and not quoted_only and _has_verb(doc, left):
            # "Mayor defends new parking fees: '...'": the quotation is the subject's
            left = _subject_of(doc, left)
        words = text[left[0]:left[1]].split()
        if not words or len(words) > _MAX_SOURCE_WORDS or _has_verb(doc, left) or \
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


def _subject_of(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The words before a headline's first verb (empty when it opens with one)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    verb = next((t for t in sp if _finite(t)), None) if sp is not None else None
    if verb is None or verb.i == sp.start:
        return (span[0], span[0])
    return (span[0], doc[verb.i - 1].idx + len(doc[verb.i - 1].text))


def _finite(t) -> bool:
    return t.tag_ in ("VBZ", "VBD", "VBP", "MD")


def _second_verb(doc: Doc, text: str, s: int, e: int) -> Found | None:
    """``Bank of England holds rates, warns inflation 'not yet beaten'``: a second
    verb after a comma that is a cue shares the headline's subject; what follows it
    is the content."""
    sp = doc.char_span(s, e, alignment_mode="expand")
    if sp is None or not len(sp) or not any(_finite(t) for t in sp):
        return None
    for t in sp[2:-1]:
        if doc[t.i - 1].text == "," and t.lower_ in _HEADLINE_CUES:
            src = _subject_of(doc, (s, doc[t.i - 1].idx))
            words = text[src[0]:src[1]].split()
            if not words or len(words) > _MAX_SOURCE_WORDS or \
                    any(ch in text[src[0]:src[1]] for ch in ",:;"):
                return None
            content = char_trim(text, doc[t.i + 1].idx, e)
            if content[1] <= content[0]:
                return None
            return Found([src], [(t.idx, t.idx + len(t.text))], [content], "headline",
                         t.lower_, [w.lower() for w in words])
    return None


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
