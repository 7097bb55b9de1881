"""Entities from names, titles, appositions and lexicons (no NER model)."""

from __future__ import annotations

from saidwhat.entities import build_registry


def entities(text):
    return build_registry(text).entities


def by_name(text):
    return {e.name: e for e in entities(text)}


def test_title_before_the_name_gives_person_and_role():
    got = by_name("President of Freedonia Rufus Firefly said the war was over. "
                  "Firefly added that taxes would fall.")
    person = got["Rufus Firefly"]
    assert person.type == "person"
    assert person.role == "President of Freedonia"
    assert len(person.mentions) == 2  # the surname joined the full name


def test_apposition_gives_the_role():
    got = by_name("Marta Kowal, the association's chairwoman, said exports fell.")
    assert got["Marta Kowal"].role == "association's chairwoman"


def test_role_before_an_apposed_name():
    got = by_name("Its chief executive, Jonas Berg, said the bank was safe.")
    assert got["Jonas Berg"].role == "Its chief executive"


def test_role_of_a_body_before_an_apposed_name():
    got = by_name("The head of the National Bank of Freedonia, Tomas Vidal, said rates "
                  "would fall.")
    assert got["Tomas Vidal"].role == "head of the National Bank of Freedonia"
    assert got["National Bank of Freedonia"].type == "organization"


def test_a_place_after_at_is_not_a_person():
    got = by_name("Analysts at Morgan Stanley said in a note that sales would fall.")
    assert got["Morgan Stanley"].type != "person"


def test_organisations_by_their_fullest_name():
    got = by_name("Kazakhstan's Foreign Ministry said talks went well. The Ministry of "
                  "Agriculture disagreed, as did Brightwater Foods and Halvorsen & Co.")
    assert got["Kazakhstan's Foreign Ministry"].type == "organization"
    assert got["Kazakhstan's Foreign Ministry"].country == "Kazakhstan"
    assert got["Ministry of Agriculture"].type == "organization"
    assert got["Brightwater Foods"].type == "organization"
    halvorsen = next(e for name, e in got.items() if name.startswith("Halvorsen & Co"))
    assert halvorsen.type == "organization"


def test_and_splits_names_but_not_organisations():
    got = by_name("Russia and Kazakhstan signed a deal with the Ministry of Economy and "
                  "Commerce.")
    assert got["Russia"].type == got["Kazakhstan"].type == "country"
    assert "Ministry of Economy and Commerce" in got


def test_capitals_map_to_their_country():
    got = by_name("Ties between Moscow and Astana are strong, officials in Washington "
                  "said.")
    assert got["Moscow"].type == "place" and got["Moscow"].country == "Russia"
    assert got["Astana"].country == "Kazakhstan"
    assert got["Washington"].country == "United States"


def test_demonyms_and_group_nouns_are_not_people():
    got = entities("Both Kazakhstanis and Russian Kazakhs welcomed the decision, "
                   "Western diplomats said.")
    assert not [e for e in got if e.type == "person"]


def test_headline_in_title_case_gives_no_junk():
    got = entities("Samarkand Air Signs Lease for 12 Aircraft, Plans Listing on Stock "
                   "Exchange\n\nThe airline said on Monday it had signed a lease.")
    assert not [e for e in got if "Signs" in e.name or "Plans" in e.name]


def test_founding_article_entities(founding_text):
    got = build_registry(founding_text).entities
    people = {e.name: e for e in got if e.type == "person"}
    assert set(people) == {"Alexey Borodavkin", "Kassym-Jomart Tokayev"}
    assert people["Alexey Borodavkin"].role == "Russian Ambassador to Kazakhstan"
    assert people["Kassym-Jomart Tokayev"].role == "President of Kazakhstan"
    countries = {e.name for e in got if e.type == "country"}
    assert countries == {"Russia", "Kazakhstan", "United States"}
    capitals = {e.name: e.country for e in got if e.type == "place" and e.country}
    assert capitals["Astana"] == "Kazakhstan" and capitals["Moscow"] == "Russia"
    orgs = {e.name for e in got if e.type == "organization"}
    assert {"Federation Council", "TASS"} <= orgs
    assert any(name.startswith("KAZ Minerals") for name in orgs)


def test_founding_article_speakers_link_to_entities(founding_article):
    ents = {e.id: e for e in founding_article.entities}
    for att in founding_article.attributions:
        assert att.speaker_entity in ents, att
        assert ents[att.speaker_entity].name == att.speaker
    ambassador = next(e for e in founding_article.entities
                      if e.name == "Alexey Borodavkin")
    # pronoun and role-noun sources were added as mentions
    he = founding_article.text.index("he said")
    assert (he, he + 2) in ambassador.mentions
