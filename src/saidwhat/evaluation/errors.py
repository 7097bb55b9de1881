"""Where the extractor goes wrong, in counts: misses and false alarms by cue word and
by kind of error, so that work goes where the counts are (``saidwhat eval --errors``).

An unmatched gold attribution (content soft match, as the scorer counts it) is a
*span error* when some prediction overlaps its content, else a *miss*; an unmatched
prediction likewise is a *span error* or a *false alarm*. Matching is the shared
scorer's own (``scorer.prep_att``, ``scorer.greedy_match``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import scorer

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass
class ErrorCounts:
    missed: Counter = field(default_factory=Counter)  # cue word -> misses
    false_alarms: Counter = field(default_factory=Counter)  # cue word -> false alarms
    span_errors: Counter = field(default_factory=Counter)  # "gold"/"pred" side
    examples: dict[str, list[str]] = field(default_factory=dict)  # cue word -> contents

    def add_example(self, key: str, text: str, limit: int = 3) -> None:
        shown = self.examples.setdefault(key, [])
        if len(shown) < limit:
            shown.append(" ".join(text.split())[:120])


def cue_word(text: str, cue: list) -> str:
    """The cue as a group key: its last word, lower case (``said``, ``according``);
    ``:`` for a colon cue, ``(none)`` without one."""
    written = " ".join(text[s:e] for s, e in cue or [])
    words = _WORD.findall(written)
    if words:
        return words[-1].lower() if words[-1].lower() not in ("to", "that") or len(words) == 1 \
            else words[-2].lower()
    return written.strip()[:10] or "(none)"


def count_errors(gold: list[dict], pred: list[dict], *, outermost: bool = False,
                 threshold: float = 0.5) -> ErrorCounts:
    out = ErrorCounts()
    by_id = {p["id"]: p for p in pred}
    for g in gold:
        doc = scorer.Doc(g["text"], g.get("discard", []))
        golds = [a for a in g["attributions"]
                 if not (outermost and a.get("nested_in") is not None)]
        preds = [a for a in by_id.get(g["id"], {}).get("attributions", [])
                 if not (outermost and a.get("nested_in") is not None) and a.get("content")]
        gp = [scorer.prep_att(doc, a, "token") for a in golds]
        pp = [scorer.prep_att(doc, a, "token") for a in preds]
        soft = scorer.greedy_match(gp, pp, lambda x, y: (
            r if (r := scorer.overlap_ratio(x["content"][0], y["content"][0])) >= threshold
            else 0.0))
        matched_g = {i for i, _, _ in soft}
        matched_p = {j for _, j, _ in soft}
        for i, a in enumerate(golds):
            if i in matched_g:
                continue
            if any(gp[i]["content"][0] & p["content"][0] for p in pp):
                out.span_errors["gold content overlapped, not matched"] += 1
                continue
            key = cue_word(g["text"], a.get("cue"))
            out.missed[key] += 1
            out.add_example("missed " + key, " ".join(g["text"][s:e] for s, e in
                                                       (a.get("source") or []) + (a.get("cue") or [])))
        for j, a in enumerate(preds):
            if j in matched_p:
                continue
            if any(pp[j]["content"][0] & x["content"][0] for x in gp):
                out.span_errors["predicted content overlapped, not matched"] += 1
                continue
            key = cue_word(g["text"], a.get("cue"))
            out.false_alarms[key] += 1
            out.add_example("false " + key, " ".join(g["text"][s:e] for s, e in a["content"]))
    return out


def format_errors(counts: ErrorCounts, top: int = 25) -> str:
    lines = [f"misses (no prediction overlaps): {sum(counts.missed.values())}, by cue word:"]
    for key, n in counts.missed.most_common(top):
        lines.append(f"  {n:5d}  {key:15s}  e.g. {' | '.join(counts.examples.get('missed ' + key, []))[:100]}")
    lines.append(f"false alarms (no gold overlaps): {sum(counts.false_alarms.values())}, by cue word:")
    for key, n in counts.false_alarms.most_common(top):
        lines.append(f"  {n:5d}  {key:15s}  e.g. {' | '.join(counts.examples.get('false ' + key, []))[:100]}")
    lines.append("span errors:")
    for key, n in counts.span_errors.most_common():
        lines.append(f"  {n:5d}  {key}")
    return "\n".join(lines) + "\n"
