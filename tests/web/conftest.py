"""A corpus for the web tests: the founding article and a hostile one (both
analysed), plus a hand-annotated article with a nested statement whose spans are
known, so page and API tests do not depend on the extractor's output."""

from __future__ import annotations

import pytest

from saidwhat.model import Article, Attribution, Block, Provenance

from .live import CHROMIUM, build_corpus, chromium, serve

ANNOTATED_ID = "annotated-bridge"
ANNOTATED_TEXT = (
    "Bridge to reopen\n\n"
    'Mayor Ana Ruiz said the bridge would reopen in May. "The minister told us the '
    'money is there," Ruiz added.\n\n'
    "Photo: City Hall"
)


def annotated_article() -> Article:
    text = ANNOTATED_TEXT

    def span(phrase: str, after: int = 0) -> tuple[int, int]:
        start = text.index(phrase, after)
        return (start, start + len(phrase))

    quote = text.index('"The minister')
    return Article(
        id=ANNOTATED_ID, text=text, title="Bridge to reopen", published="2023-04-02",
        attributions=[
            Attribution(1, "indirect", [span("Mayor Ana Ruiz")], [span("said")],
                        [span("the bridge would reopen in May")], speaker="Ana Ruiz"),
            Attribution(2, "direct", [span("Ruiz", quote)], [span("added")],
                        [span("The minister told us the money is there")],
                        speaker="Ana Ruiz"),
            Attribution(3, "indirect", [span("The minister")], [span("told us")],
                        [span("the money is there")], speaker="the minister",
                        unresolved=True, nested_in=2),
        ],
        blocks=[Block(span("Bridge to reopen"), "title"),
                Block((18, text.index("\n\nPhoto")), "body"),
                Block(span("Photo: City Hall"), "caption")],
        provenance=Provenance(wire="Reuters", photo_credit="City Hall"),
    )


@pytest.fixture(scope="session")
def corpus_path(tmp_path_factory):
    from saidwhat.store import Corpus

    path = build_corpus(tmp_path_factory.mktemp("web") / "corpus.db")
    with Corpus(path) as corpus:
        corpus.add_articles([annotated_article()])
    return path


@pytest.fixture(scope="session")
def web_app(corpus_path):
    from saidwhat.web import create_app

    return create_app(corpus_path)


@pytest.fixture(scope="session")
def client(web_app):
    from fastapi.testclient import TestClient

    with TestClient(web_app) as c:
        yield c


@pytest.fixture(scope="session")
def live_url(web_app):
    with serve(web_app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): "
                    "apt-get install -y chromium")
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser, live_url):
    """A fresh page that records script errors and console errors."""
    context = browser.new_context(base_url=live_url, viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
