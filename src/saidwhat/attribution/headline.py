"""Headlines: the colon form (``Russian ambassador: there are forces ...``,
``"We are not a charity": fund chief on ...``, ``Mayor defends fees: "..."``, kind
``headline``; also a body subheading ``Governor: "..."``), the trailing verb form
(``Council acted unlawfully, High Court rules``) and the two-verb form (``Bank holds
rates, warns inflation 'not yet beaten'``), whose telegraphic grammar the parser often
misreads (``rules`` as a plural noun). Other headlines with a verb cue are ordinary
clauses, left to ``clauses.py``."""

from __future__ import annotations

import functools
import re
from types import ModuleType

from spacy.tokens import Doc, Token

from .. import lang
from ..text.quotes import QuoteMarks
from .found import Found
from .spans import char_trim

_MAX_SOURCE_WORDS = 6
#: A one-word rubric before a headline (``Exclusive:``, ``Analysis:``).
_LABEL = re.compile(r"([A-Za-z]+)\s*:\s*")
_WITH = re.compile(r"\bwith\s", re.I)


@functools.cache
def _patterns(cues: ModuleType) -> tuple[re.Pattern, re.Pattern]:
    """Where a source after a fronted quotation ends (``"...": chief on loans``), and
    the trailing-verb form (``Council acted unlawfully, High Court rules``)."""
    source_end = re.compile(r"\s(?:%s)\s|[,;]" % "|".join(sorted(cues.HEADLINE_SOURCE_ENDS)))
    trailing = re.compile(r"(?P<content>\S.*?),\s+(?P<source>\S+(?:\s+\S+){0,3}?)\s+"
                          r"(?P<cue>%s)\s*$" % "|".join(sorted(cues.HEADLINE_FINAL_VERBS)))
    return source_end, trailing


def headline_attributions(doc: Doc, text: str, span: tuple[int, int],
                          speakers: set[str], *, quoted_only: bool = False) -> list[Found]:
    """``speakers``: lowercase words of the body's attribution sources; a colon
    headline needs a speaker before the colon (a role noun or a body speaker), so
    ``Brexit: UK and EU agree deal`` is a topic, not a source. ``quoted_only``: a
    line of the body, taken only in the colon form with a whole quotation
    (``Governor: "The job is not finished"``, a subheading)."""
    profile = lang.of(doc)
    cues, marks = profile.cues, profile.quote_marks
    source_end, trailing_cue = _patterns(cues)
    out = []
    s, e = span
    if not quoted_only:
        m = trailing_cue.fullmatch(text, s, e)
        if m and not any(ch in m.group("source") for ch in ",:;" + marks.doubles):
            content = m.span("content")
            label = _LABEL.match(text, *content)
            if label and not _speaker_like(label.group(1), speakers, cues):
                content = (label.end(), content[1])  # "Exclusive: ...", "Analysis: ..."
            return [Found([m.span("source")], [m.span("cue")], [content],
                          "headline", m.group("cue").lower(),
                          m.group("source").lower().split(), rule="headline-colon")]
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
        whole_quote = rraw[:1] in marks.every and rraw[-1:] in marks.every
        if quoted_only and not whole_quote:
            continue
        if lraw[:1] in marks.every and lraw[-1:] in marks.every:
            # "'...': an interview with X" names its source after "with"
            at = _WITH.search(text, right[0], right[1])
            m = source_end.search(text, at.end() if at else right[0], right[1])
            src = char_trim(text, at.end() if at else right[0], m.start() if m else right[1])
            if src[1] > src[0] and len(text[src[0]:src[1]].split()) <= _MAX_SOURCE_WORDS \
                    and _speaker_like(text[src[0]:src[1]], speakers, cues):
                out.append(Found([src], [(colon, colon + 1)], [left], "headline", ":",
                                 text[src[0]:src[1]].lower().split(), kind="headline",
                                 rule="headline-colon"))
            continue
        if whole_quote and not quoted_only and _has_verb(doc, left):
            # "Mayor defends new parking fees: '...'": the quotation is the subject's
            left = _subject_of(doc, left)
        words = text[left[0]:left[1]].split()
        if not words or len(words) > _MAX_SOURCE_WORDS or _has_verb(doc, left) or \
                not _speaker_like(text[left[0]:left[1]], speakers, cues, profile.entities):
            continue
        content = right
        rraw = text[colon + 1:pe].lstrip()
        if rraw[:1] in marks.every:
            # "Renzi: 'We were robbed' as ..." : the quotation alone
            qs = text.index(rraw[0], colon + 1)
            close = _close_of(text, qs, pe, marks)
            if close > qs:
                content = char_trim(text, qs + 1, close)
        out.append(Found([left], [(colon, colon + 1)], [content], "headline", ":",
                         [w.lower() for w in words], kind="headline", rule="headline-colon"))
    return out


