"""Figures in the body text: value, unit, what they measure, who stated them.

Regular expressions over the text find the numbers (numerals, number words, fractions,
scale words, currencies, units); the dependency parse, where the paragraph was parsed,
says what a figure measures. Dates, clock times, years, ordinals, phone numbers and
labels (``Section 5``, ``Boeing 737``) are not amounts. See ``lexicon`` for the units.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Amount, Attribution, Structure
from ..nlp import doc_text, is_parsed
# The figure grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en import cues
from ..lang.en import syntax as syn
from ..lang.en import figures as lx
from .scan import alternation
from .dates import FOUND_KEY, _parse_iso, find_dates
from .scan import Words, matches_at

_NUM_WORDS = alternation(
    [f"{t}-{u}" for t in lx.TENS for u in list(lx.SMALL)[1:10]]
    + list(lx.TENS) + list(lx.SMALL))
_SCALE_SPACED = alternation(lx.SPACED_SCALES)
#: Words that start or end every number the stage reads (tried only around these).
_NUMBER_WORDS = frozenset(list(lx.SMALL) + list(lx.TENS) + ["hundred", "thousand", "dozen"])

_CODES = r"(?-i:" + "|".join(lx.CURRENCY_CODES) + r")"
#: One number, with a currency before it and a scale after it.
_NUMBER = re.compile(
    r"(?P<cur>(?:" + alternation(lx.CURRENCY_PREFIX) + r"|\b" + _CODES + r")\s?)?"
    r"(?:(?<![A-Za-z_.,/\d])(?<![A-Za-z]-)(?<!(?:19|20)\d\d[-–])"  # not Kambarata-1, 2024-25
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>\b(?:" + _NUM_WORDS + r"|a(?=\s+(?:hundred|thousand|dozen)\b))\b))"
    r"(?:(?:\s+|-)(?P<scale>" + _SCALE_SPACED + r")\b"
    r"|(?P<glued>bn|mn|mln|m|k|tn)(?![\w]))?"
    r"(?:\s+(?P<scale2>million|billion|trillion)\b)?"
    r"(?!\d)",
    re.IGNORECASE)
#: What may follow a number: a measure or a currency (``-`` for ``1,344-kilometer``).
_SUFFIX = re.compile(
    r"(?P<sep>\s?-\s?|\s*)(?P<unit>" + alternation(lx.MEASURES) + r")(?![\w-])"
    r"|\s+(?P<money>" + alternation(lx.CURRENCY_WORDS) + r"|" + _CODES + r")(?![\w])",
    re.IGNORECASE)
_RATE = re.compile(r"\)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:a|an|per|each)\s+(?P<base>"
                   + alternation(lx.RATE_BASES) + r")\b"
                   r"(?!\s+(?:earlier|ago|later|before|after|on|from)\b)", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four)[\s-](?P<f>half|thirds?|quarters?|fifths?|tenth)"
    r"|(?P<half>half)(?=\s+(?:of|the|its|their|his|her|our|a|an|all)\b))\b",
    re.IGNORECASE)
_RATIO = re.compile(r"\b(?P<a>\d{1,3}|" + _NUM_WORDS + r")\s+(?:in|out\s+of)\s+"
                    r"(?P<b>\d{1,4}|" + _NUM_WORDS + r")\b(?!\s*(?:%|percent))",
                    re.IGNORECASE)
_MULTIPLE = re.compile(r"\b(?:(?P<n>" + _NUM_WORDS + r")-?fold|(?P<v>doubled|tripled|"
                       r"quadrupled))\b", re.IGNORECASE)
_FRACTION_WORDS = frozenset(lx.FRACTIONS)
_MULTIPLE_WORDS = frozenset([w + "fold" for w in _NUMBER_WORDS]
                            + ["fold", "doubled", "tripled", "quadrupled"])
_MANY_WORDS = frozenset(("dozens", "hundreds", "thousands", "millions", "billions"))
_MANY = re.compile(r"\b(?P<w>dozens|hundreds|thousands|millions|billions)(?=\s+of\b)",
                   re.IGNORECASE)
_DURATION_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2}):(\d{2})(?![\d:])")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\b|GMT|UTC|CET|local)?"
                    r"|\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\.?\b|GMT|UTC|CET)"
                    r"|\b\d{4}\s+(?:GMT|UTC|CET|local time)\b|\b\d{1,2}\s*[ap]\.?m\.?\b",
                    re.IGNORECASE)
_PHONE = re.compile(r"\+\d[\d ().-]{6,}\d|\(\d{3}\)\s?\d{3}[-.\s]\d{4}"
                    r"|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
_TIME_OF_DAY = re.compile(r"\s*(?:o['’]clock|in the (?:morning|afternoon|evening)|"
                          r"at night|[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_SENTENCE_EDGE = re.compile(r"(?:^|[.!?:;\"“”‘’'(\n])\s*$")
_VOTED = re.compile(r"\bvot(?:ed|es?|ing)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_FALL = re.compile(r"\b(?:" + "|".join(lx.FALL_WORDS) + r")(?:\s+(?:by|about|around|"
                   r"nearly|almost|some|roughly|as much as|more than|over|up to|an?))*"
                   r"\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_VERBISH = re.compile(r"(?:ed|ing|ly)$")
_PREV_WORD = re.compile(r"([\w.’']+)\s+$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z0-9][\w'’-]*)")
_AGE = re.compile(r"[A-Z][\w’'-]+,\s*$")
_APPROX = re.compile(r"(?:about|around|almost|nearly|roughly|some|approximately|over|"
                     r"under|more than|less than|up to|at least)\s+$", re.IGNORECASE)
_ARTICLE_UNITS = frozenset(("hour", "day", "week", "month", "year", "kilometer",
                            "kilometre", "mile", "meter", "metre"))
_ARTICLE_UNIT = re.compile(r"\ban?\s+(?P<u>hour|day|week|month|year|kilometer|kilometre|"
                           r"mile|meter|metre|dozen|hundred|thousand|million|billion)\b",
                           re.IGNORECASE)


_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)"
                        r"(?:\s+[\w-]+['’]s)?(?:\s+\d[\d,]*)?(?=\s)", re.IGNORECASE)
_FRACTION_CONTEXT = re.compile(r"(?:by|about|around|nearly|almost|barely|roughly|than|"
                               r"to|over|just|only|some|hold|own|lost|cut)\s+$",
                               re.IGNORECASE)


@dataclass
class _Figure:
    start: int
    end: int
    value: float | list[float] | None
    unit: str | None = None
    noun: tuple[int, int] | None = None  # the counted noun found after the number
    scale: float = 1.0  # the scale word written with it (1e9 for ``billion``)
    bare: bool = True  # nothing but the numeral: no unit, currency or scale


def extract_amounts(doc: Doc, structure: Structure,
                    attributions: list[Attribution]) -> list[Amount]:
    """Every figure in the body blocks, tied to the attribution whose content holds it."""
    text = doc_text(doc)
    published = _parse_iso(structure.published)
    dates_found = []
    out = []
    for block in structure.body_blocks:
        s, e = block.span
        figs, dates = _block_figures(text, s, e, published)
        dates_found.append([s, e, [[*d.span, d.text, d.value, d.relative] for d in dates]])
        for fig in figs:
            amount = Amount(span=(fig.start, fig.end), text=text[fig.start:fig.end],
                            value=_round(fig.value), unit=fig.unit)
            amount.of, head = _measured(doc, fig)
            amount.of = amount.of or _measured_by_text(text, fig, e)
            if amount.unit is None:
                amount.unit = (_noun_unit(text[slice(*fig.noun)]) if fig.noun
                               else _unit_from_head(head))
            rate = _RATE.match(text, fig.noun[1] if fig.noun else fig.end, e)
            while amount.unit and rate:
                amount.unit += " per " + rate.group("base").lower()
                rate = _RATE.match(text, rate.end(), e)
            out.append(amount)
    _link_attributions(out, attributions)
    doc.user_data[FOUND_KEY] = [structure.published, dates_found]  # for extract_dates
    return out


def _block_figures(text: str, s: int, e: int, published):
    """The figures of one block, and its date mentions (dates are not figures)."""
    words = Words(text, s, e)
    number_starts = words.near(_NUMBER_WORDS, 2, digits=True)  # 2: ``US $ 5``
    dates = find_dates(text, s, e, published, words)
    blocked = [m.span for m in dates]
    blocked += [m.span() for m in matches_at(_CLOCK, text, number_starts, e)]
    blocked += [m.span() for m in matches_at(_PHONE, text, number_starts, e)]
    figs: list[_Figure] = []
    for m in matches_at(_DURATION_CLOCK, text, number_starts, e):
        h, mi, se = (int(x) for x in m.groups())
        figs.append(_Figure(m.start(), m.end(), h * 3600 + mi * 60 + se, "seconds",
                            bare=False))
        blocked.append(m.span())
    for m in matches_at(_NUMBER, text, number_starts, e):
        if not _overlaps(m.span(), blocked):
            fig = _number(text, m, e)
            if fig is not None:
                figs.append(fig)
    wordy = _wordy_figures(text, s, e, words, number_starts, blocked)
    spans = [(f.start, f.end) for f in wordy]
    figs = [f for f in figs if not _overlaps((f.start, f.end), spans)] + wordy
    figs.sort(key=lambda f: f.start)
    figs = _merge_durations(text, _merge_ranges(text, figs))
    for fig in figs:
        _sign(text, fig, s)
    return figs, dates


def _number(text: str, m: re.Match, end: int) -> _Figure | None:
    """One numeral with what is written around it, or None when it is not an amount."""
    num, word, currency = m.group("num"), m.group("word"), m.group("cur")
    if num:
        value = lx.parse_number(num)
    else:
        value = 1 if word.lower() == "a" else lx.word_number(word)
    scales = [x for x in (m.group("scale"), m.group("glued"), m.group("scale2")) if x]
    unit = None
    if currency:
        currency = currency.strip()
        unit = lx.CURRENCY_PREFIX.get(currency) or currency.replace("RMB", "CNY")
    elif m.group("glued") and m.group("glued").lower() == "m":  # 400m: metres
        scales.remove(m.group("glued"))
        unit = "m"
    scale = 1.0
    for sc in scales:
        scale *= lx.SCALES[sc.lower()]
    fig = _Figure(m.start(), m.end(), value * scale, unit, scale=scale,
                  bare=not (unit or scales))
    sm = _SUFFIX.match(text, fig.end, end)
    if sm and fig.unit is None:
        written, sep = sm.group("unit"), sm.group("sep") or ""
        if written and not (sep == "" and written[0].isalpha() and len(written) > 3):
            fig.unit, factor = lx.MEASURES[_measure_key(written)]
            fig.value *= factor
            fig.end, fig.bare = sm.end(), False
        elif sm.group("money"):
            money = sm.group("money")
            fig.unit = lx.CURRENCY_WORDS.get(money.lower(), money.replace("RMB", "CNY"))
            fig.end, fig.bare = sm.end(), False
    if fig.end < end and text[fig.end].isalpha():
        return None  # 34th, 5G: an ordinal or a name
    if fig.bare and (not num and word.lower() == "one" or _is_label(text, fig, end)
                     or _TIME_OF_DAY.match(text, fig.end, end)):
        return None
    if fig.unit is None:
        if _AGE.search(text[max(0, fig.start - 40):fig.start]) and _COMMA_OR_PAREN.match(
                text, fig.end, end):
            fig.unit = "years"  # Gareth Hughes, 67, ...
        else:
            fig.noun = _counted_noun(text, fig.end, end)
    return fig


def _measure_key(written: str) -> str:
    if written in lx.MEASURES:
        return written
    low = written.lower()
    return low if low in lx.MEASURES else next(k for k in lx.MEASURES if k.lower() == low)


#: A hyphenated code right before a number: "787-" of "787-9", "F-" of "F-16".
_CODE_BEFORE = re.compile(r"(?:(\S+)[ \t]+)?\b(\w+)-$")


def _is_label_word(before: str, at: int) -> bool:
    """The word at ``at`` of ``before`` is capitalised and does not start a sentence."""
    if at < 0:
        return False
    return before[at:at + 1].isupper() and not _SENTENCE_EDGE.search(before[:at])


def _is_label(text: str, fig: _Figure, end: int) -> bool:
    """A year, or a number naming something (``Section 5``, ``Boeing 737``)."""
    if _YEAR.fullmatch(text[fig.start:fig.end]):
        return True
    before = text[max(0, fig.start - 40):fig.start]
    code = _CODE_BEFORE.search(before)
    if code and (not code.group(2).isdigit() or _is_label_word(before, code.start(1))):
        return True  # the end of a model number: "F-16", "Boeing 787-9" (not 10-15)
    prev = _PREV_WORD.search(before)
    if not prev:
        return False
    word = prev.group(1)
    if word.lower() in lx.DESIGNATORS:  # ``District. 5`` ends a sentence: not a label
        return True
    # a capitalised word just before, not starting the sentence: a name's number
    return word[0].isupper() and not _SENTENCE_EDGE.search(before[:prev.start(1)])


def _counted_noun(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The noun after a number (``14 new stores``, ``Three of the attackers``)."""
    m = _PARTITIVE.match(text, pos, end)
    if m:
        pos = m.end()
    words: list[tuple[int, int]] = []
    j = pos
    for n in range(4):
        w = _NEXT_WORD.match(text, j, end)
        if not w:
            break
        token = w.group(1).rstrip("’'")
        low = token.lower()
        if low in lx.STOP_WORDS or (token[0].isupper() and not any(
                c.isdigit() for c in token)) or _VERBISH.search(low) and (
                n or low.endswith("ed")):
            break
        if re.fullmatch(r"[a-z][a-z-]*", low):
            words.append((w.start(1), w.start(1) + len(token)))
        j = w.end()
        if text[j:j + 1] and not text[j].isspace():
            break
    # the head is the last plural word (``four branch libraries open``), else the last
    plural = [w for w in words if text[w[1] - 1] == "s"
              or text[slice(*w)].lower() in lx.IRREGULAR_PLURALS]
    return (plural or words or [None])[-1]


