"""Reading real pages (issue 15): nothing of the article lost in the text rebuild,
titles without their site, fallback extraction when the fast one reads a menu."""

from __future__ import annotations

import pytest

from saidwhat.read.html import clean_title, extract_html
from saidwhat.structure import analyze_structure

PROSE = ("The council met on Tuesday to discuss the new budget for the coming year, "
         "and members spoke at length about the cost of repairs to the old bridge. ")


def page(body: str, title: str = "Budget vote splits council") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>{title}</h1>{body}</article><footer>About us</footer>"
            "</body></html>")


def test_text_between_blocks_line_breaks_and_table_cells_are_kept():
    html = page(f"<p>{PROSE}</p><div>Before the list<ul><li>First item</li><li>Second "
                f"item</li></ul>after the list.</div><p>Line one<br>line two</p>"
                "<table><tr><td>1</td><td>Kyle Moss</td><td>5040</td></tr>"
                f"<tr><td>2</td><td>Ann Lee</td><td>5035</td></tr></table><p>{PROSE}</p>")
    text = extract_html(html, id="p", where="p").text
    assert "Before the list" in text and "after the list." in text
    assert "First item\nSecond item" in text
    assert "Line one\nline two" in text
    assert "1 | Kyle Moss | 5040" in text and "5040" + "2" not in text


def test_a_list_the_text_introduces_stays_article_text():
    text = ("Holiday deals\n\n" + PROSE * 2 + "\n\nHere are the offers to look out for:\n\n"
            "1) Lego Star Cruiser 75188 building set\nhttp://example.com/a\n"
            "2) Retro racing track with two cars\nhttp://example.com/b")
    st = analyze_structure(text)
    labels = {text[slice(*b.span)].split("\n")[0]: b.label for b in st.blocks}
    assert labels["1) Lego Star Cruiser 75188 building set"] == "body"


def test_short_trailer_lines_are_still_tags():
    text = "Holiday deals\n\n" + PROSE * 2 + "\n\nTopics\nRetail\nHolidays"
    st = analyze_structure(text)
    assert st.blocks[-1].label != "body"


@pytest.mark.parametrize("title, site, host, expected", [
    ("Bike & Style book with soundtrack review | MoreBikes", "MoreBikes", "morebikes.co.uk",
     "Bike & Style book with soundtrack review"),
    ("Opinion | Republicans Are Following Their Leader", "NYTimes", "nytimes.com",
     "Republicans Are Following Their Leader"),
    ("NASA adds five companies to lunar lander program - SpaceNews.com", None, "spacenews.com",
     "NASA adds five companies to lunar lander program"),
    ("All-new 2020 Sentra is what we want from Nissan - Auto News", "AutoIndustriya.com",
     "autoindustriya.com", "All-new 2020 Sentra is what we want from Nissan"),
    ("Star Wars review - shoots for the moon, lands among the stars", "VG247", "vg247.com",
     "Star Wars review - shoots for the moon, lands among the stars"),
    ("Home | Site", "Site", "site.com", "Home | Site"),  # nothing left to be a title
])
def test_titles_lose_the_site_and_section_names(title, site, host, expected):
    assert clean_title(title, site, host) == expected


def test_a_title_case_dateline_opens_the_first_paragraph_only():
    text = ("Colts win again\n\nIndianapolis – The Colts beat the Texans on Sunday, the "
            "coach said.\n\nObama — who spoke later — said he was proud.")
    labels = [(b.label, text[slice(*b.span)][:12]) for b in analyze_structure(text).blocks]
    assert ("dateline", "Indianapolis") in labels
    assert ("body", "Obama — who ") in labels


def test_attribution_spans_never_start_or_end_inside_a_word():
    import json
    from pathlib import Path

    import saidwhat

    data = Path(__file__).parent.parent / "speakers" / "data" / "speaker_articles.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text(encoding="utf-8").splitlines()]
    texts.append("Game report\n\nThe coach said the players weren't ready and couldn't cope, "
                 "adding: \"We didn't play.\"")
    for article in map(saidwhat.analyze, texts):
        t = article.text
        for a in article.attributions:
            for s, e in a.source + a.cue + a.content:
                assert not (s > 0 and t[s - 1].isalnum() and t[s].isalnum()), t[s - 5:e]
                assert not (e < len(t) and t[e - 1].isalnum() and t[e].isalnum()), t[s:e + 5]


def test_hidden_text_and_hover_cards_stay_out():
    html = page(f"<p>{PROSE}</p><p>Representative <a href='/p'>Ilhan Omar</a><span "
                "class='rollover-people'>Ilhan Omar Hillicon Valley | Latest news</span> "
                "voted against the bill<span style='display: none'>tracking pixel text</span>"
                " on Monday.</p>")
    text = extract_html(html, id="p", where="p").text
    assert "Representative Ilhan Omar voted against the bill on Monday." in text
    assert "Hillicon" not in text and "tracking pixel" not in text


def test_an_author_is_a_name_not_a_bio_sentence():
    from saidwhat.read.html import author_names

    assert author_names("Phil Helsel is a reporter for NBC News.") is None
    assert author_names("Dana Abenova; Phil Helsel") == "Dana Abenova; Phil Helsel"
    assert author_names(None) is None


def test_model_numbers_are_not_quantities():
    import saidwhat

    article = saidwhat.analyze("Jets ordered\n\nThe airline said it would buy 20 Boeing "
                               "787-9 jets and the air force flies 40 F-16 fighters, while "
                               "prices rose 10-15 percent.")
    values = [m.value for m in article.amounts]
    assert 20 in values and 40 in values and [10, 15] in values
    assert 9 not in values and 16 not in values and 787 not in values
