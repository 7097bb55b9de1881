"""The UI in a real Chromium (Debian's, driven by Playwright): search, read an
article with its statements highlighted, analyse pasted text, and hostile article
text that must run nothing."""

from __future__ import annotations

import pytest

from .live import FOUNDING_ID, HOSTILE_ID, HOSTILE_TEXT

pytestmark = pytest.mark.browser

SPEAKER = "Alexey Borodavkin"


def attribution_ids(page) -> set[str]:
    """Every attribution id that some highlighted piece of the text belongs to."""
    return set(page.eval_on_selector_all(
        "#article-text [data-att]", "els => els.flatMap(e => e.dataset.att.split(' '))"))


def test_search_then_open_the_founding_article(page):
    page.goto("/")
    page.fill("input[name=q]", "Kazakhstan")
    page.fill("input[name=speaker]", "Borodavkin")
    page.click("button[type=submit]")
    hits = page.locator(".hit")
    assert hits.count() > 0
    assert set(page.locator(".hit .speaker").all_inner_texts()) == {SPEAKER}
    assert page.locator(".hit mark").first.inner_text().lower() == "kazakhstan"

    hits.first.locator("a.source-link").click()
    page.wait_for_url(f"**/articles/{FOUNDING_ID}#att-*")
    listed = page.locator(".atts .att")
    assert listed.count() >= 15
    # Every listed statement is highlighted in the text, and nothing else is.
    assert attribution_ids(page) == set(listed.evaluate_all("els => els.map(e => e.dataset.att)"))
    # The link's statement is selected on arrival.
    target = page.url.rsplit("#att-", 1)[1]
    assert page.locator(f'#article-text .selected[data-att~="{target}"]').count() > 0
    assert not page.locator("#details").is_hidden()
    assert not page.errors


def test_founding_statements_are_highlighted_for_borodavkin(page):
    page.goto(f"/articles/{FOUNDING_ID}")
    sources = page.locator("#article-text .hl.src")
    cues = page.locator("#article-text .hl.cue")
    contents = page.locator("#article-text .hl.cnt")
    assert sources.count() >= 15 and cues.count() >= 15 and contents.count() >= 15
    # Source, cue and content look different (the stylesheet loads under the CSP).
    style = ("e => ({weight: getComputedStyle(e).fontWeight, style: getComputedStyle(e)"
             ".fontStyle, background: getComputedStyle(e).backgroundColor})")
    source, cue, content = (x.first.evaluate(style) for x in (sources, cues, contents))
    assert source["weight"] == "700" and content["weight"] == "400"
    assert cue["style"] == "italic" and content["style"] == "normal"
    assert content["background"] not in ("rgba(0, 0, 0, 0)", "transparent")

    # Speaker resolution: most statements, under "he", "the ambassador",
    # "the diplomat", "Borodavkin", are Alexey Borodavkin's, all in one colour.
    titles = page.locator("#article-text .hl.src").evaluate_all(
        "els => els.map(e => e.title.split(' | ')[0])")
    by_him = [t for t in titles if f" {SPEAKER}: source" in t]
    assert len(by_him) >= 10
    colours = set(page.locator(f'#article-text .hl.src[title*="{SPEAKER}: source"]')
                  .evaluate_all("els => els.map(e => getComputedStyle(e).color)"))
    assert len(colours) == 1
    panel = page.locator(".speakers-list li").filter(has_text=SPEAKER)
    assert panel.count() == 1 and "Ambassador" in panel.inner_text()

    # Clicking a highlight shows that statement's details and marks all its pieces.
    contents.nth(3).click()
    details = page.locator("#details")
    assert details.is_visible()
    selected = contents.nth(3).get_attribute("data-att").split()[0]
    assert page.locator(f'#article-text [data-att~="{selected}"]').count() == \
        page.locator(f'#article-text .selected[data-att~="{selected}"]').count()
    assert details.locator(".speaker").inner_text() in (SPEAKER, "Kassym-Jomart Tokayev")
    assert not page.errors


def test_nested_statement_is_visible(page):
    page.goto(f"/articles/{FOUNDING_ID}")
    nested = page.locator("#article-text .hl.nested")
    assert nested.count() > 0
    inner, outer = nested.first.get_attribute("data-att").split()[:2]
    entry = page.locator(f"#att-{inner}")
    assert f"inside #{outer}" in entry.inner_text()
    assert nested.first.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"


