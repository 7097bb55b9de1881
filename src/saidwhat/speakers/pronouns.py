"""Passes for pronouns: ``he``/``she``/``they``/``it`` with agreement and recency, and
``who`` (the noun its relative clause hangs on)."""

from __future__ import annotations

import re

from ..entities import EntityInfo
# The speaker grammar is English's (see ``phrases.py``); its labels come from the
# English profile.
from ..lang.en import syntax as syn
from .phrases import PRONOUNS
from .said import Said


class PronounPasses:
    def _pronoun(self, low: str, start: int, end: int, outer: Said | None) -> Said | None:
        kind = PRONOUNS[low]
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
                # the last speaker disagrees in gender: the latest person who agrees,
                # else nobody (never the one who disagrees)
                info = self._latest_person(start, kind, outer)
                found = None if info is None else Said(
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
        # "I" outside any quotation is the writer, not the last speaker ("'...,' I
        # said" in a first-person report): unresolved, as the spec says of a source
        # with no name to be found
        return None

    def _named_since(self, info: EntityInfo, after: int, pos: int) -> bool:
        """``info`` is named in the paragraph of ``pos`` after offset ``after``."""
        para = self.text.rfind("\n", 0, pos) + 1
        return any(max(after, para) <= ms < pos for ms, _ in info.entity.mentions)

    def _previous(self, pos: int, *, exclude: Said | None = None, kind=None
                  ) -> Said | None:
        kinds = (kind,) if isinstance(kind, str) else kind
        for said in self._recent(pos):
            if exclude is not None and (said is exclude or (said.info is not None
                                                             and said.info is exclude.info)):
                continue
            if kinds and said.kind not in kinds:
                return None
            return said
        return None

    def _latest_person(self, pos: int, gender: str, outer: Said | None
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

    def _relative(self, start: int, outer: Said | None) -> Said | None:
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
                if noun.dep_ == syn.APPOSITION and noun.head.i < noun.i and \
                        noun.head.tag_ in syn.PROPER_NOUNS:
                    noun = noun.head  # "Almazbek, 46, a driver who ...": the named one
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
