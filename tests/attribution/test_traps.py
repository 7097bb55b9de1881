"""Quoted or speech-like text that is not an attribution."""

from __future__ import annotations

import pytest

from saidwhat import lang
from saidwhat.attribution.candidates import might_contain_attribution

EN = lang.get("en")


@pytest.mark.parametrize("body", [
    # ("declined to comment" was here: it is now a refusal reported, a PARC stance, see
    # test_general_gaps.test_a_refusal_is_a_stance_with_its_to_clause)
    "The statement did not say how large the shipment was.",
    "The striker, known to fans as 'the Train', scored twice on Saturday.",
    "She is the author of the popular book “The Silent Hive” about pollinators.",
    "Placards in the hall read “Ulba is not a dump” and “Ask the children.”",
    "Exports rose 5% last year as prices recovered.",
    # ("The project is expected to cost $3 billion." left this list: a source-less
    # expectation, which docs/attribution.md now counts, like "it is expected that")
    "The plan, the so-called “northern route,” opened in May.",
])
def test_no_attribution(attribute, body):
    assert attribute(body) == []


def test_first_person_view_inside_a_quotation_is_not_nested(attribute):
    found = attribute('"We expect that cargo will double by 2030," the spokeswoman said.')
    assert len(found) == 1 and found[0].source == "the spokeswoman"


def test_pre_parse_filter_is_cheap_and_high_recall():
    assert might_contain_attribution("Exports will rise, the ministry added.", EN)
    assert might_contain_attribution("According to the report, prices fell.", EN)
    assert might_contain_attribution("“Fine,” she replied.", EN)
    assert not might_contain_attribution("The line links Tacheng with Ayagoz in the east.", EN)


@pytest.mark.parametrize("body", [
    "The mayor called the meeting for Tuesday evening.",
    "The board ordered a review of its accounts in March.",
    "Police found a body near the river on Sunday.",
    "The company added 200 jobs last year.",
    # ("Traders warned of a glut" left this list: a warning of something is one of the
    # wider PARC attributions docs/attribution.md now counts; test_constructions has it)
    "The campaign will focus on the economy in the spring.",
    "The bridge supports the weight of the trains.",
    # a refusal needs its to-clause
    "Shares declined 4 percent on Monday.",
    "The board refused the offer.",
    # frames right less than 40% of the time on real news are left out
    "Residents voted for the new library.",
    "The report pointed to the door of the old mill.",
    # a relative clause in which no one holds a view
    "Doses that regulators consider safe are in use.",
    "Lee, who is expected to sign it, was away.",
    # "clear" with no one making it so
    "The sky was clear over the harbour on Monday.",
    "It is not clear whether the ferry will run.",
    "The storm made it clear the wall was too low.",
    # "what X wanted" with nothing else is no content
    "They discussed what the mayor wanted.",
])
def test_cue_words_in_other_senses(attribute, body):
    assert attribute(body) == []


def test_repeated_labels_without_questions_are_no_interview(attribute):
    body = ("Photo: Reuters\n\nSource: Xinhua\n\nThe bridge opened on Monday.\n\n"
            "Photo: AP\n\nSource: TASS")
    assert attribute(body) == []


def test_a_reporters_question_is_not_the_answerers(attribute):
    found = attribute('Asked whether the talks could resume, Schumer said, "Never say never."')
    # the question is attributed to no one (nobody named asked it), never to Schumer
    assert [(f.source, f.cue, f.content, f.att.speaker) for f in found] == [
        ("", "Asked", "whether the talks could resume", None),
        ("Schumer", "said", "Never say never.", "Schumer")]


@pytest.mark.parametrize("title", ["Brexit: UK and EU agree a trade deal",
                                   "Analysis: why the pipeline matters"])
def test_topic_before_a_colon_is_no_headline_source(attribute, title):
    assert attribute("Negotiators met in Brussels on Monday.", title=title) == []