def test_analyse_pasted_text(page):
    before = page.request.get("/api/articles?limit=500").json()["count"]
    page.goto("/analyze")
    page.fill("textarea[name=text]",
              "Water rates will rise by 4% next year, the utility's chief executive "
              "Maria Lindqvist said on Tuesday.\n\n"
              '"We have no other choice," Lindqvist told reporters.')
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text .hl.cnt").count() >= 2
    speakers = page.locator(".speakers-list .speaker").all_inner_texts()
    assert "Maria Lindqvist" in speakers
    assert "not stored" in page.locator(".article-head").inner_text()
    assert page.request.get("/api/articles?limit=500").json()["count"] == before
    assert not page.errors


def test_hostile_article_runs_nothing(page):
    page.goto(f"/articles/{HOSTILE_ID}")
    for piece in page.locator("#article-text [data-att]").all():
        piece.hover()
        piece.click()
    text = page.locator("#article-text").inner_text()
    assert text == HOSTILE_TEXT  # shown literally, character for character
    assert page.locator("#article-text img, #article-text script, #article-text svg,"
                        " #article-text b").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # The title shows the article's title as text; a payload would have replaced it.
    assert page.title().startswith("Mayor <script>window.__pwned")
    assert page.title().endswith(" · saidwhat")
    # No blocked inline script either: a CSP violation would be a console error.
    assert not page.errors


def test_hostile_text_elsewhere_runs_nothing(page):
    page.goto("/?q=bridge")
    assert page.locator(".hit").count() > 0
    page.goto("/analyze")
    page.fill("textarea[name=text]", HOSTILE_TEXT)
    page.click("input[value=html]")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    page.fill("textarea[name=text]", HOSTILE_TEXT)
    page.click("input[value=text]")
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "PWNED"
    assert not [e for e in page.errors if "Content Security Policy" in e]


def test_speaker_page_from_the_article(page):
    page.goto(f"/articles/{FOUNDING_ID}")
    page.locator(".speakers-list a.speaker", has_text=SPEAKER).click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == SPEAKER
    statements = page.locator(".hit")
    assert statements.count() >= 10
    dates = page.locator(".hit .date").all_inner_texts()
    assert dates == sorted(dates)
    # Each statement links back to its place in the article.
    statements.nth(2).locator("a.source-link").click()
    page.wait_for_url(f"**/articles/{FOUNDING_ID}#att-*")
    assert page.locator("#article-text .selected").count() > 0
    assert not page.errors


def test_api_docs_render_with_the_network_blocked(page, live_url):
    outside = []

    def only_local(route):
        if route.request.url.startswith(live_url) or route.request.url.startswith("data:"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    page.route("**/*", only_local)
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 5  # one per API operation
    assert outside == []


def test_articles_list_and_next_page_of_a_search(page):
    page.goto("/articles")
    assert page.locator("table.articles tbody tr").count() >= 3
    page.goto("/?speaker=Borodavkin&limit=3")
    first = page.locator(".hit").first.inner_text()
    page.click("text=next →")
    assert "offset=3" in page.url
    assert page.locator(".hit").first.inner_text() != first


def test_facets_narrow_a_search(page):
    page.goto("/?q=Kazakhstan")
    total = int(page.locator("main h2").first.inner_text().split()[0])
    kinds = page.locator(".facet:has(h3:text('kind')) li a")
    assert kinds.count() >= 2
    kinds.first.click()
    narrowed = int(page.locator("main h2").first.inner_text().split()[0])
    assert "kind=" in page.url and 0 < narrowed < total
    assert page.locator("select[name=kind]").input_value() != ""


def test_csv_download_of_a_search_loads_in_pandas(page, tmp_path):
    import pandas as pd

    page.goto("/?speaker=Borodavkin")
    total = int(page.locator("main h2").first.inner_text().split()[0])
    with page.expect_download() as info:
        page.click("p.downloads >> text=CSV")
    path = tmp_path / "search.csv"
    info.value.save_as(path)
    frame = pd.read_csv(path)
    assert len(frame) == total
    assert {"article_id", "speaker", "content_text", "attribution_id"} <= set(frame.columns)
    assert set(frame["speaker"]) == {SPEAKER}
