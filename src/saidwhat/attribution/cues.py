"""Cue lexicon: the words that mark an attribution."""

from __future__ import annotations

import re

SPEECH_VERBS = {
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted",
    "notes", "stressed", "stresses", "stated", "states", "warned", "warns", "urged",
    "believes", "believe", "announced", "announces", "wrote", "writes", "reads",
    "according", "claimed", "claims", "argued", "argues", "explained", "insisted",
    "summarized", "emphasized", "reported", "expects", "expected",
}
_TRIGGER = re.compile(r"[\"“”«»‘’:]|\b(" + "|".join(sorted(SPEECH_VERBS)) + r")\b", re.I)


def might_contain_attribution(text: str) -> bool:
    """Cheap test before parsing: could this paragraph hold an attribution?"""
    return _TRIGGER.search(text) is not None
