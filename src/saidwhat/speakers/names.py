"""Passes that read a name: the source names the speaker (``Deputy Minister X``,
``Its chairman, X``), a surname or first words of a name met earlier (``Renzi``,
``Harbourside``), and how an entity becomes a speaker's name."""

from __future__ import annotations

import re

from ..entities import HONORIFICS, EntityInfo
from .phrases import DETERMINERS, PREPOSITIONS, PRONOUNS
from .said import Said

#: a lower-case particle that starts a surname (``al-Mutairi``)
_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|ben)-\w", re.I)


class NamePasses:
    def _by_name(self, core: str, cs: int, ce: int,
                 source: tuple[int, int] | None = None) -> Said | None:
        """A name's variant: a surname or a name's first words met before the full
        name was ('Renzi' in a headline, 'Harbourside' for Harbourside Athletic, 'Mr
        Sato', 'al-Mutairi'), or the first name of exactly one person, with or
        without a title ('Sir Richard', 'Kerry-Ann'; surname-first names: 'Guan' for
        Guan Yuxin). A person named only inside the ``source`` phrase itself is
        someone else ('Howard, the brother of Ron Howard')."""
        words = [w for w in re.findall(r"[\w\-’'.]+", core)
                 if w.lower().strip(".") not in HONORIFICS]
        if not words or len(words) > 2 or not all(
                w[:1].isupper() or _PARTICLE.match(w) for w in words):
            return None
        # hyphens split name words as the entities stage splits them ("Kerry-Ann")
        lows = tuple(p for w in words for p in w.lower().replace("-", " ").split())
        if not lows or len(lows) > 3:
            return None
        for info in self.reg.infos:
            t = info.entity.type
            if source is not None and _only_within(info, source):
                continue
            if t == "person" and info.words[-len(lows):] == lows:
                return self._said_for(info, cs, ce, None)
            if t in ("organization", "name") and info.words[:len(lows)] == lows and \
                    len(info.words) > len(lows):
                return self._said_for(info, cs, ce, None)
        if len(words) == 1:
            firsts = [i for i in self.reg.infos if i.entity.type == "person"
                      and len(i.words) > len(lows) and i.words[:len(lows)] == lows]
            if len(firsts) == 1:  # two people of that first name: neither
                return self._said_for(firsts[0], cs, ce, None)
        return None

    def _apposed_name(self, ps: int, pe: int) -> Said | None:
        piece = self.text[ps:pe].strip()
        m = re.fullmatch(r"(?:[a-z][\w\-]*\s+){0,3}((?:[A-Z][\w'’\-.]*\s*){1,4})", piece)
        found = self._named(ps, pe)
        if found is not None and (m or found.kind == "person"):
            return found  # ("Khalid bin Nasser Al Thani": particles inside)
        if not m:
            return None
        name = m.group(1).strip()
        if len(name.split()) == 1 and not name.lower() in PRONOUNS:
            return Said(ps, pe, name, None, "person")
        return None

    def _named(self, ps: int, pe: int, source: tuple[int, int] | None = None) -> Said | None:
        """The entity a name inside the piece refers to, when it heads the piece (a
        surname whose full name is only met inside the ``source`` phrase is someone
        else's: ``Howard, the brother of Ron Howard``)."""
        best = None
        for ms, me, info in self._mentions_in(ps, pe):
            if source is not None and _only_within(info, source) and \
                    self.text[ms:me].casefold() != info.entity.name.casefold():
                continue
            written = self.text[ps:ms].split()
            before = [w for w in (x.lower() for x in written) if w not in DETERMINERS]
            if before and before[-1] in PREPOSITIONS:
                continue  # "a spokesman for the ministry": not the head
            if any(w.lower() in PREPOSITIONS and written[k - 1][:1].islower()
                   for k, w in enumerate(written) if k):
                continue  # "the younger brother of Hollywood legend Ron Howard" (not
                # "Secretary of State John Kerry": a title)
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

    def _said_for(self, info: EntityInfo, ms: int, me: int, ps: int | None) -> Said:
        """The speaker for entity ``info``; an organisation named in the source (its
        piece starting at ``ps``) keeps the name as written there."""
        ent = info.entity
        if ent.type in ("country", "place") and ent.country:
            return Said(ms, me, ent.country, self._country(ent.country, (ms, me)),
                         "country")
        if ent.type in ("organization", "name"):
            if ent.type == "name":
                ent.type = "organization"
            name = self._org_name(ms, me, ps) if ps is not None else ent.name
            return Said(ms, me, name, info, "organization")
        return Said(ms, me, ent.name, info, ent.type, info.gender)

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

    def _first_entity(self, s: int, e: int) -> Said | None:
        for ms, me, info in self._mentions_in(s, e):
            if info.entity.type in ("person", "organization", "name"):
                return self._said_for(info, ms, me, None)
        return None


def _only_within(info: EntityInfo, span: tuple[int, int]) -> bool:
    """Is every mention of the entity inside ``span``?"""
    return all(span[0] <= ms and me <= span[1] for ms, me in info.entity.mentions)
