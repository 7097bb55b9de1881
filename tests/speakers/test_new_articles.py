"""Speakers on the issue-14 articles (``data/speaker_articles.py``): wires, tabloids,
courts, transcripts, state media, live blogs, sport, science, written and annotated
before the code ran on them (their first score is in ``data/README.md``).

Measured on the gold source spans, so the figure is the speaker stage's own:
- accuracy: the speaker is one of the gold's name forms;
- abstention: of the speakers given as a name (not marked unresolved), the share right.
"""

from __future__ import annotations

import json
from pathlib import Path

from saidwhat.evaluation.scorer import name_forms, speaker_forms

from .conftest import resolve_gold

ARTICLES = Path(__file__).parent / "data" / "speaker_articles.jsonl"
#: issue 14's figures
ACCURACY = 0.90
NAMED_PRECISION = 0.97


def records() -> list[dict]:
    return [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]


def figures(recs: list[dict]) -> dict:
    right = named = named_right = 0
    wrong: list[str] = []
    total = 0
    for rec in recs:
        for gold, att in zip(rec["attributions"], resolve_gold(rec)):
            total += 1
            ok = bool(speaker_forms(gold) & name_forms(att.speaker))
            right += ok
            if not att.unresolved:
                named += 1
                named_right += ok
            if not ok:
                wrong.append(f"{rec['id']} #{gold['id']}: {gold['speaker']!r} != "
                             f"{att.speaker!r}{' (unresolved)' if att.unresolved else ''}")
    return {"accuracy": right / total, "named_precision": named_right / max(named, 1),
            "right": right, "total": total, "named": named, "wrong": wrong}


def test_there_are_at_least_twenty_articles_in_new_styles():
    recs = records()
    assert len(recs) >= 20 and len({r["id"] for r in recs}) == len(recs)
    assert sum(len(r["attributions"]) for r in recs) >= 100


def test_speaker_accuracy_on_the_new_articles():
    f = figures(records())
    assert f["accuracy"] >= ACCURACY, "\n".join(f["wrong"])


def test_a_speaker_given_as_a_name_is_right():
    f = figures(records())
    assert f["named_precision"] >= NAMED_PRECISION, "\n".join(f["wrong"])


if __name__ == "__main__":  # the figures: .venv/bin/python -m tests.speakers.test_new_articles
    f = figures(records())
    print(f"speaker accuracy on gold sources: {f['accuracy']:.3f} ({f['right']}/{f['total']})")
    print(f"named speakers right: {f['named_precision']:.3f} (of {f['named']})")
    print("\n".join(f["wrong"]))
