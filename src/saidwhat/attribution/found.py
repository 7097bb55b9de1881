"""What the rules find before ids, kinds and nesting are settled."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Span


@dataclass
class Found:
    source: list[Span]
    cue: list[Span]
    content: list[Span]
    #: "direct" (a quotation), "clause" (reported clause), "headline", "qa"
    origin: str
    #: lowercase cue word ("said", "according", ":"), for the nesting filters
    cue_word: str = ""
    source_words: list[str] = field(default_factory=list)
    kind: str = "indirect"
