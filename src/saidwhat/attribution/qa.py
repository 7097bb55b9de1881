"""Interviews in the question-and-answer format.

``Name: answer`` paragraphs (the interviewer's label mostly asks questions; a TV
transcript's ``NAME:`` lines in capitals) give one
``direct`` attribution per answer, its source the label and its cue the colon; an answer
runs on through unlabelled paragraphs up to the next labelled one. In the dash format
(``- question?`` / ``- answer``) answers have no source or cue in the text.
Questions are never attributions themselves.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Span
from .found import Found

_LABEL = re.compile(r"(?:Q|A|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}):[ \t]+(?=\S)")
_DASH = re.compile(r"[-–—][ \t]+(?=\S)")


def qa_attributions(text: str, blocks: list[Span]) -> list[Found]:
    return _labelled(text, blocks) or _dashed(text, blocks)


def _labelled(text: str, blocks: list[Span]) -> list[Found]:
    labels: list[str | None] = []
    for s, e in blocks:
        m = _LABEL.match(text, s, e)
        labels.append(text[s:m.end()].rstrip(": \t") if m else None)
    counts = Counter(x for x in labels if x)
    # a transcript writes its speakers in capitals (``TAPPER:``, ``KATE BOULDUAN:``):
    # two such labels make an exchange even when each speaks once
    shouted = [x for x in counts if x.isupper() and len(x) > 1]
    frequent = [x for x, n in counts.items() if n >= 2 or (len(shouted) >= 2 and x in shouted)]
    if len(frequent) < 2 and not {"Q", "A"} <= set(counts):
        return []
    asks = Counter()
    for (s, e), lab in zip(blocks, labels):
        if lab in frequent and text[s:e].rstrip().endswith("?"):
            asks[lab] += 1
    interviewer = max(frequent, key=lambda x: (asks[x] / counts[x], asks[x]))
    if asks[interviewer] * 2 < counts[interviewer]:
        return []  # "Photo: ..." and "Source: ..." lines are no interview
    out = []
    for k, ((s, e), lab) in enumerate(zip(blocks, labels)):
        if lab is None or lab == interviewer or lab not in frequent:
            continue
        m = _LABEL.match(text, s, e)
        end = e
        j = k + 1
        while j < len(blocks) and labels[j] is None:
            j += 1
        if j < len(blocks) and labels[j] in frequent:
            end = blocks[j - 1][1]
        colon = text.rindex(":", s, m.end())
        out.append(Found([(s, s + len(lab))], [(colon, colon + 1)], [(m.end(), end)], "qa",
                         ":", lab.lower().split(), kind="direct", rule="qa-answer"))
    return out


def _dashed(text: str, blocks: list[Span]) -> list[Found]:
    dashed = [bool(_DASH.match(text, s, e)) for s, e in blocks]
    out = []
    for k, (s, e) in enumerate(blocks):
        if not dashed[k] or text[s:e].rstrip().endswith("?"):
            continue
        # an answer follows a dashed question
        if k == 0 or not dashed[k - 1] or not text[slice(*blocks[k - 1])].rstrip().endswith("?"):
            continue
        m = _DASH.match(text, s, e)
        out.append(Found([], [], [(m.end(), e)], "qa", "", [], kind="direct", rule="qa-answer"))
    return out
