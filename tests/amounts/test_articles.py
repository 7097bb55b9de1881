"""The stage on real articles: the founding article's figures and the dev-set scores."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat.amounts.evaluate import head_unit, same_value, score_figures


@pytest.fixture(scope="module")
def founding(founding_text, founding_gold):
    # the gold's publication date, so the test does not rest on the structure stage
    return saidwhat.analyze(founding_text, id=founding_gold["id"],
                            published=founding_gold["published"])


def test_founding_amounts_value_unit_and_what_they_measure(founding, founding_gold):
    for gold in founding_gold["amounts"]:
        start = founding.text.index(gold["text"])
        hits = [a for a in founding.amounts if a.span[0] <= start < a.span[1]]
        assert hits, f"{gold['text']} not found"
        a = hits[0]
        assert same_value(gold["value"], a.value)
        assert head_unit(a.unit) == head_unit(gold["unit"])
        assert a.of, f"{gold['text']}: no 'of'"
        # what it measures shares a content word with the gold's description
        assert {w.lower() for w in a.of.split() if len(w) > 3} & \
            {w.lower() for w in gold["of"].split() if len(w) > 3}


def test_founding_amounts_sit_in_attributions_of_the_gold_speaker(founding, founding_gold):
    by_id = {att.id: att for att in founding.attributions}
    for gold in founding_gold["amounts"]:
        a = next(a for a in founding.amounts if gold["text"] in a.text)
        assert a.attribution in by_id
        start, end = a.span
        assert any(s <= start and end <= e for s, e in by_id[a.attribution].content)
        assert a.speaker == by_id[a.attribution].speaker == gold["speaker"]


def test_founding_dates(founding, founding_gold):
    got = {d.text.removeprefix("on ").removeprefix("In "): d for d in founding.dates}
    for gold in founding_gold["dates"]:
        assert got[gold["text"]].value == gold["value"], gold
    assert got["18 October 2022"].role == "published"
    assert got["Tuesday"].relative


@pytest.mark.slow
def test_dev_set_figures(dev_gold, dev_predictions):
    for part in (dev_gold[:20], dev_gold):
        r = score_figures(part, dev_predictions)
        assert r["amounts_recall"] >= 0.90, r["misses"]
        assert r["value_unit_accuracy"] >= 0.90, r["misses"]
        assert r["relative_dates_resolved"] >= 0.85, r["misses"]


def test_scoring_compares_head_units_and_values():
    assert head_unit("tonnes per year") == head_unit("tonnes") == "tonne"
    assert head_unit("KZT per tonne (equivalent)") == "KZT"
    assert head_unit("large-scale projects") == head_unit("projects")
    assert head_unit("kilometers") == head_unit("km")
    assert head_unit("people") != head_unit("percent")
    assert same_value([20, 25], [20.0, 25.0]) and not same_value([20, 25], 20)
    assert same_value(33.3, 33.33) and not same_value(-33.3, 33.3)
    gold = [{"id": "a", "text": "It rose 15% and cost $5 million on Tuesday.",
             "published": "2022-10-18",
             "amounts": [{"text": "15%", "value": 15, "unit": "percent"},
                         {"text": "$5 million", "value": 5e6, "unit": "USD"}],
             "dates": [{"text": "Tuesday", "value": "2022-10-18"}]}]
    pred = [{"id": "a", "amounts": [{"span": [8, 11], "value": 15, "unit": "percent"},
                                    {"span": [21, 31], "value": 5, "unit": "USD"}],
             "dates": [{"span": [35, 45], "value": "2022-10-18"}]}]
    r = score_figures(gold, pred)
    assert (r["amounts_recall"], r["value_unit_accuracy"]) == (1.0, 0.5)
    assert r["relative_dates_resolved"] == 1.0


@pytest.mark.parametrize("sentence, figure, measured", [
    ("The ministry said coal exports rose 40% in April.", "40%", "coal exports"),
    ("He said the fund expects to approve $1.2 billion in new loans.", "$1.2 billion",
     "new loans"),
    ("She said the plant will cost 48 billion tenge and create 350 jobs.", "350", "jobs"),
    ("The minister said the cost of the project is estimated at $3 billion.",
     "$3 billion", "cost of the project"),
])
def test_what_a_figure_measures_from_the_parse(sentence, figure, measured):
    article = saidwhat.analyze(f"Title\n\n{sentence}", published="2024-05-01")
    a = next(a for a in article.amounts if a.text == figure)
    assert a.of == measured


def test_unit_of_a_bare_number_from_the_number_of_things():
    article = saidwhat.analyze(
        "Title\n\nShe said the number of internal approval stages fell from seven to four. "
        "She said the number of people waiting more than 18 weeks for treatment had "
        "risen to 41,200.", published="2024-05-01")
    units = {a.text: a.unit for a in article.amounts}
    assert units["seven to four"] == "stages"
    assert units["41,200"] == "people"
