"""What speaker rules read in a source phrase: English pronouns, determiners, the
patterns of spokespeople, press services, ages and documents, and the helpers that cut
a source into its core noun phrase, appositions and clauses."""

from __future__ import annotations

import functools
import re

# The speaker grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en.entities import lexicon

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p",
             "it": "n", "who": "rel", "which": "rel", "that": "rel", "we": "p", "i": "s"}
DETERMINERS = frozenset("the its his her their our my your this that these those".split())
INDEFINITE = frozenset("a an another one two three four five several some many few "
                        "most all other others".split())
#: data has no author to look for elsewhere in the article ("customs data showed")
DATA_NOUNS = frozenset("data figure statistic number".split())
PRESS_SERVICE = re.compile(r"^(?:the\s+)?press\s+(?:service|office)\s+of\s+(.+)$|"
                            r"^(.+?)['’]s?\s+press\s+(?:service|office)$", re.I)
#: who speaks for an owner: "his spokesman", "Calloway's office", "a council spokesperson"
VOICE = re.compile(r"^(?:(?:a|an|the)\s+)?(\S.*?)(?:['’]s?)?\s+(?:(?:chief|senior|official|"
                    r"press|private)\s+)?(?:spokes(?:man|woman|person)|office|"
                    r"spokespeople)$", re.I)
AGE_NOUN = re.compile(r"^the\s+(\d{1,3})-year-old$", re.I)
POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}
LEAD_AUTHOR = re.compile(r"\b(?:lead|principal|senior)\s+(?:author|investigator|"
                          r"researcher|scientist)s?\b", re.I)
#: how many earlier attributions a pronoun, role noun or document may reach back to
HISTORY = 40
PHRASE_END = re.compile(r"[,.;:\n]|\s(?:for|on|in|at|to|with|and|said|says)\s")
#: a medium fronted before the source: "In her judgment, ...", "In a memo to staff, ..."
MEDIUM = re.compile(r"\b(?:in|from)\s+(?:a|an|the|her|his|its|their)\s+")


@functools.lru_cache(maxsize=1)
def company_apposition() -> re.Pattern:
    """', the furniture maker', ', which ...' after a name: a business."""
    words = "|".join(sorted(lexicon().class_words["company"]))
    return re.compile(rf"^(?:,[ \t]*(?:a|an|the)\b[^,.;]{{0,60}}?\b(?:{words})\b|"
                      r",[ \t]*which\b)", re.I)


PREPOSITIONS = frozenset("of for at in from by with on to near about under over".split())
#: what a country's name stands in for: "the Uzbek side", "the Mongolian government"
GOVERNMENT = frozenset("government side authorities administration leadership state "
                        "cabinet kremlin".split())


def pieces(text: str, start: int) -> list[tuple[int, int]]:
    """The source cut at commas: core noun phrase, then appositions and clauses."""
    out, pos = [], 0
    for m in re.finditer(r",\s*|\s+(?=(?:who|which|whose)\b)", text):
        if m.start() > pos:
            out.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((start + pos, start + len(text)))
    return out or [(start, start + len(text))]


def head_noun(np: str) -> str | None:
    """The head word of a noun phrase: the last word before a preposition, a clause
    ('who ...', 'the company shared') or a participle ('a report published by')."""
    words = list(re.finditer(r"[\w\-’']+", np))
    head = None
    for w in words:
        lw = w.group().lower()
        if lw in PREPOSITIONS or lw in ("who", "which", "that", "whose"):
            if head is not None:
                break
            continue
        if head is not None and (lw in DETERMINERS or re.fullmatch(
                r"[a-z]{3,}(?:ed|en)|seen|made|held|led|known|set|put|sent|shared", lw)):
            break
        head = w
    if head is None:
        return None
    return re.sub(r"['’]s$", "", head.group())


def core_np(core: str) -> str:
    return core.strip(" ,;:")
