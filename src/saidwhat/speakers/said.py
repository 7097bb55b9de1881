"""A decision of the speaker passes: who a source is, and the evidence for it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..entities import EntityInfo
from ..model import Attribution


@dataclass
class Said:
    """A resolved attribution, as later pronouns and role nouns see it."""

    start: int
    end: int
    name: str
    info: EntityInfo | None
    kind: str  # person | organization | country | group
    gender: str | None = None
    nested: bool = False
    #: the source was a document (memo, report) and this is its author
    via_document: bool = False
    cue: str = ""
    #: the pass that decided (``speaker_evidence``'s rule)
    rule: str | None = None


def decided(said: Said | None, rule: str) -> Said | None:
    """``said`` as decided by pass ``rule`` (a copy: earlier decisions stay as made).
    The outermost pass names the decision: ``his spokesman`` is ``spokesperson``, though
    it went through ``pronoun``."""
    return None if said is None else replace(said, rule=rule)


def anchor(att: Attribution) -> int:
    spans = att.source or att.cue or att.content
    return spans[0][0] if spans else 0
