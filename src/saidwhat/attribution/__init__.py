"""Attribution stage: source, cue and content spans. Placeholder until issue 2 lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Attribution, Structure


def extract_attributions(doc: Doc, structure: Structure) -> list[Attribution]:
    return []
