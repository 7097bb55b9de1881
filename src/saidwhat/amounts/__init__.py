"""Amounts and dates stage. Placeholder."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Amount, Attribution, DateMention, Structure


def extract_amounts(doc: Doc, structure: Structure,
                    attributions: list[Attribution]) -> list[Amount]:
    return []


def extract_dates(doc: Doc, structure: Structure) -> list[DateMention]:
    return []
