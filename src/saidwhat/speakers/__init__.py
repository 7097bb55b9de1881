"""Speakers stage: the fullest name the article gives each source's referent.

No coreference model installs offline, so this is a cascade of rules over the entities
stage and general lexicons, tried from the most precise to the least (``Resolver``):

- a name in the source (``Deputy Minister X``, ``Its chairman, X``, ``Mr Sato``,
  ``Borodavkin``) is its entity's fullest name (``names.py``);
- a capital or a country's government (``Moscow``, ``the Uzbek side``) is the country
  (``places.py``);
- a spokesperson or press office speaks for its owner, ``the 23-year-old`` is the person
  of that age, a role noun (``the diplomat``, ``the minister``, ``the company``) is the
  latest entity whose role or name has a noun of the same class (``roles.tsv``), or the
  first one named after it (``roles.py``);
- a document (``the memo``, ``the report``) is its author or issuing body where the
  article names one (``documents.py``);
- a pronoun (``he``/``she``/``they``/``it``/``who``) is the previous attribution's
  speaker when gender and number fit, else the latest fitting mention; ``who`` is the
  noun its relative clause hangs on (``pronouns.py``);
- anything else keeps the source's core noun phrase, flagged ``unresolved``.

Each decision records the pass that made it and the mention the name was taken from
(``Attribution.speaker_evidence``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import lang
from ..entities import NER_KEY, REGISTRY_KEY, registry_of
from ..lang.en.entities import lexicon
from ..model import Attribution, Entity, Structure
from .resolver import Resolver
from .said import anchor

__all__ = ["resolve_speakers"]


def resolve_speakers(doc: Doc, structure: Structure, attributions: list[Attribution],
                     entities: list[Entity]) -> None:
    if not attributions:
        return
    if lang.of(doc).syntax.SCHEME == "ud":  # Russian: entities from its NER model
        from ..entities.ner import ner_entities
        from .inflected import resolve_inflected

        ents = doc.user_data.pop(NER_KEY, None) or ner_entities(doc, structure)
        resolve_inflected(doc, structure, attributions, ents)
        return
    reg = registry_of(doc, entities)
    resolver = Resolver(doc, structure, reg, lexicon())
    by_id = {a.id: a for a in attributions}
    # outer attributions first (in text order), then the nested ones, which need to
    # know who is speaking around them
    order = sorted(attributions, key=lambda a: (a.nested_in is not None, anchor(a)))
    for att in order:
        outer = by_id.get(att.nested_in) if att.nested_in is not None else None
        resolver.resolve(att, outer)
    for att in attributions:
        att.about = resolver.about(att)
    doc.user_data.pop(REGISTRY_KEY, None)  # the entities stage's working state, used up
    known = {e.id for e in entities}
    for info in reg.infos:  # entities this stage promoted from bare names
        if info.entity.id not in known and info.entity.type != "name" and any(
                a.speaker_entity == info.entity.id for a in attributions):
            entities.append(info.entity)
