"""Speakers in a language that inflects names (Russian): a sieve over NER entities.

Passes, most precise first (``resolve_inflected``), each recorded in
``speaker_evidence["rule"]``:

- ``name``: a person named in the source (any case: ``аналитика Елены Савиной``), or a
  surname the article gave a person (``Семенцов``, ``Семенцова``);
- ``spokesperson``: a press service or representative speaks for the body it names
  (``пресс-служба Министерства просвещения``); a person named in it wins;
- ``organization``: an organisation named in the source; ``capital``: a capital speaks
  for its country (``Ташкент выступает за``), as in English;
- ``relative``: ``который`` is the person its clause hangs on (``мэр Семен Баринов,
  который заявил``);
- ``pronoun``: ``он``/``она``/``его``/``ее`` is the latest speaker (else person) of that
  gender before it, ``они`` the latest group or body;
- ``role``: a role noun (``дипломат``, ``посол``, ``глава региона``) is the latest person
  of the gender the verb shows (``сказала министр``) with a role of the same class (``lang/ru/entities.py``), else the first one named
  after it (a headline's ``Посол России``); a plural one (``эксперты``) is nobody named;
- ``body``: ``ведомство``, ``агентство``, ``ассоциация``, ``документ`` are the latest body
  of that kind, else the latest speaker that is a body;
- ``interviewee``: an interview's answers are the person the lead names;
- else the source itself, its head in the nominative, ``unresolved``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .. import lang
from ..entities.ner import NerEntities, mentions_in
from ..lang.ru import morph
from ..model import Attribution, Entity, Structure
from ..nlp import doc_text



class _Sieve:
    def __init__(self, doc: Doc, ents: NerEntities):
        self.doc = doc
        self.text = doc_text(doc)
        self.ents = ents
        self.words = lang.of(doc).entities
        self.cues = lang.of(doc).cues
        self.syn = lang.of(doc).syntax
        self.starts = [m[0] for m in ents.mentions]
        self.spoken: list[tuple[int, int]] = []  # (position, entity id) of resolved speakers

    def entity(self, eid: int):
        return self.ents.entities[eid - 1]

    def before(self, pos: int, want) -> int | None:
        """The latest mention before ``pos`` whose entity passes ``want``."""
        k = bisect.bisect_left(self.starts, pos) - 1
        while k >= 0:
            eid = self.ents.mentions[k][2]
            if want(self.entity(eid)):
                return eid
            k -= 1
        return None

    def after(self, pos: int, want) -> int | None:
        for s, _, eid in self.ents.mentions[bisect.bisect_left(self.starts, pos):]:
            if want(self.entity(eid)):
                return eid
        return None

    def last_speaker(self, want) -> int | None:
        return next((eid for _, eid in reversed(self.spoken) if want(self.entity(eid))), None)

    def resolve(self, att: Attribution) -> tuple[int | None, str]:
        if not att.source:  # an interview's answer is the interviewee's; "говорят": nobody's
            if att.rule == "qa-answer" and (eid := self.interviewee()) is not None:
                return eid, "interviewee"
            return None, "unresolved"
        s, e = att.source[0][0], att.source[-1][1]
        tokens = self.doc.char_span(s, e, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return None, "unresolved"
        inside = mentions_in(self.ents, s, e)
        persons = [eid for _, _, eid in inside if self.entity(eid).type == "person"]
        bodies = [(ms, me, eid) for ms, me, eid in inside
                  if self.entity(eid).type == "organization"]
        if persons:
            return persons[-1], "name"
        for t in tokens:  # a surname the article gave a person, in any case
            if t.text[:1].isupper() and morph.lemma(t.text) in self.ents.surname:
                return self.ents.surname[morph.lemma(t.text)], "name"
        if tokens.root.lower_ in self.words.RELATIVE and tokens.root.head.head != tokens.root.head:
            # "мэр Семен Баринов, который заявил": the noun the clause hangs on
            noun = tokens.root.head.head  # "мэр", its name in apposition after it
            at = [eid for ms, me, eid in self.ents.mentions
                  if noun.idx <= me and ms < tokens.root.idx]
            if at:
                return at[-1], "relative"
        words = [t.lower_ for t in tokens if t.lower_ not in self.words.SELF]
        w = self.words
        if len(words) == 1 and words[0] in w.PRONOUN_MASC | w.PRONOUN_FEM | w.PRONOUN_PLURAL:
            return self.pronoun(words[0], s), "pronoun"
        head = tokens.root
        lemma = morph.lemma(head.text)
        if lemma in self.words.SPEAKS_FOR:
            if bodies:
                return bodies[0][2], "spokesperson"
            return self.body([morph.lemma(t.text) for t in tokens], s), "body"
        if lemma in self.words.KIN:
            return None, "unresolved"  # "мама": someone of her own, whom no name tells
        role = self.words.ROLE_CLASS.get(lemma)
        animate = head.morph.get("Animacy") == ["Anim"] and head.tag_ == self.syn.NOUN
        gender = self.cue_gender(att)
        if role is not None or animate:
            if head.morph.get("Number") == ["Plur"]:
                return None, "unresolved"  # "эксперты": a group nobody named
            if role is not None and (eid := self.role(role, s, gender)) is not None:
                return eid, "role"
            if any(c.dep_ == "nmod" for c in head.children):
                # ``Глава государства``: an office of its own, not a word for the
                # person just quoted (a bare ``синоптик``, ``парламентарий`` is)
                return None, "unresolved"
            # a person noun of no known class (``синоптик``, ``парламентарий``): the
            # person speaking just before, else (a headline) the first one named after
            person = lambda x: x.type == "person" and self.fits(x, gender)  # noqa: E731
            eid = self.last_speaker(person) or self.after(s, person)
            return eid, "role" if eid is not None else "unresolved"
        country = self.words.CAPITALS.get(morph.nominative(
            head.text, case=(head.morph.get("Case") or [None])[0]))
        if country is not None and len(tokens) == 1:
            return self.country(country), "capital"
        if any(ms <= head.idx < me for ms, me, _ in bodies):
            return next(eid for ms, me, eid in bodies if ms <= head.idx < me), "organization"
        if lemma in self.words.ORGANISATION_WORDS or lemma in self.cues.DOCUMENT_NOUNS:
            return self.body([lemma], s), "body"
        return None, "unresolved"

    def pronoun(self, word: str, pos: int) -> int | None:
        if word in self.words.PRONOUN_PLURAL:
            return self.last_speaker(lambda x: x.type != "person")
        gender = "Fem" if word in self.words.PRONOUN_FEM else "Masc"
        fits = lambda x: x.type == "person" and self.fits(x, gender)  # noqa: E731
        return self.last_speaker(fits) or self.before(pos, fits)

    def fits(self, person, gender: str | None) -> bool:
        return gender is None or self.ents.gender.get(person.id) in (gender, "", None)

    def cue_gender(self, att: Attribution) -> str | None:
        """The gender a past-tense cue shows (``сказала``: ``Fem``): a role noun is of
        either (``министр`` for a man or a woman), the verb says which."""
        if not att.cue:
            return None
        cue = self.doc.char_span(*att.cue[-1], alignment_mode="expand")
        for t in cue or []:
            if self.syn.is_verb(t.tag_) and t.morph.get("Number") == ["Sing"]:
                return (t.morph.get("Gender") or [None])[0] if t.morph.get("Gender") != [
                    "Neut"] else None
        return None

    def role(self, role: str, pos: int, gender: str | None = None) -> int | None:
        classes = self.words.ROLE_CLASS

        def same(x) -> bool:
            return x.type == "person" and x.role is not None and \
                classes.get(x.role) == role and self.fits(x, gender)

        return self.before(pos, same) or self.after(pos, same)

    def body(self, lemmas: list[str], pos: int) -> int | None:
        def same(x) -> bool:  # "ассоциации" ... "Ассоциация туроператоров России"
            return x.type == "organization" and any(
                morph.lemma(w) in lemmas for w in x.name.split()
                if morph.lemma(w) not in self.words.SPEAKS_FOR)

        return (self.before(pos, same)
                or self.last_speaker(lambda x: x.type == "organization")
                or self.after(pos, same))

    def country(self, name: str) -> int:
        """The country entity, added when the article names it only by its capital."""
        for ent in self.ents.entities:
            if ent.type in ("place", "country") and ent.name == name:
                return ent.id
        ent = Entity(id=len(self.ents.entities) + 1, type="country", name=name)
        self.ents.entities.append(ent)
        return ent.id

    def interviewee(self) -> int | None:
        return self.after(0, lambda x: x.type == "person")


def resolve_inflected(doc: Doc, structure: Structure, attributions: list[Attribution],
                      ents: NerEntities) -> None:
    sieve = _Sieve(doc, ents)
    text = sieve.text
    for att in sorted(attributions, key=lambda a: (a.source or a.content)[0][0]):
        eid, rule = sieve.resolve(att)
        if eid is not None:
            ent = sieve.entity(eid)
            att.speaker, att.speaker_entity = ent.name, eid
            mention = ent.mentions[0] if ent.mentions else att.source[0]  # a capital's country
            att.speaker_evidence = {"rule": rule, "mention": [list(mention)]}
            sieve.spoken.append(((att.source or att.content)[0][0], eid))
        elif att.source:
            att.speaker, att.unresolved = _as_name(doc, text, att.source[0]), True
            att.speaker_evidence = {"rule": "unresolved"}
        else:
            att.unresolved = True
        att.about = sorted({m[2] for s, e in att.content for m in mentions_in(ents, s, e)})


def _as_name(doc: Doc, text: str, span: tuple[int, int]) -> str:
    """An unnamed source as a speaker: its head noun in the nominative with the words
    after it (``Крупнейшие производители минеральных удобрений`` -> ``производители
    минеральных удобрений``); ``один из X`` is one X (``одного из собеседников
    агентства`` -> ``собеседник агентства``)."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return text[span[0]:span[1]]
    head = tokens.root
    number = None
    if morph.lemma(head.text) in _ONE_OF:
        inner = next((c for c in head.children if c.i > head.i and c.i < tokens.end
                      and any(x.lower_ in _OF for x in c.children)), None)
        if inner is not None:
            head, number = inner, "sing"
    after = [t for t in tokens if t.i > head.i and t.i <= head.right_edge.i]
    case = (head.morph.get("Case") or [None])[0]
    word = head.text if case in (None, "Nom") and number is None else morph.nominative(
        head.text, case=case, number=number)
    if head.tag_ not in lang.of(doc).syntax.PROPER_NOUNS:
        word = word.lower()
    return " ".join([word] + [t.text for t in after if t.text not in "\"«»"])


#: ``один из``, ``одна из``: a source that is one of a group
_ONE_OF = frozenset({"один", "одна", "одно"})
_OF = frozenset({"из"})
