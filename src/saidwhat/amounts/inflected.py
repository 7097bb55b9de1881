"""Figures and dates in a language that inflects its units (Russian), by pattern.

The English figure grammar (``figures.py``) reads English words in English order; here
a figure is a number, an optional multiplier (``млрд``, ``тысяч``) and what it counts,
named by its lemma (``23 проекта``: ``проект``; ``8 млрд долларов``: USD; ``75%``:
percent), with the profile's words (``lang/ru/figures.py``, ``calendar.py``). A number
before a year word (``до 2026 года``) or a month (``14 марта``) is a date, not a figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc

from .. import lang
from ..lang.ru import morph
from ..model import Amount, Attribution, DateMention, Structure
from ..nlp import doc_text

_NUMBER = r"\d+(?:[  ]\d{3})*(?:[.,]\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w.,])(?P<low>{_NUMBER})(?:\s*[-–]\s*(?P<high>{_NUMBER}))?"
    r"(?:\s*(?P<mult>[а-яё]+)\.?)?(?:\s*(?P<pct>%))?")
_WORD = re.compile(r"\s*([^\W\d_]+)")


def _value(number: str) -> float:
    return float(number.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def _words_after(text: str, pos: int, end: int, n: int = 3) -> list[tuple[int, int, str]]:
    out = []
    while len(out) < n and (m := _WORD.match(text, pos, end)):
        out.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end()
    return out


def pattern_amounts(doc: Doc, structure: Structure,
                    attributions: list[Attribution]) -> list[Amount]:
    words, cal = lang.of(doc).figures, lang.of(doc).calendar
    months = cal.MONTHS
    text = doc_text(doc)
    out = []
    for block in structure.body_blocks:
        s, e = block.span
        for m in _FIGURE.finditer(text, s, e):
            end = m.end()
            unit, of = None, None
            scale = 1.0
            mult = m.group("mult")
            if mult and morph.lemma(mult) in words.MULTIPLIERS:
                scale = words.MULTIPLIERS[morph.lemma(mult)]
            elif mult:  # a word, not a multiplier: the figure ends at its number
                end = m.end("high") if m.group("high") else m.end("low")
            if m.group("pct") and (mult is None or scale != 1.0):
                unit = "percent"
            else:
                for ws, we, w in _words_after(text, end, e):
                    lemma = morph.lemma(w)
                    if lemma in cal.YEAR_WORDS or lemma in months:
                        unit = "date"
                        break
                    if lemma in words.CURRENCIES:
                        unit, end = words.CURRENCIES[lemma], we
                        break
                    if lemma in words.PERCENT_WORDS:
                        unit, end = "percent", we
                        break
                    if "NOUN" in morph.analyzer().parse(w)[0].tag:
                        unit, of, end = lemma, text[ws:we], we
                        break
            if unit == "date" or (unit is None and scale == 1.0 and not m.group("pct")):
                continue  # a year, a day of a month, or a bare number
            low = _value(m.group("low")) * scale
            value = [low, _value(m.group("high")) * scale] if m.group("high") else low
            out.append(Amount(span=(m.start(), end), text=text[m.start():end], value=value,
                              unit=unit, of=of))
    for a in out:
        holder = next((x for x in attributions
                       if any(cs <= a.span[0] < ce for cs, ce in x.content)), None)
        if holder is not None:
            a.attribution, a.speaker = holder.id, holder.speaker
    return out


_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]+)(?:\s+(\d{4}))?")


@functools.cache
def _patterns(calendar) -> tuple[re.Pattern, re.Pattern]:
    """A year (``в 2021-2022 годах``) and a weekday (``во вторник``), with the
    calendar's words."""
    years = "|".join(sorted(calendar.YEAR_WORDS, key=len, reverse=True))
    before = "|".join(calendar.WEEKDAY_PREPOSITIONS)
    return (re.compile(rf"(?<!\d)((?:19|20)\d{{2}})(?:\s*[-–]\s*((?:19|20)\d{{2}}))?\s+"
                       rf"(?:{years})"),
            re.compile(rf"\b(?:{before})\s+([^\W\d_]+)\b"))


def pattern_dates(doc: Doc, structure: Structure) -> list[DateMention]:
    """``14 марта`` (the publication's year, else none), ``в 2021-2022 годах``,
    ``во вторник`` (the latest such weekday up to the publication date)."""
    cal = lang.of(doc).calendar
    year_re, weekday_re = _patterns(cal)
    text = doc_text(doc)
    published = _iso(structure.published)
    out = []
    for block in structure.blocks:
        s, e = block.span
        for m in _DAY_MONTH.finditer(text, s, e):
            month = cal.MONTHS.get(morph.lemma(m.group(2)))
            if month is None:
                continue
            year = int(m.group(3)) if m.group(3) else (published.year if published else None)
            value = _safe_date(year, month, int(m.group(1)))
            out.append(DateMention((m.start(), m.end()), m.group(), value,
                                   relative=m.group(3) is None))
        for m in year_re.finditer(text, s, e):
            value = m.group(1) + (f"/{m.group(2)}" if m.group(2) else "")
            out.append(DateMention((m.start(), m.end(2) if m.group(2) else m.end(1)),
                                   text[m.start():m.end(2) if m.group(2) else m.end(1)],
                                   value))
        for m in weekday_re.finditer(text, s, e):
            day = cal.WEEKDAYS.get(morph.lemma(m.group(1)))
            if day is None:
                continue
            value = None
            if published is not None:
                back = (published.weekday() - day) % 7
                value = (published - dt.timedelta(days=back)).isoformat()
            out.append(DateMention((m.start(), m.end()), m.group(), value, relative=True))
    return sorted(out, key=lambda d: d.span)


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _safe_date(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
