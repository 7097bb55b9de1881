"""Russian morphology through pymorphy3: lemmas, paradigms, nominative forms.

pymorphy3, not pymorphy2 (which natasha's own lemmatiser imports): pymorphy2 breaks on
Python 3.11. The analyser is loaded once per process, on first use.
"""

from __future__ import annotations

import functools


@functools.cache
def analyzer():
    try:
        import pymorphy3
    except ImportError:  # the [ru] extra is not installed
        from ...errors import SaidwhatError

        raise SaidwhatError("Russian needs pymorphy3 and natasha's models; run: "
                            "pip install 'saidwhat[ru]'") from None
    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The most likely lemma of a word form, lowercase (``заявила`` -> ``заявить``)."""
    return analyzer().parse(word.lower())[0].normal_form


@functools.lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma a form may have (``уверена``: ``уверенный``)."""
    return frozenset(p.normal_form for p in analyzer().parse(word.lower()))


def paradigm(word: str) -> set[str]:
    """Every form of every word the dictionary reads ``word`` as, lowercase."""
    out = {word}
    for p in analyzer().parse(word):
        if p.normal_form == word or p.normal_form.replace("ё", "е") == word.replace("ё", "е"):
            out.update(f.word for f in p.lexeme)
    return out | {w.replace("ё", "е") for w in out}


_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
          "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn"}


def nominative(word: str, *, case: str | None = None, gender: str | None = None,
               name_part: str | None = None, number: str | None = None) -> str:
    """``word`` in the nominative singular, written as given (``Савиной`` ->
    ``Савина`` for a woman, ``Семенцову`` -> ``Семенцов``). ``case`` and ``gender`` are
    the parser's (UD: ``Gen``, ``Fem``), and pick among pymorphy3's readings;
    ``name_part``: ``Name``, ``Surn`` or ``Patr`` when the word is part of a person's
    name; ``number="sing"`` makes a plural singular. A word already nominative (and of
    that number), or not in the dictionary, is returned as it is."""
    if case == "Nom" and number is None:
        return word
    if "-" in word:  # the last part declines (``пресс-службы`` -> ``пресс-служба``),
        # each part of a double surname (``Римского-Корсакова``)
        head, _, last = word.rpartition("-")
        if not last or not head:
            return word
        if name_part == "Surn":
            head = nominative(head, case=case, gender=gender, name_part=name_part)
        return head + "-" + nominative(last, case=case, gender=gender, name_part=name_part,
                                       number=number)
    parses = analyzer().parse(word)
    if not parses:
        return word

    def fits(p) -> int:
        t = p.tag
        return ((name_part is not None and name_part in t) * 4
                + (case is not None and _CASES.get(case) in t) * 2
                + (gender is not None and _GENDERS.get(gender) in t)
                + ("NOUN" in t))

    if name_part == "Surn" and not any("Surn" in p.tag for p in parses):
        # a surname the dictionary does not know (it reads ``Сомову`` as a fish)
        return _surname_nominative(word, case, gender)
    best = max(parses, key=fits)
    if "nomn" in best.tag and (case is None or case == "Nom") and number is None:
        return word
    want = {"nomn", "sing"} if number is None or "plur" not in best.tag or number == "sing" \
        else {"nomn", "plur"}
    if gender in _GENDERS and name_part in ("Surn", "Patr"):
        want.add(_GENDERS[gender])
    form = best.inflect(want) or best.inflect({"nomn"})
    if form is None:
        return word
    out = form.word
    if "ё" not in word.lower():  # the dictionary writes ё; keep the article's е
        out = out.replace("ё", "е")
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


#: a surname's oblique endings -> its nominative ending, by gender (the common
#: patterns: -ов/-ев/-ин, -ский/-цкий; others are left as written)
_SURNAME_ENDINGS = {
    "Masc": (("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
             ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
             ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ыным", "ын"),
             ("ова", "ов"), ("ову", "ов"), ("ове", "ов"), ("ева", "ев"), ("еву", "ев"),
             ("еве", "ев"), ("ина", "ин"), ("ину", "ин"), ("ине", "ин"), ("ына", "ын"),
             ("ыну", "ын"), ("ыне", "ын")),
    "Fem": (("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
            ("овой", "ова"), ("ову", "ова"), ("евой", "ева"), ("еву", "ева"),
            ("иной", "ина"), ("ину", "ина"), ("ыной", "ына"), ("ыну", "ына")),
}


def _surname_nominative(word: str, case: str | None, gender: str | None) -> str:
    if case in (None, "Nom"):
        return word
    for ending, nominative_ending in _SURNAME_ENDINGS.get(gender or "Masc", ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            return word[:-len(ending)] + nominative_ending
    return word