def _wordy_figures(text: str, s: int, e: int, words: Words, number_starts: list[int],
                   blocked: list) -> list[_Figure]:
    """Fractions (``a third``), ratios (``one in five``), multiples (``tenfold``),
    ``thousands of``, and ``about an hour``; they win over the numbers inside them."""
    out: list[_Figure] = []
    for m in matches_at(_FRACTION, text, words.near(_FRACTION_WORDS, 1), e):
        before = text[max(s, m.start() - 16):m.start()]
        if m.group("half"):
            if re.search(r"(?:first|second|and a|one and)\s*$", before, re.IGNORECASE):
                continue
            value = 50.0
        else:
            n, f = m.group("n").lower(), m.group("f").lower()
            if not (_OF_OR_STOP.match(text, m.end(), e)
                    or _FRACTION_CONTEXT.search(before)):
                continue  # a third country, a quarter final
            k = 1 if n in ("a", "one") else lx.SMALL[n]
            value = round(100 * k / lx.FRACTIONS[f], 1)
        out.append(_Figure(m.start(), m.end(), value, "percent", bare=False))
    for m in matches_at(_RATIO, text, number_starts, e):
        a, b = lx.parse_number(m.group("a")), lx.parse_number(m.group("b"))
        if a and b and a < b and not _YEAR.fullmatch(m.group("b")):
            out.append(_Figure(m.start(), m.end(), round(100 * a / b, 1), "percent",
                               bare=False))
    for m in matches_at(_MULTIPLE, text, words.near(_MULTIPLE_WORDS, 2), e):
        value = (lx.word_number(m.group("n")) if m.group("n")
                 else {"doubled": 2, "tripled": 3, "quadrupled": 4}[m.group("v").lower()])
        if value:
            out.append(_Figure(m.start(), m.end(), value, "times", bare=False))
    for m in matches_at(_MANY, text, words.near(_MANY_WORDS, 0), e):
        noun = _counted_noun(text, m.end() + 3, e)  # past `` of``
        out.append(_Figure(m.start(), m.end(), lx.SCALES[m.group("w").lower()[:-1]],
                           noun=noun, bare=False))
    for m in matches_at(_ARTICLE_UNIT, text, words.near(_ARTICLE_UNITS, 1), e):
        word = m.group("u").lower()
        if word in lx.SCALES or not _APPROX.search(text[max(s, m.start() - 20):m.start()]):
            continue  # ``a thousand`` is read as a number
        unit, factor = lx.MEASURES[word]
        out.append(_Figure(m.start(), m.end(), factor, unit, bare=False))
    return [f for f in out if not _overlaps((f.start, f.end), blocked)]


