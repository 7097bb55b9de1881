"""The one sentence splitter, as paragraphs (``sentences``) and at one position (``end_at``)."""

from __future__ import annotations

import pytest

from saidwhat import lang
from saidwhat.text.sentences import end_at, sentences

EN = lang.get("en")


def split(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentences(text, 0, len(text), EN)]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Sato arrived on Nov. 30. He spoke.", ["Mr. Sato arrived on Nov. 30.", "He spoke."]),
    ("J. R. Smith of Acme Inc. left. Shares fell.", ["J. R. Smith of Acme Inc. left.", "Shares fell."]),
    ("It was late, e.g. after ten. Then rain.", ["It was late, e.g. after ten.", "Then rain."]),
    ('He left." She stayed.', ['He left."', "She stayed."]),
    ("''It works,'' he said. ''Truly.''", ["''It works,'' he said.", "''Truly.''"]),
    ("«Да», - сказал он. - «Конечно».", ["«Да», - сказал он.", "- «Конечно»."]),
    ("No stop here\nNew line", ["No stop here", "New line"]),
    # an initialism ends the sentence when a quotation opens next; not before a
    # lower-case word or a name
    ('He spoke in Fort Mill, S.C. "It works," he said.',
     ["He spoke in Fort Mill, S.C.", '"It works," he said.']),
    ('The U.S. "war on terror" went on.', ['The U.S. "war on terror" went on.']),
    ("They met in Washington, D.C. Smith was there too.",
     ["They met in Washington, D.C. Smith was there too."]),
])
def test_sentence_ends(text, expected):
    assert split(text) == expected


def test_sentences_tile_the_range_and_end_at_agrees_with_them():
    text = ('The envoy, Dr. A. Lee, spoke. "We are ready," she said. Talks resume in Jan. '
            "2027? Maybe! It is 5 p.m. now.\nMore follows")
    pieces = list(sentences(text, 0, len(text), EN))
    assert "".join(text[s:e] for s, e in pieces) == text
    ends = {end_at(text, i, EN) for i in range(len(text))} - {None}
    # every boundary but the last is the end of a sentence's marks plus the space after
    for _, e in pieces[:-1]:
        assert any(text[stop:e].strip() == "" for stop in ends if stop <= e), text[:e]
    assert len(ends) == len(pieces) - 1
