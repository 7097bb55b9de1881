"""Helpers: run the amounts and dates stages on a snippet without the whole pipeline."""

from __future__ import annotations

import pytest

from saidwhat.amounts import extract_amounts, extract_dates
from saidwhat.model import Attribution, Block, Structure
from saidwhat.nlp import load_model


def _doc_and_structure(text: str, published: str | None, labels=None):
    doc = load_model().make_doc(text)
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    labels = labels or ["body"] * len(spans)
    structure = Structure(blocks=[Block(s, lab) for s, lab in zip(spans, labels)],
                          published=published)
    return doc, structure


@pytest.fixture
def amounts_of():
    """amounts_of(text, attributions=(), labels=None) -> list[Amount]; blocks are the
    blank-line separated paragraphs, all body unless ``labels`` say otherwise."""
    def run(text: str, attributions: list[Attribution] = (), labels=None):
        doc, structure = _doc_and_structure(text, "2024-03-14", labels)
        return extract_amounts(doc, structure, list(attributions))
    return run


@pytest.fixture
def dates_of():
    """dates_of(text, published) -> list[DateMention]."""
    def run(text: str, published: str | None = "2022-10-18", labels=None):
        doc, structure = _doc_and_structure(text, published, labels)
        return extract_dates(doc, structure)
    return run
