"""Each construction of docs/attribution.md on short invented sentences."""

from __future__ import annotations

import pytest


def only(found):
    assert len(found) == 1, found
    return found[0]


def test_quotation_before_its_cue(attribute):
    a = only(attribute('"We will not raise prices this year," the chief executive said.'))
    assert (a.kind, a.source, a.cue) == ("direct", "the chief executive", "said")
    assert a.content == "We will not raise prices this year,"


def test_inverted_cue_takes_the_source_after_it(attribute):
    a = only(attribute('"The line is ready," said Transport Minister Peter Holm at the ceremony.'))
    assert a.source == "Transport Minister Peter Holm"
    assert a.cue == "said"


def test_quotation_split_by_its_cue_is_one_attribution(attribute):
    a = only(attribute('"We lost the vote," she said. "But we will be back next year."'))
    assert a.content_pieces == ["We lost the vote,", "But we will be back next year."]
    assert a.source == "she"


def test_dash_framed_split_quotation(attribute):
    a = only(attribute('"Talks went well," - the diplomat said. - "We expect a deal soon."'))
    assert len(a.content_pieces) == 2
    assert (a.source, a.cue) == ("the diplomat", "said")


def test_quotation_over_two_paragraphs_is_one_content(attribute):
    body = ('"We saw the river rise all night. Nobody slept,\n\n'
            '"By morning the bridge was gone," the mayor said.')
    a = only(attribute(body))
    assert len(a.content_pieces) == 1
    assert a.content.startswith("We saw the river") and a.content.endswith("was gone,")
    assert a.source == "the mayor"


def test_colon_introduced_quotation(attribute):
    a = only(attribute("Rebecca Lyle told analysts on Wednesday: 'We will win customers back.'"))
    assert (a.kind, a.source, a.cue) == ("direct", "Rebecca Lyle", "told")
    assert a.content == "We will win customers back."


def test_indirect_speech_drops_the_complementizer(attribute):
    a = only(attribute("The ministry said that exports would rise by 5% next year."))
    assert (a.kind, a.source, a.cue) == ("indirect", "The ministry", "said")
    assert a.content == "exports would rise by 5% next year"


def test_content_before_the_cue(attribute):
    a = only(attribute("Exports will rise by 5% next year, the ministry added."))
    assert (a.source, a.cue) == ("the ministry", "added")
    assert a.content == "Exports will rise by 5% next year"


def test_according_to_before_and_inside_the_content(attribute):
    a = only(attribute("According to the ministry, exports rose 5% in March."))
    assert (a.source, a.cue, a.content) == ("the ministry", "According to", "exports rose 5% in March")
    b = only(attribute("China bought 62% of the exports, according to customs data, "
                       "with Belgium next."))
    assert b.content_pieces[0] == "China bought 62% of the exports"
    assert b.content_pieces[1].startswith("with Belgium")
    assert b.source == "customs data"


def test_told_keeps_the_addressee_out(attribute):
    a = only(attribute("Pierre Dubois told reporters that the plant would close in May."))
    assert (a.source, a.cue) == ("Pierre Dubois", "told")
    assert a.content == "the plant would close in May"


def test_fronted_statement_is_its_own_cue_piece(attribute):
    a = only(attribute("In a statement, the company said it would appeal the ruling."))
    assert a.cue_pieces == ["In a statement", "said"]
    assert a.source == "the company"


def test_medium_belongs_to_the_cue(attribute):
    a = only(attribute("The ministry wrote on its Telegram channel that talks would resume."))
    assert a.cue == "wrote on its Telegram channel"
    assert a.content == "talks would resume"


@pytest.mark.parametrize("sentence, cue, content", [
    ("Analyst Jane Doe believes the price cuts are necessary.", "believes",
     "the price cuts are necessary"),
    ("Mr Holm wants to cut costs by a third.", "wants", "to cut costs by a third"),
    ("The union urged the government to reconsider.", "urged", "the government to reconsider"),
    ("She called on the council to publish the contracts.", "called on",
     "the council to publish the contracts"),
    ("The company expects revenue to reach $410 million.", "expects",
     "revenue to reach $410 million"),
    ("The union has warned that strikes will spread.", "has warned", "strikes will spread"),
])
def test_beliefs_intentions_demands(attribute, sentence, cue, content):
    a = only(attribute(sentence))
    assert (a.cue, a.content) == (cue, content)


