"""Structure stage: block labels, metadata from the text, provenance, offsets."""

from __future__ import annotations

import pytest

from saidwhat.model import BODY_LABELS
from saidwhat.structure import analyze_structure

WIRE_STORY = """Port strike halts grain shipments

By Jane Doe and Omar Haddad

3 June 2021, 10:15 GMT

A crane stands idle at the port on Wednesday. Photo: Karl Berg/Getty Images

ROTTERDAM, June 3 (AFP) — Dock workers at Europe's largest port walked out on Thursday, halting grain shipments, a union spokesman said.

Read more: Shipping rates climb as canal traffic slows

Talks with employers will resume next week, the union said in a statement posted on its website.

What comes next

The port authority said it expected a quick deal and warned that delays would ripple across European supply chains.

Related stories:
Union rejects pay offer
Grain prices rise on supply fears

Share this article: Facebook | X | Email

Copyright 2021 Harbour Times. All rights reserved."""


def labels(text: str, **kw) -> list[tuple[str, str]]:
    st = analyze_structure(text, **kw)
    return [(b.label, text[b.span[0]:b.span[1]]) for b in st.blocks]


def test_wire_story_blocks_metadata_and_provenance():
    st = analyze_structure(WIRE_STORY)
    got = [(b.label, WIRE_STORY[b.span[0]:b.span[1]]) for b in st.blocks]
    assert got[0] == ("title", "Port strike halts grain shipments")
    assert ("byline", "By Jane Doe and Omar Haddad\n\n3 June 2021, 10:15 GMT") in got
    assert ("caption", "A crane stands idle at the port on Wednesday. Photo: Karl Berg/Getty Images") in got
    assert ("dateline", "ROTTERDAM, June 3 (AFP) — ") in got
    assert got[got.index(("dateline", "ROTTERDAM, June 3 (AFP) — ")) + 1][1].startswith("Dock workers")
    assert ("readmore", "Read more: Shipping rates climb as canal traffic slows") in got
    assert ("section", "What comes next") in got
    assert ("related", "Related stories:\nUnion rejects pay offer\nGrain prices rise on supply fears") in got
    assert ("share", "Share this article: Facebook | X | Email") in got
    assert ("footer", "Copyright 2021 Harbour Times. All rights reserved.") in got
    assert st.title == "Port strike halts grain shipments"
    assert st.published == "2021-06-03"
    assert st.author == "Jane Doe, Omar Haddad"
    assert st.provenance.wire == "AFP"
    assert st.provenance.photo_credit == "Karl Berg/Getty Images"
    assert st.provenance.origin == "Harbour Times"


def test_blocks_index_the_text_in_order_without_overlap():
    st = analyze_structure(WIRE_STORY)
    ends = 0
    for b in st.blocks:
        s, e = b.span
        assert ends <= s < e <= len(WIRE_STORY)
        assert WIRE_STORY[s:e].strip() and not WIRE_STORY[s].isspace()
        ends = e
    covered = {i for b in st.blocks for i in range(*b.span)}
    assert all(WIRE_STORY[i].isspace() for i in range(len(WIRE_STORY)) if i not in covered)


@pytest.mark.parametrize("line", [
    "By the end of the year, the ministry said, exports would double.",
    "About 40 people were hurt when the stand collapsed, police said.",
    "Source close to the talks said a deal was near.",
    "Photo opportunities were rare, the spokesman told reporters on Friday.",
    "US - China talks resumed on Monday after a pause of several months, officials said.",
])
def test_prose_that_looks_like_furniture_stays_body(line):
    text = f"Headline here\n\n{line}\n\nAnother paragraph of the article follows here, as usual."
    got = labels(text)
    assert ("body", line) in got or all(lab in BODY_LABELS for lab, _ in got)


def test_dateline_forms():
    for opening, wire in [("BISHKEK, November 21. /TASS/. ", "TASS"),
                          ("DUSHANBE, Tajikistan (AP) — ", "AP"),
                          ("Sept 16 (Reuters) - ", "Reuters"),
                          ("BEIJING, Dec. 15 (Xinhua) -- ", "Xinhua"),
                          ("GENEVA — ", None)]:
        text = f"A title\n\n{opening}The talks ended without agreement on Tuesday, delegates said."
        st = analyze_structure(text)
        assert ("dateline", opening) in [(b.label, text[slice(*b.span)]) for b in st.blocks]
        assert st.provenance.wire == wire


def test_given_metadata_wins_and_is_normalised():
    st = analyze_structure("Body only. No title line here at all, just text of the article.",
                           title="Given title", published="2024-03-14T11:42:00+05:00")
    assert st.title == "Given title" and st.published == "2024-03-14"
    assert [b.label for b in st.blocks] == ["body"]


def test_founding_article(founding_text):
    st = analyze_structure(founding_text)
    p = st.provenance
    assert (p.wire, p.photo_credit, p.origin) == (
        "TASS", "Federation Council", "International Affairs (journal)")
    assert st.published == "2022-10-18"
    non_body = "\n".join(founding_text[slice(*b.span)] for b in st.discard)
    for trailer in ('GSV "Russia - Islamic world"', "Photo: Federation Council",
                    "Based on materials from TASS"):
        assert trailer in non_body
    assert [founding_text[slice(*b.span)] for b in st.blocks if b.label == "section"] == [
        "Contentious questions", "Sanctions of the West"]
    assert min(b.span[0] for b in st.discard) == founding_text.index('GSV "Russia')


def _nonws(spans, text):
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def test_dev_set_non_body_precision_and_recall(dev_gold):
    tp = fp = fn = 0
    for rec in dev_gold:
        st = analyze_structure(rec["text"], title=rec["title"])
        pred = _nonws([b.span for b in st.discard], rec["text"])
        gold = _nonws(rec["discard"], rec["text"])
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.9


def test_site_furniture_of_other_styles():
    text = """Council backs new cycle lanes

Published 3 hours ago

Image source, Mara Lind/City Photos

Image caption, Cyclists on the ring road during a protest ride last year

The city council voted on Tuesday to build 12 miles of protected cycle lanes by 2027, a plan the mayor said would make the centre safer.

Shopkeepers on the high street said the loss of parking would cost them trade and asked the council to delay the work.

Topics
Cycling
Local government

This article was amended on 4 June 2024 to correct the length of the lanes."""
    got = labels(text)
    assert [lab for lab, _ in got] == ["title", "byline", "credit", "caption", "body", "body",
                                       "related", "editor_note"]
    assert analyze_structure(text).provenance.photo_credit == "Mara Lind/City Photos"


def test_text_without_a_title_line_has_no_title():
    lead = ("The central bank raised its main interest rate by half a point on Thursday, "
            "its third increase this year, and said inflation would stay above target "
            "until the end of next year at the earliest.")
    st = analyze_structure(lead + "\n\nMarkets had expected a smaller move, traders said.")
    assert st.title is None and [b.label for b in st.blocks] == ["body", "body"]
