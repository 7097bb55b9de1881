"""The Russian profile (see ``saidwhat.lang``).

Russian has no spaCy model that installs offline; it runs on natasha's components
instead (``model.py``: slovnet's Universal Dependencies parser, morphology tagger and
NER over navec embeddings, MIT, the weights inside the ``natasha`` wheel) and pymorphy3
for lemmas and case forms (``morph.py``). Its grammar is Universal Dependencies, so its
attributions come from the UD rules (``attribution/ud.py``) and its speakers from the
case-aware resolver (``speakers/inflected.py``). Install: ``pip install 'saidwhat[ru]'``.
"""

from __future__ import annotations

from .. import Profile
from . import calendar, cues, entities, figures, structure, syntax, text
from .model import load_model

PROFILE = Profile(
    code="ru",
    name="Russian",
    model="natasha (slovnet syntax, morphology and NER; navec)",
    model_install="pip install 'saidwhat[ru]'",
    cues=cues,
    structure=structure,
    entities=entities,
    figures=figures,
    calendar=calendar,
    text=text,
    syntax=syntax,
    quote_marks=text.QUOTE_MARKS,
    load_model=load_model,
)
