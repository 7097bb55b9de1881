"""Direct quotations: a quotation whose cue stands outside it, in the same sentence.

Three frames, looked at in order for each quotation that opens its sentence:
``"...," he said.`` / ``"...," said X.`` (cue after), ``X told reporters: "..."``
(cue before a colon or comma), and a quotation right after an attributed one with no
cue of its own (``"A," he said. "B."``, ``"A," - he said. - "B."``), which becomes
another content piece of the same attribution. Frames are the unquoted stretches
between quotations, so the whole pass reads each character a bounded number of times.
"""

from __future__ import annotations

import bisect
import functools
import re
from types import ModuleType

from spacy.tokens import Doc, Token

from .. import lang
from ..lang import Profile
from ..model import Span
from ..text.quotes import Quote
from ..text.sentences import end_at
from .clauses import fronted_subject, medium, subject, verb_group
from .found import Found
from .spans import full_stop, is_punct, pieces, subtree_ids

_DASHES = " \t-–—"


_GLUE = re.compile(r"[\s\-–—.,]*")


def _only_glue(between: str) -> bool:
    """Nothing but spaces of any kind (no-break too), dashes and stops between two
    pieces."""
    return _GLUE.fullmatch(between) is not None


def _forward_end(text: str, start: int, hi: int, profile: Profile) -> int:
    """The end of the sentence holding ``start`` (at most ``hi``)."""
    for i in range(start, hi):
        stop = end_at(text, i, profile)
        if stop is not None:
            return min(stop, hi)
    return hi


def _backward_start(text: str, end: int, lo: int, profile: Profile) -> int:
    """The start of the sentence ending at ``end`` (at least ``lo``)."""
    for i in range(end - 1, lo - 1, -1):
        stop = end_at(text, i, profile)
        if stop is not None and stop <= end:
            return i + 1 if text[i] == "\n" else stop
    return lo


def _tokens(doc: Doc, s: int, e: int) -> list[Token]:
    if e <= s:
        return []
    span = doc.char_span(s, e, alignment_mode="contract")
    return list(span) if span is not None else []


def _cue_in(tokens: list[Token], last: bool = False, clausal: bool = False) -> Token | None:
    """The cue verb of a frame; ``clausal`` accepts one parsed as a relative clause
    (``'..., no question,' Moran told ...`` read as the question Moran told)."""
    if not tokens:
        return None
    profile = lang.of(tokens[0].doc)
    cues, syn = profile.cues, profile.syntax
    skip = (syn.ADJ_MODIFIER,) if clausal else (syn.RELATIVE_CLAUSE, syn.NOUN_CLAUSE,
                                                syn.ADJ_MODIFIER)
    found = [t for t in tokens if t.lower_ in cues.SPEECH and t.dep_ not in skip
             and (not t.tag_ or syn.is_verb(t.tag_))]
    if not found:
        return None
    return found[-1] if last else found[0]


def _span_of(doc: Doc, tokens: list[Token]) -> list:
    return pieces(doc, [t.i for t in tokens])


