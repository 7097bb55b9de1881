"""Amounts and dates stage: the figures each statement cites and the dates it names.

``extract_amounts`` (``figures.py``) finds every figure in the body with its value,
unit, what it measures and the attribution (hence speaker) it sits in; it runs after
speaker resolution. ``extract_dates`` (``dates.py``) normalises absolute and relative
dates against the publication date. A language parsed in Universal Dependencies
(Russian) reads its figures and dates by pattern (``inflected.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import lang
from ..model import Amount, Attribution, DateMention, Structure
from . import dates, figures

__all__ = ["extract_amounts", "extract_dates"]


def extract_amounts(doc: Doc, structure: Structure,
                    attributions: list[Attribution]) -> list[Amount]:
    if lang.of(doc).syntax.SCHEME == "ud":  # the figure grammar reads English trees
        from .inflected import pattern_amounts

        return pattern_amounts(doc, structure, attributions)
    return figures.extract_amounts(doc, structure, attributions)


def extract_dates(doc: Doc, structure: Structure) -> list[DateMention]:
    if lang.of(doc).syntax.SCHEME == "ud":
        from .inflected import pattern_dates

        return pattern_dates(doc, structure)
    return dates.extract_dates(doc, structure)