def test_participle_shares_the_main_subject(attribute):
    found = attribute("The company warned that profit would fall, blaming weak demand in Germany.")
    assert [f.cue for f in found] == ["warned", "blaming"]
    assert found[1].source == "The company"
    assert found[1].content == "weak demand in Germany"


def test_passive_report_points_back_to_the_sentence_before(attribute):
    found = attribute("There are forces that oppose the deal. This is stated in an article "
                      "published on Tuesday by Ambassador John Smith.")
    a = only(found)
    assert a.content == "There are forces that oppose the deal"
    assert a.source == "Ambassador John Smith"
    assert a.cue.startswith("This is stated") and a.cue.endswith("by")


def test_source_keeps_appositive_and_relative_clause(attribute):
    a = only(attribute("Ben Carrick, a spokesman for Norvalis, said the company does not "
                       "comment on speculation."))
    assert a.source == "Ben Carrick, a spokesman for Norvalis"
    b = only(attribute("Two traders, who asked not to be named, said prices had fallen."))
    assert b.source == "Two traders, who asked not to be named"


def test_mixed_speech(attribute):
    a = only(attribute('She said the budget was "not perfect, but responsible" and would pass.'))
    assert a.kind == "mixed"
    assert a.content.startswith("the budget was") and a.content.endswith("would pass")


def test_nested_quotation_reporting_someone_else(attribute):
    found = attribute('"President Tokayev characterized them as provocations," '
                      'the diplomat stressed.')
    outer = next(f for f in found if f.source == "the diplomat")
    inner = next(f for f in found if f.source == "President Tokayev")
    assert outer.nested_in is None and inner.nested_in == outer.id
    assert inner.content == "them as provocations"


def test_speaker_own_belief_is_not_split_out(attribute):
    a = only(attribute("He said he expects to open 40 new stores by 2027."))
    assert a.content == "he expects to open 40 new stores by 2027"


def test_headline_colon_forms(attribute):
    a = only(attribute("The ambassador spoke on Tuesday.",
                       title="Russian ambassador: there are forces that oppose the deal"))
    assert (a.kind, a.source, a.cue) == ("headline", "Russian ambassador", ":")
    assert a.content == "there are forces that oppose the deal"
    b = only(attribute("The interview follows.",
                       title='"We are not a charity": fund chief on loans and bonds'))
    assert (b.source, b.content) == ("fund chief", "We are not a charity")


def test_interview_answers_are_direct_and_questions_are_not_annotated(attribute):
    body = ("Daily Review: What has the fund built so far?\n\n"
            "Jane Smith: Fourteen projects. We lend, and we need to be repaid.\n\n"
            "Daily Review: Is that enough?\n\n"
            "Jane Smith: No. We need more partners.")
    found = attribute(body)
    assert [(f.kind, f.source, f.cue) for f in found] == [("direct", "Jane Smith", ":")] * 2
    assert found[1].content == "No. We need more partners."



def test_headline_with_a_trailing_verb_cue(attribute):
    found = attribute("The judge gave her reasons on Friday.",
                      title="Council acted unlawfully over closure, High Court rules")
    a = next(f for f in found if f.cue == "rules")
    assert (a.source, a.content) == ("High Court", "Council acted unlawfully over closure")


def test_quotation_interrupted_mid_sentence(attribute):
    a = only(attribute('"We are ready," the minister said, "to sign the deal tomorrow."'))
    assert a.content_pieces == ["We are ready,", "to sign the deal tomorrow."]
    assert (a.source, a.cue) == ("the minister", "said")


def test_quoted_as_saying(attribute):
    a = only(attribute("The minister was quoted as saying that the talks had failed."))
    assert a.source == "The minister"
    assert a.content == "the talks had failed"


def test_content_split_by_a_relative_source(attribute):
    found = attribute("Republicans blocked the bill, a move Democrats said would leave "
                      "the border in chaos.")
    a = only(found)
    assert a.source == "Democrats"
    assert a.content_pieces == ["a move", "would leave the border in chaos"]


def test_impersonal_passive_belief_has_no_source(attribute):
    a = only(attribute("It is widely believed that the issue will dominate the campaign."))
    assert a.source == "" and a.cue == "is widely believed"
    assert a.content == "the issue will dominate the campaign"