class _Block:
    def __init__(self, blocks):
        self.starts = [s for s, _ in blocks]
        self.blocks = blocks

    def of(self, pos: int):
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.blocks[max(k, 0)]

    def before(self, pos: int):
        """The block before the one holding ``pos``, or None."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.blocks[k - 1] if k > 0 else None


def direct_attributions(doc: Doc, text: str, quotes: list[Quote],
                        blocks: list[Span]) -> tuple[list[Found], set[int]]:
    """Direct attributions and the token ids of the cues they used (``text`` is
    ``doc.text``, passed because spaCy rebuilds that string on every access)."""
    profile = lang.of(doc)
    cues = profile.cues
    where = _Block(blocks)
    found: list[Found] = []
    used: set[int] = set()
    top = [q for q in quotes if q.level == 0]
    groups: list[tuple[Quote | None, list[Quote]]] = [(None, top)]
    # nested quotations are framed inside their container's words
    inner: dict[int, tuple[Quote, list[Quote]]] = {}
    ti = 0
    for q in quotes:
        if q.level == 1:
            while ti < len(top) and top[ti].end <= q.start:
                ti += 1
            if ti < len(top) and top[ti].start < q.start:
                inner.setdefault(id(top[ti]), (top[ti], []))[1].append(q)
    groups.extend(inner.values())
    for container, group in groups:
        last: Found | None = None
        last_end = -1
        for k, q in enumerate(group):
            bs, be = where.of(q.start)
            lo = max(bs, group[k - 1].end if k else bs)
            es, ee = where.of(q.end - 1)
            hi = min(ee, group[k + 1].start if k + 1 < len(group) else ee)
            if container is not None:
                lo = max(lo, container.inner[0])
                hi = min(hi, container.inner[1])
            before_start = _backward_start(text, q.start, lo, profile)
            before = text[before_start:q.start].strip().strip(_DASHES).strip()
            after_end = _forward_end(text, q.end, hi, profile)
            after = text[q.end:after_end]
            # the quotation's last sign, past a nested quotation closing with it
            # ("... the term 'Manhattan poor,' " she said)
            inner_last = text[q.inner[0]:q.inner[1]].rstrip(
                "".join(profile.quote_marks.closing) + " ")[-1:]
            # a quotation opening a sentence, a colon's or a parenthesis's ("(\"...\"
            # wrote Edward Nelson on Facebook)")
            opens = before == "" or before.endswith((":", "(", "["))
            clause_end = inner_last in ",?!" or after.lstrip(" ").startswith((",", "-", "–", "—"))
            f = None
            frame_end = after_end  # where the words that attribute this quotation end
            if opens and clause_end and q.inner[1] > q.inner[0]:
                f = _after_frame(doc, q, q.end, after_end, used)
            if f is None and before == "" and container is None:
                credit = _credit_line(text, q, ee, profile)
                if credit is not None:  # a line of its own: nothing continues it
                    found.append(credit)
                    last = None
                    continue
            if f is None and before.endswith((":", ",")):
                f = _before_frame(doc, text, q, before_start, q.start, used) or \
                    _medium_frame(text, q, before_start, q.start, cues)
                frame_end = q.end
            if f is None and before and text[q.inner[0]:q.inner[0] + 1].isupper() and \
                    before.split()[-1].lower() in cues.SPEECH and (
                    inner_last in ".?!" or after.lstrip(" ").startswith((".", "?", "!"))):
                # 'She declared "What a night!"': a sentence quoted right after its verb
                # (not 'said "Oakdale" was misspelled')
                f = _before_frame(doc, text, q, before_start, q.start, used)
                frame_end = q.end
            if f is None and container is None and before == "" and q.start == bs:
                # "Brooks added:" ending one paragraph, the quotation filling the next
                prev = where.before(q.start)
                if prev is not None and text[prev[0]:prev[1]].rstrip().endswith(":"):
                    f = _before_frame(doc, text, q, _backward_start(
                        text, text[prev[0]:prev[1]].rstrip().rindex(":") + prev[0], prev[0],
                        profile),
                        prev[1], used)
                    frame_end = q.end
            if f is not None:
                found.append(f)
                last = f
                last_end = max(frame_end, q.end)
                continue
            # the next piece: a new sentence right after the cue ("A," he said. "B."), or
            # the rest of a sentence the cue interrupted ("A," he said, "b.")
            interrupted = last_end >= q.start and before.endswith(",")
            if last is not None and (opens or interrupted) and \
                    _only_glue(text[last_end:q.start]):
                last.content.append(q.inner)
                last_end = max(q.end, after_end if _only_glue(after) else q.end)
                continue
            if last is not None and not opens and \
                    _forward_end(text, last_end, q.start, profile) == q.start:
                # a title or a name in quotation marks inside the frame's own sentence
                # (``said Cuban, host of "Shark Pond."``): the frame goes on past it
                last_end = max(q.end, after_end)
                continue
            last = None
    return found, used


#: The constructions whose statement ends its sentence (``..., he said.``, ``He said
#: ...``): a quotation opening the next one may go on with it
_CUE_LAST = frozenset({"content-before-cue", "inverted-source", "verb-clause"})
#: How many contents starting before a quotation are checked for overlapping it (keeps
#: the pass linear; contents rarely nest deeper)
_LOOKBACK = 8


@functools.cache
def _next_sentence(closers: str) -> re.Pattern:
    """From the end of a statement to the start of the next sentence: the rest of the
    sentence (at most 80 characters), its stop, closing marks, spaces."""
    return re.compile(r"[^.!?\n]{0,80}?[.!?][%s]*[ \t]+" % re.escape(closers))


def continue_with_quotations(text: str, found: list[Found], quotes: list[Quote],
                             blocks: list[Span], profile: Profile) -> None:
    """``Lee is also a "safe pair of hands," Smith said. "That is what voters want."``: a
    quotation opening the sentence after a cue that ended its own, in the same
    paragraph, with no attribution of its own, goes on with the same statement (as
    ``"A," he said. "B."`` does for a quotation). Extends ``found`` in place."""
    next_sentence = _next_sentence(profile.text.SENTENCE_CLOSERS)
    openers = ("\n", *profile.quote_marks.opening)
    top = [q for q in quotes if q.level == 0]
    if not top:
        return
    starts = [q.start for q in top]
    where = _Block(blocks)
    # contents claimed from outside a quotation (a statement made inside it, "She
    # wants ...", claims nothing)
    taken = sorted((s, e, f.cue[0][0] if f.cue else s) for f in found for s, e in f.content)
    taken_starts = [s for s, _, _ in taken]
    for f in found:
        if f.rule not in _CUE_LAST or not f.cue:
            continue
        after = max(e for spans in (f.cue, f.source, f.content) for _, e in spans)
        m = next_sentence.match(text, after)
        if m is None:
            continue
        k = bisect.bisect_left(starts, m.end())
        if k == len(top) or top[k].start != m.end():
            continue
        q = top[k]
        if where.of(q.start) != where.of(after) or q.inner[1] <= q.inner[0]:
            continue
        j = bisect.bisect_right(taken_starts, q.inner[1])
        if any(taken[i][1] > q.inner[0] and not q.start <= taken[i][2] < q.end
               for i in range(max(0, j - _LOOKBACK), j)):
            continue  # the quotation is some attribution's content already
        tail = text[q.end:where.of(q.start)[1]].lstrip(" \t")
        if tail and not tail.startswith(openers) and not tail[:1].isupper():
            continue  # the quotation goes on into a frame of its own ("...," Lee said)
        f.content.append(q.inner)


#: ``"..." ― Sonya Herridge``: a quotation credited after a dash to a name that ends the
#: line (vox pops, pull quotes, epigraphs, embedded posts); an optional role after a comma
_CREDIT = re.compile(r"[ \t]*(?P<dash>[―—–]|--?)[ \t]*(?P<name>[A-Z][\w'’.\-]*(?:[ \t]+"
                     r"(?:[A-Z][\w'’.\-]*|de|van|von|bin|al|la|le|da|di)){0,4})"
                     r"(?:,[ \t]*[^\n]{1,80})?[ \t\u00a0]*(?=\n|$)")


def _credit_line(text: str, q: Quote, block_end: int, profile: Profile) -> Found | None:
    """A quotation followed on its line by a dash and a name, and nothing else."""
    if q.inner[1] <= q.inner[0]:
        return None
    m = _CREDIT.match(text, q.end, block_end if block_end > q.end else len(text))
    if m is None or m.group("dash") not in profile.quote_marks.dashes + "―-":
        return None
    name = m.span("name")
    return Found([name], [m.span("dash")], [q.inner], "direct", m.group("dash"),
                 text[name[0]:name[1]].lower().split(), kind="direct", rule="quotation-credit")


def _after_frame(doc: Doc, q: Quote, fs: int, fe: int, used: set[int]) -> Found | None:
    tokens = _tokens(doc, fs, fe)
    t = _cue_in(tokens, clausal=True)
    if t is None or t.i in used:
        return None
    group = verb_group(t)
    group = [i for i in group if doc[i].idx >= fs]
    left = [tok for tok in tokens if tok.i < group[0] and not is_punct(tok)]
    subj = subject(t)
    right_medium, _ = medium(t, subj)
    right_medium = [i for i in right_medium if fs <= doc[i].idx < fe]
    if left:
        src = [tok for tok in tokens if left[0].i <= tok.i < group[0]]
    elif subj is not None and subj.i > t.i and fs <= subj.idx < fe:
        src = [doc[i] for i in sorted(subtree_ids(subj)) if fs <= doc[i].idx < fe]
    else:
        after = max([t.i, *right_medium]) + 1
        src = [tok for tok in tokens if tok.i >= after]
    if not any(tok.is_alpha for tok in src):
        return None
    used.add(t.i)
    return Found(
        source=_span_of(doc, src),
        cue=pieces(doc, sorted(set(group) | set(right_medium))),
        content=[q.inner],
        origin="direct",
        rule="quotation-cue-after",
        cue_word=t.lower_,
        source_words=[tok.lower_ for tok in src],
        kind="direct",
    )


#: ``Maya Torres, in a tweet: "..."``: a source and a medium with no verb (live blogs).
_MEDIUM_FRAME = re.compile(
    r"(?P<source>[^\W\d][^,:;.!?\"“”]{1,80}?),?\s+(?P<cue>(?:in|on|via)\s+(?:an?\s+|"
    r"(?:his|her|their|its)\s+)?(?:[\w-]+\s+)?(?P<noun>[\w-]+))\s*:\s*$")


def _medium_frame(text: str, q: Quote, fs: int, fe: int, cues: ModuleType) -> Found | None:
    m = _MEDIUM_FRAME.fullmatch(text, _frame_start(text, fs, fe), fe)
    if m is None or m.group("noun").lower() not in cues.MEDIUM_NOUNS:
        return None
    return Found(source=[m.span("source")], cue=[m.span("cue")], content=[q.inner],
                 origin="direct", cue_word=":", kind="direct", rule="quotation-medium",
                 source_words=m.group("source").lower().split())


def _frame_start(text: str, fs: int, fe: int) -> int:
    """Past spaces, dashes and a live blog's time stamp (``23:31 —``)."""
    m = _STAMP.match(text, fs, fe)
    return m.end() if m else fs


