"""Language profiles: everything a language brings, in one place per language.

A profile holds the word lists and verb frames the rules match (``cues``), the
structure stage's lists (``structure``: wires, boilerplate), entity lexicons
(``entities``: titles, roles, countries, first names), number and unit words
(``figures``), month and weekday names (``calendar``), abbreviations and quotation
marks (``text``), the model to load and the map from the model's labels to the
grammatical roles the rules ask for (``syntax``). Rules never test a literal word or
label: they ask the profile of the doc they work on (``of(doc)``), the habit of
textacy's ``constants.REPORTING_VERBS[doc.lang_]``.

Profiles are imported on first use, so a language costs nothing until an article in
it is read. An unknown code is a one-line ``UnsupportedLanguage`` naming the
supported ones.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Callable

from ..errors import SaidwhatError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..text.quotes import QuoteMarks

#: Language codes with a profile (ISO 639-1), in the order they were added.
SUPPORTED = ("en", "ru")


class UnsupportedLanguage(SaidwhatError):
    def __init__(self, code: str):
        self.code = code
        super().__init__(f"no language profile for {code!r}; supported: "
                         + ", ".join(SUPPORTED))


@dataclass(frozen=True, eq=False)  # one object per language: identity is equality
class Profile:
    code: str  #: ISO 639-1, as spaCy's ``doc.lang_``
    name: str
    #: the spaCy package to load, and how to install it when it is missing
    model: str
    model_install: str
    cues: ModuleType
    structure: ModuleType
    entities: ModuleType
    figures: ModuleType
    calendar: ModuleType
    text: ModuleType
    syntax: ModuleType
    quote_marks: QuoteMarks
    #: builds the pipeline when the model is not a spaCy package (Russian's slovnet)
    load_model: Callable | None = None


@functools.cache
def get(code: str) -> Profile:
    """The profile of a language code; ``UnsupportedLanguage`` if there is none."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code)
    return importlib.import_module(f"{__name__}.{code}").PROFILE


#: vocabulary -> profile: asking a vocabulary its language is a call into spaCy, and
#: every rule asks (a model's vocabulary lives as long as the model)
_BY_VOCAB: dict = {}


def of(doc: Doc) -> Profile:
    """The profile of the language a doc was made in (its vocabulary's language)."""
    profile = _BY_VOCAB.get(doc.vocab)
    if profile is None:
        profile = _BY_VOCAB[doc.vocab] = get(doc.lang_)
    return profile
