"""The one quotation scanner: which marks open and close comes from the profile."""

from __future__ import annotations

from dataclasses import replace

from saidwhat import lang
from saidwhat.text.quotes import find_quotes

EN = lang.get("en").quote_marks


def quoted(text: str, marks=EN) -> list[str]:
    return [text[slice(*q.inner)] for q in find_quotes(text, [(0, len(text))], marks)
            if q.level == 0]


def test_english_marks_pair_straight_curly_typewriter_and_low_nine():
    assert quoted('He said "yes" and “no” and ``maybe\'\' and „ja“.') == \
        ["yes", "no", "maybe", "ja"]


def test_the_profile_decides_what_is_a_mark():
    guillemets_only = replace(EN, double_open="«", double_close="»", double_either="",
                              single_open="", single_close="", single_either="",
                              typewriter_open="\x00\x00", typewriter_close="\x01\x01",
                              low_open_closer=())
    text = 'Он сказал: «Да» и "нет".'
    assert quoted(text, guillemets_only) == ["Да"]
    assert quoted(text) == ["Да", "нет"]


def test_a_quotation_continues_over_paragraphs_opened_again():
    text = '"First part.\n"Second part," she said.'
    blocks = [(0, 12), (13, len(text))]
    (q,) = [q for q in find_quotes(text, blocks, EN) if q.level == 0]
    assert text[q.inner[0]:q.inner[1]].startswith("First") and q.end > blocks[1][0]


def test_a_closing_mark_that_opens_a_paragraph_opens_its_quotation():
    # a word processor's slip: ” where “ belongs, at the start of the paragraph
    assert quoted("”We will appeal,” the lawyer said.") == ["We will appeal,"]
    # elsewhere a lone closing mark opens nothing
    assert quoted("The sign said 12” tall, not “12 feet”.") == ["12 feet"]


def test_an_opening_mark_that_ends_a_quotation_closes_it():
    assert quoted("She wrote: “See the figures here.“ Then she left.") == ["See the figures here."]
    # an opening mark glued to the next word still opens
    assert quoted("He said,“Look at the map.” Then he left.") == ["Look at the map."]
