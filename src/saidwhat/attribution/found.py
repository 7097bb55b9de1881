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
    #: the construction that found it (one of ``RULES``), carried to the JSON
    rule: str = ""


#: The constructions an attribution can be found by (``Attribution.rule``).
RULES = (
    "quotation-cue-after",    # "...," she said.
    "quotation-cue-before",   # She said: "..."
    "quotation-medium",       # told CNN: "..."
    "quotation-credit",       # "..." ― Sonya Herridge
    "qa-answer",              # an interview's answer after its speaker label
    "headline-colon",         # Russian ambassador: ...
    "headline-verb",          # Bank holds rates, warns of ...
    "verb-clause",            # said (that) ...
    "verb-infinitive",        # vowed to ...
    "verb-object",            # praised Lee for her work, cited his remarks
    "content-before-cue",     # ..., the ambassador added.
    "parenthetical-cue",      # The fees, she argued, hit ...
    "inverted-source",        # ..., said Christine Link.
    "as-clause",              # As the ambassador noted, ...
    "according-to",           # according to X, ...
    "passive",                # it is expected that ..., is said to ...
    "prepositional-frame",    # talked about X, his criticism of X
    "nominal-cue",            # his claim that ..., her refusal to ...
    "hearsay-adverb",         # reportedly ...
    "evidential-verb",        # seems to ..., it appears that ...
)
