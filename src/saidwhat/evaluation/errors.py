"""Where the extractor goes wrong, in counts: misses and false alarms by cue word, by
kind of error and by construction, so that work goes where the counts are (``saidwhat
eval --errors``).

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
    #: construction (``Attribution.rule``) -> [predictions, matched]
    by_rule: dict[str, list[int]] = field(default_factory=dict)

    def add_example(self, key: str, text: str, limit: int = 3) -> None:
        shown = self.examples.setdefault(key, [])
        if len(shown) < limit:
            shown.append(" ".join(text.split())[:120])


def cue_word(text: str, cue: list) -> str:
    """The cue as a group key: its last word, lower case (``said``, ``according``), or
    the word before a final ``to``/``that`` (``according to``, ``said that``); ``:``
    for a colon cue, ``(none)`` without one."""
    written = " ".join(text[s:e] for s, e in cue or [])
    words = [w.lower() for w in _WORD.findall(written)]
    if len(words) > 1 and words[-1] in ("to", "that"):
        words.pop()
    return words[-1] if words else written.strip()[:10] or "(none)"


def _spans_text(text: str, *span_lists) -> str:
    return " ".join(text[s:e] for spans in span_lists for s, e in spans or [])


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
            out.add_example("missed " + key, _spans_text(g["text"], a.get("source"), a.get("cue")))
        for j, a in enumerate(preds):
            tally = out.by_rule.setdefault(a.get("rule") or "(none)", [0, 0])
            tally[0] += 1
            if j in matched_p:
                tally[1] += 1
                continue
            if any(pp[j]["content"][0] & x["content"][0] for x in gp):
                out.span_errors["predicted content overlapped, not matched"] += 1
                continue
            key = cue_word(g["text"], a.get("cue"))
            out.false_alarms[key] += 1
            out.add_example("false " + key, _spans_text(g["text"], a["content"]))
    return out


def format_errors(counts: ErrorCounts, top: int = 25) -> str:
    lines = _group("misses (no prediction overlaps)", counts.missed, "missed ", counts, top)
    lines += _group("false alarms (no gold overlaps)", counts.false_alarms, "false ", counts,
                    top)
    lines.append("span errors:")
    lines += [f"  {n:5d}  {key}" for key, n in counts.span_errors.most_common()]
    lines.append("predictions by construction (rule): matched / found, precision:")
    lines += [f"  {hit:5d} / {n:5d}  {hit / n:.2f}  {rule}" for rule, (n, hit) in
              sorted(counts.by_rule.items(), key=lambda kv: -kv[1][0])]
    return "\n".join(lines) + "\n"


def _group(title: str, counter: Counter, prefix: str, counts: ErrorCounts,
           top: int) -> list[str]:
    lines = [f"{title}: {sum(counter.values())}, by cue word:"]
    for key, n in counter.most_common(top):
        shown = " | ".join(counts.examples.get(prefix + key, []))[:100]
        lines.append(f"  {n:5d}  {key:15s}  e.g. {shown}")
    return lines
