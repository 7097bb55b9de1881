"""saidwhat: who said what in news articles, with evidence."""

from __future__ import annotations

from .errors import InputError, SaidwhatError
from .model import (Amount, Article, Attribution, Block, DateMention, Entity,
                    Provenance, Structure)
from .pipeline import Document, analyze, analyze_many

__version__ = "0.1.0"

__all__ = [
    "Amount", "Article", "Attribution", "Block", "DateMention", "Document", "Entity",
    "InputError", "Provenance", "SaidwhatError", "Structure", "analyze", "analyze_many",
]


def __getattr__(name: str):
    # The store pulls in sqlite/pyarrow code paths; import it only when asked for.
    if name == "Corpus":
        from .store import Corpus

        return Corpus
    raise AttributeError(name)