def _subject_of(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The words before a headline's first verb (empty when it opens with one)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    verb = next((t for t in sp if _finite(t)), None) if sp is not None else None
    if verb is None or verb.i == sp.start:
        return (span[0], span[0])
    return (span[0], doc[verb.i - 1].idx + len(doc[verb.i - 1].text))


def _finite(t: Token) -> bool:
    return t.tag_ in lang.of(t.doc).syntax.FINITE_VERBS


def _second_verb(doc: Doc, text: str, s: int, e: int) -> Found | None:
    """``Bank of England holds rates, warns inflation 'not yet beaten'``: a second
    verb after a comma that is a cue shares the headline's subject; what follows it
    is the content."""
    sp = doc.char_span(s, e, alignment_mode="expand")
    if sp is None or not len(sp) or not any(_finite(t) for t in sp):
        return None
    for t in sp[2:-1]:
        if doc[t.i - 1].text == "," and t.lower_ in lang.of(doc).cues.HEADLINE_SECOND_VERBS:
            src = _subject_of(doc, (s, doc[t.i - 1].idx))
            words = text[src[0]:src[1]].split()
            if not words or len(words) > _MAX_SOURCE_WORDS or \
                    any(ch in text[src[0]:src[1]] for ch in ",:;"):
                return None
            content = char_trim(text, doc[t.i + 1].idx, e)
            if content[1] <= content[0]:
                return None
            return Found([src], [(t.idx, t.idx + len(t.text))], [content], "headline",
                         t.lower_, [w.lower() for w in words], rule="headline-verb")
    return None


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def surnames_in(text: str, spans: list[tuple[int, int]], names: ModuleType) -> set[str]:
    """Lower-case surnames of the people the body names in full (``Attorney General
    Loretta Lynch``: ``lynch``), so that ``Lynch: No outside influence ...`` is hers."""
    out = set()
    for s, e in spans:
        for m in _FULL_NAME.finditer(text, s, e):
            if _first_and_surname(m.group(1), m.group(2), names):
                out.add(m.group(2).lower())
    return out


def _speaker_like(phrase: str, speakers: set[str], cues: ModuleType,
                  names: ModuleType | None = None) -> bool:
    """A role noun (``Russian ambassador``), a speaker of the body (``Ryan``), or, with
    the language's ``names`` (``Profile.entities``), a person's full name (``Ann
    Coulter``: a known first name, a capitalised surname; ``Brexit``, ``Grant Park``
    and ``Wash Post Fact-Check`` stay topics)."""
    words = phrase.split()
    last = re.sub(r"[^\w&.-]", "", words[-1]).lower().removesuffix("'s")
    if last in cues.ROLE_NOUNS or last in speakers:
        return True
    return names is not None and 2 <= len(words) <= 3 and \
        all(w[:1].isupper() for w in words) and _first_and_surname(words[0], last, names)


def _first_and_surname(first: str, last: str, names: ModuleType) -> bool:
    """A known first name and a word that can be a surname (``Ann Coulter``; not
    ``Grant Park``)."""
    return first.lower() in names.lexicon().first_name_gender and \
        last.lower() not in names.NOT_SURNAMES


def _close_of(text: str, qs: int, end: int, marks: QuoteMarks) -> int:
    doubles = marks.double_close + marks.double_either
    singles = marks.single_close + marks.single_either
    for i in range(qs + 1, end):
        ch = text[i]
        if ch in doubles or (ch in singles and (i + 1 >= end or not text[i + 1].isalnum())):
            return i
    return -1


def _has_verb(doc: Doc, span: tuple[int, int]) -> bool:
    syn = lang.of(doc).syntax
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp is not None and any(syn.is_verb(t.tag_) and t.tag_ != syn.PAST_PARTICIPLE for t in sp)
