"""Passes for documents: a memo, report or study speaks for its author or issuing
body, named in the source, at an earlier mention, or as the person who led it."""

from __future__ import annotations

import re

from ..lang.en.entities import singular
from .phrases import DATA_NOUNS, LEAD_AUTHOR, MEDIUM, head_noun
from .said import Said


class DocumentPasses:
    def _document(self, core: str, cs: int, ce: int, outer) -> Said | None:
        """A document's author or issuing body: named in the source ('a memo from X',
        'a report published by X', 'the fund's annual report', 'figures the company
        shared'), at an earlier mention of a document, or as the person who led or
        wrote it."""
        head = head_noun(core)
        if head is None:
            return None
        h = singular(head)
        if h == "author":  # "The authors" of the report last cited
            return self._document_author(cs, outer)
        if h not in self.lex.documents:
            return None
        found = self._author_in(cs, self._source_end(cs), outer)
        if found is None and LEAD_AUTHOR.search(self.text[cs:self._source_end(cs)]):
            found = self._lead_author(cs)  # "data presented by the lead investigator"
        if found is None and h not in DATA_NOUNS:
            found = self._document_author(cs, outer, h)
        if found is not None:
            found.via_document = True
        return found

    def _author_in(self, s: int, e: int, outer) -> Said | None:
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

    def _document_author(self, pos: int, outer, head: str | None = None
                         ) -> Said | None:
        # the document an earlier attribution cited: the latest document source, else
        # an attribution whose sentence introduced one ("In a memo, X wrote", "an
        # article published by X")
        recent = self._recent(pos)
        before = [x for x in recent if x.info is not None]
        for said in before:
            if said.via_document:
                return Said(said.start, said.end, said.name, said.info, said.kind,
                             said.gender)
        if head is not None:  # "In a memo to staff, X wrote"; "said in its report"
            # (unnamed sources too: "Analysts at X said in a note" ... "the note")
            for said in recent:
                ss = max(self.text.rfind("\n", 0, said.start) + 1,
                         self.text.rfind(". ", 0, said.start) + 1)
                fronted = self.text[ss:said.start].lower()
                if head in said.cue.lower() or head in fronted and MEDIUM.search(fronted):
                    return Said(said.start, said.end, said.name, said.info, said.kind,
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

    def _lead_author(self, pos: int) -> Said | None:
        """The person who led the study or wrote the paper the article cites."""
        authors = [i for i in self.reg.infos if i.authored and i.entity.type == "person"]
        if not authors:
            return None
        info = max(authors, key=lambda i: i.authored)
        return Said(pos, pos, info.entity.name, info, "person", info.gender)
