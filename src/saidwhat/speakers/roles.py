"""Passes for role nouns: ``the diplomat``, ``the company``, ``his spokesman``, ``the
23-year-old``, ``health officials``: the entity holding that role."""

from __future__ import annotations

import re

from ..entities import EntityInfo
from ..lang.en.entities import BUSINESS_HEADS, PUBLIC_BODIES, singular
from .phrases import (AGE_NOUN, DETERMINERS, INDEFINITE, POSSESSIVES, PRONOUNS, VOICE,
                      company_apposition, head_noun)
from .said import Said


class RolePasses:
    def _voice_of(self, core: str, cs: int, outer) -> Said | None:
        """An unnamed spokesperson or office speaks for the named owner: 'his spokesman',
        'Calloway's office', 'the Treasury spokeswoman'."""
        m = VOICE.match(core)
        if m is None or m.start(1) > 0 and core[:1] in "Aa":
            return None  # "A Commission spokesperson": one unnamed person of a body
        owner = m.group(1).lower()
        if owner in POSSESSIVES:
            gender = PRONOUNS[POSSESSIVES[owner]]
            if gender in ("m", "f"):  # the person last mentioned, not the last speaker
                info = self._latest_person(cs, gender, outer)
                return None if info is None else self._said_for(info, cs, cs, None)
            return self._pronoun(POSSESSIVES[owner], cs, cs, outer)
        if not m.group(1)[:1].isupper():
            return None  # "the sheriff's office": a body of its own
        found = self._resolve_np(cs + m.start(1), cs + m.end(1), outer)
        if found is not None and (found.info is not None or found.kind == "country"):
            return found
        return None

    def _by_age(self, core: str, cs: int, outer) -> Said | None:
        """'the 23-year-old': the person given that age ('Callum Reid, 23,'), else
        the person who spoke last."""
        m = AGE_NOUN.match(core)
        if m is None:
            return None
        age = re.compile(rf",[ \t]*{m.group(1)}\b")
        for info in self.reg.infos:
            if info.entity.type == "person" and any(
                    age.match(self.text, me) for ms, me in info.entity.mentions if ms < cs):
                return self._said_for(info, cs, cs, None)
        return self._previous(cs, exclude=outer, kind="person")

    def _role_noun(self, core: str, cs: int, ce: int, outer) -> Said | None:
        words = core.split()
        if not words:
            return None
        first = words[0].lower()
        head = head_noun(core)
        if head is None:
            return None
        h = singular(head)
        plural = h != head.lower() and not head.lower().endswith("ss")
        if plural and first not in INDEFINITE:
            body = self._body_of(core, h)
            if body is not None:
                return body
        classes = set(self.lex.role_classes.get(h, ()))
        if not classes and self.lex.adjectives.get(h):
            classes = {"nationality"}
        if not classes:
            return None
        indefinite = first in INDEFINITE or plural
        in_lead = cs < self._lead_end()
        if not indefinite:
            # "the official" after "A senior official, who spoke on condition ..."
            for said in self._recent(cs):
                if said.info is None:
                    sh = head_noun(said.name)
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
                prev = self._previous(pos, exclude=outer, kind="person")
                if prev is not None and self._other_office(prev, h):
                    return None  # "the mayor" after "Dan Ortega, a teacher": not him
                return prev
            return None
        if "company" in classes:  # the business the article is about: one that spoke
            spoke = [i for i in candidates if self._spoke_before(i, pos)]
            candidates = spoke or candidates
        candidates = self._agreeing(core, candidates)
        best = self._latest(candidates, pos)
        if best is None:
            return None
        return self._said_for(best, cs, ce, None)

    def _other_office(self, said: Said, noun: str) -> bool:
        """``noun`` is an office (a title written before names: ``mayor``, ``judge``)
        and the person of ``said`` has a role the article gave without it; a
        description (``the expert``, ``the Italian``) fits anyone who just spoke."""
        words = said.info.role_words if said.info is not None else frozenset()
        return noun in self.lex.person_titles and bool(words) and \
            noun not in {singular(w) for w in words}

    def _body_by_head(self, core: str, cs: int, ce: int, outer) -> Said | None:
        """A body named by its last word alone, capitalised ('Police said' after
        'Thames Valley Police'), when exactly one organisation of the article ends
        with it."""
        words = re.findall(r"[\w\-]+", core)
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1 or not words[0][:1].isupper():
            return None  # "the bank" is a role noun: the role-noun pass reads it
        words = [words[0].lower()]
        bodies = [i for i in self.reg.infos if i.entity.type == "organization"
                  and len(i.words) > 1 and i.words[-1] == words[0]]
        return self._said_for(bodies[0], cs, ce, None) if len(bodies) == 1 else None

    def _agreeing(self, core: str, candidates: list[EntityInfo]) -> list[EntityInfo]:
        """The candidates the role noun phrase describes best: its words (``governor``,
        ``Oregon Democrat``, ``second-term Republican``) against the words the article
        uses around each candidate's mentions (title, apposition, ``of Kansas``). With
        no word in common for any, all of them (then recency decides)."""
        words = {singular(w) for w in re.findall(r"[\w\-]+", core.lower())} - DETERMINERS \
            - INDEFINITE
        if len(candidates) < 2 or not words:
            return candidates
        scores = [(len(words & self._described_by(info)), info) for info in candidates]
        best = max(score for score, _ in scores)
        return [info for score, info in scores if score == best] if best else candidates

    def _described_by(self, info: EntityInfo) -> frozenset[str]:
        """Words around an entity's mentions: the clause before each (back to a comma or
        a sentence start) and after it (up to the next full stop, semicolon or cue)."""
        key = (id(info), len(info.entity.mentions))
        cached = self._descriptions.get(key)
        if cached is not None:
            return cached
        text = self.text
        words: set[str] = set(info.role_words)
        for ms, me in info.entity.mentions:
            before = text[max(0, ms - 60):ms]
            before = re.split(r"[.;,\n]", before)[-1]
            after = re.split(r"[.;\n]|\b(?:said|says|told|added)\b", text[me:me + 120])[0]
            words |= {singular(w) for w in re.findall(r"[\w\-]+", (before + " " + after)
                                                      .lower())}
        out = frozenset(words)
        self._descriptions[key] = out
        return out

    def _named_next(self, pos: int) -> Said | None:
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

    def _body_of(self, core: str, h: str) -> Said | None:
        """People named by what they do stand for the body that does it: 'health
        officials' -> the County Health Department, 'investigators' -> the Air Safety
        Investigation Board."""
        head = head_noun(core) or ""  # modifiers before it, not "Economists at X"
        mods = {w.lower() for w in re.findall(r"[\w\-]+", core[:core.find(head)])
                if not self.lex.country_of(w)} - DETERMINERS - INDEFINITE
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
        after = company_apposition()
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