def test_narrators_edges_stay_out_of_the_content(attribute):
    a = only(attribute("Norvalis said on Monday its drug reduced the risk of death by 28%."))
    assert a.content == "its drug reduced the risk of death by 28%"
    b = only(attribute("She said a beekeeper had lost half of his colonies last spring, "
                       "which prompted the experiment."))
    assert b.content == "a beekeeper had lost half of his colonies last spring"


def test_dash_interview_answers_have_no_source_in_the_text(attribute):
    body = ("- How do you assess the talks?\n\n"
            "- The meeting was held in a constructive atmosphere.\n\n"
            "- Will cargo grow?\n\n"
            "- Of course. It grew by 20% this year.")
    found = attribute(body)
    assert [(f.kind, f.source, f.cue) for f in found] == [("direct", "", "")] * 2
    assert found[0].content == "The meeting was held in a constructive atmosphere."


def test_it_was_noted_that(attribute):
    a = only(attribute("At the meeting it was noted that exports had doubled."))
    assert (a.source, a.cue, a.content) == ("", "was noted", "exports had doubled")


def test_nested_report_of_what_someone_else_told(attribute):
    found = attribute("She said her husband, who drives the van, had told her that "
                      "drivers were paying bribes.")
    outer = next(f for f in found if f.source == "She")
    inner = next(f for f in found if f.nested_in is not None)
    assert inner.nested_in == outer.id
    assert inner.source == "her husband, who drives the van"
    assert (inner.cue, inner.content) == ("had told", "drivers were paying bribes")


def test_quoted_as_saying_gives_the_quoted_person(attribute):
    a = only(attribute("The newspaper quoted Governor Anna Berg as saying that the bank "
                       "would not be rushed."))
    assert a.source == "Governor Anna Berg"
    assert a.content == "the bank would not be rushed"


def test_typewriter_quotation_marks_are_double_marks(attribute):
    # `` and '' (archives and wires write them for “ and ”): an apostrophe inside
    # the quotation does not end it
    a = only(attribute("''We check the roads and ask drivers what they think,'' "
                       "Mr. Brown of the roads office said."))
    assert a.content == "We check the roads and ask drivers what they think,"
    a = only(attribute("``It's the team's year,'' the coach said."))
    assert a.content == "It's the team's year,"


def test_split_quotation_after_a_no_break_space(attribute):
    a = only(attribute('"They fix it," he said.\u00a0"Everybody fixes, right?"'))
    assert a.content_pieces == ["They fix it,", "Everybody fixes, right?"]


def test_a_title_in_the_frame_does_not_end_the_split_quotation(attribute):
    a = only(attribute('"It is too early to tell," said Mark Lund, who hosts a show called '
                       '"Harbour Lights." "It depends on the economy."'))
    assert a.content_pieces == ["It is too early to tell,", "It depends on the economy."]
    assert a.source.startswith("Mark Lund")


@pytest.mark.parametrize("sentence, source, cue, content", [
    ("Critics accused the mayor of hiding the costs.", "Critics", "accused",
     "the mayor of hiding the costs"),
    ("The governor criticized the council over the delay.", "The governor", "criticized",
     "the council over the delay"),
    ("The union endorsed Ms. Park on Tuesday.", "The union", "endorsed", "Ms. Park"),
    ("Lee praised the engineers for their work.", "Lee", "praised",
     "the engineers for their work"),
    ("Dana Ortiz plans to run again next year.", "Dana Ortiz", "plans",
     "to run again next year"),
])
def test_stances_and_intentions(attribute, sentence, source, cue, content):
    a = only(attribute(sentence))
    assert (a.kind, a.source, a.cue, a.content) == ("indirect", source, cue, content)


@pytest.mark.parametrize("sentence", [
    "The steel cable supports the weight of the deck.",
    "The new rules questioned nothing.",
])
def test_a_stance_needs_someone_to_hold_it(attribute, sentence):
    assert attribute(sentence) == []


def test_a_stance_inside_ones_own_statement_is_not_another(attribute):
    a = only(attribute("The mayor said she supports the plan."))
    assert a.cue == "said"


