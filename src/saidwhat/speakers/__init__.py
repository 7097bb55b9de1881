"""Speakers stage: resolve each attribution's source to a name. Placeholder."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Attribution, Entity, Structure


def resolve_speakers(doc: Doc, structure: Structure, attributions: list[Attribution],
                     entities: list[Entity]) -> None:
    for att in attributions:
        if att.speaker is None:
            att.speaker = " ".join(doc.text[s:e] for s, e in att.source) or None
            att.unresolved = True
