"""Figures: values, units, ranges, number words, what is not an amount, attribution."""

from __future__ import annotations

import pytest

from saidwhat.model import Attribution


def one(amounts_of, text):
    found = amounts_of(text)
    assert len(found) == 1, [(a.text, a.value, a.unit) for a in found]
    return found[0]


@pytest.mark.parametrize("text, value, unit", [
    ("The share rose to 75% last year.", 75, "percent"),
    ("The share rose to 75 percent.", 75, "percent"),
    ("The share rose to 75 per cent.", 75, "percent"),
    ("It will require investments of $8 billion.", 8e9, "USD"),
    ("It would invest £250m in prices.", 2.5e8, "GBP"),
    ("It costs 120 billion tenge.", 1.2e11, "KZT"),
    ("Revenue reached €212 million.", 2.12e8, "EUR"),
    ("They plan an issue of 2 billion yuan.", 2e9, "CNY"),
    ("A ticket costs 5,000 rubles.", 5000, "RUB"),
    ("It was worth 260 million U.S. dollars.", 2.6e8, "USD"),
    ("The fee is ₸500.", 500, "KZT"),
    ("Losses reached $5bn.", 5e9, "USD"),
    ("It will take nine months to finish.", 9, "months"),
    ("Twenty minutes later my laptop was locked.", 20, "minutes"),
    ("The farm covers 3,000 hectares of land.", 3000, "hectares"),
    ("Plans include 23 large-scale projects in the region.", 23, "projects"),
    ("The plant will create 350 jobs during construction.", 350, "jobs"),
    ("Three of the attackers were killed.", 3, "attackers"),
    ("The line is 1,344-kilometer long.", 1344, "km"),
    ("A 20-year-old student spoke.", 20, "years"),
    ("The pipe could carry 10 bcm of gas.", 1e10, "cubic metres"),
    ("Each side will hold a third of the shares.", 33.3, "percent"),
    ("Tariffs cover barely half of the costs.", 50, "percent"),
    ("One child can infect nine out of ten people.", 90, "percent"),
    ("Trains grew more than tenfold over the decade.", 10, "times"),
    ("Harold Jennings, 81, said he visits the branch.", 81, "years"),
])
def test_value_and_unit(amounts_of, text, value, unit):
    a = one(amounts_of, text)
    assert a.value == pytest.approx(value)
    assert a.unit == unit


@pytest.mark.parametrize("text, value, unit", [
    ("Crushers offered 20-25% below parity.", [20, 25], "percent"),
    ("The cost is estimated at $3.2-3.5 billion.", [3.2e9, 3.5e9], "USD"),
    ("It costs between $4.5 billion and $5 billion.", [4.5e9, 5e9], "USD"),
    ("Stages were cut from seven to four.", [7, 4], None),
    ("Delivery times fall by two to three days.", [2, 3], "days"),
    ("Levels were between 5 and 12 micrograms per liter.", [5, 12], "micrograms per liter"),
    ("The council voted 5-2 on the plan.", [5, 2], "votes"),
])
def test_ranges(amounts_of, text, value, unit):
    a = one(amounts_of, text)
    assert a.value == pytest.approx(value)
    assert a.unit == unit


def test_rates_keep_their_base(amounts_of):
    a = one(amounts_of, "Capacity will rise to 1.1 million tonnes a year.")
    assert (a.value, a.unit) == (1.1e6, "tonnes per year")
    a = one(amounts_of, "Care costs about £960 per resident per week.")
    assert a.unit == "GBP per resident per week"


def test_falls_are_negative_percentages(amounts_of):
    assert one(amounts_of, "Shares fell 6% in early trading.").value == -6
    assert one(amounts_of, "Prices are down by a third.").value == pytest.approx(-33.3)
    assert one(amounts_of, "Shares rose 6% in early trading.").value == 6
    assert one(amounts_of, "Market share slipped to 9.3 percent.").value == 9.3


def test_durations_are_added_up(amounts_of):
    a = one(amounts_of, "She won in 2 hours, 18 minutes, 52 seconds on the course.")
    assert (a.value, a.unit) == (8332, "seconds")
    a = one(amounts_of, "The winning time was 2:07:31, a record.")
    assert (a.value, a.unit) == (7651, "seconds")