@pytest.mark.parametrize("sentence, source, cue, content", [
    ("The mayor talked about the new bridge for an hour.", "The mayor", "talked about",
     "the new bridge"),
    ("Lee raised questions about the budget.", "Lee", "questions about", "the budget"),
    ("His criticism of the plan was sharp.", "His", "criticism of", "the plan"),
    ("The union called for a new vote.", "The union", "called for", "a new vote"),
    ("The governor was critical of the council.", "The governor", "critical of",
     "the council"),
    ("Critics railed against the toll.", "Critics", "railed against", "the toll"),
    ("Traders warned of a glut in the spring.", "Traders", "warned of", "a glut"),
])
def test_prepositional_frames(attribute, sentence, source, cue, content):
    a = only(attribute(sentence))
    assert (a.source, a.cue, a.content) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    "The mayor did not talk about the bridge.",
    "Voters voted for the first time.",
])
def test_negated_or_timed_frames_are_none(attribute, sentence):
    assert attribute(sentence) == []


@pytest.mark.parametrize("sentence, source, cue, content", [
    ("His claim that the bridge was safe was false.", "His", "claim", "the bridge was safe"),
    ("Lee repeated the claim that the bridge was safe.", "Lee", "claim",
     "the bridge was safe"),
    ("Her refusal to resign angered the council.", "Her", "refusal", "to resign"),
    ("The firm allegedly hid the losses.", "", "allegedly", "The firm … hid the losses"),
    ("The council is expected to approve the budget.", "", "is expected",
     "The council … to approve the budget"),
])
def test_nominal_hearsay_and_passive_expectation(attribute, sentence, source, cue, content):
    a = only(attribute(sentence))
    assert (a.source, a.cue, a.content) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    "The decision to close the road was made on Monday.",
    "The claim that was rejected came from the west.",
])
def test_nouns_without_a_holder_or_a_clause_are_none(attribute, sentence):
    assert attribute(sentence) == []


def test_quotation_credited_after_a_dash_at_the_end_of_its_line(attribute):
    body = ("Readers wrote in after the vote.\n\n"
            "“The turnout shows people care.” ― Maria Okafor\n"
            "“Nobody asked the farmers.”— Tom Beale, a grower in Kent\n"
            "“Water is life.” ― Final Report of the Regional Commission on Water Policy")
    found = [a for a in attribute(body) if a.kind == "direct"]
    assert [(a.source, a.content) for a in found[:2]] == [
        ("Maria Okafor", "The turnout shows people care."),
        ("Tom Beale", "Nobody asked the farmers.")]
    # a dash and more than a name (here a document's title) is no credit line
    assert not any(a.content == "Water is life." for a in found)


def test_what_was_cited_or_mentioned_is_the_content(attribute):
    a = only(attribute("At the debate, Mayor Lund cited the auditor's figures on the deficit."))
    assert (a.source, a.cue) == ("Mayor Lund", "cited")
    assert a.content.startswith("the auditor's figures")
    b = only(attribute("Governor Ames has mentioned a new tax on second homes."))
    assert b.cue.endswith("mentioned") and b.content.startswith("a new tax")


def test_more_prepositional_frames(attribute):
    a = only(attribute("Senator Vance apologized for the remarks about the farmers."))
    assert (a.source, a.content) == ("Senator Vance", "the remarks about the farmers")
    b = only(attribute("Mayor Ruiz, a longtime opponent of the stadium plan, spoke first."))
    assert b.content == "the stadium plan"


@pytest.mark.parametrize("body, rule", [
    ('"We will win," Smith said.', "quotation-cue-after"),
    ("Smith said: 'We will win.'", "quotation-cue-before"),
    ("The ministry said that exports would rise.", "verb-clause"),
    ("The union vowed to fight the closure.", "verb-infinitive"),
    ("Critics praised Lee for her work on the bridge.", "verb-object"),
    ("Exports will rise next year, the ministry added.", "content-before-cue"),
    ("The fees, she argued, hit farmers hardest.", "parenthetical-cue"),
    ("As the ambassador noted, trade is growing.", "as-clause"),
    ("According to the ministry, exports rose.", "according-to"),
    ("The council is expected to approve the plan.", "passive"),
    ("Lee repeated the claim that the bridge was safe.", "nominal-cue"),
    ("The firm reportedly hid the losses.", "hearsay-adverb"),
    ("The court seemed to send a clear signal.", "evidential-verb"),
])
def test_each_attribution_records_its_construction(attribute, body, rule):
    from saidwhat.attribution.found import RULES

    a = only(attribute(body))
    assert a.att.rule == rule
    assert rule in RULES


