"""saidwhat's stages as spaCy pipeline components.

    nlp = spacy.load("en_core_web_sm")      # any English pipeline with a parser
    nlp.add_pipe("saidwhat")
    doc = nlp(text)
    doc._.attributions                       # list[saidwhat.Attribution]
    doc.spans["saidwhat"]                    # source/cue/content spans, for displaCy

``saidwhat`` runs every stage; the single stages are there to compose your own:
``saidwhat_structure``, ``saidwhat_entities``, ``saidwhat_attributions``,
``saidwhat_speakers``, ``saidwhat_amounts``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import serialise

for _name in ("structure", "attributions", "entities", "amounts", "dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
serialise.register()


def _structure(doc: Doc) -> Doc:
    from .structure import analyze_structure

    if doc._.structure is None:
        doc._.structure = analyze_structure(doc.text)
    return doc


def _entities(doc: Doc) -> Doc:
    from .entities import extract_entities

    doc._.entities = extract_entities(doc, _structure(doc)._.structure)
    return doc


def _attributions(doc: Doc) -> Doc:
    from .attribution import extract_attributions

    doc._.attributions = extract_attributions(doc, _structure(doc)._.structure)
    return doc


def _speakers(doc: Doc) -> Doc:
    from .speakers import resolve_speakers

    if doc._.entities is None:
        _entities(doc)
    resolve_speakers(doc, doc._.structure, doc._.attributions or [], doc._.entities)
    return doc


def _amounts(doc: Doc) -> Doc:
    from .amounts import extract_amounts, extract_dates

    structure = _structure(doc)._.structure
    doc._.amounts = extract_amounts(doc, structure, doc._.attributions or [])
    doc._.dates = extract_dates(doc, structure)
    return doc


@Language.component("saidwhat_structure", assigns=["doc._.structure"])
def structure_component(doc: Doc) -> Doc:
    return _structure(doc)


@Language.component("saidwhat_entities", requires=["token.tag", "doc._.structure"],
                    assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    return _entities(doc)


@Language.component("saidwhat_attributions", requires=["token.dep", "token.tag"],
                    assigns=["doc._.attributions"])
def attributions_component(doc: Doc) -> Doc:
    return _attributions(doc)


@Language.component("saidwhat_speakers", requires=["doc._.attributions"],
                    assigns=["doc._.attributions"])
def speakers_component(doc: Doc) -> Doc:
    return _speakers(doc)


@Language.component("saidwhat_amounts", requires=["doc._.structure"],
                    assigns=["doc._.amounts", "doc._.dates"])
def amounts_component(doc: Doc) -> Doc:
    return _amounts(doc)


@Language.component("saidwhat", requires=["token.dep", "token.tag"],
                    assigns=["doc._.structure", "doc._.entities", "doc._.attributions",
                             "doc._.amounts", "doc._.dates"])
def saidwhat_component(doc: Doc) -> Doc:
    """All stages on a doc parsed by the user's pipeline."""
    from .pipeline import annotate

    return annotate(_structure(doc))