@pytest.mark.parametrize("text", [
    "The duty was introduced in 2022.",
    "The ministry said so on March 14, 2024.",
    "It was published on 18 October 2022.",
    "The statement came at 11:42 AM local time.",
    "He scored in the 34th minute.",
    "Call +7 701 555 1234 for details.",
    "See Section 5 of the law.",
    "The airline flies the Boeing 737 on the route.",
    "The Kambarata-1 plant is on the river.",
    "One of the traders spoke.",
])
def test_not_amounts(amounts_of, text):
    assert [a.text for a in amounts_of(text)] == []


def test_only_body_blocks(amounts_of):
    text = "Photo: 3 people at the site\n\nThe plant employs 350 people."
    found = amounts_of(text, labels=["caption", "body"])
    assert [a.text for a in found] == ["350"]


def test_of_without_parse_takes_the_of_phrase(amounts_of):
    a = one(amounts_of, "China bought 62% of Kazakhstan's flaxseed exports last year.")
    assert a.of == "Kazakhstan's flaxseed exports last year"


def test_amount_takes_the_innermost_attribution(amounts_of):
    text = 'He said the minister had told him "costs rose 15% this year" in May.'
    q = text.index('"costs')
    outer = Attribution(id=0, kind="indirect", source=[(0, 2)], cue=[(3, 7)],
                        content=[(8, len(text) - 1)], speaker="Outer Speaker")
    inner = Attribution(id=1, kind="direct", source=[(8, 20)], cue=[(21, 30)],
                        content=[(q, text.index('" in') + 1)], speaker="The Minister",
                        nested_in=0)
    a = amounts_of(text, [outer, inner])[0]
    assert (a.text, a.attribution, a.speaker) == ("15%", 1, "The Minister")
    a = amounts_of(text, [outer])[0]
    assert (a.attribution, a.speaker) == (0, "Outer Speaker")
    assert amounts_of(text)[0].attribution is None


def test_rate_base_after_a_bracketed_conversion(amounts_of):
    found = amounts_of("Coal was offered at 1,350 yuan ($186) a tonne at the border.")
    assert [(a.text, a.unit) for a in found] == [("1,350 yuan", "CNY per tonne"),
                                                 ("$186", "USD per tonne")]


def test_a_year_earlier_is_not_a_rate(amounts_of):
    assert one(amounts_of, "Its share slipped from 9.9% a year earlier.").unit == "percent"


def test_counted_noun_is_not_a_verb_or_adverb(amounts_of):
    found = amounts_of("Three of the attackers were killed and two fled back across the river.")
    assert [(a.value, a.unit) for a in found] == [(3, "attackers"), (2, None)]


def test_counted_currency_word_becomes_its_code(amounts_of):
    a = one(amounts_of, "Farmers could lose billions of euros in sales.")
    assert (a.value, a.unit) == (1e9, "EUR")


def test_season_years_are_not_amounts(amounts_of):
    assert amounts_of("It was his best goal of the 2024-25 season.") == []


@pytest.mark.parametrize("text", ["They rang me at six in the evening.",
                                  "The shop opens at nine o'clock.",
                                  "The blast was heard at 4 am."])
def test_times_of_day_are_not_amounts(amounts_of, text):
    assert amounts_of(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("The project costs Rs 500 crore.", 5e9, "INR"),
    ("Sales hit ¥1.5 trillion.", 1.5e12, "JPY"),
    ("It raised US$3 million.", 3e6, "USD"),
    ("Output reached 100,000 barrels per day.", 1e5, "barrels per day"),
    ("Oil traded at $50 a barrel.", 50, "USD per barrel"),
    ("Rates rose by 50 basis points.", 50, "basis points"),
    ("It cut rates by 0.25 percentage point.", 0.25, "percentage points"),
    ("A five-year-old girl was hurt.", 5, "years"),
])
def test_more_news_figures(amounts_of, text, value, unit):
    a = one(amounts_of, text)
    assert (a.value, a.unit) == (pytest.approx(value), unit)


def test_rate_after_a_counted_noun(amounts_of):
    a = one(amounts_of, "Resistant infections could kill 2.2 million people a year.")
    assert (a.value, a.unit) == (2.2e6, "people per year")
