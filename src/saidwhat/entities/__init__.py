"""Entities stage: people, organisations, countries, places. Placeholder."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Entity, Structure


def extract_entities(doc: Doc, structure: Structure) -> list[Entity]:
    return []