_STAMP = re.compile(r"[\s\-–—]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[\-–—|]?\s*)?", re.I)


def _before_frame(doc: Doc, text: str, q: Quote, fs: int, fe: int,
                  used: set[int]) -> Found | None:
    syn = lang.of(doc).syntax
    cues = lang.of(doc).cues
    tokens = _tokens(doc, fs, fe)
    t = _cue_in(tokens, last=True)
    if t is None or t.i in used:
        return None
    # only an addressee or a medium may stand between the cue and the colon or comma
    tail = [tok for tok in tokens if tok.i > t.i and not is_punct(tok)]
    limit = 4 if text[fs:fe].rstrip(_DASHES + "\n").endswith(",") else 8
    if len(tail) > limit or any(tok.lower_ == "that" or syn.is_verb(tok.tag_) for tok in tail):
        return None
    subj = subject(t)
    group = verb_group(t)
    right_medium, fronted = medium(t, subj)
    right_medium = [i for i in right_medium if fs <= doc[i].idx < fe]
    if subj is not None and fs <= subj.idx < fe:
        src = [doc[i] for i in sorted(subtree_ids(subj)) if fs <= doc[i].idx < fe]
    elif subj is not None and t.lower_ in cues.PARTICIPLES and subj.i < t.i:
        # "She said she 'absolutely' supported it, adding: '...'": the subject stands
        # before an earlier quotation, outside this frame
        src = [doc[i] for i in sorted(subtree_ids(subj))]
    else:
        src = [tok for tok in tokens if tok.i < group[0]]
    if not any(tok.is_alpha for tok in src):
        return None
    used.add(t.i)
    cue = pieces(doc, sorted(set(group) | set(right_medium)))
    for piece in fronted:
        cue.extend(pieces(doc, piece))
    # "Passengers, Mr Dowling said, 'should never ...'": the quotation's subject
    # stands before the source and is a piece of the content
    lead: set[int] = set()
    tail: list[Span] = []
    if subj is not None and text[fs:fe].rstrip(_DASHES + "\n").endswith(","):
        lead = fronted_subject(doc, t, subj) or _quotations_subject(doc, t, subj, q, fs)
        if not lead and text[q.inner[0]:q.inner[0] + 1].islower():
            # "Okafor, a close aide said, 'is tired'": the quoted predicate's
            # subject is the name, the source its apposition
            appos = next((g for g in subj.children if g.dep_ == syn.APPOSITION and g.i > subj.i
                          and doc[g.left_edge.i - 1].text == ","), None)
            if appos is not None and subj.left_edge.idx >= fs:
                lead = {i for i in subtree_ids(subj) if i < appos.left_edge.i - 1}
                src = [doc[i] for i in sorted(subtree_ids(appos))]
        if lead:
            tail = _predicate_tail(doc, text, q)
    return Found(
        source=_span_of(doc, src),
        cue=sorted(cue),
        content=pieces(doc, lead) + [q.inner] + tail,
        origin="direct",
        rule="quotation-cue-before",
        cue_word=t.lower_,
        source_words=[tok.lower_ for tok in src],
        kind="mixed" if lead else "direct",
    )


