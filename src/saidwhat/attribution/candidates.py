"""The cheap test before parsing: could this sentence hold an attribution?"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import Profile

_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _marks(profile: Profile) -> re.Pattern:
    """Quotation marks, a colon, or an apostrophe opening a single-quoted quotation."""
    q = profile.quote_marks
    others = q.doubles + q.single_open + q.single_close
    return re.compile("[" + re.escape(others + ":") + "]|(?<!\\w)" + re.escape(q.single_either))


@functools.cache
def _triggers(profile: Profile) -> frozenset[str]:
    return profile.cues.RULE_WORDS - profile.cues.WEAK_TRIGGERS


def might_contain_attribution(text: str, profile: Profile) -> bool:
    """High recall on purpose (a quotation mark, a colon or any cue word form); the
    sentences it rejects are never parsed, which is where most of the speed comes from.
    Words are looked up in a set: one regex alternation of every cue form, tried at
    every position, cost a fifth of the parse.
    """
    if _marks(profile).search(text):
        return True
    words = _WORD.findall(text.lower())
    if not _triggers(profile).isdisjoint(words):
        return True
    # "Polls show ...", "records compiled by the commission show ...": a document noun
    # anywhere before a weak document verb
    cues = profile.cues
    if any(w in cues.WEAK_TRIGGER_PARTNERS and nxt in cues.WEAK_TRIGGER_PARTNERS[w]
           for w, nxt in zip(words, words[1:])):
        return True
    noun_at = next((i for i, w in enumerate(words) if w in cues.DOCUMENT_NOUNS), None)
    return noun_at is not None and not cues.DOCUMENT_VERBS_WEAK.isdisjoint(words[noun_at + 1:])
