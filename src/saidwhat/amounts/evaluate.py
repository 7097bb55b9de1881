"""Scoring figures and dates against gold records (their ``amounts`` and ``dates``).

Gold amounts and dates carry text, not spans. A gold item is *found* when a predicted
item's span overlaps an occurrence of its text in the article. A found amount is
*right* when one overlapping prediction has the same value (1% tolerance; ranges
element by element) and the same head unit: units are compared after dropping rates and
notes (``tonnes per year`` -> ``tonnes``, ``KZT per tonne (equivalent)`` -> ``KZT``),
mapping spellings to the stage's canonical names (``kilometers`` -> ``km``), and taking
the last word without a plural ``s`` (``large-scale projects`` -> ``project``). A gold
date is *relative* when it needs the publication date to be read: no four-digit year in
its text and not the publication line itself; it is *resolved* when an overlapping
prediction has exactly the gold value. Speaker accuracy (for information: the speaker
comes from the attribution and speaker stages) counts found amounts whose gold names a
speaker and one overlapping prediction names the same one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang.en import figures as lx  # the figure grammar's words (see figures.py)

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def head_unit(unit: str | None) -> str | None:
    """The comparable head of a unit: ``tonnes per year`` -> ``tonne``."""
    if not unit:
        return None
    u = re.sub(r"\(.*?\)", "", unit).split(";")[0]
    u = re.split(r"\s+per\s+", u)[0].strip()
    low = u.lower()
    if low in lx.CURRENCY_WORDS:
        return lx.CURRENCY_WORDS[low]
    if u.upper() in lx.CURRENCY_CODES:
        return u.upper()
    for form, (canon, _) in lx.MEASURES.items():
        if low == form.lower():
            u = canon
            break
    last = u.split()[-1] if u.split() else u
    if last.isupper():
        return last
    last = last.lower()
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


def same_value(gold, pred) -> bool:
    if isinstance(gold, list) or isinstance(pred, list):
        if not (isinstance(gold, list) and isinstance(pred, list)) or len(gold) != len(pred):
            return False
        return all(same_value(g, p) for g, p in zip(gold, pred))
    if gold is None or pred is None:
        return gold is pred
    return abs(float(gold) - float(pred)) <= 0.01 * max(abs(float(gold)), 1e-9)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlapping(items: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    return [p for p in items
            if any(p["span"][0] < e and s < p["span"][1] for s, e in spans)]


def is_relative_gold_date(date: dict) -> bool:
    return date.get("role") != "published" and not _YEAR.search(date["text"])


def score_figures(gold: Iterable[dict], predicted: Iterable[dict]) -> dict:
    """Recall and value-and-unit accuracy of amounts; resolution of relative dates.

    ``predicted`` are ``Article.to_dict()`` records (matched to gold by ``id``)."""
    by_id = {p["id"]: p for p in predicted}
    n_amounts = found = right = n_spoken = speaker_right = 0
    n_rel = resolved = n_abs = abs_right = 0
    misses: list[str] = []
    for g in gold:
        p = by_id.get(g["id"], {})
        text = g["text"]
        for a in g.get("amounts", []):
            n_amounts += 1
            cands = _overlapping(p.get("amounts", []), _occurrences(text, a["text"]))
            if not cands:
                misses.append(f"{g['id']}: amount not found: {a['text']!r}")
                continue
            found += 1
            if a.get("speaker"):
                n_spoken += 1
                speaker_right += any((c.get("speaker") or "").lower() == a["speaker"].lower()
                                     for c in cands)
            if any(same_value(a["value"], c["value"])
                   and head_unit(a.get("unit")) == head_unit(c.get("unit")) for c in cands):
                right += 1
            else:
                c = cands[0]
                misses.append(f"{g['id']}: amount {a['text']!r}: gold {a['value']} "
                              f"{a.get('unit')!r}, got {c['value']} {c.get('unit')!r}")
        for d in g.get("dates", []):
            cands = _overlapping(p.get("dates", []), _occurrences(text, d["text"]))
            ok = any(c["value"] == d["value"] for c in cands)
            if is_relative_gold_date(d):
                n_rel += 1
                resolved += ok
            else:
                n_abs += 1
                abs_right += ok
            if not ok:
                got = [c["value"] for c in cands] or "not found"
                misses.append(f"{g['id']}: date {d['text']!r}: gold {d['value']}, "
                              f"got {got}")
    return {
        "amounts": n_amounts,
        "amounts_found": found,
        "amounts_recall": found / n_amounts if n_amounts else 0.0,
        "value_unit_accuracy": right / found if found else 0.0,
        "speaker_accuracy": speaker_right / n_spoken if n_spoken else 0.0,
        "relative_dates": n_rel,
        "relative_dates_resolved": resolved / n_rel if n_rel else 0.0,
        "absolute_dates": n_abs,
        "absolute_dates_right": abs_right / n_abs if n_abs else 0.0,
        "misses": misses,
    }
