"""The founding article end to end: every gold statement found with its speaker,
nothing from the trailer, its figures and provenance (issues 2, 3, 4)."""

from __future__ import annotations

from saidwhat.evaluation import score


def test_all_gold_attributions_found_with_the_right_speaker(founding_article, founding_gold):
    result = score([founding_gold], [founding_article.to_dict(with_text=False)])
    assert result["content_soft"]["recall"] == 1.0
    assert result["e2e_content+speaker"]["recall"] == 1.0
    assert result["speaker|content_soft"]["accuracy"] == 1.0


def test_nested_tokayev_statement(founding_article):
    by_id = {a.id: a for a in founding_article.attributions}
    nested = [a for a in founding_article.attributions if a.nested_in]
    assert any(a.speaker == "Kassym-Jomart Tokayev"
               and by_id[a.nested_in].speaker == "Alexey Borodavkin" for a in nested)


def test_nothing_from_the_trailer_lines(founding_article, founding_gold):
    text = founding_article.text
    trailer_start = text.index("GSV \"Russia - Islamic world\"")
    for a in founding_article.attributions:
        assert all(e <= trailer_start for _, e in a.content + a.source + a.cue), a
    # and the trailer is reported as non-body
    discard = [b.span for b in founding_article.blocks if not b.is_body]
    for line in founding_gold["provenance"]["not_body"]:
        start = text.index(line)
        assert any(s <= start and start + len(line) <= e for s, e in discard), line


def test_provenance(founding_article):
    prov = founding_article.provenance
    assert prov.wire == "TASS"
    assert prov.photo_credit == "Federation Council"
    assert prov.origin and "International Affairs" in prov.origin


def test_figures_are_tied_to_the_ambassador(founding_article, founding_gold):
    found = {m.text: m for m in founding_article.amounts}
    for gold in founding_gold["amounts"]:
        amount = found[gold["text"]]
        assert amount.value == gold["value"]
        assert amount.speaker == "Alexey Borodavkin"
        assert amount.of
    tuesday = [d for d in founding_article.dates if d.text.endswith("Tuesday")]
    assert tuesday and tuesday[0].value == "2022-10-18"
