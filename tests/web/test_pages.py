"""Server-rendered pages, read as HTML: search, article, speakers, analyse, errors."""

from __future__ import annotations

import re

from saidwhat.web.highlight import article_colours

from .conftest import ANNOTATED_ID, annotated_article
from .live import FOUNDING_ID, HOSTILE_ID, HOSTILE_TEXT


def test_search_page_lists_hits_with_links(client):
    r = client.get("/", params={"q": "reopen"})
    assert r.status_code == 200
    assert "Ana Ruiz" in r.text
    assert "<mark>reopen</mark>" in r.text
    assert f'href="/articles/{ANNOTATED_ID}#att-1"' in r.text
    assert "2023-04-02" in r.text


def test_search_page_filters_stay_in_the_form(client):
    r = client.get("/", params={"speaker": "Ruiz", "kind": "direct", "since": "2023"})
    assert 'value="Ruiz"' in r.text and '<option value="direct" selected>' in r.text
    assert r.text.count('class="hit"') == 1
    # A submitted form sends its blank fields: they mean "no filter".
    blank = dict.fromkeys(("speaker", "about", "since", "until", "kind", "wire"), "")
    r = client.get("/", params={"q": "reopen", **blank})
    assert r.status_code == 200 and r.text.count('class="hit"') == 1


def test_search_page_pages(client):
    r = client.get("/", params={"speaker": "Ruiz", "limit": 1})
    assert r.text.count('class="hit"') == 1
    assert 'href="/?speaker=Ruiz&amp;limit=1&amp;offset=1">next' in r.text
    r = client.get("/", params={"speaker": "Ruiz", "limit": 1, "offset": 1})
    assert 'href="/?speaker=Ruiz&amp;limit=1&amp;offset=0">&larr; previous' in r.text
    assert "next &rarr;" not in r.text


def test_search_page_bad_filter_is_a_page_not_json(client):
    r = client.get("/", params={"since": "2023-02-30"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "bad date" in r.text
    assert client.get("/", params={"kind": "rumour"}).status_code == 400
    assert client.get("/", params={"limit": "x"}).status_code == 422


def test_home_lists_articles(client):
    r = client.get("/")
    for article_id in (FOUNDING_ID, HOSTILE_ID, ANNOTATED_ID):
        assert f'href="/articles/{article_id}"' in r.text


def test_article_page_panel(client):
    r = client.get(f"/articles/{ANNOTATED_ID}")
    assert r.status_code == 200
    ids = set(re.findall(r'<span class="[^"]*\bhl\b[^"]*" data-att="(\d+)', r.text))
    assert ids == {"1", "2", "3"}  # the innermost attribution of each piece
    assert re.search(r'<li id="att-3" class="att" data-att="3">', r.text)
    assert "inside #2" in r.text
    colours = article_colours(annotated_article())
    assert f'class="speaker spk-{colours["Ana Ruiz"]}"' in r.text
    assert f'class="speaker spk-{colours["the minister"]}"' in r.text
    assert 'class="discard blk-caption"' in r.text
    assert "Reuters" in r.text and "City Hall" in r.text


def test_hostile_article_is_escaped(client):
    r = client.get(f"/articles/{HOSTILE_ID}")
    assert r.status_code == 200
    scripts = re.findall(r"<script[^>]*>", r.text, re.I)
    assert scripts == ['<script src="http://testserver/static/article.js" defer>']
    text = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', r.text,
                     re.S).group(1)
    assert set(re.findall(r"</?(\w+)", text)) == {"span"}
    assert not re.search(r"<(img|svg)\b", r.text, re.I)
    assert "&lt;img src=x onerror=" in r.text
    assert "window.__pwned" in r.text  # shown as text


def test_speaker_page(client):
    r = client.get("/speakers/Ana Ruiz")
    assert r.status_code == 200
    assert r.text.count('class="hit"') == 2
    assert "the bridge would reopen in May" in r.text and "2023-04" in r.text
    r = client.get("/speakers/Nobody Atall")
    assert r.status_code == 404 and "Nobody Atall" in r.text


def test_speakers_page(client):
    r = client.get("/speakers", params={"q": "minister"})
    assert "the minister" in r.text and "unresolved" in r.text
    assert "Ana Ruiz" not in r.text
    assert "<th>Also named</th>" in r.text


def test_analyse_page(client):
    assert 'name="text"' in client.get("/analyze").text
    r = client.post("/analyze", data={"text": HOSTILE_TEXT, "as": "text"})
    assert r.status_code == 200
    assert "not stored" in r.text and "&lt;script&gt;" in r.text
    assert not re.search(r"<(img|svg)\b", r.text, re.I)
    r = client.post("/analyze", data={"text": " ", "as": "text"})
    assert r.status_code == 400 and "the text is empty" in r.text
    r = client.post("/analyze", data={"text": "<html><body></body></html>", "as": "html"})
    assert r.status_code == 400 and "no article text" in r.text


def test_static_files(client):
    assert "--c" in client.get("/static/style.css").text
    assert "addEventListener" in client.get("/static/article.js").text


def test_unknown_page(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_article_panel_says_why_each_speaker(client):
    r = client.get(f"/articles/{FOUNDING_ID}")
    assert r.status_code == 200
    panel = r.text[r.text.index('<ol class="atts">'):]
    entries = re.findall(r'<li id="att-\d+".*?</li>', panel, re.S)
    assert entries and all("why this speaker" in e for e in entries)
    pronoun = next(e for e in entries if "<dd>he</dd>" in e or "<dd>He</dd>" in e)
    assert '<span class="tag">pronoun</span>' in pronoun
    # the mention the name was taken from, quoted with its offsets into the text
    m = re.search(r'<q title="characters (\d+)-(\d+)">([^<]+)</q>', pronoun)
    assert m and "Borodavkin" in m.group(3)
    assert int(m.group(2)) - int(m.group(1)) == len(m.group(3))


def test_articles_list_page(client):
    r = client.get("/articles")
    assert r.status_code == 200
    assert f'href="/articles/{FOUNDING_ID}"' in r.text
    assert 'href="/articles"' in r.text  # in the navigation
    r = client.get("/articles", params={"q": "zzyzx"})
    assert "No articles match" in r.text


def test_search_shows_its_total_and_download_links(client):
    r = client.get("/", params={"speaker": "Borodavkin", "limit": 5})
    m = re.search(r"<h2>(\d+) statements, 1–5 shown</h2>", r.text)
    assert m and int(m.group(1)) > 5
    assert "next &rarr;" in r.text
    assert "/api/attributions.csv?speaker=Borodavkin" in r.text


def test_a_bad_date_is_one_clear_line_and_the_form_stays(client):
    r = client.get("/", params={"q": "sanctions", "since": "garbage"})
    assert r.status_code == 422
    assert "YYYY-MM-DD" in r.text and "^(" not in r.text  # no raw pattern
    assert 'value="sanctions"' in r.text  # the form, filled as it was


def test_search_facets_link_to_narrower_searches(client):
    r = client.get("/", params={"q": "Kazakhstan"})
    assert 'class="facets"' in r.text
    kinds = re.findall(r'href="/\?([^"]*kind=[a-z]+[^"]*)"', r.text)
    assert kinds and all("q=Kazakhstan" in k for k in kinds)
