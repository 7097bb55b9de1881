"""Outlets (the site an article came from) as a facet and a filter; the articles list
with filters; whole-search downloads in JSON."""

from __future__ import annotations

from fastapi.testclient import TestClient

from saidwhat.model import Document
from saidwhat.pipeline import analyze_many
from saidwhat.store import Corpus
from saidwhat.web import create_app

PAGES = [
    ("a1", "https://www.harlowtimes.example/news/1", "2026-02-01", "Bridge shut\n\nMayor Ana "
     "Ruiz said the bridge would close for repairs. \"It is unsafe,\" she said."),
    ("a2", "https://news.kentpost.example/a/2", "2026-03-05", "Port strike\n\nUnion leader "
     "Tom Beale said 300 workers would strike on Monday."),
    ("a3", "https://harlowtimes.example/news/3", "2026-03-09", "Budget vote\n\nMayor Ana Ruiz "
     "said the budget would balance next year."),
]


def build(path):
    docs = [Document(id=i, text=t, url=u, published=p) for i, u, p, t in PAGES]
    with Corpus(path) as corpus:
        corpus.add_articles(list(analyze_many(docs)))


def test_outlet_facet_and_filter(tmp_path):
    build(tmp_path / "c.db")
    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        facets = corpus.facets(None, since="2026")
        assert dict(facets["outlet"]) == {"harlowtimes.example": 3, "news.kentpost.example": 1}
        hits = corpus.search(None, outlet="harlowtimes.example", limit=50)
        assert {h.article_id for h in hits} == {"a1", "a3"}
        assert corpus.count(None, outlet="kentpost.example") == 1  # a subdomain counts
        listed = corpus.articles(since="2026-03")
        assert {a.id for a in listed} == {"a2", "a3"}


def test_search_json_download_and_articles_filters_on_the_web(tmp_path):
    build(tmp_path / "c.db")
    with TestClient(create_app(tmp_path / "c.db")) as client:
        rows = client.get("/api/attributions.json", params={"speaker": "Ruiz"}).json()
        assert rows and {r["speaker"] for r in rows} == {"Ana Ruiz"}
        assert {"article_id", "attribution_id", "content_text", "published"} <= set(rows[0])
        page = client.get("/articles", params={"since": "2026-03"}).text
        assert 'href="/articles/a3"' in page and 'href="/articles/a1"' not in page
        search = client.get("/", params={"since": "2026"}).text
        assert "outlet=harlowtimes.example" in search  # a facet link narrowing by outlet
