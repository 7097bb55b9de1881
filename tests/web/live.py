"""A live server over a small corpus, and Debian's Chromium driven by Playwright:
shared by the browser tests and ``screenshot.py``."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from ..conftest import EXAMPLE_TXT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
FOUNDING_ID = "borodavkin-tass-2022-10-18"
HOSTILE_ID = "hostile-markup"

#: Markup in article text that would run if any page failed to escape it: each
#: payload sets ``window.__pwned`` and the page title.
HOSTILE_TEXT = (
    'Mayor <script>window.__pwned = "script"; document.title = "PWNED"</script> '
    "speaks\n\n"
    '"We will rebuild the <img src=x onerror="window.__pwned=\'img\';'
    'document.title=\'PWNED\'"> bridge by May," the mayor said on Monday.\n\n'
    "The mayor said that <b onmouseover=\"window.__pwned='hover'\">repairs</b> "
    "would cost <svg onload=\"window.__pwned='svg'\"></svg> less than planned.\n"
)


def build_corpus(path: Path) -> Path:
    """A corpus with the founding article and the hostile one, both analysed."""
    import saidwhat
    from saidwhat.store import Corpus

    articles = [
        saidwhat.analyze(EXAMPLE_TXT.read_text(encoding="utf-8"), id=FOUNDING_ID),
        saidwhat.analyze(HOSTILE_TEXT, id=HOSTILE_ID, published="2024-05-06"),
    ]
    with Corpus(path) as corpus:
        corpus.add_articles(articles)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(app) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yield its URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def chromium() -> Iterator:
    """Debian's Chromium under Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
