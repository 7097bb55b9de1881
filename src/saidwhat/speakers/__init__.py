"""Speakers stage: the fullest name the article gives each source's referent.

No coreference model installs offline, so this is rules over the entities stage and
general lexicons:

- a name in the source (``Deputy Minister X``, ``Its chairman, X``, ``Mr Sato``,
  ``Borodavkin``) is its entity's fullest name;
- a capital or a country's government (``Moscow``, ``the Uzbek side``) is the country;
- a pronoun (``he``/``she``/``they``/``it``/``who``) is the previous attribution's
  speaker when gender and number fit, else the latest fitting mention; ``who`` is the
  noun its relative clause hangs on;
- a role noun (``the diplomat``, ``the minister``, ``the company``, ``CEO``) is the
  latest entity whose role or name has a noun of the same class (``roles.tsv``), or the
  first one named after it (headlines name people the body introduces later);
- a document (``the memo``, ``the report``) is its author or issuing body where the
  article names one;
- anything else keeps the source's core noun phrase, flagged ``unresolved``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..entities import HONORIFICS, EntityInfo, Registry, registry_of
# The speaker grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en import syntax as syn
from ..lang.en.text import QUOTE_MARKS
from ..lang.en.entities import BUSINESS_HEADS, PUBLIC_BODIES, Lexicon, lexicon, singular
from ..nlp import doc_text
from ..text.quotes import find_quotes
from ..model import Attribution, Entity, Structure

_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p",
             "it": "n", "who": "rel", "which": "rel", "that": "rel", "we": "p", "i": "s"}
_DETERMINERS = frozenset("the its his her their our my your this that these those".split())
_INDEFINITE = frozenset("a an another one two three four five several some many few "
                        "most all other others".split())
#: data has no author to look for elsewhere in the article ("customs data showed")
_DATA_NOUNS = frozenset("data figure statistic number".split())
_PRESS_SERVICE = re.compile(r"^(?:the\s+)?press\s+(?:service|office)\s+of\s+(.+)$|"
                            r"^(.+?)['’]s?\s+press\s+(?:service|office)$", re.I)
#: who speaks for an owner: "his spokesman", "Calloway's office", "a council spokesperson"
_VOICE = re.compile(r"^(?:(?:a|an|the)\s+)?(\S.*?)(?:['’]s?)?\s+(?:(?:chief|senior|official|"
                    r"press|private)\s+)?(?:spokes(?:man|woman|person)|office|"
                    r"spokespeople)$", re.I)
_AGE_NOUN = re.compile(r"^the\s+(\d{1,3})-year-old$", re.I)
_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}
_LEAD_AUTHOR = re.compile(r"\b(?:lead|principal|senior)\s+(?:author|investigator|"
                          r"researcher|scientist)s?\b", re.I)
#: how many earlier attributions a pronoun, role noun or document may reach back to
HISTORY = 40
_PHRASE_END = re.compile(r"[,.;:\n]|\s(?:for|on|in|at|to|with|and|said|says)\s")
#: a medium fronted before the source: "In her judgment, ...", "In a memo to staff, ..."
_MEDIUM = re.compile(r"\b(?:in|from)\s+(?:a|an|the|her|his|its|their)\s+")


@functools.lru_cache(maxsize=1)
def _company_apposition() -> re.Pattern:
    """', the furniture maker', ', which ...' after a name: a business."""
    words = "|".join(sorted(lexicon().class_words["company"]))
    return re.compile(rf"^(?:,[ \t]*(?:a|an|the)\b[^,.;]{{0,60}}?\b(?:{words})\b|"
                      r",[ \t]*which\b)", re.I)


_PREPOSITIONS = frozenset("of for at in from by with on to near about under over".split())
#: what a country's name stands in for: "the Uzbek side", "the Mongolian government"
_GOVERNMENT = frozenset("government side authorities administration leadership state "
                        "cabinet kremlin".split())


@dataclass
class _Said:
    """A resolved attribution, as later pronouns and role nouns see it."""

    start: int
    end: int
    name: str
    info: EntityInfo | None
    kind: str  # person | organization | country | group
    gender: str | None = None
    nested: bool = False
    #: the source was a document (memo, report) and this is its author
    via_document: bool = False
    cue: str = ""


def resolve_speakers(doc: Doc, structure: Structure, attributions: list[Attribution],
                     entities: list[Entity]) -> None:
    if not attributions:
        return
    reg = registry_of(doc, entities)
    resolver = _Resolver(doc, structure, reg, lexicon())
    by_id = {a.id: a for a in attributions}
    # outer attributions first (in text order), then the nested ones, which need to
    # know who is speaking around them
    order = sorted(attributions, key=lambda a: (a.nested_in is not None, _anchor(a)))
    for att in order:
        outer = by_id.get(att.nested_in) if att.nested_in is not None else None
        resolver.resolve(att, outer)
    for att in attributions:
        att.about = resolver.about(att)
    known = {e.id for e in entities}
    for info in reg.infos:  # entities this stage promoted from bare names
        if info.entity.id not in known and info.entity.type != "name" and any(
                a.speaker_entity == info.entity.id for a in attributions):
            entities.append(info.entity)


def _anchor(att: Attribution) -> int:
    spans = att.source or att.cue or att.content
    return spans[0][0] if spans else 0


class _Resolver:
    def __init__(self, doc: Doc, structure: Structure, reg: Registry, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.structure = structure
        self.reg = reg
        self.lex = lex
        self.said: list[_Said] = []  # sorted by start
        self._first_said: dict[int, int] = {}  # id(EntityInfo) -> its first source
        self.outer_said: dict[int, _Said] = {}
        self._current_end = 0
        self._quotes: list[tuple[int, int]] | None = None
        self._nested = False
        self._index: list | None = None  # name mentions by offset (mentions the
        self._starts: list[int] = []     # speakers stage adds are not names)

    # --- the main dispatch ----------------------------------------------------------

    def resolve(self, att: Attribution, outer: Attribution | None) -> None:
        outer_said = self.outer_said.get(outer.id) if outer is not None else None
        src = [s for s in att.source if s[1] > s[0]]
        self._nested = outer is not None
        if outer_said is not None and src and not self._inside_quotes(src[0][0]):
            outer_said = None  # "she said ... he told her": the outer speaker may be "he"
        self._current_end = src[-1][1] if src else 0
        if not src:  # a quote paragraph or a Q&A answer: not a speaker the question cited
            result = next((x for x in self._recent(_anchor(att))
                           if not self._in_question(x.start) and not (
                               outer_said is not None and (x is outer_said or (
                                   x.info is not None and x.info is outer_said.info)))),
                          None)
        else:
            start, end = src[0][0], src[-1][1]
            result = self._resolve_np(start, end, outer_said)
        if result is None:
            att.speaker = " ".join(self.text[s:e] for s, e in src) or None
            att.unresolved = True
            said = _Said(_anchor(att), _anchor(att), att.speaker or "", None, "group",
                         nested=outer is not None)
        else:
            said = _Said(src[0][0] if src else _anchor(att), src[-1][1] if src else 0,
                         result.name, result.info, result.kind, result.gender,
                         nested=outer is not None, via_document=result.via_document)
            att.speaker = result.name
            att.unresolved = result.info is None and result.kind in ("group", "person")
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

    def _resolve_np(self, start: int, end: int, outer: _Said | None) -> _Said | None:
        text = self.text[start:end].strip(" \t\n,;:\"“”'‘’")
        if not text:
            return None
        start = self.text.find(text, start)
        words = text.split()
        low = words[0].lower().strip(".,")
        if len(words) == 1 and low in _PRONOUNS:
            return self._pronoun(low, start, end, outer)
        pieces = _pieces(text, start)
        core_s, core_e = pieces[0]
        core = self.text[core_s:core_e]
        found = (self._government(core, core_s, core_e, outer)
                 or self._by_name(core, core_s, core_e) or self._named(core_s, core_e))
        if found is not None:
            return found
        # a common noun phrase named in an apposition: "Its chairman, Kenji Sato",
        # "Pruitt's attorney, Thomas Greer", "a student who gave her first name, Aidai"
        head = _head_noun(core)
        if head is not None and head[:1].islower():
            for ps, pe in pieces[1:]:
                found = self._apposed_name(ps, pe)
                if found is not None:
                    return found
        body = _PRESS_SERVICE.search(core)
        if body is not None:  # "the press service of X", "X's press office"
            s_, e_ = (body.span(1) if body.group(1) else body.span(2))
            found = self._resolve_np(core_s + s_, core_s + e_, outer)
            if found is not None and found.info is not None:
                return found
        found = self._voice_of(core, core_s, outer) or self._by_age(core, core_s, outer)
        if found is not None:
            return found
        for resolve in (self._document, self._role_noun):
            found = resolve(core, core_s, core_e, outer)
            if found is not None:
                return found
        return self._unresolved(core, core_s, core_e)

    def _voice_of(self, core: str, cs: int, outer) -> _Said | None:
        """An unnamed spokesperson or office speaks for the named owner: 'his spokesman',
        'Calloway's office', 'the Treasury spokeswoman'."""
        m = _VOICE.match(core)
        if m is None or m.start(1) > 0 and core[:1] in "Aa":
            return None  # "A Commission spokesperson": one unnamed person of a body
        owner = m.group(1).lower()
        if owner in _POSSESSIVES:
            gender = _PRONOUNS[_POSSESSIVES[owner]]
            if gender in ("m", "f"):  # the person last mentioned, not the last speaker
                info = self._latest_person(cs, gender, outer)
                return None if info is None else self._said_for(info, cs, cs, None)
            return self._pronoun(_POSSESSIVES[owner], cs, cs, outer)
        if not m.group(1)[:1].isupper():
            return None  # "the sheriff's office": a body of its own
        found = self._resolve_np(cs + m.start(1), cs + m.end(1), outer)
        if found is not None and (found.info is not None or found.kind == "country"):
            return found
        return None

    def _by_age(self, core: str, cs: int, outer) -> _Said | None:
        """'the 23-year-old': the person given that age ('Callum Reid, 23,'), else
        the person who spoke last."""
        m = _AGE_NOUN.match(core)
        if m is None:
            return None
        age = re.compile(rf",[ \t]*{m.group(1)}\b")
        for info in self.reg.infos:
            if info.entity.type == "person" and any(
                    age.match(self.text, me) for ms, me in info.entity.mentions if ms < cs):
                return self._said_for(info, cs, cs, None)
        return self._previous(cs, exclude=outer, kind="person")

    def _unresolved(self, core: str, cs: int, ce: int) -> _Said:
        """The source's own noun phrase; a singular person noun ('a mother of three')
        can still be 'she' later."""
        head = _head_noun(core)
        kind, gender = "group", None
        if head is not None:
            h = head.lower()
            gender = self.lex.gender.get(h)
            if singular(h) == h and (gender or any(
                    self.lex.class_kind.get(c) == "person"
                    for c in self.lex.role_classes.get(h, ()))):
                kind = "person"
        return _Said(cs, ce, _core_np(core), None, kind, gender)

    def _by_name(self, core: str, cs: int, ce: int) -> _Said | None:
        """A surname or a name's first words met before the full name was: 'Renzi'
        in a headline, 'Harbourside' for Harbourside Athletic."""
        words = [w for w in re.findall(r"[\w\-’'.]+", core)
                 if w.lower().strip(".") not in HONORIFICS]
        if not words or len(words) > 2 or not all(w[:1].isupper() for w in words):
            return None
        lows = tuple(w.lower() for w in words)
        for info in self.reg.infos:
            t = info.entity.type
            if t == "person" and info.words[-len(lows):] == lows:
                return self._said_for(info, cs, ce, None)
            if t in ("organization", "name") and info.words[:len(lows)] == lows and \
                    len(info.words) > len(lows):
                return self._said_for(info, cs, ce, None)
        return None

    def _apposed_name(self, ps: int, pe: int) -> _Said | None:
        piece = self.text[ps:pe].strip()
        m = re.fullmatch(r"(?:[a-z][\w\-]*\s+){0,3}((?:[A-Z][\w'’\-.]*\s*){1,4})", piece)
        if not m:
            return None
        found = self._named(ps, pe)
        if found is not None:
            return found
        name = m.group(1).strip()
        if len(name.split()) == 1 and not name.lower() in _PRONOUNS:
            return _Said(ps, pe, name, None, "person")
        return None

    # --- names, capitals, governments ---------------------------------------------

    def _named(self, ps: int, pe: int) -> _Said | None:
        """The entity a name inside the piece refers to, when it heads the piece."""
        best = None
        for ms, me, info in self._mentions_in(ps, pe):
            before = [w for w in self.text[ps:ms].lower().split()
                      if w not in _DETERMINERS]
            if before and before[-1] in _PREPOSITIONS:
                continue  # "a spokesman for the ministry": not the head
            if re.match(r"['’]s\b", self.text[me:me + 2]):
                continue  # "Pruitt's attorney": an owner, not the head
            if info.entity.type == "name" and (self.text[ps:ms].strip()
                                               or self.text[me:pe].strip()):
                continue  # a bare name of unknown kind only when it is the source
            if info.entity.type != "person" and self.text[me:pe].strip(" ()") and \
                    not re.fullmatch(r"\s*\([^)]*\)?\s*", self.text[me:pe]):
                continue  # "Harlow & Finch boss": a modifier, not the head
            rank = (0 if info.entity.type == "person" else 1, ms)
            if best is None or rank < best[0]:
                best = (rank, info, ms, me)
        if best is None:
            return None
        _, info, ms, me = best
        return self._said_for(info, ms, me, ps)

    def _said_for(self, info: EntityInfo, ms: int, me: int, ps: int | None) -> _Said:
        """The speaker for entity ``info``; an organisation named in the source (its
        piece starting at ``ps``) keeps the name as written there."""
        ent = info.entity
        if ent.type in ("country", "place") and ent.country:
            return _Said(ms, me, ent.country, self._country(ent.country, (ms, me)),
                         "country")
        if ent.type in ("organization", "name"):
            if ent.type == "name":
                ent.type = "organization"
            name = self._org_name(ms, me, ps) if ps is not None else ent.name
            return _Said(ms, me, name, info, "organization")
        return _Said(ms, me, ent.name, info, ent.type, info.gender)

    def _org_name(self, ms: int, me: int, ps: int) -> str:
        """An organisation as the source writes it: 'The Kazakh Oilseed Exporters'
        Association' (a sentence's 'The' is part of the name as written), but 'the
        Ministry of Agriculture' -> 'Ministry of Agriculture'."""
        name = self.text[ms:me]
        lead = self.text[ps:ms]
        if re.fullmatch(r"The[ \t]+", lead):
            return "The " + name
        if re.fullmatch(r"the[ \t]+(?:[a-z]+[ \t]+){1,2}", lead) and not any(
                w in self.lex.role_nouns for w in lead.split()):
            return lead + name  # "the state Department of Forestry"
        return name

    def _government(self, core: str, cs: int, ce: int, outer) -> _Said | None:
        """'Moscow and Tehran' -> 'Russia and Iran'; 'the Uzbek side' -> 'Uzbekistan'."""
        words = re.findall(r"[\w\-.’']+", core)
        if not words:
            return None
        lows = [w.lower().strip(".") for w in words]
        if lows[0] in ("the",):
            lows = lows[1:]
        if not lows:
            return None
        if len(lows) == 1 and any(i.entity.type == "person" and i.surname == lows[0]
                                  for i in self.reg.infos):
            return None  # "Jordan said", with a Michael Jordan in the article
        if lows[-1] in _GOVERNMENT and len(lows) <= 3:
            country = self.lex.country_of(lows[-2]) if len(lows) >= 2 else None
            if country:
                return _Said(cs, ce, country, self._country(country, (cs, ce)), "country")
        parts = re.split(r"\s+and\s+|,\s*", core)
        countries = []
        for p in parts:
            p = p.strip()
            c = self.lex.countries.get(p.lower()) or self.lex.capitals.get(p.lower()) or \
                self.lex.capitals.get(re.sub(r"^the\s+", "", p.lower()))
            if not c:
                return None
            countries.append(c)
        if not countries:
            return None
        name = " and ".join(countries)
        info = self._country(countries[0], (cs, ce)) if len(countries) == 1 else None
        return _Said(cs, ce, name, info, "country")

    def _country(self, name: str, span: tuple[int, int]) -> EntityInfo:
        """The country entity (added when the article names it only by its capital)."""
        info = self.reg.by_country(name)
        if info is None:
            info = self.reg.add("country", name, span, country=name)
        return info

    # --- documents --------------------------------------------------------------------

    def _document(self, core: str, cs: int, ce: int, outer) -> _Said | None:
        """A document's author or issuing body: named in the source ('a memo from X',
        'a report published by X', 'the fund's annual report', 'figures the company
        shared'), at an earlier mention of a document, or as the person who led or
        wrote it."""
        head = _head_noun(core)
        if head is None:
            return None
        h = singular(head)
        if h == "author":  # "The authors" of the report last cited
            return self._document_author(cs, outer)
        if h not in self.lex.documents:
            return None
        found = self._author_in(cs, self._source_end(cs), outer)
        if found is None and _LEAD_AUTHOR.search(self.text[cs:self._source_end(cs)]):
            found = self._lead_author(cs)  # "data presented by the lead investigator"
        if found is None and h not in _DATA_NOUNS:
            found = self._document_author(cs, outer, h)
        if found is not None:
            found.via_document = True
        return found

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

    def _recent(self, pos: int, n: int = HISTORY) -> list[_Said]:
        """The last ``n`` resolved outer attributions before ``pos``, latest first
        (a pronoun or role noun does not reach further back)."""
        i = bisect.bisect_left(self.said, pos, key=lambda x: x.start)
        return [x for x in reversed(self.said[max(0, i - n):i]) if not x.nested]

    def _author_in(self, s: int, e: int, outer) -> _Said | None:
        phrase = self.text[s:e]
        m = re.search(r"\b(?<!seen )(?<!obtained )(?<!reviewed )by\s+|\bfrom\s+", phrase)
        if m:
            found = self._first_entity(s + m.end(), e) or self._role_noun(
                phrase[m.end():], s + m.end(), e, outer)
            if found is not None:
                return found
        owner = re.search(r"(?:^|\s)((?:the\s+|The\s+)?[\w&\-]+(?:\s+[\w&\-]+){0,4}?)['’]s\s",
                          phrase)
        if owner:
            os_, oe = s + owner.start(1), s + owner.end(1)
            found = self._first_entity(os_, oe) or self._role_noun(
                self.text[os_:oe], os_, oe, outer)
            if found is not None:
                return found
        # "figures the company shared": a role noun inside the phrase
        for rm in re.finditer(r"\bthe\s+(\w+)", phrase):
            if rm.start() == 0:
                continue
            if any(self.lex.class_kind.get(c) for c in self.lex.role_classes.get(
                    singular(rm.group(1)), ())):
                found = self._role_noun(rm.group(), s + rm.start(), s + rm.end(), outer)
                if found is not None:
                    return found
        return None

    def _first_entity(self, s: int, e: int) -> _Said | None:
        for ms, me, info in self._mentions_in(s, e):
            if info.entity.type in ("person", "organization", "name"):
                return self._said_for(info, ms, me, None)
        return None

    def _document_author(self, pos: int, outer, head: str | None = None
                         ) -> _Said | None:
        # the document an earlier attribution cited: the latest document source, else
        # an attribution whose sentence introduced one ("In a memo, X wrote", "an
        # article published by X")
        recent = self._recent(pos)
        before = [x for x in recent if x.info is not None]
        for said in before:
            if said.via_document:
                return _Said(said.start, said.end, said.name, said.info, said.kind,
                             said.gender)
        if head is not None:  # "In a memo to staff, X wrote"; "said in its report"
            # (unnamed sources too: "Analysts at X said in a note" ... "the note")
            for said in recent:
                ss = max(self.text.rfind("\n", 0, said.start) + 1,
                         self.text.rfind(". ", 0, said.start) + 1)
                fronted = self.text[ss:said.start].lower()
                if head in said.cue.lower() or head in fronted and _MEDIUM.search(fronted):
                    return _Said(said.start, said.end, said.name, said.info, said.kind,
                                 said.gender)
        # named later: "The paper, prepared by the European Commission"
        tail = self.text[pos:pos + 5000]
        for m in re.finditer(r"\b(?:prepared|published|written|compiled|issued|released|"
                             r"authored|commissioned|drafted|produced|conducted)"
                             r"(?:\s+[\w.,]+){0,4}?\s+by\s+", tail):
            s = pos + m.end()
            found = self._first_entity(s, self._phrase_end(s))
            if found is not None:
                return found
        return self._lead_author(pos)

    def _lead_author(self, pos: int) -> _Said | None:
        """The person who led the study or wrote the paper the article cites."""
        authors = [i for i in self.reg.infos if i.authored and i.entity.type == "person"]
        if not authors:
            return None
        info = max(authors, key=lambda i: i.authored)
        return _Said(pos, pos, info.entity.name, info, "person", info.gender)

    # --- role nouns --------------------------------------------------------------------

    def _role_noun(self, core: str, cs: int, ce: int, outer) -> _Said | None:
        words = core.split()
        if not words:
            return None
        first = words[0].lower()
        head = _head_noun(core)
        if head is None:
            return None
        h = singular(head)
        plural = h != head.lower() and not head.lower().endswith("ss")
        if plural and first not in _INDEFINITE:
            body = self._body_of(core, h)
            if body is not None:
                return body
        classes = set(self.lex.role_classes.get(h, ()))
        if not classes and self.lex.adjectives.get(h):
            classes = {"nationality"}
        if not classes:
            return None
        indefinite = first in _INDEFINITE or plural
        in_lead = cs < self._lead_end()
        if not indefinite:
            # "the official" after "A senior official, who spoke on condition ..."
            for said in self._recent(cs):
                if said.info is None:
                    sh = _head_noun(said.name)
                    if sh is not None and sh.lower() == h:
                        return said
        if indefinite and not (in_lead and not plural):
            return None
        pos = cs
        kinds = {self.lex.class_kind.get(c, "person") for c in classes}
        if kinds == {"person"} and in_lead and not indefinite:
            named = self._named_next(cs)
            if named is not None:
                return named
        candidates = []
        for info in self.reg.infos:
            ent = info.entity
            if outer is not None and outer.info is info:
                continue
            if ent.type == "person" and "person" in kinds:
                if "nationality" in classes:
                    ok = ent.country == self.lex.adjectives.get(h)
                else:
                    words_ok = info.role_words | set(info.words)
                    ok = any(words_ok & self.lex.class_words[c] for c in classes
                             if c in self.lex.class_words)
                    if indefinite:
                        ok = h in info.role_words
            elif ent.type in ("organization", "name") and "organization" in kinds:
                ok = h in info.words or any(
                    set(info.words) & self.lex.class_words[c] for c in classes
                    if c in self.lex.class_words and c != "company")
                if not ok and "company" in classes:
                    ok = self._is_company(info, pos)
                if indefinite:  # "A property developer" named later: same noun only
                    ok = h in info.words
            else:
                ok = False
            if ok:
                candidates.append(info)
        if not candidates:
            # "the expert", "the Italian": the person who spoke last (not "the
            # district's consultant", someone of an owner the speaker is not)
            if "person" in kinds and not indefinite and not self._nested and \
                    not re.search(r"\w['’]s\s", core):
                return self._previous(pos, exclude=outer, kind="person")
            return None
        if "company" in classes:  # the business the article is about: one that spoke
            spoke = [i for i in candidates if self._spoke_before(i, pos)]
            candidates = spoke or candidates
        best = self._latest(candidates, pos)
        if best is None:
            return None
        return self._said_for(best, cs, ce, None)

    def _named_next(self, pos: int) -> _Said | None:
        """A lead that holds back the name ('The leader of X has defended ...'): the
        first person the next paragraph names, when no one was named before."""
        people = [(min(ms for ms, _ in i.entity.mentions), i) for i in self.reg.infos
                  if i.entity.type == "person" and i.entity.mentions]
        if not people or min(people, key=lambda p: p[0])[0] < pos:
            return None
        start = self._lead_end()
        end = self.text.find("\n\n", start + 2)
        ms, info = min(people, key=lambda p: p[0])
        if not start <= ms < (end if end >= 0 else len(self.text)):
            return None
        return self._said_for(info, pos, pos, None)

    def _body_of(self, core: str, h: str) -> _Said | None:
        """People named by what they do stand for the body that does it: 'health
        officials' -> the County Health Department, 'investigators' -> the Air Safety
        Investigation Board."""
        head = _head_noun(core) or ""  # modifiers before it, not "Economists at X"
        mods = {w.lower() for w in re.findall(r"[\w\-]+", core[:core.find(head)])
                if not self.lex.country_of(w)} - _DETERMINERS - _INDEFINITE
        stem = h[:6]
        for info in self.reg.infos:
            if info.entity.type != "organization":
                continue
            words = set(info.words)
            if (len(stem) >= 6 and any(w.startswith(stem) for w in words)) or mods & words:
                return self._said_for(info, 0, 0, None)
        return None

    def _spoke_before(self, info: EntityInfo, pos: int) -> bool:
        return self._first_said.get(id(info), pos) < pos

    def _is_company(self, info: EntityInfo, pos: int) -> bool:
        """A business: an organisation named with a business word ('Kestrel Foods',
        'Harlow & Finch'), introduced by one ('the furniture maker Norrlinden'), or
        one that spoke already; not a public body."""
        words = set(info.words)
        if words & PUBLIC_BODIES:
            return False
        if words & BUSINESS_HEADS or "&" in info.entity.name:
            return True
        if self._spoke_before(info, pos):
            return True
        company = self.lex.class_words["company"]
        after = _company_apposition()
        for ms, me in info.entity.mentions:
            last = self.text[max(0, ms - 30):ms].rstrip(" \t,").rsplit(None, 1)[-1:]
            if last and last[0].lower() in company or after.search(self.text[me:me + 90]):
                return True
        return False

    def _latest(self, candidates: list[EntityInfo], pos: int) -> EntityInfo | None:
        """The candidate last mentioned before ``pos`` (speakers count as mentions),
        else the first one mentioned after it."""
        best, best_pos = None, -1
        for info in candidates:
            # (resolved sources were added to the mentions)
            last = max((ms for ms, _ in info.entity.mentions if ms < pos), default=-1)
            if last > best_pos:
                best, best_pos = info, last
        if best is not None:
            return best
        after = [(min((ms for ms, _ in i.entity.mentions if ms >= pos), default=10**12), i)
                 for i in candidates]
        after.sort(key=lambda x: x[0])
        return after[0][1] if after and after[0][0] < 10**12 else None

    # --- pronouns ------------------------------------------------------------------------

    def _pronoun(self, low: str, start: int, end: int, outer: _Said | None) -> _Said | None:
        kind = _PRONOUNS[low]
        if kind == "rel":
            return self._relative(start, outer)
        if kind in ("m", "f"):
            prev = self._previous(start, exclude=outer, kind="person")
            gender = prev.info.gender if prev is not None and prev.info else (
                prev.gender if prev is not None else None)
            newer = self._latest_person(start, kind, outer)
            if newer is not None and prev is not None and newer is not prev.info and \
                    self._named_since(newer, prev.end, start):
                prev = None  # "Parr was left to rue ... 'If ...,' he said": Parr
            if prev is not None and gender in (None, kind):
                found = prev
            else:
                info = self._latest_person(start, kind, outer)
                found = prev if info is None else _Said(
                    start, end, info.entity.name, info, "person", info.gender)
            if found is not None and found.info is not None and found.info.gender is None:
                found.info.gender = kind  # what "he"/"she" tells about the person
            return found
        if kind == "n":  # "it": a body, a country, or a document (then its author)
            prev = self._previous(start, exclude=outer, kind=("organization", "document",
                                                             "country", "person"))
            if prev is not None and prev.kind == "person" and not prev.via_document:
                return None
            return prev
        if kind == "p":
            return self._previous(start, exclude=outer,
                                  kind=("organization", "group", "country"))
        if kind == "s" and outer is None:
            return self._previous(start, exclude=None)
        return None

    def _named_since(self, info: EntityInfo, after: int, pos: int) -> bool:
        """``info`` is named in the paragraph of ``pos`` after offset ``after``."""
        para = self.text.rfind("\n", 0, pos) + 1
        return any(max(after, para) <= ms < pos for ms, _ in info.entity.mentions)

    def _previous(self, pos: int, *, exclude: _Said | None = None, kind=None
                  ) -> _Said | None:
        kinds = (kind,) if isinstance(kind, str) else kind
        for said in self._recent(pos):
            if exclude is not None and (said is exclude or (said.info is not None
                                                             and said.info is exclude.info)):
                continue
            if kinds and said.kind not in kinds:
                return None
            return said
        return None

    def _latest_person(self, pos: int, gender: str, outer: _Said | None
                       ) -> EntityInfo | None:
        cands = [i for i in self.reg.infos if i.entity.type == "person"
                 and i.gender in (None, gender)
                 and not (outer is not None and outer.info is i)]
        known = [i for i in cands if i.gender == gender]
        best = None
        for pool in (cands,):
            best = None
            best_pos = -1
            for info in pool:
                last = max((ms for ms, _ in info.entity.mentions if ms < pos), default=-1)
                if last > best_pos or (last == best_pos and info in known):
                    best, best_pos = info, last
        return best

    def _relative(self, start: int, outer: _Said | None) -> _Said | None:
        """'X, who said ...': the speaker is X."""
        tok = self._token_at(start)
        if tok is not None and tok.tag != 0:
            verb = tok.head
            if verb.dep_ == syn.RELATIVE_CLAUSE and verb.head.i < tok.i:
                noun = verb.head
                # "two people familiar with the talks, who": up from "talks" to "people"
                up = noun
                for _ in range(3):
                    if up.dep_ not in (syn.PREP_OBJECT, syn.PREPOSITION, syn.ADJ_MODIFIER) \
                            or up.head.i >= up.i:
                        break
                    up = up.head
                    if (syn.is_noun(up.tag_) or up.tag_ in syn.PRONOUNS):
                        noun = up
                        break
                left = noun.left_edge.idx
                right = self.text[:start].rstrip(" ,\t")
                if left < len(right):
                    return self._resolve_np(left, len(right), outer)
        before = self.text[max(0, start - 200):start].rstrip(" ,\t")
        seg = re.split(r"[.;:\"“”]|\b(?:said|says|that)\b", before)[-1]
        if seg.strip():
            s = start - len(before) + len(before) - len(seg)
            s = self.text.find(seg.strip(), s)
            return self._resolve_np(s, s + len(seg.strip()), outer)
        return None

    # --- text helpers ----------------------------------------------------------------------

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
        m = _PHRASE_END.search(self.text, pos)
        return m.start() if m else len(self.text)


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    """The source cut at commas: core noun phrase, then appositions and clauses."""
    out, pos = [], 0
    for m in re.finditer(r",\s*|\s+(?=(?:who|which|whose)\b)", text):
        if m.start() > pos:
            out.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((start + pos, start + len(text)))
    return out or [(start, start + len(text))]


def _head_noun(np: str) -> str | None:
    """The head word of a noun phrase: the last word before a preposition, a clause
    ('who ...', 'the company shared') or a participle ('a report published by')."""
    words = list(re.finditer(r"[\w\-’']+", np))
    head = None
    for w in words:
        lw = w.group().lower()
        if lw in _PREPOSITIONS or lw in ("who", "which", "that", "whose"):
            if head is not None:
                break
            continue
        if head is not None and (lw in _DETERMINERS or re.fullmatch(
                r"[a-z]{3,}(?:ed|en)|seen|made|held|led|known|set|put|sent|shared", lw)):
            break
        head = w
    if head is None:
        return None
    return re.sub(r"['’]s$", "", head.group())


def _core_np(core: str) -> str:
    return core.strip(" ,;:")