def _quotations_subject(doc: Doc, t: Token, subj: Token, q: Quote, fs: int) -> set[int]:
    """``The timetable, the harbour master said, "is a disaster"``: the cue hung
    on the quoted verb, whose subject stands before the source."""
    head = t.head
    if head.i == t.i or not q.inner[0] <= head.idx < q.inner[1]:
        return set()
    lead = fronted_subject(doc, head, subj)
    return lead if lead and doc[min(lead)].idx >= fs else set()


#: The most tokens taken after a quoted predicate.
_MAX_TAIL = 41


def _predicate_tail(doc: Doc, text: str, q: Quote) -> list[Span]:
    """What a quoted predicate's sentence goes on with after the closing mark
    (``"is a disaster waiting to happen" for the fishermen``), to its stop."""
    span = doc.char_span(q.end, len(text), alignment_mode="expand")
    if span is None or not len(span) or not span[0].text[:1].islower() or \
            span[0].lower_ in lang.of(doc).cues.PREDICATE_TAIL_STOPS:
        return []
    end = full_stop(doc, span[0].i, _MAX_TAIL)
    if end is None:
        end = span[0].i + _MAX_TAIL  # a long tail is cut, not dropped
    last = doc[end - 1]
    return [(span[0].idx, last.idx + len(last))]

