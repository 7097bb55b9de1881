"""Speakers on the gold source spans: the founding article and the dev set."""

from __future__ import annotations

from saidwhat.evaluation.scorer import name_forms, speaker_forms

from .conftest import resolve_gold

#: issue 2's target for speaker|content_soft accuracy
TARGET = 0.85


def _accuracy(records) -> tuple[float, list[str]]:
    right, wrong = 0, []
    for rec in records:
        for gold, att in zip(rec["attributions"], resolve_gold(rec)):
            if speaker_forms(gold) & name_forms(att.speaker):
                right += 1
            else:
                wrong.append(f"{rec['id']} #{gold['id']}: {gold['speaker']!r} "
                             f"!= {att.speaker!r}")
    total = right + len(wrong)
    return right / total, wrong


def test_founding_article_every_speaker(gold_records):
    founding = gold_records[0]
    atts = resolve_gold(founding)
    got = {a.id: a.speaker for a in atts}
    want = {a["id"]: a["speaker"] for a in founding["attributions"]}
    assert got == want
    assert not any(a.unresolved for a in atts)
    # the pronoun, role-noun, surname and document sources all name one entity
    assert len({a.speaker_entity for a in atts if a.speaker == "Alexey Borodavkin"}) == 1


def test_dev_set_speakers_on_gold_sources(gold_records):
    dev = gold_records[1:]
    accuracy, wrong = _accuracy(dev)
    assert accuracy >= TARGET, "\n".join(wrong)


def test_held_out_dev_articles(gold_records):
    held_out = [r for r in gold_records[1:] if int(r["id"][4:6]) > 20]
    assert held_out
    accuracy, wrong = _accuracy(held_out)
    assert accuracy >= TARGET, "\n".join(wrong)


def test_unresolved_sources_keep_their_noun_phrase(gold_records):
    """Where the gold has no name, the speaker is the source's own noun phrase."""
    rows = [(g, a) for rec in gold_records[1:]
            for g, a in zip(rec["attributions"], resolve_gold(rec))
            if g.get("unresolved") and g["source"]]
    assert rows
    flagged = sum(a.unresolved for _, a in rows)
    assert flagged / len(rows) >= 0.8


if __name__ == "__main__":  # the figures: .venv/bin/python -m tests.speakers.test_gold
    from ..conftest import DEV_GOLD, EXAMPLE_GOLD, read_jsonl

    records = read_jsonl(EXAMPLE_GOLD) + read_jsonl(DEV_GOLD)
    for label, part in (("founding article", records[:1]), ("dev-01..30", records[1:]),
                        ("dev-01..20", [r for r in records[1:] if int(r["id"][4:6]) <= 20]),
                        ("dev-21..30 (held out)",
                         [r for r in records[1:] if int(r["id"][4:6]) > 20])):
        acc, wrong = _accuracy(part)
        n = sum(len(r["attributions"]) for r in part)
        print(f"speaker accuracy on gold sources, {label}: {acc:.3f} ({n - len(wrong)}/{n})")