def test_the_construction_is_in_the_json_and_the_schema_accepts_it():
    import jsonschema

    import saidwhat
    from saidwhat.schema import article_schema

    article = saidwhat.analyze("News\n\nThe ministry said that exports would rise.")
    data = article.to_dict()
    assert [a["rule"] for a in data["attributions"]] == ["verb-clause"]
    jsonschema.validate(data, article_schema())
    data["attributions"][0]["rule"] = "a guess"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, article_schema())


def test_the_schema_lists_every_construction():
    from saidwhat.attribution.found import RULES
    from saidwhat.schema import article_schema

    text = str(article_schema())
    assert [r for r in RULES if f"'{r}'" not in text] == []


def test_a_source_after_an_inverted_cue_is_not_the_content(attribute):
    a = only(attribute("The plant will close and hundreds of jobs will go, said Christine "
                       "Holt, head of the workers' council."))
    assert a.source == "Christine Holt, head of the workers' council"
    assert a.content == "The plant will close and hundreds of jobs will go"
    assert a.att.rule == "inverted-source"


def test_a_second_subject_with_its_own_verb_is_content_not_source(attribute):
    a = only(attribute("Erik Dahl, a driver who has crossed the border for years, said "
                       "queues at the checkpoints used to last five days."))
    assert a.source.startswith("Erik Dahl")
    assert a.content == "queues at the checkpoints used to last five days"


def test_a_parenthetical_cue_reports_only_the_last_coordinated_clause(attribute):
    a = only(attribute("The team had a match that night - and the pitch, the club said, "
                       "had been hard to book."))
    assert a.content_pieces == ["the pitch", "had been hard to book"]


def test_a_participle_inside_the_reported_clause_is_reported(attribute):
    a = only(attribute("Dahl said the plan had already been tested, coming through two "
                       "winters without a failure."))
    assert a.content.endswith("without a failure")


def test_a_participle_after_a_closed_quotation_is_the_narrators(attribute):
    a = only(attribute('The association said the duty would "push farmers back into wheat", '
                       "worsening a glut that has driven prices down."))
    assert "worsening" not in a.content


def test_a_question_put_to_a_speaker_is_no_statement_of_theirs(attribute):
    found = attribute("Asked why the council did not follow the plan, Ostrov replied that "
                      "he had no answer.")
    question = next(a for a in found if a.cue == "Asked")
    assert question.content == "why the council did not follow the plan"
    assert question.source == ""
    answer = next(a for a in found if a.cue == "replied")
    assert (answer.source, answer.content) == ("Ostrov", "he had no answer")


def test_a_question_with_its_asker(attribute):
    found = attribute("Asked by a reporter whether the mine would reopen, the mayor "
                      "shrugged.")
    a = only(found)
    assert (a.source, a.content) == ("a reporter", "whether the mine would reopen")


def test_calls_on_is_a_cue_though_calls_alone_is_too_weak_to_parse_for(attribute):
    a = only(attribute("The new accord calls on all member states to cut emissions."))
    assert (a.source, a.cue) == ("The new accord", "calls on")
    assert a.content.endswith("to cut emissions")


def test_continued_frames_a_quotation_but_not_a_trend(attribute):
    a = only(attribute('"We are not done," Holt continued. "The next vote is in May."'))
    assert (a.source, a.cue) == ("Holt", "continued")
    assert len(a.content_pieces) == 2
    assert attribute("Prices continued to rise. The firm continued its work.") == []


def test_a_columnists_own_report_stays_but_not_a_quoted_we(attribute):
    a = only(attribute("I told the mayor last week that the bridge would not hold."))
    assert (a.source, a.cue, a.content) == ("I", "told", "the bridge would not hold")
    a = only(attribute('"We expect delays all winter," the port director said.'))
    assert a.source == "the port director"


@pytest.mark.parametrize("sentence", [
    "Her stance on the bridge has hardened.",
    "The rivals seized on the report within hours.",
])
def test_a_topic_named_is_no_frame(attribute, sentence):
    assert attribute(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Talk about the new budget dominated the meeting.",
    "Concerns about the bridge were raised at the hearing.",
])
def test_a_frame_nobody_holds_is_no_attribution(attribute, sentence):
    # who said what: a stance with no one holding it tells a reader nothing
    assert attribute(sentence) == []