def _merge_ranges(text: str, figs: list[_Figure]) -> list[_Figure]:
    """``20-25%``, ``$3.2-3.5 billion``, ``between 5 and 12``, ``from seven to four``,
    ``two to three days``: one figure with value ``[first, second]`` as written."""
    out: list[_Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        if prev is not None and _range_pair(text, prev, fig):
            low = prev.value * (fig.scale if prev.scale == 1 else 1)
            prev.value = [low, fig.value]
            prev.unit = prev.unit or fig.unit
            prev.noun = prev.noun or fig.noun
            prev.end, prev.bare = fig.end, prev.bare and fig.bare
            if prev.unit is None and _VOTED.search(text[max(0, prev.start - 12):prev.start]):
                prev.unit = "votes"  # voted 5-2
            continue
        out.append(fig)
    return out


def _range_pair(text: str, a: _Figure, b: _Figure) -> bool:
    if isinstance(a.value, list) or a.value is None or b.value is None:
        return False
    if not (a.unit is None or b.unit is None or a.unit == b.unit) or (a.noun and b.noun):
        return False
    glue = text[a.noun[1] if a.noun else a.end:b.start]
    word = glue.strip().lower()
    if word in ("-", "–", "—"):
        return len(glue) == 1 or word != "-"
    if word == "to":
        return glue.startswith(" ") and glue.endswith(" ")
    return word == "and" and bool(_BETWEEN.search(text[max(0, a.start - 10):a.start]))


def _merge_durations(text: str, figs: list[_Figure]) -> list[_Figure]:
    """``2 hours, 18 minutes, 52 seconds`` -> 8332 seconds."""
    out: list[_Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit in lx.TIME_UNITS and fig.unit in lx.TIME_UNITS
                and not isinstance(prev.value, list) and not isinstance(fig.value, list)
                and lx.TIME_UNITS[fig.unit] < lx.TIME_UNITS[prev.unit]
                and re.fullmatch(r",?\s*(?:and\s+)?", text[prev.end:fig.start])):
            seconds = prev.value * lx.TIME_UNITS[prev.unit] + fig.value * \
                lx.TIME_UNITS[fig.unit]
            prev.value = seconds / lx.TIME_UNITS[fig.unit]
            prev.unit, prev.end = fig.unit, fig.end
            continue
        out.append(fig)
    return out


def _sign(text: str, fig: _Figure, block_start: int) -> None:
    """A percentage that measures a fall (``fell 6%``, ``down by a third``) is negative."""
    if fig.unit != "percent" or isinstance(fig.value, list):
        return
    before = text[max(block_start, fig.start - 40):fig.start]
    if _FALL.search(before):
        fig.value = -fig.value


def _measured(doc: Doc, fig: _Figure):
    """What the figure measures, from the parse: the noun it counts, the noun whose
    ``of`` phrase it is, the ``of`` phrase it heads, or the subject of its clause.
    Returns (phrase, its head token); (None, None) without a parse."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not len(span) or not is_parsed(span[0]):
        return None, None
    root = span.root
    own = set(range(span.start, span.end))
    if fig.noun:
        noun = doc.char_span(*fig.noun, alignment_mode="expand")
        if noun is not None and len(noun):
            return _phrase(noun.root, with_prep=True, skip=own), None
    for child in root.children:
        if child.dep_ == syn.PREPOSITION and child.lower_ in ("of", "in", "for") and (
                child.lower_ == "of" or fig.unit in lx.CURRENCY_CODES_SET):
            # 62% of exports; $1.2 billion in new loans; £250m for repairs
            objs = [c for c in child.children if c.dep_ == syn.PREP_OBJECT
                    and c.tag_ not in (syn.NUMERAL, syn.PERSONAL_PRONOUN) and not c.like_num]
            if objs:
                return _phrase(objs[0], with_prep=True), objs[0]
    head = root.head
    if root.dep_ == syn.PREP_OBJECT and head.lower_ == "of" and syn.is_noun(head.head.tag_):
        return _phrase(head.head, with_prep=False), head.head
    if root.dep_ in (syn.NUMBER, syn.ADJ_MODIFIER, syn.COMPOUND, syn.QUANTIFIER) and \
            syn.is_noun(head.tag_) \
                    and head.lower_ not in lx.RATE_BASES:  # not ``a tonne`` of a price
        return _phrase(head, with_prep=True, skip=own), head
    verb = head
    while verb.dep_ in (syn.PREPOSITION, syn.PREP_OBJECT, syn.ADVERB, syn.NOUN_ADVERBIAL,
                        syn.OBJECT, syn.ATTRIBUTE, syn.CONJUNCT, syn.APPOSITION,
                        syn.PREP_CLAUSE, syn.OPEN_CLAUSE) and not syn.is_verb(verb.tag_):
        verb = verb.head
        if verb.head == verb:
            break
    for v in (verb, verb.head):
        subj = [c for c in v.children if c.dep_ in (syn.SUBJECT, syn.PASSIVE_SUBJECT)]
        if v.lower_ in cues.REPORTING_FORMS and subj and subj[0].dep_ == syn.SUBJECT:
            break  # its subject is the speaker, not what the figure measures
        if subj and subj[0].tag_ not in (*syn.PRONOUNS, syn.WH_DETERMINER, syn.EXISTENTIAL,
                                         syn.DETERMINER_TAG):
            return _phrase(subj[0], with_prep=True), subj[0]
        obj = [c for c in v.children if c.dep_ == syn.OBJECT and c.i not in own
               and c.tag_ not in (syn.PERSONAL_PRONOUN, syn.DETERMINER_TAG, syn.NUMERAL,
                                  syn.CURRENCY_SIGN) and not c.like_num]
        if obj:
            return _phrase(obj[0], with_prep=True), obj[0]
    return None, None


def _noun_unit(noun: str) -> str:
    """A counted noun as unit; currencies and measures in their normal form
    (``billions of euros`` -> ``EUR``)."""
    low = noun.lower()
    if low in lx.CURRENCY_WORDS:
        return lx.CURRENCY_WORDS[low]
    return lx.MEASURES[low][0] if low in lx.MEASURES else low


def _unit_from_head(head) -> str | None:
    """The unit of a bare number from what it measures: ``the number of internal
    approval stages`` -> ``stages``; ``branch hours`` -> ``hours``; ``Measles cases``."""
    if head is None:
        return None
    if head.lower_ in ("number", "count", "total"):
        objs = [o for c in head.children if c.dep_ == syn.PREPOSITION and c.lower_ == "of"
                for o in c.children if o.dep_ == syn.PREP_OBJECT]
        head = objs[0] if objs else None
        return head.lower_ if head is not None and head.tag_ == syn.PLURAL_NOUN else None
    if head.lower_ in lx.MEASURES:
        return lx.MEASURES[head.lower_][0]
    return head.lower_ if head.tag_ == syn.PLURAL_NOUN else None


def _phrase(tok, *, with_prep: bool, skip: set[int] | None = None) -> str | None:
    """A short phrase around noun ``tok``: its modifiers and first ``of/in`` phrase."""
    skip = skip or set()
    keep = [t for t in tok.lefts if t.dep_ in (syn.COMPOUND, syn.ADJ_MODIFIER, syn.POSSESSOR,
                                               syn.NOUN_MODIFIER, syn.NUMBER)
            and t.i not in skip]
    words = []
    for left in keep:
        words.extend(t for t in left.subtree if t.i not in skip)
    words.append(tok)
    if with_prep:
        preps = [c for c in tok.rights if c.dep_ == syn.PREPOSITION and c.lower_ in (
            "of", "in", "for", "on", "from", "to", "within", "at")]
        if preps:
            sub = list(preps[0].subtree)
            if len(sub) <= 10:
                words.extend(sub)
            else:
                words.extend(sub[:1] + [t for t in sub[1:] if t.head == preps[0]
                                         or t.head.head == preps[0]][:6])
    words = sorted({t.i: t for t in words if not t.is_punct or t.text in "-'’"}.values(),
                   key=lambda t: t.i)
    doc = tok.doc
    if not words:
        return None
    phrase = doc[words[0].i:words[-1].i + 1].text  # (doc.text is rebuilt per call)
    if len(phrase) > 120 or "\n" in phrase:
        phrase = " ".join(t.text for t in words)
    return phrase.strip() or None


def _measured_by_text(text: str, fig: _Figure, end: int) -> str | None:
    """Without a parse: the counted noun, or the ``of`` phrase after the figure."""
    if fig.noun:
        return text[slice(*fig.noun)]
    m = _OF_PHRASE.match(text, fig.end, end)
    return m.group(1).strip() if m else None


# Matched in place (pos, endpos), never on a slice to the block's end: a slice per
# figure made a long one-paragraph input quadratic.
_COMMA_OR_PAREN = re.compile(r"\s*[,)]")
_OF_OR_STOP = re.compile(r"\s+of\b|\s*[.,;]")
_OF_PHRASE = re.compile(
    r"\s+of\s+([^,.;:!?()\"“”\n]{2,60}?)(?=[,.;:!?()\"“”\n]|\s+(?:in|on|at|"
    r"by|from|to|and|was|were|is|are|has|have|had|will|would|which|that)\b|$)")


def _link_attributions(amounts: list[Amount], attributions: list[Attribution]) -> None:
    """Tie each amount to the innermost attribution whose content holds it.

    One sweep over content pieces and amounts in text order, keeping only the pieces
    open at the current amount: linear, where testing every pair was quadratic."""
    pieces = sorted(((s, e, att) for att in attributions for s, e in att.content),
                    key=lambda p: p[0])
    open_pieces: list[tuple[int, int, Attribution]] = []
    i = 0
    for amount in sorted(amounts, key=lambda a: a.span):
        start, end = amount.span
        while i < len(pieces) and pieces[i][0] <= start:
            open_pieces.append(pieces[i])
            i += 1
        open_pieces = [p for p in open_pieces if p[1] > start]
        holding = [p for p in open_pieces if p[1] >= end]
        if holding:
            att = min(holding, key=lambda p: p[1] - p[0])[2]
            amount.attribution = att.id
            amount.speaker = att.speaker


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


#: Figures beyond this magnitude keep their text but get no value: no news figure is
#: that large (world GDP is about 1e14 USD), and past it floats lose integer precision.
MAX_VALUE = 1e18


def _round(value):
    """A JSON-friendly value; None for what is not a sane finite number."""
    if isinstance(value, list):
        values = [_round(v) for v in value]
        return None if None in values else values
    if value is None:
        return None
    try:
        value = float(value)
    except OverflowError:
        return None
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        return None
    value = round(value, 6)
    return int(value) if value == int(value) else value
