"""saidwhat: who said what in news articles, with evidence."""

from __future__ import annotations

from .errors import InputError, SaidwhatError
from .model import (Amount, Article, Attribution, Block, DateMention, Document, Entity,
                    Provenance, Structure)

__version__ = "0.1.0"

__all__ = [
    "Amount", "Article", "Attribution", "Block", "DateMention", "Document", "Entity",
    "InputError", "Provenance", "SaidwhatError", "Structure", "analyze", "analyze_many",
]


def __getattr__(name: str):
    # spaCy (for the analysis) and the store load only when asked for, so that
    # `saidwhat --help`, the reader and the data model stay quick to import.
    if name in ("analyze", "analyze_many"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Corpus":
        from .store import Corpus

        return Corpus
    raise AttributeError(name)
