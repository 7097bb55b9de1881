"""Dates: absolute forms, relative forms read against the publication date."""

from __future__ import annotations

import pytest


def value_of(dates_of, text, published="2022-10-18"):
    found = dates_of(text, published)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("It was signed on 18 October 2022 in Astana.", "2022-10-18"),
    ("It was signed on March 14, 2024 in Astana.", "2024-03-14"),
    ("Posted Jan 24, 2024 by staff.", "2024-01-24"),
    ("The photo was taken Oct. 14, 2021 at the border.", "2021-10-14"),
    ("The duty was introduced in October 2023.", "2023-10"),
    ("The talks began in 2020.", "2020"),
    ("Construction starts in the second quarter of 2024.", "2024-Q2"),
    ("Filings are planned for the first half of 2025.", "2025-H1"),
    ("Loans stood at 2.3% at the end of 2023.", "2023-12-31"),
])
def test_absolute_dates(dates_of, text, value):
    d = value_of(dates_of, text)
    assert (d.value, d.relative) == (value, False)


# 2022-10-18 was a Tuesday.
@pytest.mark.parametrize("text, value", [
    ("The article was published on Tuesday by the ambassador.", "2022-10-18"),
    ("The vote was held on Monday night.", "2022-10-17"),
    ("The first case was confirmed last Tuesday in the county.", "2022-10-11"),
    ("The letter was sent last week to the ministry.", "2022-10-10/2022-10-16"),
    ("Revenue grew last year to a record.", "2021"),
    ("The summit will take place next year in Baku.", "2023"),
    ("The fund was created three years ago by decree.", "2019"),
    ("The ministry said it would review the rate in six months.", "2023-04"),
    ("He took over in January after a vote.", "2022-01"),
    ("The trains will start running in January from the port.", "2023-01"),
    ("The agreement is to be signed in December, he added.", "2022-12"),
    ("The rollout is expected to be complete by October.", "2022-10"),
    ("The rules have applied since May to all firms.", "2022-05"),
    ("The results were announced yesterday in the capital.", "2022-10-17"),
    ("The company announced today that it will expand.", "2022-10-18"),
    ("The deliveries begin April 1 under the contract.", "2022-04-01"),
    ("More cases are expected over the next two weeks in schools.",
     "2022-10-18/2022-11-01"),
    ("The crossing is due to open in the autumn after repairs.", "2022-09/2022-11"),
])
def test_relative_dates(dates_of, text, value):
    d = value_of(dates_of, text)
    assert (d.value, d.relative) == (value, True)


def test_without_publication_date_relative_dates_have_no_value(dates_of):
    found = dates_of("On Tuesday the ministry cited data from March 2020.", published=None)
    assert [(d.text, d.value) for d in found] == [("On Tuesday", None),
                                                  ("March 2020", "2020-03")]


def test_durations_and_modal_may_are_not_dates(dates_of):
    assert dates_of("It was the third profit warning in 18 months.") == []
    assert dates_of("Prices may rise again.") == []


def test_published_line_gets_its_role(dates_of):
    text = "Headline here\n\n18 October 2022\n\nThe ministry said on Tuesday that it agreed."
    found = dates_of(text, labels=["title", "dateline", "body"])
    assert [(d.text, d.value, d.role) for d in found] == [
        ("18 October 2022", "2022-10-18", "published"),
        ("on Tuesday", "2022-10-18", None)]


def test_names_and_vague_spans_are_not_dates(dates_of):
    assert dates_of("Follow Wessex Today on Facebook.") == []
    assert dates_of("Prices are down by a third in a year, he warned.") == []


def test_the_past_week_ends_at_publication(dates_of):
    d = value_of(dates_of, "The clinics gave 1,460 shots in the past week.")
    assert d.value == "2022-10-11/2022-10-18"


def test_dates_are_the_same_after_the_amounts_stage():
    from saidwhat.amounts import extract_amounts, extract_dates
    from saidwhat.model import Block, Structure
    from saidwhat.nlp import load_model

    text = "Title\n\n18 October 2022\n\nOn Tuesday it said 40% of 23 projects end in 2025."
    blocks = [Block((0, 5), "title"), Block((7, 22), "dateline"), Block((24, len(text)), "body")]

    def run(amounts_first: bool):
        doc = load_model().make_doc(text)
        structure = Structure(blocks=blocks, published="2022-10-18")
        if amounts_first:
            extract_amounts(doc, structure, [])
        return [(d.span, d.value, d.relative, d.role) for d in extract_dates(doc, structure)]

    assert run(True) == run(False)
    assert len(run(False)) == 3


@pytest.mark.parametrize("text, value, relative", [
    ("The filing is dated 2024-03-14 in the registry.", "2024-03-14", False),
    ("Output should peak in mid-2025, it said.", "2025", False),
    ("Police were called last night to the square.", "2022-10-17", True),
    ("The minister resigned this morning after the vote.", "2022-10-18", True),
])
def test_more_date_forms(dates_of, text, value, relative):
    d = value_of(dates_of, text)
    assert (d.value, d.relative) == (value, relative)
