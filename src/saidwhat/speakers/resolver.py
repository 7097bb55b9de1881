"""The speaker resolver: the passes in order, and the memory they share (earlier
decisions, name mentions by offset, quotations)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..entities import EntityInfo, Registry
from ..lang.en.entities import Lexicon, singular
from ..lang.en.text import QUOTE_MARKS
from ..model import Attribution, Structure
from ..nlp import doc_text
from ..text.quotes import find_quotes
from .documents import DocumentPasses
from .names import NamePasses
from .phrases import HISTORY, PHRASE_END, PRESS_SERVICE, PRONOUNS, core_np, head_noun, pieces
from .places import PlacePasses
from .pronouns import PronounPasses
from .roles import RolePasses
from .said import Said, anchor, decided


#: Constructions whose missing source names no one (``Attribution.rule``); a
#: source-less quotation paragraph or interview answer continues the last speaker.
_NOBODY = frozenset({"hearsay-adverb", "passive", "prepositional-frame", "nominal-cue",
                     "evidential-verb"})


class Resolver(NamePasses, PlacePasses, DocumentPasses, RolePasses, PronounPasses):
    """One article's speakers, decided source by source in text order (outer
    attributions first); each decision is remembered for the pronouns and role nouns
    after it. The passes live in the mixins, one concern a module."""

    def __init__(self, doc: Doc, structure: Structure, reg: Registry, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.structure = structure
        self.reg = reg
        self.lex = lex
        self.said: list[Said] = []  # sorted by start
        self._first_said: dict[int, int] = {}  # id(EntityInfo) -> its first source
        self.outer_said: dict[int, Said] = {}
        self._current_end = 0
        self._quotes: list[tuple[int, int]] | None = None
        self._descriptions: dict[tuple[int, int], frozenset[str]] = {}
        self._nested = False
        self._index: list | None = None  # name mentions by offset (mentions the
        self._starts: list[int] = []     # speakers stage adds are not names)

    def resolve(self, att: Attribution, outer: Attribution | None) -> None:
        outer_said = self.outer_said.get(outer.id) if outer is not None else None
        src = [s for s in att.source if s[1] > s[0]]
        self._nested = outer is not None
        if outer_said is not None and src and not self._inside_quotes(src[0][0]):
            outer_said = None  # "she said ... he told her": the outer speaker may be "he"
        self._current_end = src[-1][1] if src else 0
        if not src and att.rule in _NOBODY:
            result = None  # "reportedly", "is expected to": no one is named, by design
        elif not src:  # a quote paragraph or a Q&A answer: not a speaker the question cited
            result = decided(next((x for x in self._recent(anchor(att))
                                   if not self._in_question(x.start) and not (
                                       outer_said is not None and (x is outer_said or (
                                           x.info is not None
                                           and x.info is outer_said.info)))),
                                  None), "previous-speaker")
        else:
            start, end = src[0][0], src[-1][1]
            result = self._resolve_np(start, end, outer_said)
        if result is None:
            att.speaker = " ".join(self.text[s:e] for s, e in src) or None
            att.unresolved = True
            said = Said(anchor(att), anchor(att), att.speaker or "", None, "group",
                        nested=outer is not None)
        else:
            said = Said(src[0][0] if src else anchor(att), src[-1][1] if src else 0,
                        result.name, result.info, result.kind, result.gender,
                        nested=outer is not None, via_document=result.via_document,
                        rule=result.rule)
            att.speaker = result.name
            att.unresolved = result.info is None and result.kind in ("group", "person")
        att.speaker_evidence = self._evidence(att, result)
        if result is not None:
            if result.info is not None:
                att.speaker_entity = result.info.entity.id
                if src and src[0] not in result.info.entity.mentions:
                    result.info.entity.mentions.append(src[0])
                    result.info.entity.mentions.sort()
        said.cue = " ".join(self.text[s:e] for s, e in att.cue)
        bisect.insort(self.said, said, key=lambda s: s.start)
        if said.info is not None:
            first = self._first_said.get(id(said.info))
            if first is None or said.start < first:
                self._first_said[id(said.info)] = said.start
        self.outer_said[att.id] = said

    def _evidence(self, att: Attribution, result: Said | None) -> dict:
        """The pass that decided and where the name was taken from: the mention the
        decision points at (an earlier source, a name) and the entity's fullest mention."""
        if result is None or att.unresolved:
            return {"rule": "unresolved"}
        own = att.source[0] if att.source else (-1, -1)
        spans = []
        if result.end > result.start and not own[0] <= result.start < own[1] + 1:
            spans.append((result.start, result.end))
        elif result.end > result.start and result.info is None:
            spans.append((result.start, result.end))  # a capital or a name read in place
        if result.info is not None:
            full = self._fullest_mention(result.info)
            if full is not None and full not in spans:
                spans.append(full)
        return {"rule": result.rule or "name",
                "mention": [list(s) for s in sorted(spans)]}

    def _fullest_mention(self, info: EntityInfo) -> tuple[int, int] | None:
        """Where the entity's name is written as the speaker gives it, else its
        longest mention (the speakers stage adds sources to the mentions: those
        are not names)."""
        name = info.entity.name.casefold()
        written = [(self.text[ms:me].casefold(), (ms, me)) for ms, me in info.entity.mentions]
        return (next((span for w, span in written if w == name), None)
                or next((span for w, span in written if w.endswith(" " + name)), None)
                or max((span for _, span in written), key=lambda sp: sp[1] - sp[0],
                       default=None))

    def about(self, att: Attribution) -> list[int]:
        """Entities mentioned in the content: what the statement is about."""
        ids: list[int] = []
        for s, e in att.content:
            for ms, me, info in self._mentions_in(s, e):
                if info.entity.type != "name" and info.entity.id not in ids:
                    ids.append(info.entity.id)
        return ids

    def _mentions_in(self, s: int, e: int) -> list[tuple[int, int, EntityInfo]]:
        """Name mentions inside ``[s, e)``, from a sorted index built once."""
        if self._index is None:
            self._index = sorted((ms, me, id(info), info) for info in self.reg.infos
                                 for ms, me in info.entity.mentions)
            self._starts = [m[0] for m in self._index]
        i = bisect.bisect_left(self._starts, s)
        out = []
        while i < len(self._index) and self._index[i][0] < e:
            ms, me, _, info = self._index[i]
            if me <= e:
                out.append((ms, me, info))
            i += 1
        return out

    def _resolve_np(self, start: int, end: int, outer: Said | None) -> Said | None:
        """The passes on one source noun phrase, most precise first; the first that
        decides wins and names itself in the evidence:
        pronoun | government | name-variant | name | apposition | press-service |
        spokesperson | age | document | body-head | role-noun | unresolved."""
        text = self.text[start:end].strip(" \t\n,;:\"“”'‘’")
        if not text:
            return None
        start = self.text.find(text, start)
        words = text.split()
        low = words[0].lower().strip(".,")
        if len(words) == 1 and low in PRONOUNS:
            rule = "relative-pronoun" if PRONOUNS[low] == "rel" else "pronoun"
            return decided(self._pronoun(low, start, end, outer), rule)
        parts = pieces(text, start)
        core_s, core_e = parts[0]
        core = self.text[core_s:core_e]
        found = decided(self._government(core, core_s, core_e, outer), "government")
        if found is None:
            found = self._by_name(core, core_s, core_e, (start, end))
            # the full name itself is no variant
            found = decided(found, "name" if found is not None and found.name.casefold()
                            == core_np(core).casefold() else "name-variant")
        found = found or decided(self._named(core_s, core_e, (start, end)), "name")
        if found is not None:
            return found
        # a common noun phrase named in an apposition: "Its chairman, Kenji Sato",
        # "Pruitt's attorney, Thomas Greer", "a student who gave her first name, Aidai"
        head = head_noun(core)
        if head is not None and head[:1].islower():
            for ps, pe in parts[1:]:
                found = self._apposed_name(ps, pe)
                if found is not None:
                    return decided(found, "apposition")
        body = PRESS_SERVICE.search(core)
        if body is not None:  # "the press service of X", "X's press office"
            s_, e_ = (body.span(1) if body.group(1) else body.span(2))
            found = self._resolve_np(core_s + s_, core_s + e_, outer)
            if found is not None and found.info is not None:
                return decided(found, "press-service")
        found = (decided(self._voice_of(core, core_s, outer), "spokesperson")
                 or decided(self._by_age(core, core_s, outer), "age"))
        if found is not None:
            return found
        for rule, resolve in (("document", self._document), ("body-head", self._body_by_head),
                              ("role-noun", self._role_noun)):
            found = resolve(core, core_s, core_e, outer)
            if found is not None:
                return decided(found, rule)
        return decided(self._unresolved(core, core_s, core_e), "unresolved")

    def _unresolved(self, core: str, cs: int, ce: int) -> Said:
        """The source's own noun phrase; a singular person noun ('a mother of three')
        can still be 'she' later."""
        head = head_noun(core)
        kind, gender = "group", None
        if head is not None:
            h = head.lower()
            gender = self.lex.gender.get(h)
            if singular(h) == h and (gender or any(
                    self.lex.class_kind.get(c) == "person"
                    for c in self.lex.role_classes.get(h, ()))):
                kind = "person"
        return Said(cs, ce, core_np(core), None, kind, gender)

    def _source_end(self, cs: int) -> int:
        """End of the whole source phrase that starts at ``cs`` (with its clauses)."""
        i = bisect.bisect_left(self.said, cs, key=lambda x: x.start)
        if i < len(self.said) and self.said[i].start == cs:
            return self.said[i].end
        return self._current_end

    def _in_question(self, pos: int) -> bool:
        """``pos`` is in a line that ends with a question mark (an interviewer's)."""
        end = self.text.find("\n", pos)
        return self.text[pos:end if end >= 0 else len(self.text)].rstrip().endswith("?")

    def _recent(self, pos: int, n: int = HISTORY) -> list[Said]:
        """The last ``n`` resolved outer attributions before ``pos``, latest first
        (a pronoun or role noun does not reach further back)."""
        i = bisect.bisect_left(self.said, pos, key=lambda x: x.start)
        return [x for x in reversed(self.said[max(0, i - n):i]) if not x.nested]

    def _inside_quotes(self, pos: int) -> bool:
        """Whether ``pos`` is inside a top-level quotation (the one quotation scanner's)."""
        if self._quotes is None:
            spans = [b.span for b in self.structure.blocks if b.is_body]
            self._quotes = [(q.start, q.end) for q in
                            find_quotes(self.text, spans, QUOTE_MARKS) if q.level == 0]
        k = bisect.bisect_right(self._quotes, (pos, float("inf"))) - 1
        return k >= 0 and self._quotes[k][0] < pos < self._quotes[k][1]

    def _token_at(self, pos: int):
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _lead_end(self) -> int:
        """End of the first body paragraph (headline sources and the lead name people
        the body introduces later)."""
        body = next((b for b in self.structure.blocks if b.label == "body"), None)
        return body.span[1] if body else 0

    def _phrase_end(self, pos: int) -> int:
        m = PHRASE_END.search(self.text, pos)
        return m.start() if m else len(self.text)
